#!/usr/bin/env python3
"""Builds quotes_dev.jsonl / quotes_dev.negatives.jsonl / docs.txt of this
folder from the hand-coded records in records.py (spans written as text;
offsets are Python code points into the WiNER-fr dev article text).

usage: python3 gold/quotes/build_gold.py [WINER_DEV.jsonl.gz]
A spec "TEXT#N" means the N-th occurrence (0-based) of TEXT in the article;
a mention "@TEXT" is TEXT inside this record's cue ("il" of "a-t-il dit"),
"TEXT~CONTEXT" is TEXT inside the occurrence of CONTEXT, "START...END" the
span from START to the first END after it.
A cue is the occurrence of its text nearest to the quotation."""
import gzip, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import DOCS, QUOTES, NEGATIVES  # noqa: E402

src = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/winer-fr/winer_fr_dev.jsonl.gz'
texts = {}
for line in gzip.open(src, 'rt', encoding='utf-8'):
    o = json.loads(line)
    if o['id'] in DOCS:
        texts[o['id']] = o['text']


def occurrences(t, s):
    out, i = [], t.find(s)
    while i >= 0:
        out.append(i)
        i = t.find(s, i + 1)
    return out


def find(t, spec, doc):
    if '...' in spec and not spec.startswith('...'):   # "START...END": a long span
        a_, b_ = spec.split('...', 1)
        a, _ = find(t, a_, doc)
        e = t.find(b_, a)
        if e < 0:
            sys.exit(f'{doc}: end not found: {spec!r}')
        return a, e + len(b_)
    s, n = spec, 0
    if '#' in spec:
        s, n = spec.rsplit('#', 1)
        n = int(n)
    occ = occurrences(t, s)
    if len(occ) <= n:
        sys.exit(f'{doc}: not found: {spec!r}')
    if '#' not in spec and len(occ) > 1 and n == 0 and s not in ALLOW_MULTI:
        sys.exit(f'{doc}: ambiguous, give #N: {spec!r} ({len(occ)} times)')
    return occ[n], occ[n] + len(s)


ALLOW_MULTI = set()
errors = 0
out = []
for q in QUOTES:
    doc = q['doc']
    t = texts[doc]
    a, b = find(t, q['text'], doc)
    cue = None
    if q.get('cue'):
        cs = q['cue']
        if '#' in cs:
            ca, cb = find(t, cs, doc)
        else:
            occ = occurrences(t, cs)
            if not occ:
                sys.exit(f'{doc}: cue not found: {cs!r}')
            ca = min(occ, key=lambda x: min(abs(x - a), abs(x - b)))
            cb = ca + len(cs)
        cue = {'start': ca, 'end': cb, 'text': t[ca:cb]}
    ments = set()
    for m in q['mentions']:
        if m.startswith('@'):
            i = t.find(m[1:], cue['start'], cue['end'])
            ments.add((i, i + len(m) - 1))
        elif '~' in m:                     # "il~il explique": il inside that context
            w, ctx = m.split('~', 1)
            ca, cb = find(t, ctx, doc)
            i = t.find(w, ca, cb)
            ments.add((i, i + len(w)))
        elif '#' in m:
            ments.add(find(t, m, doc))
        else:
            ments |= {(i, i + len(m)) for i in occurrences(t, m)}
    # drop mentions inside others
    ments = sorted(x for x in ments if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in ments))
    r = {'doc': doc, 'direct': q['direct'], 'start': a, 'end': b, 'text': t[a:b], 'cue': cue,
         'speaker': {'text': q['speaker'], 'mentions': [list(x) for x in ments], 'kind': q['kind']}}
    if cue and not (cue['end'] <= a or cue['start'] >= b):
        sys.exit(f'{doc}: cue overlaps its quote: {q["text"][:40]!r}')
    out.append(r)
out.sort(key=lambda r: (r['doc'], r['start']))
neg = []
for n in NEGATIVES:
    t = texts[n['doc']]
    a, b = find(t, n['text'], n['doc'])
    neg.append({'doc': n['doc'], 'start': a, 'end': b, 'text': t[a:b], 'why': n['why']})
neg.sort(key=lambda r: (r['doc'], r['start']))
# every « » pair must be a direct record, inside a reported one, or a negative
for doc, t in texts.items():
    i = t.find('«')
    while i >= 0:
        j = t.find('»', i)
        if j < 0:
            break
        ins = (i + 1, j)
        ok = any(r['doc'] == doc and r['start'] <= ins[1] and ins[0] <= r['end'] for r in out) or \
            any(n['doc'] == doc and n['start'] >= ins[0] and n['end'] <= ins[1] for n in neg)
        if not ok:
            errors += 1
            print(f'{doc}: quote marks not coded: {t[i:j + 1][:60]!r}', file=sys.stderr)
        i = t.find('«', j)
if errors:
    sys.exit(f'{errors} errors')
with open(os.path.join(HERE, 'quotes_dev.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'quotes_dev.negatives.jsonl'), 'w', encoding='utf-8') as f:
    for r in neg:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'docs.txt'), 'w') as f:
    f.write('\n'.join(sorted(DOCS)) + '\n')
print(f'{len(out)} quotations ({sum(r["direct"] for r in out)} direct), {len(neg)} negatives, {len(DOCS)} documents')
