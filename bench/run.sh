#!/usr/bin/env bash
# bench/run.sh -- `make bench`: throughput of depeche next to `cat` on the
# same corpus, built from the WiNER-fr texts in ../shared/data (repeated with
# a varying id until it reaches BENCH_MB, default 100).  Each figure is the
# median of BENCH_RUNS runs (default 3).  Single core: MB/s per core.
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
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cat_mbs=$(for i in $(seq "$RUNS"); do
    s=$(date +%s.%N); cat "$corpus" > /dev/null; e=$(date +%s.%N)
    echo "$bytes $s $e" | awk '{printf "%.1f\n", $1/1e6/($3-$2)}'
done | median)
field() { tr ' ' '\n' | awk -v k="$1" 'p {print; exit} $0 == k {p=1}'; }
run() {
    for i in $(seq "$RUNS"); do "$B/depeche-bench" --mode "$1" "$corpus"; done > "$B/bench-data/$1.txt"
}
run tokenize
run annotate
"$B/depeche-bench" --mode load > "$B/bench-data/load.txt"
for i in 2 3 4 5; do "$B/depeche-bench" --mode load; done >> "$B/bench-data/load.txt"
tok=$(while read -r l; do echo "$l" | field mb_per_s; done < "$B/bench-data/tokenize.txt" | median)
ann=$(while read -r l; do echo "$l" | field mb_per_s; done < "$B/bench-data/annotate.txt" | median)
dps=$(while read -r l; do echo "$l" | field docs_per_s; done < "$B/bench-data/annotate.txt" | median)
rss=$(while read -r l; do echo "$l" | field peak_rss_mb; done < "$B/bench-data/annotate.txt" | sort -n | tail -1)
load=$(awk '{print $2}' "$B/bench-data/load.txt" | median)
docs=$(head -1 "$B/bench-data/annotate.txt" | field docs)
cat <<TXT
depeche benchmark ($(nproc) cores, one used; corpus $corpus: $((bytes / 1000000)) MB file, $docs documents; medians of $RUNS runs)
  cat                 $cat_mbs MB/s
  tokenize only       $tok MB/s per core
  annotate (full)     $ann MB/s per core, $dps documents/s
  peak RSS (annotate) $rss MB   (the corpus is held in memory by the bench driver)
  model load          $load ms
TXT
