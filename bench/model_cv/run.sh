#!/usr/bin/env bash
# Model cross-validation benchmark: `kestrel model cv` on a CSV next to Debian's python3-xgboost with
# the same parameters (scikit-learn's stratified folds, so the splits differ but not the setup).
# Prints per-fold and mean ROC-AUC and training seconds side by side. Builds nothing.
#   bench/model_cv/run.sh [KESTREL_BINARY] [--csv FILE --target COLUMN] [--folds N] [--rounds N]
#                         [--max-depth N] [--eta X] [--seed N]
# Default data: ../shared/datasets/telco-churn (target Churn). Needs python3-xgboost, python3-sklearn.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

kestrel=build/app/kestrel
csv=../shared/datasets/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv
target=Churn folds=5 rounds=200 depth=4 eta=0.05 seed=42
if [[ $# -gt 0 && $1 != -* ]]; then kestrel=$1; shift; fi
while [[ $# -gt 0 ]]; do
    case "$1" in
        --csv) csv=$2; shift 2 ;;
        --target) target=$2; shift 2 ;;
        --folds) folds=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --max-depth) depth=$2; shift 2 ;;
        --eta) eta=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[ -f "$csv" ] || { echo "run.sh: no such file: $csv" >&2; exit 1; }
/usr/bin/python3 -c 'import xgboost, sklearn' 2>/dev/null ||
    { echo "run.sh: needs python3-xgboost and python3-sklearn (scripts/install-deps.sh)" >&2; exit 1; }

export OMP_WAIT_POLICY=PASSIVE
ours=$("$kestrel" model cv --csv "$csv" --target "$target" --folds "$folds" --rounds "$rounds" \
    --max-depth "$depth" --eta "$eta" --seed "$seed" --json)
ref=$(/usr/bin/python3 bench/model_cv/reference.py "$csv" "$target" "$folds" "$rounds" "$depth" "$eta" "$seed")
/usr/bin/python3 - "$ours" "$ref" <<'PY'
import json, sys
ours, ref = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{ours['file']}: {ours['rows']} rows; features: kestrel {ours['features']}, python {ref['features']}")
print(f"{'fold':>4}  {'kestrel AUC':>11}  {'xgboost.py AUC':>14}  {'kestrel s':>9}  {'xgboost.py s':>12}")
for i, f in enumerate(ours["folds"]):
    print(f"{i + 1:>4}  {f['roc_auc']:>11.4f}  {ref['roc_auc'][i]:>14.4f}  {f['train_seconds']:>9.2f}  "
          f"{ref['train_seconds'][i]:>12.2f}")
m = ours["mean"]
print(f"{'mean':>4}  {m['roc_auc']:>11.4f}  {ref['mean_roc_auc']:>14.4f}  {m['train_seconds']:>9.2f}  "
      f"{sum(ref['train_seconds']) / len(ref['train_seconds']):>12.2f}")
print(f"difference of the means: {m['roc_auc'] - ref['mean_roc_auc']:+.4f}")
for n in ours["notes"]:
    print("note:", n)
PY
