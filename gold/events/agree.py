#!/usr/bin/env python3
"""agree.py -- agreement between two event codings of the same articles.

Scores coding B against coding A with the matching and the field checks of
`depeche eval events` (same document and PLOVER type, trigger overlap first,
then sentence overlap, one-to-one, greedy: errors.py's match()), so that the
figure is comparable with depeche's own.  Only the documents both codings
list in coded_docs.txt are scored.  Detection F1 is symmetric; the argument,
location and date figures are on the matched pairs.

usage: gold/events/agree.py GOLD_A GOLD_B [--json]
  GOLD_A, GOLD_B  folders with events_dev.jsonl and coded_docs.txt
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from errors import km, match, overlap  # noqa: E402


def load(folder):
    """FOLDER's coded documents and records by document; a missing file or a
    malformed line stops with its path and line number."""
    try:
        docs = {l.split('\t')[0].strip() for l in open(os.path.join(folder, 'coded_docs.txt'), encoding='utf-8')
                if l.strip()}
        recs = {}
        path = os.path.join(folder, 'events_dev.jsonl')
        for no, l in enumerate(open(path, encoding='utf-8'), 1):
            if not l.strip():
                continue
            try:
                r = json.loads(l)
                recs.setdefault(r['doc'], []).append(r)
            except (ValueError, KeyError, TypeError) as e:
                sys.exit('agree.py: %s:%d: not an event record (%s)' % (path, no, e))
    except (OSError, UnicodeDecodeError) as e:
        sys.exit('agree.py: %s' % e)
    return docs, recs


def as_system(r):
    """B's record in the shape match() reads for a system record."""
    return dict(r, text_info=r['sentence'])


def prf(m, a, b):
    p, r = (m / b if b else 0.0), (m / a if a else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('--json', action='store_true')
    o = ap.parse_args()
    da, ra = load(o.a)
    db, rb = load(o.b)
    docs = sorted(da & db)
    if not docs:
        sys.exit('agree.py: the two codings share no document')
    n = dict(a=0, b=0, match=0, type_a={}, arg_n=0, arg_ok=0, loc_n=0, loc_ok=0, date_n=0, date_ok=0,
             cameo_ok=0)
    for doc in docs:
        A, B = ra.get(doc, []), [as_system(r) for r in rb.get(doc, [])]
        n['a'] += len(A)
        n['b'] += len(B)
        g2p, _ = match(A, B)
        n['match'] += len(g2p)
        for gi, pi in g2p.items():
            g, p = A[gi], B[pi]
            for key in ('actor', 'recipient'):
                for x in g[key]:
                    n['arg_n'] += 1
                    n['arg_ok'] += any(overlap(x['start'], x['end'], y['start'], y['end']) for y in p[key])
            if g['location']:
                n['loc_n'] += 1
                q = p['location']
                n['loc_ok'] += bool(q and km(g['location']['lat'], g['location']['lon'], q['lat'], q['lon']) <= 50)
            n['date_n'] += 1
            n['date_ok'] += g['date'] == p['date']
            n['cameo_ok'] += g['cameo_root'] == p['cameo_root']
    P, R, F = prf(n['match'], n['a'], n['b'])
    out = {'documents': len(docs), 'a': n['a'], 'b': n['b'], 'match': n['match'],
           'precision': P, 'recall': R, 'f1': F,
           'argument_agreement': n['arg_ok'] / n['arg_n'] if n['arg_n'] else None,
           'location_within_50km': n['loc_ok'] / n['loc_n'] if n['loc_n'] else None,
           'date_equal': n['date_ok'] / n['date_n'] if n['date_n'] else None,
           'cameo_root_equal': n['cameo_ok'] / n['match'] if n['match'] else None}
    if o.json:
        print(json.dumps(out, indent=2))
        return
    print('%d documents: A %d events, B %d, matched %d' % (len(docs), n['a'], n['b'], n['match']))
    print('detection  P %.1f  R %.1f  F1 %.1f  (B scored against A)' % (100 * P, 100 * R, 100 * F))
    for k, lab, d in (('argument_agreement', 'A\'s arguments B overlaps', 'arg_n'),
                      ('location_within_50km', 'location within 50 km', 'loc_n'),
                      ('date_equal', 'date equal', 'date_n'), ('cameo_root_equal', 'CAMEO root equal', 'match')):
        if out[k] is not None:
            print('%-28s %5.1f %% of %d' % (lab, 100 * out[k], n[d]))


if __name__ == '__main__':
    main()
