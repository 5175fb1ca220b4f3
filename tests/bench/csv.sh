# CSV export as the workshop grows: `cxm export --format csv -o` on sessions of 1,000 and 4,000
# participants (every question answered, the demo's notes), start to exit, median of 5. Linear
# means four times the people take about four times as long: the ratio is held to at most 5.
set -euo pipefail
bin=$1 work=$2
. "$(dirname "$0")/lib.sh"

declare -A wall
for n in 1000 4000; do
    "$bin/tests/bench/cxm-bench-session" "$n" 0 "$work/csv-$n.cxm"
    bench_run 5 120 "$bin/src/cli/cxm" export "$work/csv-$n.cxm" --format csv -o "$work/csv-$n.csv"
    if [ "$n" = 4000 ]; then
        bench_timed_line "export CSV of 4,000 participants, cxm export (median of 5)" "<" 500
    else
        bench_timed_line "export CSV of 1,000 participants, cxm export (median of 5)"
    fi
    [ "$run_status" = ok ] && wall[$n]=$run_wall
done
if [ -n "${wall[1000]:-}" ] && [ -n "${wall[4000]:-}" ]; then
    ratio=$(awk -v a="${wall[4000]}" -v b="${wall[1000]}" 'BEGIN { printf "%.2f", a / b }')
    bench_line "  ratio 4,000 / 1,000 participants (linear: about 4)" "${ratio}x" "<= 5.00x" \
        "$(bench_verdict "$ratio" "<=" 5)"
fi
