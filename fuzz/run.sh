#!/usr/bin/env bash
# fuzz/run.sh -- runs libFuzzer targets one after the other, each for a
# bounded time, and prints for each its runs and crashes.
#
# usage: fuzz/run.sh SECONDS build-fuzz/fuzz_NAME...     (make fuzz runs it)
#   working corpus  build-fuzz/corpus-NAME (grows), seeds fuzz/corpus/NAME
#   crash inputs    build-fuzz/crashes/NAME/{crash,timeout,oom,leak}-*
#   libFuzzer log   build-fuzz/log-NAME.txt
# Environment: FUZZ_MAXLEN (bytes of one input, 16384), FUZZ_RSS_MB (2048),
# FUZZ_TIMEOUT (seconds for one input, 10), FUZZ_NICE (19), FUZZ_LOG=1
# appends one row per target to fuzz/LOG.md and refreshes its totals.
# One fuzzer process at a time (no -jobs/-workers).  A crash stops that
# target; the next target still runs; the exit status is 1 when any crashed.
# Replay a crash: build-fuzz/fuzz_NAME build-fuzz/crashes/NAME/crash-...;
# keep it as a regression case in tests/regress/NAME/ (tests/run regress).
set -u
cd "$(dirname "$0")/.." || exit 2
secs=${1:?usage: fuzz/run.sh SECONDS TARGET...}; shift
maxlen=${FUZZ_MAXLEN:-16384}
: "${DEPECHE_MODEL:=$PWD/build/depeche.model}"
export DEPECHE_MODEL
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
status=0
printf '%-10s %8s %12s %8s\n' target seconds runs crashes
for t in "$@"; do
    n=${t##*/fuzz_}
    mkdir -p "build-fuzz/corpus-$n" "build-fuzz/crashes/$n"
    before=$(ls "build-fuzz/crashes/$n" | wc -l)
    seeds=()
    [ -d "fuzz/corpus/$n" ] && seeds=("fuzz/corpus/$n")
    start=$(date +%s)
    nice -n "${FUZZ_NICE:-19}" "$t" -max_total_time="$secs" -max_len="$maxlen" \
        -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -timeout="${FUZZ_TIMEOUT:-10}" \
        -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$n/" \
        "build-fuzz/corpus-$n" "${seeds[@]}" >"build-fuzz/log-$n.txt" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "build-fuzz/log-$n.txt" | tail -1)
    [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "build-fuzz/log-$n.txt" | tail -1 | tr -d '#')
    crashes=$(( $(ls "build-fuzz/crashes/$n" | wc -l) - before ))
    [ $rc -ne 0 ] && [ $crashes -eq 0 ] && crashes=1   # died without an artifact
    printf '%-10s %8s %12s %8s\n' "$n" "$took" "${runs:-0}" "$crashes"
    if [ $crashes -gt 0 ]; then
        status=1
        grep -m3 'ERROR\|SUMMARY\|==.*==' "build-fuzz/log-$n.txt" | sed 's/^/    /'
        ls -t "build-fuzz/crashes/$n" | head -3 | sed "s|^|    build-fuzz/crashes/$n/|"
    fi
    if [ -n "${FUZZ_LOG:-}" ]; then
        printf '| %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$n" "$took" \
            "${runs:-0}" "$crashes" >>fuzz/LOG.md
        fuzz/totals.sh
    fi
done
exit $status
