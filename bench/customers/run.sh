#!/usr/bin/env bash
# Customers page and user card benchmark (issue 6) on a generated customer database with the
# customer models run (RFM, k-means segments, propensity, churn, LTV, so every column of the page
# has values): search latency per kind of input (toolbar top 10 and the page's first keyset page),
# the user card (queries + window built and painted offscreen), the first and a deep keyset page
# for every sort column and direction, and counts — all by build/bench/kestrel_customers_bench.
# With --index-cost it also measures what migration 0009's ml.user_metrics indexes cost the model
# runs that rewrite that table: `analyze rfm` and `analyze ltv` (each with a new as-of, so every
# customer's values change) with 0009's indexes and with the four indexes of 0001-0007 instead.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/customers/run.sh [KESTREL_BINARY] [--users N] [--events N] [--days N] [--samples N]
                              [--deep ROW] [--index-cost] [--keep | --reuse DIR]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel); the bench program is taken from
                  the same build folder (bench/kestrel_customers_bench)
  --users         users to generate (default 1000000)
  --events        events to generate (default 10000000)
  --days          history length in days (default 365)
  --samples       inputs / customers sampled per measurement (default 40)
  --deep          the row after which the deep keyset page starts (default 500000)
  --index-cost    also time analyze rfm / analyze ltv with 0009's indexes and with the old ones
  --keep          keep the throwaway data folder (and leave the cluster running)
  --reuse DIR     measure on a data folder kept by an earlier --keep run (no generation)
USAGE
}

kestrel=build/app/kestrel
users=1000000
events=10000000
days=365
samples=40
deep=500000
index_cost=0
keep=0
reuse=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        --samples) samples=$2; shift 2 ;;
        --deep) deep=$2; shift 2 ;;
        --index-cost) index_cost=1; shift ;;
        --keep) keep=1; shift ;;
        --reuse) reuse=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_bin=$(dirname "$(dirname "$(realpath "$kestrel")")")/bench/kestrel_customers_bench
[[ -x $bench_bin ]] || { echo "run.sh: no $bench_bin (build the target kestrel_customers_bench)" >&2; exit 2; }

if [[ -n $reuse ]]; then
    kestrel=$(realpath "$kestrel")
    export KESTREL_DATA_DIR=$reuse
    work=$reuse/bench
    mkdir -p "$work"
    "$kestrel" db start >/dev/null 2>&1 || true
    "$kestrel" db migrate >/dev/null
    psql=/usr/bin/psql
    dsn=$("$kestrel" db status --json | jq -r .dsn)
    echo "== reusing $reuse" >&2
else
    source "$here/../lib/throwaway_cluster.sh"
    bench_start_cluster customers
    echo "== generating $users users, $events events over $days days" >&2
    "$kestrel" generate --users "$users" --products 2000 --days "$days" --events "$events" --seed 42 \
        --end-date 2026-05-01 --replace --json >"$work/generate.json"
    "$psql" "$dsn" -X -q -c "VACUUM ANALYZE" >/dev/null
    echo "== running the customer models (every column of the page gets values)" >&2
    for model in "rfm --as-of 2026-05-02" "segments --k 8 --as-of 2026-05-02" propensity churn ltv; do
        # shellcheck disable=SC2086
        /usr/bin/time -f "   analyze $model: %e s" "$kestrel" analyze $model --json >/dev/null
    done
    "$psql" "$dsn" -X -q -c "VACUUM ANALYZE" >/dev/null
fi
echo "== $("$psql" "$dsn" -X -At -c "SELECT count(*) || ' users, ' || (SELECT count(*) FROM crm.orders) || ' orders, ' || (SELECT count(*) FROM crm.events) || ' events' FROM crm.users")" >&2
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

"$bench_bin" --dsn "$dsn" --samples "$samples" --deep "$deep" --json "$work/customers-bench.json"

if [[ $index_cost -eq 1 ]]; then
    # The ml.user_metrics indexes of 0009, as the migration writes them, and those they replaced.
    new_indexes=$(sed -n '/^DROP INDEX ml.user_metrics_segment_idx;/,$p' "$here/../../resources/migrations/0009_customers_page.sql" | grep -v '^DROP INDEX')
    old_indexes="CREATE INDEX user_metrics_segment_idx ON ml.user_metrics (segment_id);
CREATE INDEX user_metrics_churn_idx ON ml.user_metrics (churn_probability DESC NULLS LAST);
CREATE INDEX user_metrics_purchase_idx ON ml.user_metrics (purchase_probability_30d DESC NULLS LAST);
CREATE INDEX user_metrics_ltv_predicted_idx ON ml.user_metrics (ltv_predicted DESC NULLS LAST);"
    drop_new="DROP INDEX IF EXISTS ml.user_metrics_segment_id_idx, ml.user_metrics_rfm_rank_id_idx,
        ml.user_metrics_frequency_id_idx, ml.user_metrics_monetary_id_idx, ml.user_metrics_recency_id_idx,
        ml.user_metrics_purchase_id_idx, ml.user_metrics_churn_id_idx, ml.user_metrics_p_alive_id_idx,
        ml.user_metrics_ltv_12m_id_idx, ml.user_metrics_ltv_predicted_id_idx;"
    drop_old="DROP INDEX IF EXISTS ml.user_metrics_segment_idx, ml.user_metrics_churn_idx,
        ml.user_metrics_purchase_idx, ml.user_metrics_ltv_predicted_idx;"
    timed() {
        /usr/bin/time -f '%e' -o "$work/time.txt" "$kestrel" analyze "$@" --json >/dev/null
        cat "$work/time.txt"
    }
    measure() {
        # Each run with another as-of than the one before, so every customer's values change.
        local rfm1 rfm2 ltv1 ltv2
        rfm1=$(timed rfm --as-of 2026-04-20)
        rfm2=$(timed rfm --as-of 2026-05-02)
        ltv1=$(timed ltv --as-of 2026-04-20)
        ltv2=$(timed ltv --as-of 2026-05-02)
        printf '%-34s analyze rfm %6.1f s %6.1f s   analyze ltv %6.1f s %6.1f s   user_metrics %s\n' "$1" \
            "$rfm1" "$rfm2" "$ltv1" "$ltv2" \
            "$("$psql" "$dsn" -X -At -c "SELECT pg_size_pretty(pg_total_relation_size('ml.user_metrics'))")"
    }
    echo
    echo "== index cost: model runs that rewrite ml.user_metrics (machine load $(cut -d' ' -f1 /proc/loadavg))"
    "$psql" "$dsn" -X -q -c "$drop_old" -c "VACUUM FULL ml.user_metrics" -c "ANALYZE ml.user_metrics"
    measure "0009 (10 partial (col, user_id))"
    "$psql" "$dsn" -X -q -c "$drop_new" -c "$old_indexes" -c "VACUUM FULL ml.user_metrics" -c "ANALYZE ml.user_metrics"
    measure "0001-0007 (4 single-column)"
    "$psql" "$dsn" -X -q -c "$drop_old" -c "$new_indexes" -c "VACUUM FULL ml.user_metrics" -c "ANALYZE ml.user_metrics"
    echo "(0009's indexes restored)"
fi
