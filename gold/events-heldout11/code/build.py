"""Assembles the eleventh held-out set from its two annotators' parts (coded at the same time, each on 40 of
the 80 articles: code_a.py and code_b.py write part_a.jsonl / coded_a.txt and part_b.jsonl / coded_b.txt):
events_dev.jsonl holds both parts' records by document id, coded_docs.txt all 80 ids in order.
Usage: WINER_DEV=TEXTS.jsonl.gz python3 build.py   (TEXTS made by mktexts.py; runs both coders' scripts first)"""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, '..')
for part in 'ab':
    subprocess.run([sys.executable, os.path.join(HERE, 'code_%s.py' % part)], check=True, stdout=subprocess.DEVNULL)
recs, coded = [], []
for part in 'ab':
    recs += [json.loads(l) for l in open(os.path.join(SET, 'part_%s.jsonl' % part))]
    coded += [l.rstrip('\n') for l in open(os.path.join(SET, 'coded_%s.txt' % part)) if l.strip()]
recs.sort(key=lambda r: (r['doc'], int(r['id'].split('#')[1])))
coded.sort()
with open(os.path.join(SET, 'events_dev.jsonl'), 'w') as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(SET, 'coded_docs.txt'), 'w') as f:
    for c in coded: f.write(c + '\n')
print('%d events in %d documents' % (len(recs), len(coded)))
