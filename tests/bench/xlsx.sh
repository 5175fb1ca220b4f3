# The spreadsheet export (`cxm export --format xlsx -o`) of the 40-participant workshop (every
# question answered, the demo's notes) with a 200-action plan: start to exit, median of 5.
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"

"$bin/tests/bench/cxm-bench-session" 40 0 "$work/forty-xlsx.cxm" 200
bench_run 5 120 "$bin/src/cli/cxm" export "$work/forty-xlsx.cxm" --format xlsx -o "$work/forty.xlsx"
bench_timed_line "export a 200-action plan (40 participants) to XLSX, cxm export (median of 5)" "<" 200
if [ "$run_status" = ok ]; then
    bench_line "  peak memory (max RSS)" "$(bench_mib "$run_rss")"
fi
