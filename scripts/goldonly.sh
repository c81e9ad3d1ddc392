#!/usr/bin/env bash
# scripts/goldonly.sh -- the lines of src/event/event.c that run on gold
# documents and never on other text (docs/EVAL.md, "Rules exercised only by
# gold documents").  Builds a coverage copy of the CLI in $COV, annotates
# three corpora separately, and prints each such place (function, line
# range, the gold documents that reach it).
#
# usage: scripts/goldonly.sh DEV.jsonl OTHER.jsonl [GOLD_LIST...]
#   DEV.jsonl    the dev texts (JSON Lines with id, date, text), gold and not
#   OTHER.jsonl  French text that is not dev (no gold you tune on)
#   GOLD_LIST    coded_docs.txt files (default: the shared and project ones)
# env: COV (default /tmp/depeche-cov), SHARED (default /work/shared)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,13p' "$0"; exit 2; }
DEV=$1 OTHER=$2
shift 2
SHARED=${SHARED:-/work/shared}
[ $# -gt 0 ] || set -- "$SHARED/data/depeche-gold-dev/events/coded_docs.txt" gold/events/coded_docs.txt
COV=${COV:-/tmp/depeche-cov}
command -v gcov >/dev/null || { echo "goldonly: gcov not installed"; exit 1; }
make -s -j2 B="$COV" CFLAGS='-O0 -g --coverage' LDFLAGS=--coverage "$COV/depeche" >/dev/null
ln -sf "$PWD/build/depeche.model" "$COV/depeche.model"
python3 - "$DEV" "$COV" "$@" <<'PY'
import json, sys
dev, cov, lists = sys.argv[1], sys.argv[2], sys.argv[3:]
ids = set()
for f in lists:
    for l in open(f, encoding='utf-8'):
        if l.strip() and not l.startswith('#'):
            ids.add(l.split('\t')[0])
with open(cov + '/gold.jsonl', 'w') as g, open(cov + '/nongold.jsonl', 'w') as n:
    for l in open(dev, encoding='utf-8'):
        (g if json.loads(l)['id'] in ids else n).write(l)
PY
for c in gold nongold other; do
    f=$COV/$c.jsonl
    [ $c = other ] && f=$OTHER
    rm -rf "$COV/gc-$c"
    GCOV_PREFIX=$COV/gc-$c GCOV_PREFIX_STRIP=0 "$COV/depeche" annotate --jsonl --quiet "$f" >/dev/null
    d=$COV/gc-$c$COV/obj/src/event
    cp "$COV/obj/src/event/event.gcno" "$d/"
    gcov --json-format -t -o "$d" src/event/event.c 2>/dev/null >"$COV/$c.gcov.json"
done
python3 - "$COV" <<'PY'
import json, sys
cov = sys.argv[1]
def lines(c):
    d = json.load(open('%s/%s.gcov.json' % (cov, c)))
    f = [f for f in d['files'] if f['file'].endswith('event/event.c')][0]
    n, fn = {}, {}
    for l in f['lines']:
        n[l['line_number']] = n.get(l['line_number'], 0) + l['count']
        fn[l['line_number']] = l.get('function_name', '')
    return n, fn
g, fn = lines('gold')
o1, _ = lines('nongold')
o2, _ = lines('other')
only = [k for k in sorted(g) if g[k] and not o1.get(k) and not o2.get(k)]
groups = []
for k in only:
    if groups and k - groups[-1][-1] <= 3 and fn.get(k) == fn.get(groups[-1][-1]):
        groups[-1].append(k)
    else:
        groups.append([k])
print('%d lines in %d places run on gold documents only' % (len(only), len(groups)))
for x in groups:
    print('%-28s %5d-%-5d runs %d' % (fn.get(x[0]), x[0], x[-1], g[x[0]]))
PY
