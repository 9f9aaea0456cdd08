#!/usr/bin/env bash
# The two commands of the README:
#   ./kestrel.sh run    install what is missing, build (Release), start the embedded database,
#                       migrate, generate demo data on first start, and open the window
#   ./kestrel.sh test   install what is missing, build, and run every test through ctest
# Other verbs: install, build, bench, clean.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=${KESTREL_BUILD_DIR:-build}
JOBS=${KESTREL_JOBS:-$(nproc)}
KESTREL_BIN="$BUILD_DIR/app/kestrel"

install() { bash scripts/install-deps.sh; }

configure() {
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
    -DKESTREL_BUILD_TESTS="${1:-ON}" -DKESTREL_BUILD_BENCH="${1:-ON}" >/dev/null
}

build() {
  configure "${1:-ON}"
  cmake --build "$BUILD_DIR" -j "$JOBS" ${2:+--target "$2"}
}

ensure_runtime_dir() {
  if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d /tmp/kestrel-runtime-XXXXXX)
    chmod 700 "$XDG_RUNTIME_DIR"
  fi
}

cmd_run() {
  install
  build ON kestrel
  # The window would do these itself; doing them here shows progress on the terminal. The
  # embedded server is stopped again on exit unless it was already running before.
  local was_running=no
  if [ -z "${KESTREL_DSN:-}" ] && "$KESTREL_BIN" db status --json 2>/dev/null | grep -q '"state":"running"'; then
    was_running=yes
  fi
  if [ "$was_running" = no ] && [ -z "${KESTREL_DSN:-}" ]; then
    trap '"$KESTREL_BIN" db stop >/dev/null 2>&1 || true' EXIT
  fi
  "$KESTREL_BIN" db migrate
  # 14 months of demo history, so the LTV page has elapsed 12-month horizons to show.
  "$KESTREL_BIN" generate --if-empty --days 420
  # First start: fill the Segments and Scores pages too (seconds on the demo data; a database
  # too short for a model just says so and the page offers Run).
  if ! "$KESTREL_BIN" analyze runs --json 2>/dev/null | grep -q '"run_id"'; then
    for model in rfm segments propensity churn; do
      "$KESTREL_BIN" analyze "$model" | head -n 1 || true
    done
  fi
  # …and the LTV page (added later, so checked on its own: databases from before it get a run too).
  "$KESTREL_BIN" analyze ltv --if-missing | head -n 1 || true
  # …and the Recommendations, Pricing and Anomalies pages (issue 6), each once: a model that has
  # succeeded before is left as it is (Run on its page refreshes it).
  local dsn done_models
  dsn=$("$KESTREL_BIN" db status --json 2>/dev/null | sed -n 's/.*"dsn":"\([^"]*\)".*/\1/p')
  [ -n "${KESTREL_DSN:-}" ] && dsn=$KESTREL_DSN
  done_models=$(psql "$dsn" -Atc "SELECT DISTINCT model FROM ml.model_runs WHERE status = 'succeeded'" 2>/dev/null || true)
  for model in recommend elasticity anomalies; do
    grep -qx "$model" <<<"$done_models" || "$KESTREL_BIN" analyze "$model" | head -n 1 || true
  done
  ensure_runtime_dir
  local rc=0
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "kestrel.sh: no display found; opening the window on a virtual screen (Xvfb)." >&2
    xvfb-run -a -s "-screen 0 1600x1000x24" "$KESTREL_BIN" "$@" || rc=$?
  else
    "$KESTREL_BIN" "$@" || rc=$?
  fi
  return $rc
}

cmd_test() {
  install
  build ON
  ensure_runtime_dir
  cd "$BUILD_DIR"
  ctest --output-on-failure --timeout 900 -j "$JOBS" "$@"
}

cmd_bench() {
  install
  build ON
  "$BUILD_DIR/bench/kestrel_bench" "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  install) install ;;
  build) build ON ;;
  bench) shift; cmd_bench "$@" ;;
  clean) rm -rf "$BUILD_DIR" ;;
  *) echo "usage: $0 run|test|install|build|bench|clean" >&2; exit 2 ;;
esac
