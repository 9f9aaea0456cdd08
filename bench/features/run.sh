#!/usr/bin/env bash
# Customer-model benchmark: generates a customer database, then runs `kestrel analyze rfm` twice
# (features for every user streamed from PostgreSQL into the matrix, then RFM) and prints the
# feature-building seconds, the whole run's seconds and the process's peak RSS; then k-means
# segments (k = 8), DBSCAN segments (eps from the k-distance knee), purchase propensity and churn
# (three feature builds each: train, validate, score) with the same figures and their ROC-AUC.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/features/run.sh [KESTREL_BINARY] [--users N] [--events N] [--keep]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel)
  --users         users to generate (default 1000000)
  --events        events to generate (default: 50 per user)
  --days          history length in days (default 240: churn needs two 60-day windows plus history)
  --skip-dbscan   leave DBSCAN out
  --keep          keep the throwaway data folder (and leave the cluster running)
  --reuse DIR     measure on a data folder kept by an earlier --keep run (no generation)
USAGE
}

kestrel=build/app/kestrel
users=1000000
events=0
days=240
keep=0
dbscan=1
reuse=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        --skip-dbscan) dbscan=0; shift ;;
        --keep) keep=1; shift ;;
        --reuse) reuse=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done

if [[ -n $reuse ]]; then
    kestrel=$(realpath "$kestrel")
    export KESTREL_DATA_DIR=$reuse
    work=$reuse/bench
    mkdir -p "$work"
    "$kestrel" db start >/dev/null 2>&1 || true
    echo "== reusing $reuse ($(jq -r '"\(.users) users, \(.events) events"' "$work/generate.json"))" >&2
else
    source "$(dirname "${BASH_SOURCE[0]}")/../lib/throwaway_cluster.sh"
    bench_start_cluster features

    echo "== generating $users users" >&2
    "$kestrel" generate --users "$users" --products 2000 --days "$days" --events "$events" --seed 42 \
        --end-date 2026-05-01 --replace --json >"$work/generate.json"
    "$psql" "$dsn" -X -q -c "VACUUM ANALYZE" >/dev/null
fi

for run in 1 2; do
    /usr/bin/time -f '%M %e' -o "$work/time.txt" "$kestrel" analyze rfm --as-of 2026-05-02 --json >"$work/rfm.json"
    read -r rss_kib wall <"$work/time.txt"
    printf 'run %d: %s users, features %.2f s, analyze rfm %.2f s wall, peak RSS %d MiB\n' "$run" \
        "$(jq -r '.users_scored + .users_no_orders' "$work/rfm.json")" "$(jq -r .feature_seconds "$work/rfm.json")" \
        "$wall" $((rss_kib / 1024))
done

# timed NAME ARGS...: one analysis, its JSON kept as $work/NAME.json, wall time and peak RSS printed.
timed() {
    local name=$1; shift
    /usr/bin/time -f '%M %e' -o "$work/time.txt" "$kestrel" analyze "$@" --json >"$work/$name.json"
    read -r rss_kib wall <"$work/time.txt"
    printf '%-11s %7.2f s wall, peak RSS %5d MiB  %s\n' "$name" "$wall" $((rss_kib / 1024)) "$(jq -c "$jq_summary" "$work/$name.json")"
}
jq_summary='{users, k, noise, eps, feature_seconds, train_seconds, score_seconds, roc_auc, scored_users} | with_entries(select(.value != null))'
timed kmeans segments --k 8 --as-of 2026-05-02
if [[ $dbscan = 1 ]]; then
    timed dbscan segments --method dbscan --as-of 2026-05-02
fi
timed propensity propensity
timed churn churn
