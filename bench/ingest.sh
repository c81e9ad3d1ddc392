#!/usr/bin/env bash
# bench/ingest.sh -- `make bench-ingest`: throughput and memory of
# `depeche ingest` on a corpus built from ../shared/data (WiNER-fr texts
# repeated with variations, a quarter of it duplicates; bench/ingest_corpus.py)
# of BENCH_INGEST_MB megabytes (default 200), in $B/bench-ingest (never
# committed).  Measures -j1 and -j2 (BENCH_INGEST_JOBS="1 2"): MB/s of input,
# the ratio to -j1, peak RSS (/usr/bin/time -v), documents and duplicates.
# Targets: -j2 >= 1.7 x -j1, >= 15 MB/s in total, memory flat in corpus size.
# Also the CPU seconds of each run (user + sys: on a loaded machine wall
# times mean little; equal CPU time at -j1 and -j2 means no parallel
# overhead) and the serial path alone (--dedup-only: reading, hashing,
# duplicate look-up, the SQLite writer), the ceiling of any -jN.  Under each
# -jN, the CPU seconds of each role (DEPECHE_INGEST_CPU=1: reader, workers,
# writer, end of the run): the writer's is the ceiling that annotating
# faster cannot lift; then the CPU seconds of each part of a document's way
# on whichever thread (the same parts at -j1 and -jN: what -jN adds), and
# how long the threads waited on each queue (workers starved or blocked).
set -euo pipefail
cd "$(dirname "$0")/.."
B=${B:-build}
MB=${BENCH_INGEST_MB:-200}
JOBS=${BENCH_INGEST_JOBS:-1 2}
SHARED=${DEPECHE_SHARED:-../shared}
[ -d "$SHARED" ] || SHARED=/work/shared
src="$SHARED/data/winer-fr/winer_fr_dev.jsonl.gz"
if [ ! -f "$src" ]; then echo "bench-ingest: skipped: $src not found"; exit 0; fi
dir="$B/bench-ingest"
corpus="$dir/corpus-${MB}mb.jsonl"
mkdir -p "$dir"
[ -s "$corpus" ] || python3 bench/ingest_corpus.py "$src" "$corpus" "$MB"
bytes=$(stat -L -c %s "$corpus")
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=
echo "bench-ingest: $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB, $(wc -l <"$corpus") records, $(nproc) cores"
base=
for j in $JOBS; do
    db="$dir/j$j.db"
    rm -f "$db" "$db-wal" "$db-shm"
    t0=$(date +%s.%N)
    if [ -n "$TIME" ]; then
        DEPECHE_INGEST_CPU=1 $TIME -v "$B/depeche" ingest --quiet -j "$j" --db "$db" "$corpus" 2>"$dir/j$j.time" || true
    else
        "$B/depeche" ingest --quiet -j "$j" --db "$db" "$corpus" || true
    fi
    t1=$(date +%s.%N)
    rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$dir/j$j.time" 2>/dev/null || true)
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$dir/j$j.time" 2>/dev/null || true)
    counts=$(sqlite3 "$db" "select count(*), count(duplicate_of) from documents; select count(*) from events" 2>/dev/null | tr '\n' ' ' || true)
    mbs=$(awk -v b="$bytes" -v a="$t0" -v z="$t1" 'BEGIN{printf "%.2f", b/1e6/(z-a)}')
    [ -z "$base" ] && base=$mbs
    ratio=$(awk -v x="$mbs" -v y="$base" 'BEGIN{printf "%.2f", x/y}')
    echo "  -j$j: $mbs MB/s (x$ratio of -j$(set -- $JOBS; echo $1)), CPU ${cpu:-?} s" \
         "($(awk -v b="$bytes" -v c="${cpu:-0}" 'BEGIN{if (c > 0) printf "%.2f", b/1e6/c; else print "?"}') MB per CPU-second)," \
         "peak RSS ${rss:-?} MiB, docs|dups events: $counts"
    roles=$(sed -n 's/^depeche ingest: CPU s: /    CPU s: /p' "$dir/j$j.time" 2>/dev/null || true)
    if [ -n "$roles" ]; then
        w=$(echo "$roles" | sed -n 's/.*writer \([0-9.]*\).*/\1/p')
        echo "$roles$(awk -v b="$bytes" -v w="${w:-0}" 'BEGIN{if (w > 0.05) printf " (the writer alone: %.1f MB/s)", b/1e6/w}')"
    fi
    sed -n 's/^depeche ingest: \(CPU s by part\|queue\)/    \1/p' "$dir/j$j.time" 2>/dev/null || true
done
db="$dir/serial.db"
rm -f "$db" "$db-wal" "$db-shm"
t0=$(date +%s.%N)
"$B/depeche" ingest --quiet --dedup-only --db "$db" "$corpus" || true
t1=$(date +%s.%N)
echo "  serial path (--dedup-only): $(awk -v b="$bytes" -v a="$t0" -v z="$t1" 'BEGIN{printf "%.1f", b/1e6/(z-a)}') MB/s"
