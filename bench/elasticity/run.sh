#!/usr/bin/env bash
# Price-elasticity benchmark: a generated shop (by default 1,000,000 users with 50 events each,
# 2,000 products, a year of history) in a throwaway cluster, then `kestrel analyze elasticity`
# twice. Printed per run: wall time and peak RSS of the whole command, the run's own breakdown —
# weekly sales and time-weighted prices aggregated in PostgreSQL and read through COPY, the
# regressions (every category with product fixed effects, every product with enough weeks), the
# write of ml.price_elasticity — the counts, and the median elasticity of the reliable categories
# next to the generator's effective truth (about −1.65, see bench/README.md).
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/elasticity/run.sh [KESTREL_BINARY] [--users N] [--products N] [--days N] [--events N] [--keep | --reuse DIR]
  KESTREL_BINARY  the built kestrel (default: build/app/kestrel)
  --users         users to generate (default 1000000)
  --products      products (default 2000)
  --days          days of history (default 365)
  --events        events (default 0 = 50 per user; orders come from the purchase sessions among them)
  --keep          keep the throwaway data folder (and leave the cluster running)
  --reuse DIR     measure on a data folder kept by an earlier --keep run (no generation)
USAGE
}

kestrel=build/app/kestrel
users=1000000
products=2000
days=365
events=0
keep=0
reuse=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) users=$2; shift 2 ;;
        --products) products=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
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
    mkdir -p "$work"
    "$kestrel" db start >/dev/null 2>&1 || true
    "$kestrel" db migrate >/dev/null
    echo "== reusing $reuse" >&2
else
    source "$here/../lib/throwaway_cluster.sh"
    bench_start_cluster elasticity
    echo "== generating $users users, $products products, $days days" >&2
    /usr/bin/time -f '%e' -o "$work/generate_time.txt" \
        "$kestrel" generate --users "$users" --products "$products" --days "$days" --events "$events" --seed 42 \
        --end-date 2026-05-01 --json >"$work/generate.json"
    echo "== generated in $(cat "$work/generate_time.txt") s: $(jq -c '{users, products, prices, orders, order_items, events}' "$work/generate.json")" >&2
fi

for run in 1 2; do
    /usr/bin/time -f '%M %e' -o "$work/time.txt" "$kestrel" analyze elasticity --json >"$work/elasticity.json"
    read -r rss_kib wall <"$work/time.txt"
    jq -r --arg run "$run" --arg wall "$wall" --arg rss "$((rss_kib / 1024))" '
        "run \($run): \(.weeks) weeks, \(.product_weeks) product-weeks with sales (\(.zero_sale_weeks) without sales left out), \($wall) s wall, peak RSS \($rss) MiB",
        "  read (SQL aggregate + COPY) \(.timings.read_seconds * 100 | round / 100) s, regressions \(.timings.fit_seconds * 100 | round / 100) s, write \(.timings.write_seconds * 100 | round / 100) s",
        "  \(.categories) categories (\(.reliable_categories) reliable), \(.products) products (\(.reliable_products) reliable); median elasticity of the reliable categories \(if .median_reliable_category_elasticity == null then "-" else (.median_reliable_category_elasticity * 1000 | round / 1000) end)",
        "  categories: \([.rows[] | select(.level == "category") | "\(.category) \(if .elasticity == null then "-" else (.elasticity * 100 | round / 100) end) [\(if .ci_low == null then "-" else (.ci_low * 100 | round / 100) end), \(if .ci_high == null then "-" else (.ci_high * 100 | round / 100) end)]\(if .reliable then "" else " " + .flag end)"] | join("; "))",
        "  product flags: \([.rows[] | select(.level == "product") | (.flag // "reliable")] | group_by(.) | map("\(.[0]) \(length)") | join(", "))"
    ' "$work/elasticity.json"
done
