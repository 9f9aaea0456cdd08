#!/usr/bin/env bash
# Ingest benchmark: events COPY throughput of `kestrel generate` next to psql's \copy loading the
# same rows into the same table state. Builds nothing; see bench/ingest/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/ingest/run.sh [KESTREL_BINARY] [--users N] [--events N] [--products N] [--days N] [--seed N]
                           [--end-date YYYY-MM-DD] [--keep]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel)
  --users         default 1000000
  --events        default 20000000
  --products      default 1000
  --days          default 180
  --seed          default 42
  --end-date      default 2026-05-01 (fixed, so runs are comparable)
  --keep          keep the throwaway data folder (and leave the cluster running) for a look afterwards
EOF
}

kestrel=build/app/kestrel
users=1000000
events=20000000
products=1000
days=180
seed=42
end_date=2026-05-01
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        --products) products=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --end-date) end_date=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done

source "$(dirname "${BASH_SOURCE[0]}")/../lib/throwaway_cluster.sh"
bench_start_cluster ingest

echo "== kestrel generate: $users users, $events events, $products products, $days days" >&2
# --replace: the load TRUNCATEs in its own transaction, like the psql run below.
/usr/bin/time -v -o "$work/kestrel.time" \
    "$kestrel" generate --users "$users" --events "$events" --products "$products" --days "$days" \
    --seed "$seed" --end-date "$end_date" --replace --json >"$work/report.json"
k_events=$(jq -r .events "$work/report.json")
k_seconds=$(jq -r .events_seconds "$work/report.json")
k_total=$(jq -r .total_seconds "$work/report.json")
k_rss_kb=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$work/kestrel.time")

echo "== exporting crm.events with psql" >&2
# Ordered by event_id: the file holds the rows in the order the generator sent them, so both
# loads insert into the partitions and indexes in the same order.
columns="event_id, user_id, product_id, order_id, session_id, event_type, occurred_at, properties"
"$psql" "$dsn" -X -q -v ON_ERROR_STOP=1 \
    -c "\\copy (SELECT $columns FROM crm.events ORDER BY event_id) TO '$work/events.copy'"
file_mib=$(( $(stat -c %s "$work/events.copy") / 1048576 ))

echo "== reloading it with psql \\copy ($file_mib MiB)" >&2
# Same conditions as the generator: TRUNCATE in the loading transaction (under wal_level=minimal
# the COPY then skips WAL), the same indexes, constraints and foreign keys. Nothing references
# crm.events, so truncating it alone is enough.
t0=$(date +%s.%N)
"$psql" "$dsn" -X -v ON_ERROR_STOP=1 >"$work/psql.out" <<EOF
\\timing on
BEGIN;
TRUNCATE crm.events;
\\copy crm.events ($columns) FROM '$work/events.copy'
COMMIT;
EOF
t1=$(date +%s.%N)
p_events=$(awk '/^COPY [0-9]+/ {print $2}' "$work/psql.out")
# \timing prints one "Time:" line per statement: BEGIN, TRUNCATE, COPY, COMMIT.
p_seconds=$(awk '/^Time:/ {n++; if (n == 3) printf "%.3f", $2 / 1000}' "$work/psql.out")
p_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
[[ $p_events == "$k_events" ]] || { echo "run.sh: psql loaded $p_events rows, kestrel $k_events" >&2; exit 1; }

awk -v ke="$k_events" -v ks="$k_seconds" -v kt="$k_total" -v rss="$k_rss_kb" \
    -v pe="$p_events" -v ps="$p_seconds" -v pw="$p_wall" -v users="$users" 'BEGIN {
    kr = ke / ks; pr = pe / ps
    printf "\nevents COPY into crm.events (%d users, %d events)\n\n", users, ke
    printf "%-28s %16s %16s\n", "", "kestrel generate", "psql \\copy"
    printf "%-28s %16d %16d\n", "events rows", ke, pe
    printf "%-28s %16.1f %16.1f\n", "events COPY seconds", ks, ps
    printf "%-28s %16.0f %16.0f\n", "events rows/s", kr, pr
    printf "%-28s %16.1f %16.1f\n", "whole run seconds (*)", kt, pw
    printf "%-28s %16.1f %16s\n", "peak RSS MiB", rss / 1024, "-"
    printf "\nkestrel / psql events rows/s: %.0f %%\n", 100 * kr / pr
    printf "(*) kestrel: every table, the daily roll-up and ANALYZE; psql: BEGIN .. COMMIT of the events load\n"
}'
