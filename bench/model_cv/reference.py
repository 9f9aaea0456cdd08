"""The reference for bench/model_cv/run.sh: the same CSV through Debian's python3-xgboost with the
same parameters and column handling (numbers as they are, blanks missing, text one-hot, a text
column unique per row left out), scikit-learn's stratified k-fold, ROC-AUC per fold. Prints JSON."""
import csv
import json
import math
import sys
import time

import numpy as np
import xgboost as xgb
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold


def main():
    path, target, folds, rounds, depth, eta, seed = sys.argv[1:8]
    folds, rounds, depth, eta, seed = int(folds), int(rounds), int(depth), float(eta), int(seed)
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    header, rows = [h.strip() for h in rows[0]], rows[1:]
    cols = {h: [r[i].strip() if i < len(r) else "" for r in rows] for i, h in enumerate(header)}
    y_raw = cols.pop(target)
    positive = "Yes" if "Yes" in y_raw else sorted(set(y_raw))[-1]
    y = np.array([1.0 if v == positive else 0.0 for v in y_raw], dtype=np.float32)
    features = []
    for name, values in cols.items():
        def num(v):
            try:
                return float(v)
            except ValueError:
                return None
        non_blank = [v for v in values if v]
        if all(num(v) is not None for v in non_blank):
            features.append([num(v) if v else math.nan for v in values])
        elif len(set(values)) == len(values):
            continue  # an id
        else:
            for level in sorted(set(non_blank)):
                features.append([(1.0 if v == level else 0.0) if v else math.nan for v in values])
    x = np.array(features, dtype=np.float32).T
    params = {"objective": "binary:logistic", "tree_method": "hist", "max_depth": depth, "eta": eta,
              "subsample": 0.8, "colsample_bytree": 0.8, "min_child_weight": 1, "lambda": 1,
              "seed": seed, "nthread": 1}
    aucs, seconds = [], []
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        start = time.perf_counter()
        booster = xgb.train(params, xgb.DMatrix(x[train], label=y[train], missing=math.nan), rounds)
        seconds.append(time.perf_counter() - start)
        aucs.append(float(roc_auc_score(y[test], booster.predict(xgb.DMatrix(x[test], missing=math.nan)))))
    print(json.dumps({"features": x.shape[1], "roc_auc": aucs, "mean_roc_auc": sum(aucs) / len(aucs),
                      "train_seconds": seconds}))


main()
