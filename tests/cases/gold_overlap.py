#!/usr/bin/env python3
"""gold_overlap.py -- the case files must be written in the project's own words.

Usage: tests/cases/gold_overlap.py TEXTS.jsonl.gz [N] [CASE_FILE...]

Reads the gold corpus texts (JSON Lines, gzip, a "text" field per line: the
WiNER-fr dev articles the event, quote and place gold is coded on) and prints
every `text:` or `> ` line of tests/cases/*.case that shares N (default 8,
as make test runs it) or more words in a row with one of them.  Exit status 1
when one does: a case copied or closely paraphrased from gold would test the
gold, not French news in general.
"""
import glob
import gzip
import json
import re
import sys


def words(s):
    return re.findall(r"\w+", s.lower())


def case_lines(path):
    """(line number, text) of each `text:` or `> ` line of a case file."""
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.startswith("text:"):
                yield ln, line[5:]
            elif line.startswith("> "):
                yield ln, line[2:]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    cases = sys.argv[3:] or sorted(glob.glob("tests/cases/*.case"))
    grams = set()
    ln = 0
    try:
        with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                w = words(json.loads(line).get("text", ""))
                grams.update(" ".join(w[i:i + n]) for i in range(len(w) - n + 1))
    except (OSError, EOFError, UnicodeDecodeError, ValueError, AttributeError) as e:
        print(f"gold_overlap: cannot read {sys.argv[1]}:{ln}: {e}")
        return 2
    found = 0
    for path in cases:
        for ln, body in case_lines(path):
            w = words(body)
            if any(" ".join(w[i:i + n]) in grams for i in range(len(w) - n + 1)):
                print(f"{path}:{ln}: shares {n}+ words in a row with a gold text: {body.strip()[:120]}")
                found += 1
    print(f"{found} case lines share {n}+ words in a row with the {sys.argv[1]} texts")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
