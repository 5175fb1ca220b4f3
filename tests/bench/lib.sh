# Sourced by the tests/bench/*.sh parts of scripts/bench: the line format and timed runs.
# Every part is called as: bash tests/bench/PART.sh BUILD_DIR WORK_DIR

# bench_line WHAT VALUE [TARGET] [VERDICT]: one measurement, in the columns cxm-bench prints.
bench_line() {
    printf '%-66s %12s   %-16s %s\n' "$1" "$2" "${3:-}" "${4:-}" | sed 's/ *$//'
}

# bench_verdict VALUE OP LIMIT: "met" or "MISSED" (OP is < or <=).
bench_verdict() {
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<") ? (v < l) : (v <= l); print ok ? "met" : "MISSED" }'
}

# bench_run RUNS TIMEOUT_SECONDS COMMAND [ARGS...]: runs COMMAND through cxm-bench-time and sets
# run_status (ok, timeout or failed), run_wall and run_cpu (medians, ms), run_rss (peak, KiB) and
# run_detail (the timeout or exit status). The command's error output goes to $work/stderr.log.
bench_run() {
    local out
    out=$("$bin/tests/bench/cxm-bench-time" "$@" 2>>"$work/stderr.log") || out="failed ?"
    read -r run_status run_wall run_cpu run_rss <<<"$out"
    run_detail=$run_wall
}

# bench_timed_line WHAT TARGET_OP TARGET_MS: after bench_run, the line for its median wall time.
bench_timed_line() {
    case "$run_status" in
        ok)
            if [ -n "${2:-}" ]; then
                bench_line "$1" "$(printf '%.0f ms' "$run_wall")" "$2 $3 ms" "$(bench_verdict "$run_wall" "$2" "$3")"
            else
                bench_line "$1" "$(printf '%.0f ms' "$run_wall")"
            fi
            ;;
        timeout)
            bench_line "$1" "> ${run_detail} s" "${2:+$2 $3 ms}" "${2:+MISSED }(stopped after ${run_detail} s)" ;;
        *)
            bench_line "$1" "failed" "${2:+$2 $3 ms}" "exit status ${run_detail}, see below"
            sed 's/^/    /' "$work/stderr.log" | tail -5 ;;
    esac
}

bench_mib() {
    awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'
}
