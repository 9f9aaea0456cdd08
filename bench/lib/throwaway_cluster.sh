# Sourced by the macro benchmarks: checks the tools and the kestrel binary, and starts a throwaway
# embedded cluster under /tmp that is stopped and removed on exit (unless keep=1).
# Expects: $kestrel (path), $keep (0/1), $1 = a name for the folder, then the tools needed.
# Sets: kestrel (absolute), psql, data_dir, work, dsn; exports KESTREL_DATA_DIR.

bench_start_cluster() {
    local name=$1; shift
    psql=/usr/bin/psql
    for tool in "$psql" /usr/bin/time jq "$@"; do
        command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing" >&2; exit 2; }
    done
    [[ -x $kestrel ]] || { echo "run.sh: no kestrel binary at $kestrel (build it first, or pass its path)" >&2; exit 2; }
    kestrel=$(realpath "$kestrel")

    # When run as root the server runs as the postgres user, which must be able to enter the folder.
    data_dir=$(mktemp -d "/tmp/kestrel-$name-XXXXXX")
    chmod 755 "$data_dir"
    export KESTREL_DATA_DIR=$data_dir
    work=$data_dir/bench
    mkdir -p "$work"
    trap bench_cleanup EXIT

    echo "== starting a throwaway cluster in $data_dir" >&2
    "$kestrel" db start >/dev/null
    "$kestrel" db migrate >/dev/null
    dsn=$("$kestrel" db status --json | jq -r .dsn)
    [[ -n $dsn && $dsn != null ]] || { echo "run.sh: kestrel db status --json gave no dsn" >&2; exit 1; }
}

bench_cleanup() {
    local rc=$?
    if [[ $keep -eq 1 ]]; then
        echo "kept $data_dir (cluster still running; stop it with KESTREL_DATA_DIR=$data_dir $kestrel db stop)" >&2
    else
        "$kestrel" db stop >/dev/null 2>&1 || true
        rm -rf "$data_dir"
    fi
    exit $rc
}
