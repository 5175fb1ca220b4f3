# The shared portfolio (issue 14) on a throwaway PostgreSQL cluster on a Unix socket
# (tests/portfolio/pg-test-cluster): `cxm publish` of one session, start to exit, new (revision 1)
# and unchanged (already up to date), median of 11; then 10,000 sessions loaded through one
# connection and `cxm portfolio --json` over them (the listing, the milestones, the distributions and
# one session's percentiles), start to exit, median of 5.
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"
cluster=$(dirname "$0")/../portfolio/pg-test-cluster
pg=$(mktemp -d /tmp/cxm-pg-XXXXXX) # under /tmp: see pg-test-cluster
trap '"$cluster" stop "$pg"' EXIT
socket=$("$cluster" start "$pg")
psql -q -h "$socket" -U cxm_admin -d postgres -c "CREATE DATABASE portfolio" >/dev/null
db="postgresql://cxm_admin@/portfolio?host=$socket"
cxm=$bin/src/cli/cxm
"$cxm" portfolio --db "$db" --migrate >/dev/null

# Each file a new session (cxm demo gives each its own UUID): every run writes revision 1.
walls=()
for i in $(seq 1 11); do
    "$cxm" demo -o "$work/publish-$i.cxm" >/dev/null 2>&1
    start=$EPOCHREALTIME
    "$cxm" publish "$work/publish-$i.cxm" --db "$db" >/dev/null 2>>"$work/stderr.log"
    end=$EPOCHREALTIME
    walls+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) * 1000 }')")
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 6p)
bench_line "publish one session, cxm publish, new revision (median of 11)" "$(printf '%.0f ms' "$median")" \
    "< 50 ms" "$(bench_verdict "$median" "<" 50)"
bench_run 11 60 "$cxm" publish "$work/publish-1.cxm" --db "$db"
bench_timed_line "publish one session, cxm publish, unchanged (median of 11)" "<" 50
[ "$run_status" = ok ] && bench_line "  CPU time of one run, cxm alone (user + system, median)" "$(printf '%.0f ms' "$run_cpu")"

"$bin/tests/bench/cxm-bench-portfolio-load" "$db" 10000
bench_run 5 60 "$cxm" portfolio --db "$db" --json --session "$work/publish-1.cxm"
bench_timed_line "cxm portfolio --json over 10,011 published sessions (median of 5)" "<" 200
[ "$run_status" = ok ] && bench_line "  CPU time of one run, cxm alone (user + system, median)" "$(printf '%.0f ms' "$run_cpu")"
[ "$run_status" = ok ] && bench_line "  the same machine's floor: cxm --help (median of 11)" "$(
    bench_run 11 60 "$cxm" --help && printf '%.0f ms' "$run_wall")"
