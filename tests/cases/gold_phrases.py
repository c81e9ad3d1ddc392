#!/usr/bin/env python3
"""gold_phrases.py -- find the gold documents' words in the sources and the cases.

Usage: tests/cases/gold_phrases.py TEXTS.jsonl.gz [options]

  --shared DIR    the shared gold folder (default /work/shared/data/depeche-gold-dev)
  --comments N    list comment runs of N+ words (default 5) in src/**/*.c, *.h that
                  occur in a gold text
  --cases N       list `text:` / `> ` lines of tests/cases/*.case that share N+ words
                  (default 8) in a row with a gold text
  --exclusive     count only runs that no other French text at hand has (the non-gold
                  dev texts, and the shared wikiner-fr-test, fr-timebank, europeana
                  and hipe2022 corpora under DIR/..): a phrase ordinary French shares
                  with other articles ("il s'agit d'un", "le ministre de
                  l'intérieur") is not a sign of copying

The gold documents are the ids of the event, quote and place gold sets, both the
shared dev gold (DIR/events/coded_docs.txt, DIR/quotes/docs.txt, DIR/geo/docs.txt)
and the project's own (gold/events/coded_docs.txt, gold/quotes/docs.txt,
gold/geo/docs.txt).  Their texts come from TEXTS (JSON Lines, gzip, id and text).
An example in a comment or a case text copied from a gold document tells a reader
which gold sentence a rule was written for; the project writes its own.
Exit status 1 when something is listed.
"""
import glob
import gzip
import json
import os
import re
import sys

from gold_overlap import case_lines, words   # the same word split and case lines


def gold_ids(shared):
    ids = set()
    for p in (f"{shared}/events/coded_docs.txt", "gold/events/coded_docs.txt",
              f"{shared}/quotes/docs.txt", f"{shared}/geo/docs.txt",
              "gold/quotes/docs.txt", "gold/geo/docs.txt"):
        if not os.path.exists(p):
            print(f"gold_phrases: no {p} (skipped)", file=sys.stderr)
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                t = line.split("\t")[0].strip()
                if t and not t.startswith("#"):
                    ids.add(t)
    return ids


def reference(shared):
    """Word lists of the other French texts in the shared folder."""
    d = os.path.dirname(os.path.normpath(shared))
    out = []
    tok = []
    for p in (glob.glob(f"{d}/wikiner-fr-test/*.tsv.gz") + glob.glob(f"{d}/europeana-ner-fr/*.bio")
              + glob.glob(f"{d}/hipe2022-newseye-fr/*.tsv")):
        op = gzip.open if p.endswith(".gz") else open
        with op(p, "rt", encoding="utf-8", errors="replace") as f:
            for line in f:
                t = line.split("\t")[0].split(" ")[0].strip()
                if t and not t.startswith("#") and not t.isupper():
                    tok.append(t)
        out.append(words(" ".join(tok)))
        tok = []
    for p in glob.glob(f"{d}/fr-timebank/Data/*.tml"):
        with open(p, encoding="utf-8", errors="replace") as f:
            out.append(words(re.sub(r"<[^>]*>", " ", f.read())))
    return out


def comments(src):
    """(line, text) of each comment line of a C source."""
    out = []
    i, n, ln = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == "\n":
            ln += 1
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append((ln, src[i + 2:j]))
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j
            for k, part in enumerate(src[i + 2:j].split("\n")):
                out.append((ln + k, part))
            ln += src.count("\n", i, j)
            i = j + 2
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
        else:
            i += 1
    return out


def main():
    a = sys.argv[1:]
    if not a or a[0].startswith("-"):
        sys.exit(__doc__)
    texts, a = a[0], a[1:]
    shared, nc, nk, excl, do_c, do_k = "/work/shared/data/depeche-gold-dev", 5, 8, False, False, False
    while a:
        o = a.pop(0)
        if o == "--shared":
            shared = a.pop(0)
        elif o == "--comments":
            do_c = True
            if a and a[0].isdigit():
                nc = int(a.pop(0))
        elif o == "--cases":
            do_k = True
            if a and a[0].isdigit():
                nk = int(a.pop(0))
        elif o == "--exclusive":
            excl = True
        else:
            sys.exit(__doc__)
    if not do_c and not do_k:
        do_c = do_k = True
    ids = gold_ids(shared)
    gold, other = [], []
    with gzip.open(texts, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            (gold if d.get("id") in ids else other).append(words(d.get("text", "")))
    ns = ([nc] if do_c else []) + ([nk] if do_k else [])
    lo = min(ns)

    def grams(docs):
        g = {k: set() for k in set(ns)}
        for w in docs:
            for k in g:
                g[k].update(" ".join(w[i:i + k]) for i in range(len(w) - k + 1))
        return g

    gg = grams(gold)
    og = grams(other + reference(shared)) if excl else None

    def hit(w, k):
        runs = [" ".join(w[i:i + k]) for i in range(len(w) - k + 1)]
        return [r for r in runs if r in gg[k] and not (excl and r in og[k])]

    def report(lines, k, what):
        """Print each (path, line, text) sharing k words in a row with a gold text; return the count."""
        found = 0
        for p, ln, text in lines:
            h = hit(words(text), k)
            if h:
                print(f"{p}:{ln}: {what} shares {k}+ words with a gold text: \"{h[0]}\"")
                found += 1
        print(f"{found} {what} lines share {k}+ words in a row with a gold text"
              + (" (and no other dev text)" if excl else ""))
        return found

    def comment_lines():
        for p in sorted(glob.glob("src/**/*.c", recursive=True) + glob.glob("src/**/*.h", recursive=True)):
            with open(p, encoding="utf-8") as f:
                for ln, text in comments(f.read()):
                    yield p, ln, text

    def case_body_lines():
        for p in sorted(glob.glob("tests/cases/*.case")):
            for ln, body in case_lines(p):
                yield p, ln, body

    total = 0
    if do_c:
        total += report(comment_lines(), nc, "comment")
    if do_k:
        total += report(case_body_lines(), nk, "case")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
