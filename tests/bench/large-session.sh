# A session far beyond any workshop: 500 participants, every question answered, each participant
# with a 10,000-character note (on the first question), and 10,000-character session and consensus
# notes: about 5 MB of text. Times to open + score it, render its report, export it as JSON and CSV.
# No targets: these lines show how the workbench scales and where it stops being usable. The
# report is stopped after CXM_BENCH_REPORT_TIMEOUT seconds (120 unless set; a full run takes minutes).
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"
report_timeout=${CXM_BENCH_REPORT_TIMEOUT:-120}

"$bin/tests/bench/cxm-bench-session" 500 10000 "$work/large.cxm"
bench_line "500 participants, a 10,000-character note each" \
    "$(du -m "$work/large.cxm" | awk '{ print $1 " MiB" }')" "" "(session file)"
"$bin/tests/bench/cxm-bench" --open-score "$work/large.cxm" 5

peak=0
bench_run 3 120 "$bin/src/cli/cxm" export "$work/large.cxm" --format json -o "$work/large.json"
bench_timed_line "  export JSON, cxm export (median of 3)"
[ "$run_status" = ok ] && peak=$((run_rss > peak ? run_rss : peak))
bench_run 3 120 "$bin/src/cli/cxm" import "$work/large.json" -o "$work/large-back.cxm"
bench_timed_line "  import the JSON back, cxm import (median of 3)"
[ "$run_status" = ok ] && peak=$((run_rss > peak ? run_rss : peak))
bench_run 3 120 "$bin/src/cli/cxm" export "$work/large.cxm" --format csv -o "$work/large.csv"
bench_timed_line "  export CSV, cxm export (median of 3)"
[ "$run_status" = ok ] && peak=$((run_rss > peak ? run_rss : peak))
bench_run 3 "$report_timeout" "$bin/src/cli/cxm" report "$work/large.cxm" -o "$work/large.pdf"
bench_timed_line "  render the report (short appendix), cxm report (median of 3)" "<" 2000
[ "$run_status" = ok ] && peak=$((run_rss > peak ? run_rss : peak))
# What a facilitator does with a large session sent as JSON: import it, score it, print the report.
bench_run 3 "$report_timeout" bash -c '"$0" import "$1" -o "$2" >/dev/null && "$0" score "$2" >/dev/null &&
    "$0" report "$2" -o "$3"; s=$?; rm -f "$2"; exit $s' \
    "$bin/src/cli/cxm" "$work/large.json" "$work/pipeline.cxm" "$work/pipeline.pdf"
bench_timed_line "  import + score + report, three cxm commands (median of 3)" "<" 2000
[ "$run_status" = ok ] && peak=$((run_rss > peak ? run_rss : peak))
bench_line "  peak memory of the cxm commands above (max RSS)" "$(bench_mib "$peak")"
