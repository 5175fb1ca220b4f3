# The report of a 40-participant workshop (every question answered, the demo's notes), rendered by
# `cxm report` from a session file, as a PDF and as an editable OpenDocument text: time from start to
# exit, and peak memory.
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"

"$bin/tests/bench/cxm-bench-session" 40 0 "$work/forty.cxm"
bench_run 5 120 "$bin/src/cli/cxm" report "$work/forty.cxm" -o "$work/forty.pdf"
pages=""
if [ "$run_status" = ok ] && command -v pdfinfo >/dev/null; then
    pages=", $(pdfinfo "$work/forty.pdf" | awk '/^Pages:/ { print $2 }') pages"
fi
bench_timed_line "render the 40-participant report to PDF$pages (median of 5)" "<" 1000
if [ "$run_status" = ok ]; then
    bench_line "  CPU time of one run (user + system, median)" "$(printf '%.0f ms' "$run_cpu")"
    bench_line "  peak memory (max RSS)" "$(bench_mib "$run_rss")"
fi

bench_run 5 120 "$bin/src/cli/cxm" report "$work/forty.cxm" -o "$work/forty.odt"
size=""
if [ "$run_status" = ok ]; then
    size=", $(( $(stat -c %s "$work/forty.odt") / 1024 )) KiB"
fi
bench_timed_line "render the 40-participant report to ODT$size (median of 5)" "<" 1000
if [ "$run_status" = ok ]; then
    bench_line "  CPU time of one run (user + system, median)" "$(printf '%.0f ms' "$run_cpu")"
    bench_line "  peak memory (max RSS)" "$(bench_mib "$run_rss")"
fi
