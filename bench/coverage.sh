#!/usr/bin/env bash
# bench/coverage.sh -- `make coverage`: how many of the place names marked
# Location in the WiNER-fr dev articles (../shared/data) the model knows,
# i.e. `depeche lookup` finds them in the gazetteer or the country list.
# Prints the distinct names, the mentions, the share found by mentions and
# by distinct names, and the most frequent misses (COVERAGE_MISSES, 40).
set -euo pipefail
cd "$(dirname "$0")/.."
B=${B:-build}
SHARED=${DEPECHE_SHARED:-../shared}
TOP=${COVERAGE_MISSES:-40}
src="$SHARED/data/winer-fr/winer_fr_dev.jsonl.gz"
if [ ! -f "$src" ]; then
    echo "coverage: skipped: $src not found (the gold is in ../shared/data)"
    exit 0
fi
for t in python3 jq; do
    command -v $t >/dev/null || { echo "coverage: skipped: $t not installed"; exit 0; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# every Location surface, whitespace runs made one space, one a line
python3 - "$src" >"$tmp/mentions" <<'PY'
import gzip, json, sys
for line in gzip.open(sys.argv[1], 'rt', encoding='utf-8'):
    for e in json.loads(line).get('entities', []):
        if e.get('type') == 'Location':
            s = ' '.join(e['text'].split())
            if s:
                print(s)
PY
# "COUNT<TAB>NAME", most frequent first
LC_ALL=C sort "$tmp/mentions" | LC_ALL=C uniq -c |
    sed -E 's/^ *([0-9]+) /\1\t/' | LC_ALL=C sort -t$'\t' -k1,1nr -k2 >"$tmp/counts"
cut -f2 "$tmp/counts" | "$B/depeche" lookup --json - |
    jq -r '[.query, (if .found then 1 else 0 end)] | @tsv' >"$tmp/found"

awk -F'\t' -v top="$TOP" '
    NR == FNR { found[$1] = $2; next }
    { n++; m += $1; if (found[$2]) { fn++; fm += $1 } else if (shown++ < top) miss[shown] = $1 "\t" $2 }
    END {
        printf "coverage of WiNER-fr dev Location names by `depeche lookup` (gazetteer or country list)\n"
        printf "  distinct names  %d\n  mentions        %d\n", n, m
        printf "  found           %.1f%% of mentions (%d), %.1f%% of distinct names (%d)\n",
               100 * fm / m, fm, 100 * fn / n, fn
        printf "most frequent misses (mentions, name):\n"
        for (i = 1; i <= shown && i <= top; i++) printf "  %s\n", miss[i]
    }' "$tmp/found" "$tmp/counts"
