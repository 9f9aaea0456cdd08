#!/usr/bin/env bash
# LTV benchmark: 1,000,000 customers drawn from the BG/NBD and Gamma-Gamma models themselves
# (bench/ltv/simulate.py: known parameters, about 2.6 orders per customer over 540 days) are loaded
# into a throwaway cluster; then `kestrel analyze ltv` runs twice. Printed per run: wall time and
# peak RSS of the whole command, and the run's own breakdown — purchase histories read from
# PostgreSQL, BG/NBD + Gamma-Gamma fits (plus the holdout refit), per-user predictions, historical LTV
# + cohorts (SQL, in the write transaction) and the write of ml.user_metrics — and the fitted
# parameters next to the true ones. The issue's goal: historical LTV + fit + per-user predictions for
# 1,000,000 customers in under 30 seconds.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/ltv/run.sh [KESTREL_BINARY] [--customers N] [--days N] [--keep] [--reuse DIR]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel)
  --customers     customers to simulate (default 1000000)
  --days          history length in days (default 540)
  --keep          keep the throwaway data folder (and leave the cluster running)
  --reuse DIR     measure on a data folder kept by an earlier --keep run (no simulation)
USAGE
}

kestrel=build/app/kestrel
customers=1000000
days=540
keep=0
reuse=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --customers) customers=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --reuse) reuse=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ -n $reuse ]]; then
    kestrel=$(realpath "$kestrel")
    export KESTREL_DATA_DIR=$reuse
    work=$reuse/bench
    "$kestrel" db start >/dev/null 2>&1 || true
    "$kestrel" db migrate >/dev/null
    echo "== reusing $reuse" >&2
else
    source "$here/../lib/throwaway_cluster.sh"
    bench_start_cluster ltv
    echo "== simulating $customers customers over $days days" >&2
    /usr/bin/python3 "$here/simulate.py" "$work" "$customers" "$days" >"$work/truth.json"
    "$psql" "$dsn" -X -q -v ON_ERROR_STOP=1 \
        -c "\\copy crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) FROM '$work/users.csv' CSV HEADER" \
        -c "\\copy crm.orders (order_id, user_id, created_at, status, total_amount) FROM '$work/orders.csv' CSV HEADER" \
        -c "VACUUM ANALYZE"
    rm -f "$work/users.csv" "$work/orders.csv"
fi
echo "== truth: $(jq -c '{customers, orders, bg_nbd, gamma_gamma}' "$work/truth.json")" >&2

for run in 1 2; do
    /usr/bin/time -f '%M %e' -o "$work/time.txt" "$kestrel" analyze ltv --json >"$work/ltv.json"
    read -r rss_kib wall <"$work/time.txt"
    jq -r --arg run "$run" --arg wall "$wall" --arg rss "$((rss_kib / 1024))" '
        "run \($run): \(.prediction.customers) customers (\(.prediction.repeat_buyers) repeat), \($wall) s wall, peak RSS \($rss) MiB",
        "  histories \(.timings.summary_seconds | . * 100 | round / 100) s, fits \(.timings.fit_seconds | . * 100 | round / 100) s (BG/NBD \(.prediction.bg_nbd.seconds | . * 1000 | round) ms, Gamma-Gamma \(.prediction.gamma_gamma.seconds | . * 1000 | round) ms), predictions \(.timings.predict_seconds | . * 100 | round / 100) s, history + cohorts \(.timings.history_seconds | . * 100 | round / 100) s, write \(.timings.write_seconds | . * 100 | round / 100) s",
        "  fitted BG/NBD r \(.prediction.bg_nbd.r * 1000 | round / 1000) alpha \(.prediction.bg_nbd.alpha * 100 | round / 100) a \(.prediction.bg_nbd.a * 1000 | round / 1000) b \(.prediction.bg_nbd.b * 1000 | round / 1000); Gamma-Gamma p \(.prediction.gamma_gamma.p * 100 | round / 100) q \(.prediction.gamma_gamma.q * 100 | round / 100) gamma \(.prediction.gamma_gamma.gamma * 10 | round / 10)",
        "  holdout check (\(.prediction.calibration.holdout_days) days): predicted \(.prediction.calibration.predicted_total | round) repeat purchases, actual \(.prediction.calibration.actual_total)"
    ' "$work/ltv.json"
done
