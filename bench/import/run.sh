#!/usr/bin/env bash
# Import benchmark: `kestrel import events FILE --mode upsert` next to psql's \copy of the same CSV
# into the same empty table; peak memory at two file sizes; rollback of a 1,000,000-row load.
# Builds nothing; see bench/import/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/import/run.sh [KESTREL_BINARY] [--events N] [--users N] [--small N] [--keep]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel)
  --events        events in the big file (default 10000000)
  --users         users to generate first, for the references (default 200000)
  --small         rows of the smaller file and of the rollback load (default 1000000)
  --keep          keep the throwaway data folder (and leave the cluster running)
EOF
}

kestrel=build/app/kestrel
events=10000000
users=200000
small=1000000
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --events) events=$2; shift 2 ;;
        --users) users=$2; shift 2 ;;
        --small) small=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done

source "$(dirname "${BASH_SOURCE[0]}")/../lib/throwaway_cluster.sh"
bench_start_cluster import perl

echo "== generating $users users and $events events" >&2
"$kestrel" generate --users "$users" --products 2000 --days 180 --events "$events" --seed 42 \
    --end-date 2026-05-01 --replace --json >"$work/generate.json"
q() { "$psql" "$dsn" -X -q -v ON_ERROR_STOP=1 -At -c "$1"; }

columns="event_id, user_id, product_id, order_id, session_id, event_type, occurred_at, properties"
echo "== exporting crm.events as CSV" >&2
"$psql" "$dsn" -X -q -v ON_ERROR_STOP=1 \
    -c "\\copy (SELECT $columns FROM crm.events ORDER BY event_id) TO '$work/events.csv' CSV HEADER"
rows=$(( $(wc -l <"$work/events.csv") - 1 ))
file_mib=$(( $(stat -c %s "$work/events.csv") / 1048576 ))
head -n $((small + 1)) "$work/events.csv" >"$work/events-small.csv"
# The same first rows with session_id + 1: an upsert of it updates every row.
perl -pe 's/^((?:[^,]*,){4})(\d+)/$1.($2+1)/e if $. > 1' "$work/events-small.csv" >"$work/events-small-changed.csv"

empty_events() { q "TRUNCATE crm.events, crm.events_daily; DELETE FROM ops.undo_crm_events;"; q "VACUUM ANALYZE crm.events" ; }

echo "== psql \\copy of $rows rows ($file_mib MiB) into empty crm.events" >&2
empty_events
t0=$(date +%s.%N)
"$psql" "$dsn" -X -v ON_ERROR_STOP=1 >"$work/psql.out" <<EOF
\\timing on
\\copy crm.events ($columns) FROM '$work/events.csv' CSV HEADER
EOF
t1=$(date +%s.%N)
p_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')

echo "== kestrel import events (upsert) of the same file into empty crm.events" >&2
empty_events
/usr/bin/time -v -o "$work/big.time" "$kestrel" import events "$work/events.csv" --mode upsert --force --json >"$work/big.json"
k_wall=$(jq -r .seconds "$work/big.json")
k_read=$(jq -r .read_seconds "$work/big.json")
k_merge=$(jq -r .merge_seconds "$work/big.json")
k_rows=$(jq -r .rows_inserted "$work/big.json")
k_rss=$(awk -F': *' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/big.time")
[[ $k_rows == "$rows" ]] || { echo "run.sh: kestrel inserted $k_rows of $rows rows" >&2; exit 1; }

echo "== memory at $small rows: kestrel import of the first rows into empty crm.events" >&2
empty_events
/usr/bin/time -v -o "$work/small.time" "$kestrel" import events "$work/events-small.csv" --mode upsert --force --json >"$work/small.json"
s_rss=$(awk -F': *' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/small.time")
s_wall=$(jq -r .seconds "$work/small.json")

echo "== rollback of a $small-row load that updated every row" >&2
before=$(q "SELECT md5(string_agg(e::text, '|' ORDER BY event_id)) FROM crm.events e")
"$kestrel" import events "$work/events-small-changed.csv" --mode upsert --json >"$work/update.json"
upd_id=$(jq -r .load_id "$work/update.json")
upd_rows=$(jq -r .rows_updated "$work/update.json")
upd_wall=$(jq -r .seconds "$work/update.json")
"$kestrel" loads rollback "$upd_id" --json >"$work/rollback-update.json"
rb_upd=$(jq -r .seconds "$work/rollback-update.json")
after=$(q "SELECT md5(string_agg(e::text, '|' ORDER BY event_id)) FROM crm.events e")
[[ $before == "$after" ]] && same=yes || same=NO

echo "== rollback of the $small-row load that inserted every row" >&2
ins_id=$(jq -r .load_id "$work/small.json")
"$kestrel" loads rollback "$ins_id" --json >"$work/rollback-insert.json"
rb_ins=$(jq -r .seconds "$work/rollback-insert.json")
left=$(q "SELECT count(*) FROM crm.events")

cat <<EOF

import of $rows events ($file_mib MiB CSV) into empty crm.events

                               kestrel import     psql \\copy
  seconds                      $(printf '%14.1f %14.1f' "$k_wall" "$p_wall")
  rows/s                       $(awk -v r="$rows" -v k="$k_wall" -v p="$p_wall" 'BEGIN {printf "%14.0f %14.0f", r / k, r / p}')
  kestrel / psql rate          $(awk -v k="$k_wall" -v p="$p_wall" 'BEGIN {printf "%13.0f %%", 100 * p / k}')
  kestrel phases               read+stage ${k_read} s, checks+merge+roll-ups ${k_merge} s
  peak RSS MiB                 $k_rss at $rows rows, $s_rss at $small rows ($s_wall s)

rollback of a $small-row load
  load that updated $upd_rows rows (upsert took $upd_wall s): rollback $rb_upd s, table identical to before: $same
  load that inserted $small rows: rollback $rb_ins s, rows left: $left
EOF
