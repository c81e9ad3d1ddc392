#!/usr/bin/env bash
# bench/dup.sh -- precision and recall of near-duplicate detection on a test
# set generated from WiNER-fr dev texts (bench/dupset.py: re-ordered
# paragraphs, changed lead, boilerplate, shortened copies, word edits, and
# same-topic non-duplicates), through the real `depeche ingest --dedup-only`.
#   B=build bench/dup.sh [ORIGINALS] [THRESHOLD]
# Targets: precision >= 0.95, recall >= 0.90.  Files go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${B:-build}
W=${WINER:-/work/shared/data/winer-fr/winer_fr_dev.jsonl.gz}
[ -f "$W" ] || W=../shared/data/winer-fr/winer_fr_dev.jsonl.gz
[ -f "$W" ] || { echo "bench/dup.sh: WiNER-fr dev texts not found (WINER=...)"; exit 2; }
T=$(mktemp -d "${TMPDIR:-/tmp}/depeche-dup.XXXXXX")
trap 'rm -rf "$T"' EXIT
python3 bench/dupset.py "$W" "$T/dup.jsonl" "$T/gold.tsv" --originals "${1:-300}"
th=()
[ -n "${2:-}" ] && th=(--dup-threshold "$2")
"$B/depeche" ingest --quiet --dedup-only "${th[@]}" --db "$T/dup.db" "$T/dup.jsonl"
python3 bench/dupscore.py "$T/dup.db" "$T/gold.tsv"
