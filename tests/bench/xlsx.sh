# The spreadsheet export (`cxm export --format xlsx -o`) of the 40-participant workshop (every
# question answered, the demo's notes): start to exit, median of 5. The session model carries no
# action plan yet (issue 12), so the Actions sheet is empty and this times the answers and the
# scores; a 200-action plan is to be timed here once the model has actions.
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"

"$bin/tests/bench/cxm-bench-session" 40 0 "$work/forty-xlsx.cxm"
bench_run 5 120 "$bin/src/cli/cxm" export "$work/forty-xlsx.cxm" --format xlsx -o "$work/forty.xlsx"
bench_timed_line "export the 40-participant session to XLSX, cxm export (median of 5)" "<" 200
if [ "$run_status" = ok ]; then
    bench_line "  peak memory (max RSS)" "$(bench_mib "$run_rss")"
fi
