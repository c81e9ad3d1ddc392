#!/usr/bin/env bash
# bench/scaling.sh -- `make bench-scaling`: is annotate linear in corpus
# size, and is its memory flat?  Streams JSON Lines corpora of S, 2S and 4S
# bytes (the WiNER-fr dev articles of the shared data, repeated with fresh
# ids) through `depeche annotate --jsonl -` and prints, for each size, wall
# and CPU seconds, MB/s (of JSON Lines input, per CPU second), peak RSS, and
# the ratios to the 1x run: time should double with the size, RSS stay flat.
#
#   SCALING_MB=N        S in MB (default 4: about 3 minutes on a loaded
#                       2-core machine; annotate runs near 2 MB/s per core)
#   SCALING_MB=512      the 2 GB run (512 + 1024 + 2048 MB streamed): nothing
#                       is written to disk, the corpus is generated on the fly
#                       into the pipe (the generator costs < 2% of a core);
#                       at 2 MB/s this takes about 30 minutes of CPU per GB.
#   SCALING_CMD=ingest  time `depeche ingest --db TMP -` instead (when faster)
#   DEPECHE_SHARED=DIR  the shared folder (default ../shared, /work/shared)
# Exit status 1 when a run fails, or when a ratio is off: 4x time over
# 4 * 1.35 of the 1x time (CPU seconds) or 4x peak RSS over 1.5 times 1x.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${B:-build}
S=${SCALING_MB:-4}
CMD=${SCALING_CMD:-annotate}
sh=
for d in ${DEPECHE_SHARED:-../shared /work/shared}; do [ -d "$d/data" ] && { sh=$d; break; }; done
src=${sh:+$sh/data/winer-fr/winer_fr_dev.jsonl.gz}
if [ -z "$src" ] || [ ! -f "$src" ]; then
    echo "bench-scaling: skipped: winer-fr/winer_fr_dev.jsonl.gz not found (DEPECHE_SHARED)"; exit 0
fi
if [ ! -x /usr/bin/time ]; then echo "bench-scaling: skipped: needs /usr/bin/time (Debian: time)"; exit 0; fi
command -v python3 >/dev/null || { echo "bench-scaling: skipped: needs python3"; exit 0; }
[ -x "$B/depeche" ] || { echo "bench-scaling: $B/depeche missing (make)"; exit 1; }
export DEPECHE_MODEL=${DEPECHE_MODEL:-$PWD/$B/depeche.model}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/depeche-scaling.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# gen BYTES: JSON Lines of the articles, repeated with fresh ids, to BYTES
gen() {
    python3 - "$src" "$1" <<'PY'
import gzip, json, sys
src, want = sys.argv[1], int(sys.argv[2])
docs = [json.loads(l) for l in gzip.open(src, 'rt', encoding='utf-8')]
tail = [json.dumps({k: v for k, v in d.items() if k != 'id'}, ensure_ascii=False)[1:].encode()
        for d in docs]
out, size, rep = sys.stdout.buffer, 0, 0
while size < want:
    for d, t in zip(docs, tail):
        line = b'{"id": "%s-%d", ' % (d['id'].encode(), rep) + t + b'\n'
        if size + len(line) > want and size:
            size = want
            break
        out.write(line)
        size += len(line)
    rep += 1
PY
}

printf '%-6s %10s %8s %8s %9s %9s %6s %7s\n' size bytes wall_s cpu_s MB/s/cpu rss_MB t/1x rss/1x
t1= r1= status=0
for k in 1 2 4; do
    bytes=$((S * k * 1000000))
    case $CMD in
    annotate) run=("$B/depeche" annotate --quiet --jsonl -) ;;
    ingest) run=("$B/depeche" ingest --quiet --db "$tmp/s$k.db" -) ;;
    *) echo "bench-scaling: SCALING_CMD is annotate or ingest"; exit 2 ;;
    esac
    s=$(date +%s.%N)
    set +e
    gen "$bytes" | /usr/bin/time -f '%U %S %M' -o "$tmp/time" "${run[@]}" >/dev/null 2>"$tmp/err"
    rc=${PIPESTATUS[1]}
    set -e
    e=$(date +%s.%N)
    if [ "$rc" -ne 0 ]; then
        echo "bench-scaling: ${k}x: $CMD exit $rc"; grep -v '^Command exited' "$tmp/err" | head -3
        status=1; continue
    fi
    read -r u sy m <"$tmp/time"
    cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN {printf "%.2f", u + s}')
    [ -n "$t1" ] || { t1=$cpu; r1=$m; }
    awk -v k="$k" -v b="$bytes" -v w="$(awk -v s="$s" -v e="$e" 'BEGIN {print e - s}')" \
        -v c="$cpu" -v m="$m" -v t1="$t1" -v r1="$r1" 'BEGIN {
        printf "%-6s %10d %8.1f %8.2f %9.2f %9.1f %6.2f %7.2f\n", k "x", b, w, c,
               b / 1e6 / c, m / 1024, c / t1, m / r1 }'
    if [ "$k" = 4 ] && awk -v c="$cpu" -v t1="$t1" -v m="$m" -v r1="$r1" \
            'BEGIN {exit !(c > 4 * 1.35 * t1 || m > 1.5 * r1)}'; then
        echo "bench-scaling: not linear: 4x CPU $cpu s against 1x $t1 s, RSS $m KB against $r1 KB"
        status=1
    fi
done
exit $status
