#!/usr/bin/env python3
"""bench/dupscore.py -- precision and recall of `depeche ingest`'s duplicate links.

usage: bench/dupscore.py DB GOLD.tsv [--errors]

A stored link doc -> duplicate_of is right when both are in the same gold group
(an original and its edited copies).  Precision: right links / links.  Recall:
right links / (group size - 1, summed over groups), i.e. every copy linked.
"""
import collections, sqlite3, sys

db, goldf = sys.argv[1], sys.argv[2]
group = dict(l.rstrip('\n').split('\t') for l in open(goldf, encoding='utf-8'))
links = sqlite3.connect(db).execute(
    'SELECT id, duplicate_of, similarity FROM documents WHERE duplicate_of IS NOT NULL').fetchall()
right = [l for l in links if group.get(l[0]) == group.get(l[1])]
wrong = [l for l in links if group.get(l[0]) != group.get(l[1])]
sizes = collections.Counter(group.values())
need = sum(k - 1 for k in sizes.values())
linked = {l[0] for l in right} | {l[1] for l in right}
p = len(right) / len(links) if links else 1.0
r = len(right) / need if need else 1.0
print('near-duplicates: %d links, %d right, %d wrong, %d copies to find: precision %.3f recall %.3f'
      % (len(links), len(right), len(wrong), need, p, r))
kinds = collections.Counter(k.split('~')[1] for k in group if '~' in k)
found = collections.Counter(k.split('~')[1] for k in linked if '~' in k)
print('recall by edit: ' + ', '.join('%s %d/%d' % (k, found[k], kinds[k]) for k in sorted(kinds)))
if '--errors' in sys.argv:
    for l in wrong:
        print('wrong: %s -> %s (%.3f)' % l)
    for k in sorted(group):
        if '~' in k and k not in linked:
            print('missed: %s' % k)
