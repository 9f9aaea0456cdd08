#!/usr/bin/env bash
# The Recommendations page on a big run: a generated database (default 1,000,000 users, 2,000
# products, 5 events per user over 60 days: enough history for every part of the hybrid, and quick
# to generate), one `kestrel analyze recommend` (top 10: 10,000,000 rows in the run's partition),
# then build/bench/kestrel_recommendations_bench on it: the page's first load (which aggregates the
# most recommended products over the 10 million rows, on its worker), reloads, user look-ups and the
# longest time the GUI thread did not answer meanwhile.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/recommendations/run.sh [KESTREL_BINARY] [--users N] [--events N] [--products N] [--days N]
                                    [--keep | --reuse DIR] [--runs N] [--lookups N]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel); the page bench is taken from the
                  same build folder (bench/kestrel_recommendations_bench)
  --users         users to generate (default 1000000)
  --events        events to generate (default: 5 per user)
  --products      products (default 2000)
  --days          history length in days (default 60)
  --keep          keep the throwaway data folder (and leave the cluster running)
  --reuse DIR     measure on a data folder kept by an earlier --keep run (no generation, no new run)
  --runs          page openings (default 3)
  --lookups       user look-ups per opening (default 20)
USAGE
}

kestrel=build/app/kestrel
psql=/usr/bin/psql
users=1000000
events=0
products=2000
days=60
keep=0
reuse=
runs=3
lookups=20
while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        --products) products=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --reuse) reuse=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --lookups) lookups=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) kestrel=$1; shift ;;
    esac
done
[[ $events -gt 0 ]] || events=$((users * 5))
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
page_bench=$(dirname "$(realpath "$kestrel")")/../bench/kestrel_recommendations_bench
[[ -x $page_bench ]] || { echo "run.sh: no page bench at $page_bench (build kestrel_recommendations_bench)" >&2; exit 2; }

if [[ -n $reuse ]]; then
    kestrel=$(realpath "$kestrel")
    export KESTREL_DATA_DIR=$reuse
    "$kestrel" db start >/dev/null 2>&1 || true
    dsn=$("$kestrel" db status --json | jq -r .dsn)
    echo "== reusing $reuse" >&2
else
    source "$here/../lib/throwaway_cluster.sh"
    bench_start_cluster recommendations
    echo "== generating $users users, $products products, $events events over $days days" >&2
    /usr/bin/time -f '%e' -o "$work/generate.time" "$kestrel" generate --users "$users" --products "$products" \
        --days "$days" --events "$events" --seed 42 --end-date 2026-05-01 --replace --json >"$work/generate.json"
    "$psql" "$dsn" -X -q -c "VACUUM ANALYZE" >/dev/null
    echo "== generated in $(cat "$work/generate.time") s" >&2
    /usr/bin/time -f '%e' -o "$work/recommend.time" "$kestrel" analyze recommend --json >"$work/recommend.json"
    jq -r --arg wall "$(cat "$work/recommend.time")" \
        '"analyze recommend: run \(.run_id // "?"), \(.rows) rows for \(.users) users in \($wall) s"' "$work/recommend.json"
fi

"$psql" "$dsn" -X -q -A -t -c "SELECT 'rows in the newest run: ' || count(*) FROM ml.recommendations WHERE run_id = \
    (SELECT max(run_id) FROM ml.model_runs WHERE model = 'recommend' AND status = 'succeeded')"
"$page_bench" --dsn "$dsn" --runs "$runs" --lookups "$lookups"
