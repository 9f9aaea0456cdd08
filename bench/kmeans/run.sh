#!/usr/bin/env bash
# K-means benchmark: one Lloyd iteration of Kestrel's kernel next to scikit-learn's (Debian's
# python3-sklearn) on the same 1,000,000 × 8 standardised rows from the same k = 8 initial centres,
# tol = 0 and a fixed iteration count. Prints time per iteration and inertia side by side; fails when the
# inertias differ by more than 0.1 %. Builds nothing: build kestrel_kmeans_compare first.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/kmeans/run.sh [COMPARE_BINARY] [--rows N] [--k N] [--iterations N] [--repeats N] [--seed N] [--keep]
  COMPARE_BINARY  the built kestrel_kmeans_compare (default: build/bench/kestrel_kmeans_compare)
  --rows          default 1000000 (8 columns)
  --k             default 8
  --iterations    Lloyd iterations (max_iter, tol = 0), default 20
  --repeats       best of N runs on each side, default 3
  --seed          data and initial centres, default 42
  --keep          keep the data folder
USAGE
}

compare=build/bench/kestrel_kmeans_compare
rows=1000000
cols=8
k=8
iterations=20
repeats=3
seed=42
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --k) k=$2; shift 2 ;;
    --iterations) iterations=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; exit 2 ;;
    *) compare=$1; shift ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
# Debian's python3-sklearn is visible to the system interpreter only (not to a pyenv python3 on PATH).
python=/usr/bin/python3
[[ -x $compare ]] || { echo "run.sh: $compare not found; build the kestrel_kmeans_compare target" >&2; exit 1; }
"$python" -c 'import sklearn' 2>/dev/null || { echo "run.sh: $python cannot import sklearn (apt-get install python3-sklearn)" >&2; exit 1; }

work=$(mktemp -d /tmp/kestrel-kmeans-bench.XXXXXX)
if [[ $keep -eq 0 ]]; then trap 'rm -rf "$work"' EXIT; else echo "data kept in $work"; fi

echo "generating ${rows} x ${cols} standardised rows, k = ${k}, seed ${seed} ..."
"$python" "$here/make_data.py" "$work" "$rows" "$cols" "$k" "$seed"

echo "scikit-learn (best of ${repeats}) ..."
sk=$("$python" "$here/sklearn_lloyd.py" "$work/data.f64" "$work/init.f64" "$cols" "$iterations" "$repeats")
echo "kestrel (best of ${repeats}) ..."
ks=$("$compare" "$work/data.f64" "$work/init.f64" "$cols" "$iterations" "$repeats")

"$python" - "$sk" "$ks" <<'PY'
import json, sys
sk, ks = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print()
print(f"{'':20}{'scikit-learn ' + sk['sklearn']:>22}{'kestrel':>22}")
print(f"{'Lloyd iterations':20}{sk['iterations']:>22}{ks['iterations']:>22}")
print(f"{'whole fit, s':20}{sk['seconds']:>22.4f}{ks['seconds']:>22.4f}")
print(f"{'1-iteration fit, s':20}{sk['one_iteration_seconds']:>22.4f}{ks['one_iteration_seconds']:>22.4f}")
print(f"{'per iteration, ms':20}{sk['per_iteration'] * 1e3:>22.2f}{ks['per_iteration'] * 1e3:>22.2f}   (whole fit / iterations)")
print(f"{'marginal, ms':20}{sk['marginal_per_iteration'] * 1e3:>22.2f}{ks['marginal_per_iteration'] * 1e3:>22.2f}   ((N-fit - 1-fit) / (N - 1))")
print(f"{'inertia':20}{sk['inertia']:>22.4f}{ks['inertia']:>22.4f}")
rel = abs(sk['inertia'] - ks['inertia']) / sk['inertia']
print(f"speed-up per iteration {sk['per_iteration'] / ks['per_iteration']:.2f}x (marginal "
      f"{sk['marginal_per_iteration'] / ks['marginal_per_iteration']:.2f}x); inertia differs by {rel * 100:.5f} %")
sys.exit(0 if rel <= 1e-3 else 1)
PY
