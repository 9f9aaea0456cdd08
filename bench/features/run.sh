#!/usr/bin/env bash
# Feature-building benchmark: generates a customer database, then runs `kestrel analyze rfm`
# (features for every user streamed from PostgreSQL into the matrix, then RFM) and prints the
# feature-building seconds, the whole run's seconds and the process's peak RSS.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/features/run.sh [KESTREL_BINARY] [--users N] [--events N] [--keep]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel)
  --users         users to generate (default 1000000)
  --events        events to generate (default: 50 per user)
  --keep          keep the throwaway data folder (and leave the cluster running)
USAGE
}

kestrel=build/app/kestrel
users=1000000
events=0
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done

source "$(dirname "${BASH_SOURCE[0]}")/../lib/throwaway_cluster.sh"
bench_start_cluster features

echo "== generating $users users" >&2
"$kestrel" generate --users "$users" --products 2000 --days 180 --events "$events" --seed 42 \
    --end-date 2026-05-01 --replace --json >"$work/generate.json"
"$psql" "$dsn" -X -q -c "VACUUM ANALYZE" >/dev/null

for run in 1 2; do
    /usr/bin/time -f '%M %e' -o "$work/time.txt" "$kestrel" analyze rfm --as-of 2026-05-02 --json >"$work/rfm.json"
    read -r rss_kib wall <"$work/time.txt"
    printf 'run %d: %s users, features %.2f s, analyze rfm %.2f s wall, peak RSS %d MiB\n' "$run" \
        "$(jq -r '.users_scored + .users_no_orders' "$work/rfm.json")" "$(jq -r .feature_seconds "$work/rfm.json")" \
        "$wall" $((rss_kib / 1024))
done
