#!/usr/bin/env bash
# CLV fit benchmark: Kestrel's BG/NBD and Gamma-Gamma maximum-likelihood fits next to a SciPy
# reference of the same likelihoods and gradients (bench/clv/scipy_reference.py: NumPy + scipy's
# L-BFGS-B, same starting points and restart) on the same summary file, default CDNOW (2,357
# customers, weeks). Prints the parameters, log-likelihoods and fit times side by side and the speed-up;
# fails when the two disagree on a log-likelihood by more than 0.01. Builds nothing: build
# kestrel_clv_compare first (cmake --build build --target kestrel_clv_compare).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
compare=${1:-build/bench/kestrel_clv_compare}
summary=${2:-$here/../../../shared/datasets/cdnow/cdnow_customers_summary_with_transactions.csv}
repeats=${REPEATS:-20}
# Debian's python3-scipy is visible to the system interpreter only (not to a pyenv python3 on PATH).
python=/usr/bin/python3
[ -x "$compare" ] || { echo "run.sh: build $compare first" >&2; exit 2; }
[ -f "$summary" ] || { echo "run.sh: no summary file $summary" >&2; exit 2; }

ours=$("$compare" "$summary" "$repeats")
theirs=$("$python" "$here/scipy_reference.py" "$summary" "$repeats")
"$python" - "$ours" "$theirs" "$summary" "$repeats" <<'PY'
import json, sys
ours, theirs, summary, repeats = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], sys.argv[4]
print(f"summary: {summary}; best of {repeats} fits each (file reading excluded)")
ok = True
for model, keys in (("bg_nbd", ("r", "alpha", "a", "b")), ("gamma_gamma", ("p", "q", "gamma"))):
    o, t = ours[model], theirs[model]
    print(f"\n{model}")
    print(f"  {'':16}{'Kestrel':>14}{'SciPy':>14}")
    for k in keys:
        print(f"  {k:16}{o[k]:14.4f}{t[k]:14.4f}")
    print(f"  {'log-likelihood':16}{o['log_likelihood']:14.4f}{t['log_likelihood']:14.4f}")
    print(f"  {'best ms':16}{o['best_seconds'] * 1e3:14.3f}{t['best_seconds'] * 1e3:14.3f}")
    print(f"  {'median ms':16}{o['median_seconds'] * 1e3:14.3f}{t['median_seconds'] * 1e3:14.3f}")
    print(f"  speed-up (median): {t['median_seconds'] / o['median_seconds']:.1f}x")
    if abs(o["log_likelihood"] - t["log_likelihood"]) > 0.01:
        print(f"  MISMATCH: log-likelihoods differ by {abs(o['log_likelihood'] - t['log_likelihood']):.4f}")
        ok = False
total_o = ours["bg_nbd"]["median_seconds"] + ours["gamma_gamma"]["median_seconds"]
total_t = theirs["bg_nbd"]["median_seconds"] + theirs["gamma_gamma"]["median_seconds"]
print(f"\nboth fits: Kestrel {total_o * 1e3:.3f} ms, SciPy {total_t * 1e3:.3f} ms, {total_t / total_o:.1f}x faster")
sys.exit(0 if ok else 1)
PY
