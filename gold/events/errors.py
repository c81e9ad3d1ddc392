#!/usr/bin/env python3
"""errors.py -- list depeche's event errors against an event gold, one class at a time.

`depeche eval events` prints the figures; this lists the records behind them, with the
same matching (same document and PLOVER type, trigger overlap first, then sentence
overlap, one-to-one, greedy) so that each error class can be read and fixed by a rule.

usage: gold/events/errors.py GOLD_DIR CLASS [--texts WINER.jsonl.gz] [--depeche build/depeche] [--all]
  GOLD_DIR  a folder with events_dev.jsonl and coded_docs.txt (gold/events, or the shared
            depeche-gold-dev/events)
  CLASS     summary | fp | fn | actor | recip | loc | date
            fp: system records matching no gold record; fn: gold records missed (with the
            system records of their sentence); actor / recip: gold arguments that no system
            argument overlaps; loc: places more than 50 km off (LOCSPUR: a place where the
            gold has none, not scored); date: dates that differ (precision "published" or "year" = null);
            with --all, the matched records whose date is right too (DATEOK), so that two binaries'
            lists can be compared record by record
"""
import argparse
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    x = (math.sin((lat2 - lat1) * r / 2) ** 2 +
         math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(min(1, x)))


def arg_spans(doc, args):
    ents = {e['id']: e for e in doc['entities']}
    out = []
    for a in args:
        if a.get('span'):
            out.append((a['span']['start'], a['span']['end']))
        elif a.get('entity') in ents:
            out.extend((m['start'], m['end']) for m in ents[a['entity']]['mentions'])
    return out


def match(gold, pred):
    """gold index -> pred index, as cli/eval_dev.c pairs them."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g['event'] != p['event']:
                continue
            if overlap(g['trigger']['start'], g['trigger']['end'], p['trigger']['start'], p['trigger']['end']):
                pairs.append((2, gi, pi))
            elif overlap(g['sentence']['start'], g['sentence']['end'],
                         p['text_info']['start'], p['text_info']['end']):
                pairs.append((1, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    g2p, p2g = {}, {}
    for _, gi, pi in pairs:
        if gi not in g2p and pi not in p2g:
            g2p[gi], p2g[pi] = pi, gi
    return g2p, p2g


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gold')
    ap.add_argument('cls', choices=['summary', 'fp', 'fn', 'actor', 'recip', 'loc', 'date'])
    ap.add_argument('--texts', default='/work/shared/data/winer-fr/winer_fr_dev.jsonl.gz')
    ap.add_argument('--depeche', default='build/depeche')
    ap.add_argument('--all', action='store_true',
                    help='date: list the matched events whose date is right too (DATEOK), to diff two runs by class')
    o = ap.parse_args()
    docs = {l.split('\t')[0] for l in open(os.path.join(o.gold, 'coded_docs.txt')) if l.strip()}
    gold = {}
    for l in open(os.path.join(o.gold, 'events_dev.jsonl')):
        g = json.loads(l)
        gold.setdefault(g['doc'], []).append(g)
    texts = {}
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        for l in gzip.open(o.texts, 'rt'):
            j = json.loads(l)
            if j['id'] in docs:
                texts[j['id']] = j
                f.write(l)
    out = subprocess.run([o.depeche, 'annotate', '--quiet', '--jsonl', f.name],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    count = {}

    def add(k):
        count[k] = count.get(k, 0) + 1

    def show(cls, line, sent):
        if o.cls == cls:
            print(line + '\n   S: ' + sent.replace('\n', ' ')[:300])

    for l in out.splitlines():
        d = json.loads(l)
        t = texts[d['id']]['text']
        gl, pl = gold.get(d['id'], []), d['events']
        g2p, p2g = match(gl, pl)
        for pi, p in enumerate(pl):
            if pi not in p2g:
                add('fp')
                show('fp', 'FP %s %s [%s] why=%s' % (d['id'], p['event'], p['trigger']['text'], p['why']),
                     p['text_info']['text'])
        for gi, g in enumerate(gl):
            sent = t[g['sentence']['start']:g['sentence']['end']]
            if gi not in g2p:
                add('fn')
                near = ['%s [%s]' % (q['event'], q['trigger']['text']) for q in pl
                        if overlap(g['sentence']['start'], g['sentence']['end'],
                                   q['text_info']['start'], q['text_info']['end'])]
                show('fn', 'FN %s %s [%s] system in sentence: %s' % (g['id'], g['event'], g['trigger']['text'], near),
                     sent)
                continue
            p = pl[g2p[gi]]
            for role, key in (('actor', 'actor'), ('recip', 'recipient')):
                spans = arg_spans(d, p[key])
                for a in g[key]:
                    add(role + '_n')
                    if any(overlap(a['start'], a['end'], s0, s1) for s0, s1 in spans):
                        continue
                    add(role + '_miss')
                    if not p[key]:
                        add(role + '_none')
                    other = '' if g['sentence']['start'] <= a['start'] < g['sentence']['end'] else ' (other sentence)'
                    show(role, '%s %s %s [%s] gold=%r%s system=%r why=%s' % (
                        role.upper(), g['id'], g['event'], g['trigger']['text'], a['text'], other,
                        ' | '.join(x.get('text') or '' for x in p[key]), p['why']), sent)
            gp, pp = g['location'], p.get('event_loc')
            if gp:
                add('loc_n')
                if not (pp and km(gp['lat'], gp['lon'], pp['lat'], pp['lon']) <= 50):
                    add('loc_miss')
                    show('loc', 'LOC %s %s [%s] gold=%r system=%r' % (
                        g['id'], g['event'], g['trigger']['text'], gp['text'], pp and pp['name']), sent)
            elif pp:
                add('loc_spurious')
                show('loc', 'LOCSPUR %s %s [%s] system=%r' % (g['id'], g['event'], g['trigger']['text'], pp['name']),
                     sent)
            gd = g['date']
            pd = p.get('date') if p.get('date_precision') not in ('published', 'year') else None
            add('date_n')
            if gd != pd:
                add('date_miss')
                add('date_' + ('undated' if pd is None else 'spurious' if gd is None else 'wrong'))
            if gd != pd or o.all:
                show('date', '%s %s %s [%s] gold=%s system=%s (%s) published=%s note=%s' % (
                    'DATE' if gd != pd else 'DATEOK', g['id'], g['event'], g['trigger']['text'], gd, p.get('date'),
                    p.get('date_precision'), texts[d['id']].get('date'), (g.get('note') or '')[:120]), sent)
    print(json.dumps(count, sort_keys=True), file=sys.stderr if o.cls != 'summary' else sys.stdout)


if __name__ == '__main__':
    main()
