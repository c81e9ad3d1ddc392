#!/usr/bin/env bash
# bench/run.sh -- `make bench`: throughput of depeche next to `cat` on the
# same corpus, built from the WiNER-fr texts in ../shared/data (repeated with
# a varying id until it reaches BENCH_MB, default 100).  Each figure is the
# median of BENCH_RUNS runs (default 3).  Single core: MB/s per core.
# Also: annotate with the entity and place stages only (--stages
# entities,places), the time share of each stage, and the scaling with
# input size on the first BENCH_SCALE_MB (default 10) MB: 1x, 2x, 4x as
# many documents, and documents 1x, 2x, 4x as long (K documents joined into
# one).
set -euo pipefail
cd "$(dirname "$0")/.."
B=${B:-build}
MB=${BENCH_MB:-100}
RUNS=${BENCH_RUNS:-3}
SHARED=${DEPECHE_SHARED:-../shared}
src="$SHARED/data/winer-fr/winer_fr_dev.jsonl.gz"
if [ ! -f "$src" ]; then
    echo "bench: skipped: $src not found (the benchmark corpus is built from ../shared/data)"
    exit 0
fi
corpus="$B/bench-data/corpus-${MB}mb.jsonl"
mkdir -p "$B/bench-data"
if [ ! -s "$corpus" ]; then
    echo "bench: building a ${MB} MB corpus from $src ..."
    python3 - "$src" "$corpus" "$MB" <<'PY'
import gzip, json, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(l) for l in gzip.open(src, 'rt', encoding='utf-8')]
size, rep = 0, 0
with open(out, 'w', encoding='utf-8') as f:
    while size < mb * 1_000_000:
        for d in docs:
            rec = {'id': f"{d['id']}-{rep}", 'date': d['date'], 'text': d['text']}
            line = json.dumps(rec, ensure_ascii=False) + '\n'
            f.write(line)
            size += len(d['text'].encode('utf-8'))
        rep += 1
PY
fi
bytes=$(stat -c %s "$corpus")
SCALE=${BENCH_SCALE_MB:-10}
[ "$SCALE" -gt "$MB" ] && SCALE=$MB
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# cat reads the corpus as many times as makes 1 GB (one process: its start
# does not count against a small corpus); its CPU seconds (user + system),
# the best of max(RUNS, 5) runs: the tokenize-only figure is CPU time too,
# and the machine may be shared (wall time counts the waits for a core)
reps=$(( (1000000000 + bytes - 1) / bytes ))
files=$(for i in $(seq "$reps"); do echo "$corpus"; done)
catruns=$(( RUNS > 5 ? RUNS : 5 ))
cat_mbs=$(for i in $(seq "$catruns"); do
    t=$( { TIMEFORMAT='%U %S'; time cat $files > /dev/null; } 2>&1 )
    echo "$bytes $reps $t" | awk '{s = $3 + $4; printf "%.1f\n", (s > 0 ? $1*$2/1e6/s : 0)}'
done | sort -n | tail -1)
# field KEY: the value after KEY on each line of stdin
field() { awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}'; }
run() {   # run NAME ARGS...: RUNS runs into $B/bench-data/NAME.txt
    local name=$1; shift
    for i in $(seq "$RUNS"); do "$B/depeche-bench" "$@"; done > "$B/bench-data/$name.txt"
}
med() { field "$2" < "$B/bench-data/$1.txt" | median; }
run tokenize --mode tokenize "$corpus"
run annotate --mode annotate "$corpus"
# a geoparsing user's run: names and places only (the text layer, places,
# entities; no repeats, times, quantities, quotes or events)
run annotate-ep --mode annotate --stages entities,places "$corpus"
for i in $(seq 5); do "$B/depeche-bench" --mode load; done > "$B/bench-data/load.txt"
q=$(awk -v m="$SCALE" 'BEGIN {print m / 4}')
h=$(awk -v m="$SCALE" 'BEGIN {print m / 2}')
run scale1 --mode annotate --mb "$q" "$corpus"
run scale2 --mode annotate --mb "$h" "$corpus"
run scale4 --mode annotate --mb "$SCALE" "$corpus"
run long1 --mode annotate --mb "$q" "$corpus"
run long2 --mode annotate --mb "$q" --concat 2 "$corpus"
run long4 --mode annotate --mb "$q" --concat 4 "$corpus"
tok=$(med tokenize tok_mb_per_s)
stok=$(med tokenize tok_staged_mb_per_s)
txt=$(med tokenize mb_per_s)
ann=$(med annotate mb_per_s)
dps=$(med annotate docs_per_s)
aep=$(med annotate-ep mb_per_s)
dep=$(med annotate-ep docs_per_s)
rss=$(field peak_rss_mb < "$B/bench-data/annotate.txt" | sort -n | tail -1)
load=$(field load_ms < "$B/bench-data/load.txt" | median)
docs=$(field docs < "$B/bench-data/annotate.txt" | head -1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
s1=$(med scale1 mb_per_s); s2=$(med scale2 mb_per_s); s4=$(med scale4 mb_per_s)
l1=$(med long1 mb_per_s); l2=$(med long2 mb_per_s); l4=$(med long4 mb_per_s)
ld1=$(awk '{for (i = 1; i < NF; i++) if ($i == "bytes") b = $(i + 1); for (i = 1; i < NF; i++) if ($i == "docs") d = $(i + 1); printf "%.0f\n", b / d / 1000; exit}' "$B/bench-data/long1.txt")
cat <<TXT
depeche benchmark ($(nproc) cores, one used; corpus $corpus: $((bytes / 1000000)) MB file, $docs documents; medians of $RUNS runs)
  cat                 $cat_mbs MB/s   (CPU time, best of $catruns runs reading 1 GB)
  tokenize only       $tok MB/s per core   (decode + tokenizer alone, CPU time, best of 5 passes
                      per 0.25 MB stretch; $(ratio "$cat_mbs" "$tok")x slower than cat; $stok MB/s as
                      the decode + tokenize stages' wall time in the text layer run)
  text layer          $txt MB/s per core   (+ lemmas, sentences, repeats)
  annotate (full)     $ann MB/s per core, $dps documents/s
  annotate, entities and places only   $aep MB/s per core, $dep documents/s
                      (--stages entities,places: $(ratio "$aep" "$ann")x the full annotate)
  peak RSS (annotate) $rss MB   (the corpus is held in memory by the bench driver)
  model load          $load ms
  time per stage (annotate, all runs):
TXT
awk '{for (i = 1; i < NF; i++) if ($i ~ /^s_/) { t[$i] += $(i + 1); if (!($i in o)) o[$i] = ++n } }
     END {for (k in t) s += t[k]; for (k in o) name[o[k]] = k;
          for (j = 1; j <= n; j++) printf "    %-12s %5.1f%%\n", substr(name[j], 3), 100 * t[name[j]] / s}' \
    "$B/bench-data/annotate.txt"
cat <<TXT
  scaling, corpus size (annotate MB/s): ${q} MB $s1, ${h} MB $s2, ${SCALE} MB $s4  (4x/1x: $(ratio "$s4" "$s1"))
  scaling, document size (annotate MB/s, ${q} MB): ${ld1} kB docs $l1, 2x $l2, 4x $l4  (4x/1x: $(ratio "$l4" "$l1"))
TXT
