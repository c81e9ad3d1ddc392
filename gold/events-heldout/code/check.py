"""Checks events_dev.jsonl against the texts: every span satisfies text[start:end] == surface, the trigger
lies in its sentence, fields and values are those of the shared format, ids are consecutive, and
coded_docs.txt lists exactly the coded documents with their counts (0 for a coded document without events).  Usage: python3 check.py [SET_DIR]"""
import collections, gzip, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
# the set to check: a folder given on the command line (gold/events-heldout2), else this one
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..')
TEXTS = os.environ.get('WINER_DEV', '/work/shared/data/winer-fr/winer_fr_dev.jsonl.gz')
TYPES = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
         'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'}
SECTORS = {'GOV', 'MIL', 'POL', 'OPP', 'JUD', 'REB', 'IMG', 'CVL', 'MED', 'BUS', 'NGO', 'IGO', 'REL', 'EDU', 'UNK'}
KEYS = ['id', 'doc', 'event', 'mode', 'cameo_root', 'acled', 'trigger', 'sentence', 'actor', 'recipient',
        'location', 'date', 'dead', 'injured', 'arrested', 'negated', 'future', 'hypothetical']
texts = {}
for line in gzip.open(TEXTS, 'rt'):
    d = json.loads(line)
    texts[d['id']] = d
recs = [json.loads(l) for l in open(os.path.join(SET, 'events_dev.jsonl'))]
n = collections.Counter()
for r in recs:
    t = texts[r['doc']]['text']
    assert list(r)[:len(KEYS)] == KEYS and set(r) <= set(KEYS) | {'note'}, r['id']
    n[r['doc']] += 1
    assert r['id'] == '%s#%d' % (r['doc'], n[r['doc']]), r['id']
    assert r['event'] in TYPES and r['cameo_root'] in ['%02d' % i for i in range(2, 21)], r['id']
    tr, se = r['trigger'], r['sentence']
    assert t[tr['start']:tr['end']] == tr['text'], r['id']
    assert se['start'] <= tr['start'] < tr['end'] <= se['end'] <= len(t), r['id']
    for a in r['actor'] + r['recipient']:
        assert t[a['start']:a['end']] == a['text'] and a['sector'] in SECTORS, (r['id'], a)
    if r['location']:
        lo = r['location']
        assert t[lo['start']:lo['end']] == lo['text'] and -90 <= lo['lat'] <= 90 and -180 <= lo['lon'] <= 180, r['id']
    assert r['date'] is None or len(r['date']) in (7, 10), r['id']
    for k in ('negated', 'future', 'hypothetical'):
        assert isinstance(r[k], bool), r['id']
coded = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'coded_docs.txt'))]
assert len({c[0] for c in coded}) == len(coded), 'a document listed twice in coded_docs.txt'
assert {c[0]: int(c[1]) for c in coded if int(c[1])} == dict(n), 'coded_docs.txt does not match events_dev.jsonl'
for c in coded:
    assert c[2] == texts[c[0]]['title'], c[0]
print('ok: %d events in %d documents' % (len(recs), len(coded)))
