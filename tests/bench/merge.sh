# Merging 12 leaders' self-assessments (`cxm merge leader-1.cxm … leader-12.cxm -o team.cxm`): each
# file one person with every question answered, the first with the team's answers and the plan;
# every leader is p1 on their own laptop, so all but one are renumbered. Start to exit (open the 12
# files, plan, apply, write the merged session durably), median of 5.
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"

mkdir -p "$work/merge"
"$bin/tests/bench/cxm-bench-split" 12 "$work/merge"
files=()
for i in $(seq 1 12); do files+=("$work/merge/leader-$i.cxm"); done
bench_run 5 60 "$bin/src/cli/cxm" merge "${files[@]}" -o "$work/merge/team.cxm"
bench_timed_line "merge 12 single-person files into one workshop, cxm merge (median of 5)" "<" 100
if [ "$run_status" = ok ]; then
    bench_line "  CPU time of one run (user + system, median)" "$(printf '%.0f ms' "$run_cpu")"
    bench_line "  peak memory (max RSS)" "$(bench_mib "$run_rss")"
    # The floor under it: cxm's start and one durable session write (temporary, fsync, rename).
    bench_run 5 60 "$bin/src/cli/cxm" demo -o "$work/merge/demo.cxm"
    bench_timed_line "  floor: cxm demo -o, one six-person session written (median of 5)"
fi
