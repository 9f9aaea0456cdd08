"""scikit-learn's side of bench/kmeans/run.sh: KMeans(init=the same centres, n_init=1, algorithm="lloyd",
tol=0, max_iter=N) on the same bytes; best-of-REPEATS wall time of fit() with N and with 1 iteration,
printed as one JSON line."""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans


def main() -> None:
    data, init_path, cols, max_iter = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    repeats = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    x = np.fromfile(data, dtype="<f8").reshape(-1, cols)
    init = np.fromfile(init_path, dtype="<f8").reshape(-1, cols)

    def fit(iterations):
        best, model = float("inf"), None
        for _ in range(repeats):
            m = KMeans(n_clusters=init.shape[0], init=init, n_init=1, algorithm="lloyd", max_iter=iterations,
                       tol=0.0)
            start = time.perf_counter()
            m.fit(x)
            best = min(best, time.perf_counter() - start)
            model = m
        return best, model

    one, _ = fit(1)
    best, model = fit(max_iter)
    # The marginal cost of an iteration: the N-iteration fit minus the 1-iteration fit, per extra iteration.
    marginal = (best - one) / (model.n_iter_ - 1) if model.n_iter_ > 1 else best
    print(json.dumps({"sklearn": sklearn.__version__, "rows": x.shape[0], "k": init.shape[0],
                      "iterations": int(model.n_iter_), "seconds": round(best, 6), "one_iteration_seconds": round(one, 6),
                      "per_iteration": round(best / model.n_iter_, 6), "marginal_per_iteration": round(marginal, 6),
                      "inertia": float(model.inertia_)}))


if __name__ == "__main__":
    main()
