#!/usr/bin/env bash
# The command line through the real binary: every bad input gets one clear line on stderr and a
# non-zero exit, and the embedded cluster's life cycle works end to end in a throwaway folder.
set -uo pipefail
KESTREL=${1:?usage: cli_test.sh path/to/kestrel}
export KESTREL_DATA_DIR=$(mktemp -d /tmp/kestrel-cli-XXXXXX)
export KESTREL_STATE_DIR=$KESTREL_DATA_DIR/state
export XDG_CONFIG_HOME=$KESTREL_DATA_DIR/config
unset KESTREL_DSN KESTREL_LOG_LEVEL
chmod 755 "$KESTREL_DATA_DIR"
passed=0 failed=0
cleanup() { "$KESTREL" db stop >/dev/null 2>&1; rm -rf "$KESTREL_DATA_DIR"; }
trap cleanup EXIT

# expect NAME EXPECTED_EXIT STDERR_PATTERN -- command...
expect() {
  local name=$1 want=$2 pattern=$3; shift 4
  local out err rc
  out=$("$@" 2>"$KESTREL_DATA_DIR/err"); rc=$?
  err=$(cat "$KESTREL_DATA_DIR/err")
  local lines; lines=$(printf '%s' "$err" | grep -c . || true)
  if [ "$rc" != "$want" ]; then
    echo "FAIL $name: exit $rc, wanted $want; stderr: $err"; failed=$((failed+1)); return
  fi
  if [ "$want" != 0 ] && { [ "$lines" != 1 ] || ! grep -qE -- "$pattern" <<<"$err"; }; then
    echo "FAIL $name: wanted one stderr line matching /$pattern/, got $lines: $err"; failed=$((failed+1)); return
  fi
  LAST_OUT=$out
  echo "ok   $name"; passed=$((passed+1))
}
json_field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
check() { # NAME CONDITION_RESULT
  if [ "$2" = yes ]; then echo "ok   $1"; passed=$((passed+1)); else echo "FAIL $1"; failed=$((failed+1)); fi
}

expect "unknown subcommand"       2 "frobnicate"            -- "$KESTREL" frobnicate
expect "unknown option"           2 "--bogus"               -- "$KESTREL" db start --bogus
expect "bad log level"            2 "log level"             -- "$KESTREL" --log-level loud db status
expect "bad number"               2 "users"                 -- "$KESTREL" generate --users abc
expect "port out of range"        2 "port"                  -- "$KESTREL" db start --port 99999
expect "unwritable data folder"   1 "/dev/null/k.*(not writable|cannot be created)" -- env KESTREL_DATA_DIR=/dev/null/k "$KESTREL" db start
expect "unreachable dsn"          1 "cannot connect.*after 5 attempts" -- "$KESTREL" --dsn "host=/nonexistent port=1 dbname=x user=x" db migrate
expect "bad dsn syntax"           1 "invalid DSN"           -- "$KESTREL" --dsn "host=x nonsense=1" db migrate
expect "start with --dsn"         1 "embedded cluster"      -- "$KESTREL" --dsn "host=x" db start
expect "stop when not running"    1 "not running"           -- "$KESTREL" db stop

# model cv needs no database: these run before the cluster exists, and "status before init" below
# proves they did not start one.
M=$KESTREL_DATA_DIR
{ echo "customer,score,plan,churned"
  for i in $(seq 1 240); do
    x=$(( (i * 37) % 101 )); plan=$(( i % 3 )); y=No
    if [ $x -gt 50 ]; then y=Yes; fi
    if [ $(( i % 10 )) = 0 ]; then [ $y = Yes ] && y=No || y=Yes; fi
    echo "C-$i,$x,p$plan,$y"
  done; } >"$M/model.csv"
printf 'a,churned\n1,No\n2,No\n3,No\n' >"$M/oneclass.csv"
expect "model cv needs --target"  2 "target"                -- "$KESTREL" model cv --csv "$M/model.csv"
expect "model cv bad target"      1 'model.csv: no column "Nope"' -- "$KESTREL" model cv --csv "$M/model.csv" --target Nope
expect "model cv one class"       1 '"churned" has one class only' -- "$KESTREL" model cv --csv "$M/oneclass.csv" --target churned
expect "model cv bad --drop"      1 'no column "zzz"'       -- "$KESTREL" model cv --csv "$M/model.csv" --target churned --drop zzz
sed '20s/^C-19,[0-9]*,/C-19,12abc,/' "$M/model.csv" >"$M/junk.csv"
expect "model cv junk number"     1 'junk.csv: line 20: column "score": not a number: 12abc' -- "$KESTREL" model cv --csv "$M/junk.csv" --target churned
printf 'a,churned\n1,No\n2,No\n3,Yes\n4,No\n5,Yes\n' >"$M/few.csv"
expect "model cv too few of a class" 1 '"churned" is "Yes" in 2 rows, fewer than the 5 folds' -- "$KESTREL" model cv --csv "$M/few.csv" --target churned
expect "model cv bad mode"        2 "mode"                  -- "$KESTREL" model cv --csv "$M/model.csv" --target churned --mode svm
# fit clv needs no database either: the CDNOW sample's published estimates, and bad summary files.
CDNOW="$(dirname "$0")/../../../../shared/datasets/cdnow/cdnow_customers_summary_with_transactions.csv"
expect "fit clv on CDNOW"         0 "" -- "$KESTREL" fit clv --summary-csv "$CDNOW" --json
check  "fit clv: published BG/NBD and Gamma-Gamma estimates" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); b = r["bg_nbd"]; g = r["gamma_gamma"]
s3 = lambda v: float("%.3g" % v)
ok = ((s3(b["r"]), s3(b["alpha"]), s3(b["a"]), s3(b["b"])) == (0.243, 4.41, 0.793, 2.43)
      and (s3(g["p"]), s3(g["q"]), s3(g["gamma"])) == (6.25, 3.74, 15.4)
      and abs(b["log_likelihood"] + 9582.43) < 0.01 and b["converged"] and g["converged"]
      and r["customers"] == 2357 and r["repeat_buyers"] == 946 and g["customers"] == 946)
print("yes" if ok else "no: %s" % r)
PY
)"
printf 'frequency,recency,T,monetary_value\n2,5,10,20\n1,12,10,20\n0,3,10,0\n' >"$M/badclv.csv"
expect "fit clv: recency > T named by line" 1 'badclv.csv: invalid rows, nothing was fitted: recency is greater than T \(lines 3\); frequency is 0 but recency is above 0 \(lines 4\)' -- "$KESTREL" fit clv --summary-csv "$M/badclv.csv"
printf 'frequency,recency,T\n0,0,3\n0,0,5\n' >"$M/onceclv.csv"
expect "fit clv: only one-time buyers" 1 'onceclv.csv: all 2 customers are one-time buyers' -- "$KESTREL" fit clv --summary-csv "$M/onceclv.csv"
: >"$M/emptyclv.csv"
expect "fit clv: empty file"      1 'emptyclv.csv: the file is empty' -- "$KESTREL" fit clv --summary-csv "$M/emptyclv.csv"
expect "fit clv: no such file"    1 'nosuch.csv' -- "$KESTREL" fit clv --summary-csv "$M/nosuch.csv"
expect "fit clv needs a file"     2 'summary-csv' -- "$KESTREL" fit clv
# Ctrl+C during training: exit 130, one line, no result printed.
"$KESTREL" model cv --csv "$M/model.csv" --target churned --rounds 100000 >"$M/cv.out" 2>"$M/cv.err" &
cv_pid=$!
sleep 1.5
kill -INT "$cv_pid"
wait "$cv_pid"; cv_rc=$?
check  "model cv stops on Ctrl+C" "$([ "$cv_rc" = 130 ] && grep -q 'training stopped after' "$M/cv.err" && [ ! -s "$M/cv.out" ] && echo yes)"
expect "model cv"                 0 "" -- "$KESTREL" model cv --csv "$M/model.csv" --target churned --folds 3 --rounds 50 --json
check  "model cv json: 3 folds, good AUC, id column noted" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
ok = (len(r["folds"]) == 3 and r["rows"] == 240 and r["positive_class"] == "Yes" and r["mean"]["roc_auc"] > 0.8
      and all(f["test_rows"] == 80 and 0 <= f["pr_auc"] <= 1 and f["log_loss"] > 0 for f in r["folds"])
      and any('"customer" left out' in n for n in r["notes"])
      and len(r["lift"]) == 10 and r["lift"][0]["lift"] > 1.5 and abs(r["lift"][9]["capture"] - 1) < 1e-9
      and sum(b["count"] for b in r["reliability"]) == 240)
print("yes" if ok else "no: %s" % r)
PY
)"
expect "model cv rf text"         0 "" -- "$KESTREL" model cv --csv "$M/model.csv" --target churned --folds 3 --mode rf --rounds 20
check  "model cv text has a mean row" "$(grep -qE '^mean +0\.[0-9]{4}' <<<"$LAST_OUT" && echo yes)"

# recommend evaluate needs no database either: a made file of purchase lines (30 users with a taste
# for one of three item groups, 60 days), plain and gzipped, and its bad variants.
{ echo "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID"
  n=0
  for day in $(seq 1 59); do
    for u in $(seq 1 30); do
      if [ $(( (u * 7 + day * 3) % 5 )) = 0 ]; then
        g=$(( u % 3 )); a=$(( g * 4 + (day + u) % 4 )); b=$(( g * 4 + (day + u + 1) % 4 ))
        d=$(date -u -d "2011-01-01 +$day days" +%Y-%m-%d)
        n=$((n + 1)); echo "$n,I$a,\"Item $a, group $g\",$(( 1 + u % 3 )),$d 10:00:00,$(( 1 + a )).50,$u.0"
        echo "$n,I$b,Item $b,1,$d 10:00:00,$(( 1 + b )).50,$u.0"
      fi
    done
  done
  echo "9001,I1,Returned,-2,2011-02-27 09:00:00,2.50,5.0"
  echo "9002,I2,No customer,1,2011-02-27 09:00:00,3.50,"; } >"$M/retail.csv"
gzip -c "$M/retail.csv" >"$M/retail.csv.gz"
RE=(--user-col CustomerID --item-col StockCode --time-col InvoiceDate --qty-col Quantity --price-col UnitPrice)
expect "recommend evaluate"       0 "" -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv" "${RE[@]}" --json
check  "evaluate json: counts, split, five models" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); m = r["models"]
keys = {"precision", "recall", "ndcg", "map", "coverage", "users"}
ok = (r["returns"] == 1 and r["skipped_no_user"] == 1 and r["rows"] == r["purchases"] + 2 and r["users"] == 30
      and r["items"] == 12 and r["cut_date"] == "2011-01-31" and r["k"] == 10 and r["content_features"] == ["price_band"]
      and sorted(m) == ["content", "hybrid", "item_cf", "popularity", "popularity_recent"]
      and all(set(v) == keys and all(0 <= v[k] <= 1 for k in keys - {"users"}) for v in m.values())
      and m["hybrid"]["users"] == r["test_users"] > 0 and r["train_purchases"] > 0 and m["hybrid"]["ndcg"] > 0)
print("yes" if ok else "no: %s" % r)
PY
)"
plain_ndcg=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['models']['hybrid']['ndcg'])" "$LAST_OUT")
expect "recommend evaluate gzip"  0 "" -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv.gz" "${RE[@]}" --json
check  "gzip gives the same evaluation" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print('yes' if r['models']['hybrid']['ndcg'] == float(sys.argv[2]) and r['returns'] == 1 else 'no')" "$LAST_OUT" "$plain_ndcg")"
expect "recommend evaluate text"  0 "" -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv.gz" "${RE[@]}" --cut-date 2011-02-15 --top 5
check  "evaluate text: split, table, ratio" "$(grep -q 'to the day before 2011-02-15' <<<"$LAST_OUT" && grep -qE '^hybrid +0\.[0-9]{4}' <<<"$LAST_OUT" && grep -q 'plain popularity' <<<"$LAST_OUT" && echo yes)"
sed '40s/2011-[0-9-]* 10:00:00/2011-02-30 10:00:00/' "$M/retail.csv" >"$M/baddate.csv"
expect "evaluate: bad date named" 1 'baddate.csv: line 40: column "InvoiceDate" \(--time-col\): no such date: 2011-02-30' -- "$KESTREL" recommend evaluate --transactions-csv "$M/baddate.csv" "${RE[@]}"
sed '12s/,[0-9]*,2011-/,many,2011-/' "$M/retail.csv" >"$M/badqty.csv"
expect "evaluate: bad quantity named" 1 'badqty.csv: line 12: column "Quantity" \(--qty-col\): not a number: many' -- "$KESTREL" recommend evaluate --transactions-csv "$M/badqty.csv" "${RE[@]}"
expect "evaluate: no purchases after the cut" 1 'no purchases on or after the cut date 2012-01-01' -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv" "${RE[@]}" --cut-date 2012-01-01
expect "evaluate: unknown column" 1 'no column "Nope" \(--item-col\)' -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv" --user-col CustomerID --item-col Nope --time-col InvoiceDate
expect "evaluate: no such file"   1 'nosuch.csv' -- "$KESTREL" recommend evaluate --transactions-csv "$M/nosuch.csv" "${RE[@]}"
expect "evaluate: --user-col needed" 2 'user-col' -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv" --item-col StockCode --time-col InvoiceDate
expect "evaluate: bad --cut-date" 1 "cut-date must be a date YYYY-MM-DD, not 'soon'" -- "$KESTREL" recommend evaluate --transactions-csv "$M/retail.csv" "${RE[@]}" --cut-date soon

expect "status before init"       0 "" -- "$KESTREL" db status --json
check  "status says not_initialized" "$([ "$(json_field "$LAST_OUT" state)" = not_initialized ] && echo yes)"
expect "start"                    0 "" -- "$KESTREL" db start
expect "second start"             1 "already running"       -- "$KESTREL" db start
expect "status running"           0 "" -- "$KESTREL" db status --json
check  "status json fields" "$(python3 - "$LAST_OUT" "$KESTREL_DATA_DIR" <<'PY'
import json, sys
s = json.loads(sys.argv[1]); root = sys.argv[2]
ok = (s["state"] == "running" and s["server_version"].startswith("15.") and s["socket_dir"] == root + "/run"
      and s["data_dir"] == root + "/pgdata" and ("host=" + root + "/run") in s["dsn"] and s["pid"] > 0)
print("yes" if ok else "no: %s" % s)
PY
)"
expect "migrate"                  0 "" -- "$KESTREL" db migrate --json
check  "migrate applied 0001" "$(grep -q 0001_foundation <<<"$LAST_OUT" && echo yes)"
expect "migrate again"            0 "" -- "$KESTREL" db migrate --json
check  "second migrate applies nothing" "$(grep -q '"applied":\[\]' <<<"$LAST_OUT" && echo yes)"
expect "elasticity: no sales"     1 "no paid, shipped or delivered orders.*nothing was written" -- "$KESTREL" analyze elasticity
expect "anomalies: empty database" 1 "there is no data to check.*nothing was written" -- "$KESTREL" analyze anomalies
expect "anomalies list when empty" 0 "" -- "$KESTREL" anomalies list --json
check  "empty database: no run, no anomaly" "$([ "$LAST_OUT" = '{"anomalies":[]}' ] && echo yes)"
expect "generate bad end date"    1 "end-date"              -- "$KESTREL" generate --end-date 2026-02-31
expect "generate"                 0 "" -- "$KESTREL" generate --users 300 --products 30 --days 60 --events 6000 --seed 7 --end-date 2026-06-30 --json
check  "generate made 300 users" "$([ "$(json_field "$LAST_OUT" users)" = 300 ] && echo yes)"
check  "generate made ~6000 events" "$(python3 -c "import json,sys; e=json.loads(sys.argv[1])['events']; print('yes' if abs(e-6000) <= 60 else 'no')" "$LAST_OUT")"
expect "generate refuses to overwrite" 1 "replace"          -- "$KESTREL" generate --users 10 --seed 7
expect "generate --replace"       0 "" -- "$KESTREL" generate --users 50 --products 10 --days 30 --seed 7 --end-date 2026-06-30 --replace --json
check  "replace left 50 users" "$([ "$(json_field "$LAST_OUT" users)" = 50 ] && echo yes)"
# Customer models on the generated users.
expect "analyze rfm"              0 "" -- "$KESTREL" analyze rfm --as-of 2026-07-01 --json
check  "rfm covered the 50 users" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print('yes' if r['users_scored'] + r['users_no_orders'] == 50 and sum(r['segments'].values()) == r['users_scored'] else 'no')" "$LAST_OUT")"
expect "analyze segments"         0 "" -- "$KESTREL" analyze segments --k 3 --seed 1 --as-of 2026-07-01 --json
check  "three segments with profiles" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); s=r['segments']; print('yes' if len(s) == 3 and all('of revenue' in x['profile'] for x in s) else 'no')" "$LAST_OUT")"
expect "analyze segments text"    0 "" -- "$KESTREL" analyze segments --k-min 2 --k-max 4 --as-of 2026-07-01
check  "segments text names the suggested k" "$(grep -q 'suggested by silhouette' <<<"$LAST_OUT" && echo yes)"
expect "segments: too few users"  1 "need at least 1000 users.*nothing was written" -- "$KESTREL" analyze segments --k 1000
expect "rfm: bad as-of"           1 "as-of date 'someday' is not a valid" -- "$KESTREL" analyze rfm --as-of someday
expect "rfm: before any user"     1 "no customer has an order" -- "$KESTREL" analyze rfm --as-of 2001-01-01
expect "segments: --k and --k-min" 2 "excludes" -- "$KESTREL" analyze segments --k 3 --k-min 2
# Imports and the load history.
D=$KESTREL_DATA_DIR
printf 'user_id;email;full_name;country;acquisition_channel;device;created_at\n900001;a@example.com;Anna;ru;organic;desktop;01.03.2026\n900002;b@example.com;"Boris; Jr.";RU;social;mobile;2026-03-02 10:00\n' >"$D/users.csv"
printf 'user_id,email,full_name,country,acquisition_channel,device,created_at\n900003,c@example.com,Cid,US,organic,desktop,2026-03-01\n900004,bad-mail,Dora,US,organic,desktop,2026-03-01\n900005,e@example.com,Eve,US,organic,desktop,31.02.2026\n' >"$D/bad.csv"
expect "import unknown entity"    1 "unknown entity \"customers\""  -- "$KESTREL" import customers "$D/users.csv"
expect "import missing file"      1 "nope.csv"              -- "$KESTREL" import users "$D/nope.csv"
expect "import bad mode"          2 "mode"                  -- "$KESTREL" import users "$D/users.csv" --mode merge
expect "import bad --map"         1 "--map"                 -- "$KESTREL" import users "$D/users.csv" --map nonsense
expect "import users"             0 "" -- "$KESTREL" import users "$D/users.csv" --json
check  "import inserted 2 users" "$([ "$(json_field "$LAST_OUT" rows_inserted)" = 2 ] && echo yes)"
check  "import detected ';'" "$([ "$(json_field "$LAST_OUT" delimiter)" = ";" ] && echo yes)"
first_load=$(json_field "$LAST_OUT" load_id)
expect "same file again"          1 "already loaded.*--force" -- "$KESTREL" import users "$D/users.csv"
expect "file with rejects"        1 "bad.csv: 2 of 3 rows rejected.*--skip-rejects" -- "$KESTREL" import users "$D/bad.csv" --rejects "$D/rej.csv"
check  "rejects file names line, column, reason" "$(grep -q '^3,email,bad-mail,not an e-mail address' "$D/rej.csv" && grep -q '^4,created_at,31.02.2026,no such date' "$D/rej.csv" && echo yes)"
expect "load the good rows"       0 "" -- "$KESTREL" import users "$D/bad.csv" --skip-rejects --json
check  "good rows loaded" "$([ "$(json_field "$LAST_OUT" rows_inserted)" = 1 ] && [ "$(json_field "$LAST_OUT" rows_rejected)" = 2 ] && echo yes)"
partial_load=$(json_field "$LAST_OUT" load_id)
expect "loads list"               0 "" -- "$KESTREL" loads list --json
check  "loads list shows the failed and good loads" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
loads = json.loads(sys.argv[1])["loads"]
st = [l["status"] for l in loads if l["entity"] == "users"]
print("yes" if st[:3] == ["succeeded", "failed", "failed"] and loads[0]["rows_rejected"] == 2 else "no: %s" % st)
PY
)"
expect "loads list text"          0 "" -- "$KESTREL" loads list
check  "loads list text has a header" "$(grep -q 'STATUS' <<<"$LAST_OUT" && echo yes)"
expect "rollback under a later load" 1 "load $partial_load changed users after it" -- "$KESTREL" loads rollback "$first_load"
expect "rollback"                 0 "" -- "$KESTREL" loads rollback "$partial_load" --json
check  "rollback removed 1 row" "$([ "$(json_field "$LAST_OUT" rows_deleted)" = 1 ] && echo yes)"
expect "rollback twice"           1 "rolled back already"   -- "$KESTREL" loads rollback "$partial_load"
expect "rollback unknown load"    1 "no such load"          -- "$KESTREL" loads rollback 999999
expect "rollback the first"       0 "" -- "$KESTREL" loads rollback "$first_load"
# DBSCAN, purchase propensity, churn, run history and drift on a longer generated history.
expect "churn on 30 days of data" 1 "not enough history.*nothing was written" -- "$KESTREL" analyze churn
expect "generate for scores"      0 "" -- "$KESTREL" generate --users 800 --products 40 --days 200 --events 40000 --seed 3 --end-date 2026-06-30 --replace
expect "analyze segments dbscan"  0 "" -- "$KESTREL" analyze segments --method dbscan --json
check  "dbscan found segments and drew the k-distance curve" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print('yes' if r['method'] == 'dbscan' and r['k'] >= 1 and r['eps'] == r['eps_suggested'] > 0 and len(r['k_distance']) > 10 and sum(s['size'] for s in r['segments']) == r['users'] == 800 else 'no')" "$LAST_OUT")"
expect "dbscan with --k"          1 "for --method kmeans" -- "$KESTREL" analyze segments --method dbscan --k 3
expect "dbscan: every user noise" 1 "every user is noise.*nothing was written" -- "$KESTREL" analyze segments --method dbscan --eps 0.000001
expect "analyze propensity"       0 "" -- "$KESTREL" analyze propensity --json
check  "propensity: time split, metrics, reasons" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
ok = (r["score_as_of"].startswith("2026-07-01") and r["valid_as_of"].startswith("2026-06-01")
      and r["train_as_of"].startswith("2026-05-02") and r["scored_users"] == 800 and 0.5 < r["roc_auc"] <= 1
      and len(r["lift"]) == 10 and len(r["top"]) == 10 and all(0 < len(u["reasons"]) <= 3 for u in r["top"])
      and sum(r["bands"]) == 800)
print("yes" if ok else "no: %s" % {k: r[k] for k in ("score_as_of", "scored_users", "roc_auc")})
PY
)"
prop_run=$(json_field "$LAST_OUT" run_id)
expect "analyze churn text"       0 "" -- "$KESTREL" analyze churn --churn-days 45
check  "churn text states the definition" "$(grep -q 'no purchase and no session within 45 days' <<<"$LAST_OUT" && grep -q 'ROC-AUC' <<<"$LAST_OUT" && echo yes)"
expect "analyze propensity rf"    0 "" -- "$KESTREL" analyze propensity --mode rf --seed 5 --json
rf_run=$(json_field "$LAST_OUT" run_id)
expect "analyze compare"          0 "" -- "$KESTREL" analyze compare "$prop_run" "$rf_run" --json
check  "compare counts every user once" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print('yes' if r['common_users'] == 800 and sum(map(sum, r['band_moves'])) == 800 and r['psi'] >= 0 else 'no')" "$LAST_OUT")"
expect "compare across models"    1 "only runs of the same model" -- "$KESTREL" analyze compare "$prop_run" "$((rf_run - 1))"
expect "compare unknown run"      1 "run 999999 is not a succeeded" -- "$KESTREL" analyze compare "$prop_run" 999999
expect "compare needs two runs"   2 "runs" -- "$KESTREL" analyze compare "$prop_run"
expect "analyze runs"             0 "" -- "$KESTREL" analyze runs --json
check  "three runs, newest first" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1])['runs']; print('yes' if [x['model'] for x in r] == ['propensity', 'churn', 'propensity'] and r[0]['mode'] == 'random_forest' else 'no')" "$LAST_OUT")"
expect "analyze ltv"              0 "" -- "$KESTREL" analyze ltv --json
check  "ltv: horizons, fits, holdout check, no NaN" "$(python3 - "$LAST_OUT" <<'PY'
import json, math, sys
r = json.loads(sys.argv[1]); p = r["prediction"]; h = r["history"]
ok = (r["as_of"].startswith("2026-07-01") and [x["months"] for x in h["horizons"]] == [3, 6, 12]
      and all(x["customers"] + x["excluded"] == h["customers"] for x in h["horizons"])
      and p["customers"] == h["customers"] and p["bg_nbd"]["converged"] and p["gamma_gamma"]["converged"]
      and p["calibration"] is not None and len(p["calibration"]["buckets"]) == 8
      and sum(p["clv_histogram"]["counts"]) == p["customers"] and len(p["top"]) == 10
      and all(t["clv"] >= 0 and 0 <= t["p_alive"] <= 1 for t in p["top"]))
print("yes" if ok else "no: %s" % {k: r[k] for k in ("as_of", "warnings")})
PY
)"
expect "analyze ltv text"         0 "" -- "$KESTREL" analyze ltv --months 24 --discount 0.02
check  "ltv text shows the fits and horizons" "$(grep -q 'BG/NBD (days)' <<<"$LAST_OUT" && grep -q 'predicted 24-month CLV' <<<"$LAST_OUT" && grep -q '^3 m' <<<"$LAST_OUT" && echo yes)"
expect "ltv --if-missing skips"   0 "" -- "$KESTREL" analyze ltv --if-missing
check  "ltv --if-missing said so" "$(grep -q 'LTV run exists' <<<"$LAST_OUT" && echo yes)"
expect "ltv: bad months"          2 "months" -- "$KESTREL" analyze ltv --months 0
expect "ltv: before any order"    1 "no customer has a paid order before" -- "$KESTREL" analyze ltv --as-of 2001-01-01
expect "ltv: bad as-of"           1 "as-of date 'someday' is not a valid" -- "$KESTREL" analyze ltv --as-of someday
# Price elasticity on the same generated shop (200 days: about 28 whole weeks).
expect "analyze elasticity"       0 "" -- "$KESTREL" analyze elasticity --min-weeks 4 --json
check  "elasticity: rows, flags and counts agree" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
rows = r["rows"]
keys = {"level", "category", "product_id", "product_name", "elasticity", "std_error", "ci_low", "ci_high", "r_squared",
        "observations", "price_points", "reliable", "flag", "flags", "weeks", "seasonal_controls", "trend"}
cats = [x for x in rows if x["level"] == "category"]
prods = [x for x in rows if x["level"] == "product"]
flags = {"few_observations", "little_price_variation", "wide_interval", "positive_slope", "poor_fit"}
ok = (r["run_id"] > 0 and r["weeks"] >= 26 and r["from"] <= r["to"] and r["min_weeks"] == 4
      and all(keys <= set(x) for x in rows) and len(cats) == r["categories"] >= 1 and len(prods) == r["products"]
      and all(x["product_id"] is None for x in cats) and all(x["product_id"] > 0 for x in prods)
      and all(x["reliable"] == (x["flag"] is None) and (x["flag"] is None or x["flag"] in flags) for x in rows)
      and all(x["elasticity"] is None or x["ci_low"] is None or x["ci_low"] <= x["elasticity"] <= x["ci_high"] for x in rows)
      and all(x["r_squared"] is None or 0 <= x["r_squared"] <= 1 for x in rows)
      and sum(1 for x in cats if x["reliable"]) == r["reliable_categories"] and r["standard_errors"] == "HC1"
      and "category_rows" not in r)
print("yes" if ok else "no: %s" % {k: r[k] for k in ("weeks", "categories", "products")})
PY
)"
expect "analyze elasticity text"  0 "" -- "$KESTREL" analyze elasticity
check  "elasticity text has the table" "$(grep -q '95% CI' <<<"$LAST_OUT" && grep -q '^category ' <<<"$LAST_OUT" && grep -q 'price elasticity run' <<<"$LAST_OUT" && echo yes)"
expect "elasticity: bad min-weeks" 2 "min-weeks"            -- "$KESTREL" analyze elasticity --min-weeks 1
expect "elasticity: bad date"     1 "start date '2026-13-01' is not a date" -- "$KESTREL" analyze elasticity --from 2026-13-01
expect "elasticity: from after to" 1 "is after the end date" -- "$KESTREL" analyze elasticity --from 2026-06-01 --to 2026-05-01
expect "elasticity: no whole week" 1 "holds no whole week"  -- "$KESTREL" analyze elasticity --from 2026-06-02 --to 2026-06-06
# Recommendations on the generated database, and a user's list in words.
expect "recommend user before any run" 1 "no recommendations yet" -- "$KESTREL" recommend user 1
expect "analyze recommend"        0 "" -- "$KESTREL" analyze recommend --json
check  "recommend: every user, ten rows each, evaluation" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); e = r["evaluation"]
ok = (r["users"] == 800 and r["rows"] == 8000 and r["as_of"].startswith("2026-07-01") and len(r["popular"]) == 20
      and sum(r["sources"].values()) == 8000 and sum(r["reasons"].values()) == 8000 and 0 < r["coverage"] <= 1
      and e is not None and e["cut_date"] == "2026-06-01" and e["test_days"] == 30
      and sorted(e["models"]) == ["content", "hybrid", "item_cf", "popularity", "popularity_recent"])
print("yes" if ok else "no: %s" % {k: r.get(k) for k in ("users", "rows", "as_of", "evaluation")})
PY
)"
expect "analyze recommend text"   0 "" -- "$KESTREL" analyze recommend --top 5 --half-life-days 30
check  "recommend text: summary and evaluation table" "$(grep -q 'top 5 for 800 users' <<<"$LAST_OUT" && grep -qE '^popularity +0\.[0-9]{4}' <<<"$LAST_OUT" && echo yes)"
expect "recommend user"           0 "" -- "$KESTREL" recommend user 1 --json
check  "recommend user: five items with reasons in words" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); i=r['items']; print('yes' if len(i) == 5 and [x['rank'] for x in i] == [1,2,3,4,5] and all(x['reason'] and x['name'] for x in i) else 'no: %s' % r)" "$LAST_OUT")"
expect "recommend user text"      0 "" -- "$KESTREL" recommend user 2
check  "recommend user text names a reason" "$(grep -qE '(bought together with|viewed together with|similar to|popular in|popular now)' <<<"$LAST_OUT" && echo yes)"
expect "recommend unknown user"   1 "there is no user with id 987654321" -- "$KESTREL" recommend user 987654321
expect "recommend: bad top"       2 "top" -- "$KESTREL" analyze recommend --top 0
# Anomalies in the daily metrics of the generated history: its outage (20 days before the end) and
# promotion (9 days before) are found; reviews through the command line.
expect "analyze anomalies"        0 "" -- "$KESTREL" analyze anomalies --json
check  "anomalies: every metric judged, the outage and the promotion found" "$(python3 - "$LAST_OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); s = {(x["metric"], x["event_type"]): x for x in r["series"]}
ok = (r["from"] == "2025-12-13" and r["to"] == "2026-06-30" and r["threshold"] == 3.5 and r["weeks"] == 8
      and {"revenue", "orders", "new_users", "conversion", "events"} == {m for m, _ in s}
      and all(x["days"] == 200 and 0 < x["verdicts"] <= 172 for x in s.values())
      and r["anomalies"] == sum(x["anomalies"] for x in s.values()) == r["inserted"] > 0
      and s[("events", "session_start")]["drops"] >= 1 and s[("events", "session_start")]["spikes"] >= 1)
print("yes" if ok else "no: %s" % {k: r[k] for k in ("from", "to", "anomalies", "inserted")})
PY
)"
expect "anomalies list"           0 "" -- "$KESTREL" anomalies list --metric events --from 2026-06-10 --to 2026-06-21 --json
outage_id=$(python3 -c "import json,sys; a=json.loads(sys.argv[1])['anomalies']; print([x['anomaly_id'] for x in a if x['event_type'] == 'session_start' and x['day'] == '2026-06-10' and x['direction'] == 'drop'][0])" "$LAST_OUT")
check  "the outage day's sessions are a drop, the promotion's a spike" "$(python3 -c "import json,sys; a=json.loads(sys.argv[1])['anomalies']; print('yes' if any(x['day'] == '2026-06-21' and x['event_type'] == 'session_start' and x['direction'] == 'spike' for x in a) and all(x['status'] == 'new' and x['reviewed_by'] is None for x in a) else 'no')" "$LAST_OUT")"
expect "anomalies accept"         0 "" -- "$KESTREL" anomalies accept "$outage_id" --note "site down 14:00-22:00" --json
check  "accepted with reviewer and note" "$(python3 -c "import json,sys; x=json.loads(sys.argv[1]); print('yes' if x['status'] == 'accepted' and x['reviewed_by'] and x['reviewed_at'] and x['note'] == 'site down 14:00-22:00' else 'no')" "$LAST_OUT")"
expect "anomalies dismiss text"   0 "" -- "$KESTREL" anomalies dismiss "$outage_id"
check  "dismiss says who and keeps the note" "$(grep -q "anomaly $outage_id (events:session_start on 2026-06-10) dismissed by .*: site down" <<<"$LAST_OUT" && echo yes)"
expect "anomalies re-run"         0 "" -- "$KESTREL" analyze anomalies --json
check  "re-run keeps the review" "$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print('yes' if r['inserted'] == 0 and r['updated'] == r['anomalies'] else 'no')" "$LAST_OUT")"
expect "list dismissed"           0 "" -- "$KESTREL" anomalies list --status dismissed --json
check  "the dismissed one is listed once" "$(python3 -c "import json,sys; a=json.loads(sys.argv[1])['anomalies']; print('yes' if [x['anomaly_id'] for x in a] == [$outage_id] else 'no')" "$LAST_OUT")"
expect "anomalies reset"          0 "" -- "$KESTREL" anomalies reset "$outage_id" --note ""
expect "anomalies list text"      0 "" -- "$KESTREL" anomalies list --status new
check  "list text has a header and the reset row" "$(grep -q 'SEVERITY' <<<"$LAST_OUT" && grep -qE "^ *$outage_id  2026-06-10" <<<"$LAST_OUT" && echo yes)"
expect "anomalies: unknown id"    1 "no anomaly with id 999999" -- "$KESTREL" anomalies dismiss 999999
expect "anomalies: no id"         2 "id"                    -- "$KESTREL" anomalies accept
expect "anomalies: bad status"    2 "status"                -- "$KESTREL" anomalies list --status done
expect "anomalies: bad threshold" 2 "threshold"             -- "$KESTREL" analyze anomalies --threshold 0
expect "anomalies: bad weeks"     2 "weeks"                 -- "$KESTREL" analyze anomalies --weeks 2
expect "anomalies: bad date"      1 "--from '2026-02-30' is not a date" -- "$KESTREL" analyze anomalies --from 2026-02-30
expect "anomalies: empty period"  1 "no complete day to check" -- "$KESTREL" analyze anomalies --from 2027-01-01
expect "churn: too early"         1 "not enough history for the training window" -- "$KESTREL" analyze churn --as-of 2026-02-01
expect "churn: bad window"        2 "churn-days" -- "$KESTREL" analyze churn --churn-days 0
expect "stop"                     0 "" -- "$KESTREL" db stop
expect "stop again"               1 "not running"           -- "$KESTREL" db stop
expect "start after stop"         0 "" -- "$KESTREL" db start
expect "data survived restart"    0 "" -- "$KESTREL" db migrate --json
latest=$(ls "$(dirname "$0")/../../../resources/migrations" | sort | tail -n 1 | cut -c1-4 | sed 's/^0*//')
check  "schema still at the latest version ($latest)" "$(grep -q "\"schema_version\":$latest}" <<<"$LAST_OUT" && echo yes)"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
