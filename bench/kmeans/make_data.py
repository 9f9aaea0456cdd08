"""Writes the k-means benchmark's data and initial centres for bench/kmeans/run.sh.

Eight Gaussian blobs in 8 dimensions with overlapping tails (labels keep moving for many iterations),
standardised (z-score); initial centres are k rows drawn with a fixed seed. Both files are raw
little-endian float64, row-major, so numpy and kestrel_kmeans_compare read the very same bytes.
"""
import sys

import numpy as np


def main() -> None:
    out, rows, cols, k, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    rng = np.random.default_rng(seed)
    centres = 4.0 * rng.standard_normal((8, cols))
    blob = rng.integers(0, 8, rows)
    x = centres[blob] + 2.0 * rng.standard_normal((rows, cols))
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    init = x[rng.choice(rows, size=k, replace=False)]
    np.ascontiguousarray(x, dtype="<f8").tofile(f"{out}/data.f64")
    np.ascontiguousarray(init, dtype="<f8").tofile(f"{out}/init.f64")


if __name__ == "__main__":
    main()
