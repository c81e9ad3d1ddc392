#!/usr/bin/env python3
"""bench/ingest_corpus.py -- a news-archive-like corpus for bench/ingest.sh.

usage: bench/ingest_corpus.py SRC.jsonl.gz OUT.jsonl MB [DUP_SHARE]

Texts of SRC (WiNER-fr dev) repeated with variations until OUT holds MB
megabytes: each new article is the title and lead paragraph of a source article
followed by 12 sentences drawn from all the source texts (so articles are not
near-duplicates of one another, even by the hundred thousand); DUP_SHARE of the
records (default 0.25) are copies of an earlier record instead: exact (another
id), with agency boilerplate added, or with paragraphs re-ordered.
"""
import gzip, json, random, re, sys

src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
share = float(sys.argv[4]) if len(sys.argv) > 4 else 0.25
rng = random.Random(42)
docs = [json.loads(l) for l in gzip.open(src, 'rt', encoding='utf-8')]
pars = [[p for p in re.split(r'\n\s*\n', d['text']) if p.strip()] for d in docs]
sents = [s for ps in pars for p in ps[1:] for s in re.split(r'(?<=[.!?])\s+', p) if len(s) > 40]
recent = []
size, k = 0, 0
with open(out, 'w', encoding='utf-8') as f:
    while size < mb * 1e6:
        if recent and rng.random() < share:
            r = dict(rng.choice(recent))
            kind = rng.randrange(3)
            ps = r['text'].split('\n\n')
            if kind == 1:
                r['text'] = 'PARIS (AFP) - Dépêche reprise.\n\n' + r['text'] + '\n\n© AFP. Tous droits réservés.'
            elif kind == 2 and len(ps) > 2:
                r['text'] = '\n\n'.join([ps[0]] + ps[:0:-1])
            r['id'] = 'c%07d' % k
            r['source'] = 'journal %d' % rng.randrange(20)
        else:
            i = rng.randrange(len(docs))
            body = [' '.join(rng.sample(sents, 4)) for _ in range(3)]
            r = {'id': 'a%07d' % k, 'date': docs[i]['date'], 'title': docs[i]['title'],
                 'source': 'journal %d' % rng.randrange(20),
                 'text': '\n\n'.join(pars[i][:2] + body)}
            recent.append(r)
            if len(recent) > 2000:
                recent.pop(0)
        line = json.dumps(r, ensure_ascii=False) + '\n'
        f.write(line)
        size += len(line.encode('utf-8'))
        k += 1
print('%s: %d records, %.1f MB' % (out, k, size / 1e6), file=sys.stderr)
