#!/usr/bin/env python3
"""train_args.py -- a trained fallback for the EMPTY actor / recipient slots of depeche's event records.

When the rules leave a record's actor (or recipient) empty, rank the candidates around the trigger
(the document's entity mentions and the other records' arguments in the trigger's sentence, the
sentences just before it and the title) and fill the slot with the best one only when a logistic
regression is confident.  Features read ONLY from the document's output JSON (so C can compute the
same).  Labels: on records matched to a gold record (gold/events/errors.py's match(), imported), a
candidate is 1 when its span overlaps a gold argument of that slot; records whose gold slot is empty
give only negatives (a fill there is wrong).

usage: scripts/train_args.py cv              cross-validation tables (leave one set out, 5-fold by doc)
       scripts/train_args.py train --out data/model/event_args.tsv
       scripts/train_args.py fill FILE.jsonl --weights W.tsv   the fills on depeche's output, one a line
Options: --depeche build/depeche  --texts WINER.jsonl.gz  --cache DIR (annotate outputs kept there)
The dataset plumbing (gold sets, annotate, folds) and the plain-Python logistic regression are
scripts/train_events.py's, imported.  The blind set gold/events-heldout5 is never read (only its
coded_docs.txt, to exclude its documents).

Result (nineteenth session, main bb01231, the six seen gold sets, 193 documents): a NEGATIVE result, no
C inference built.  Matched records with an empty system slot: actor 155 (89 with a gold actor, 43 with
a candidate overlapping it), recipient 173 (89, 54); the rest of the gold arguments are common-noun
phrases that are no entity and no other record's argument (des hommes armés, les policiers, un homme),
half of them outside the trigger's sentence.  Ceiling (an oracle fills exactly the right slots): actor
+8.1, recipient +11.7 points of accuracy on matched events.  The model's fills are right 20-35 % of the
time at every depth (pooled leave-one-set-out: actor 2/10, 5/20, 11/40, 18/80; recipient 2/10, 6/20,
12/40, 19/80), so no threshold reaches 70 % precision on the training folds: cross-validated gain +0.0
(leave one set out and document 5-fold; one fold chose a threshold and made 2 wrong fills).  Tried, same
picture: L2 1 / 5 / 20, 400-800 iterations, features of the other records' arguments in the same or an
also_in sentence, candidates from the trigger's sentence only, and (--np) the sentence's noun phrases
(a determiner and the next word) as candidates with their head word as a feature: right candidates for
56 actor and 63 recipient slots instead of 43 and 54 (ceiling +10.5 / +13.7), fills still right 25-40 %
(actor 4/10, 7/20, 11/40, 16/80; recipient 4/10, 4/20, 10/40, 11/80); cross-validated +0.0 leave one set
out, +0.2 actor in the 5-fold where one fold's threshold made 8 fills, 1 right.  Simple rules are no
better: the nearest entity before the trigger in its sentence is the gold actor in 17 of 64 slots (27 %); that entity when
it is another record's actor, 6 of 9 (+1.1 points at most).  Read on dev-unseen5 (main's output, the
model trained on all seen sets, no threshold): of the 15 most probable actor and 15 recipient fills, 10
and 7 right, 18 of the 30 the same 'Gilets jaunes' of four live reports; the mass of the 1,706 empty
slots is far less probable.
"""
import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import train_events as T  # noqa: E402  (SETS, dataset, fit, prob, folds_of, why_parts; the plumbing is evlearn's)
from evlearn import TEXTS  # noqa: E402
from errors import arg_spans, match, overlap  # noqa: E402  (train_events put gold/events on the path)

ROLES = (('actor', 'actor'), ('recip', 'recipient'))
BACK = 400        # candidates start at most this many characters before the trigger's sentence
AHEAD = 150       # ... and at most this many after its end
MIN_PREC = 0.70   # the threshold keeps the fills right at least this often (on the training folds)


# ---- candidates and features ---------------------------------------------------------
def dist_bucket(d):
    for lim, name in ((15, 'a'), (40, 'b'), (100, 'c'), (250, 'd'), (600, 'e')):
        if d < lim:
            return name
    return 'f'


def prev_word(sent, s0, start):
    """the word just before offset start in the sentence text (lower case), '' at its start."""
    k = start - s0
    if k <= 0 or k > len(sent):
        return ''
    w = sent[:k].rstrip().split()
    if not w:
        return ''
    return w[-1].lower().strip(',;:«»"()').replace('\u2019', "'")[-12:]


def doc_index(doc):
    """per-document facts shared by its records' candidates."""
    ents = {e['id']: e for e in doc['entities']}
    roles = {}   # entity id -> set of 'actor:TYPE' / 'recipient:TYPE' of the doc's records
    for i, e in enumerate(doc['events']):
        for key in ('actor', 'recipient'):
            for a in e[key]:
                if a.get('entity'):
                    roles.setdefault(a['entity'], set()).add((i, key, e['event']))
    speakers = {}
    for q in doc.get('quotes') or []:
        if q.get('speaker'):
            speakers.setdefault(q['speaker'], []).append(q)
    first = sorted((m['start'], e['id']) for e in doc['entities'] for m in e['mentions'])
    tlen = len(doc.get('title') or '')
    return {'ents': ents, 'roles': roles, 'speakers': speakers, 'tlen': tlen,
            'first': first[0][1] if first else None,
            'places': {p['id']: p.get('entity') for p in doc.get('places') or []}}


DETS = {'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'ces', 'cet', 'cette', 'ce', 'leurs', 'leur', 'ses',
        'son', 'sa', 'plusieurs', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'quelques'}
NP = False        # experiment: noun phrases of the trigger's sentence (a determiner and the next word) as candidates


def np_spans(sent, s0):
    """[(start, end, text)]: a determiner and the word after it, in the sentence text."""
    import re
    out = []
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-zÀ-ÿœŒ'’-]+", sent)]
    for k, (a, b, w) in enumerate(toks):
        lw = w.lower().replace('’', "'")
        if lw in DETS or lw.endswith("'") and lw[:-1] in ('l',):
            if k + 1 < len(toks):
                c, d, nw = toks[k + 1]
                if nw.lower() not in DETS:
                    out.append((s0 + a, s0 + d, sent[a:d]))
        elif lw.startswith("l'") and len(lw) > 2:
            out.append((s0 + a, s0 + b, w))
    return out


def candidates(doc, ix, i, key):
    """[(start, end, entity id or None, text)] for the empty slot key of record i."""
    e = doc['events'][i]
    s0, s1 = e['text_info']['start'], e['text_info']['end']
    other = 'recipient' if key == 'actor' else 'actor'
    excl = {a['entity'] for a in e[other] if a.get('entity')}
    ospans = [(a['span']['start'], a['span']['end']) for a in e[other] if a.get('span')]
    t0, t1 = e['trigger']['start'], e['trigger']['end']
    out, seen = [], set()

    def add(st, en, ent, text):
        if (st, en) in seen or overlap(st, en, t0, t1):
            return
        if ent and ent in excl:
            return
        if any(overlap(st, en, a, b) for a, b in ospans):
            return
        inwin = s0 - BACK <= st < s1 + AHEAD or st < ix['tlen']
        if not inwin:
            return
        seen.add((st, en))
        out.append((st, en, ent, text))

    for en in doc['entities']:
        for m in en['mentions']:
            add(m['start'], m['end'], en['id'], m['text'])
    if NP:
        for st, en, text in np_spans(e['text_info']['text'], s0):
            add(st, en, None, text)
    for j, r in enumerate(doc['events']):
        if j == i:
            continue
        for k2 in ('actor', 'recipient'):
            for a in r[k2]:
                if a.get('span') and not a.get('entity'):
                    add(a['span']['start'], a['span']['end'], None, a['span']['text'])
    return out


def features(doc, ix, i, key, c, rank):
    e = doc['events'][i]
    st, en, ent, text = c
    s0, s1 = e['text_info']['start'], e['text_info']['end']
    t0, t1 = e['trigger']['start'], e['trigger']['end']
    t = e['event']
    kind, lemma, frame = T.why_parts(e.get('why'))
    E = ix['ents'].get(ent) if ent else None
    et = (E['type'] + ('n' if E.get('nominal') else '')) if E else 'ARG'
    if not E and NP and any(x[0] == st and x[1] == en for x in np_spans(e['text_info']['text'], s0)):
        et = 'NP'
        f_head = 'head=' + text.split()[-1].lower().replace('’', "'").split("'")[-1]
    else:
        f_head = None
    f = ['b', 'et=' + et, 'type=%s|et=%s' % (t, et), 'kind=%s|et=%s' % (kind, et)]
    act = (E or {}).get('actor') or {}
    sec = act.get('sector') or ('cty' if act.get('country') else 'none')
    f.append('sec=' + sec)
    f.append('type=%s|sec=%s' % (t, sec))
    if st < ix['tlen']:
        side = 'title'
    elif st >= s1:
        side = 'next'
    elif st < s0:
        side = 'prev'
    elif en <= t0:
        side = 'before'
    else:
        side = 'after'
    d = t0 - en if en <= t0 else st - t1
    db = dist_bucket(max(0, d))
    f += ['side=' + side, 'side=%s|d=%s' % (side, db), 'side=%s|rank=%d' % (side, min(rank, 3)),
          'side=%s|et=%s' % (side, et), 'side=%s|kind=%s' % (side, kind), 'side=%s|type=%s' % (side, t)]
    for p in frame:
        f.append('side=%s|frame=%s' % (side, p))
    if side in ('before', 'after'):
        pw = prev_word(e['text_info']['text'], s0, st)
        f.append('prev=' + pw)
        f.append('side=%s|prev=%s' % (side, pw))
    if E:
        n = len(E['mentions'])
        f.append('nment=' + ('1' if n == 1 else '2' if n <= 3 else 'm'))
        if ent == ix['first']:
            f.append('first_ent')
        for (j, k2, t2) in sorted(ix['roles'].get(ent, ())):
            if j == i:
                continue
            r = doc['events'][j]
            near = 'sent' if overlap(r['text_info']['start'], r['text_info']['end'], s0, s1) else \
                'also' if any(overlap(a['start'], a['end'], s0, s1) for a in r.get('also_in') or []) else 'far'
            f.append('is_' + k2)
            f.append('is_%s|same=%d' % (k2, t2 == t))
            f.append('is_%s|%s' % (k2, key))
            f.append('is_%s|%s|near=%s' % (k2, key, near))
            f.append('is_%s|%s|same=%d|near=%s' % (k2, key, t2 == t, near))
        qs = ix['speakers'].get(ent, [])
        if qs:
            f.append('speaker')
            if any(q['start'] <= t0 < q['end'] for q in qs):
                f.append('speaker_around')
        pl = e.get('event_loc')
        if pl and ix['places'].get(pl.get('id')) == ent:
            f.append('is_event_loc')
        if E.get('place'):
            f.append('is_place')
    if any(q['start'] <= st < q['end'] for q in doc.get('quotes') or []):
        f.append('in_quote')
    other = 'recipient' if key == 'actor' else 'actor'
    f.append('other=%d' % min(len(e[other]), 1))
    if f_head:
        f.append(f_head)
        f.append(f_head + '|' + key)
    return f


def record_cands(doc, ix, i, key):
    """[(candidate, features)] of the empty slot key of record i."""
    cs = candidates(doc, ix, i, key)
    e = doc['events'][i]
    t0 = e['trigger']['start']
    # rank: order of nearness on the candidate's side of the trigger
    order = sorted(cs, key=lambda c: abs(c[0] - t0))
    seen = {}
    rank = {}
    for c in order:
        s = 'b' if c[1] <= t0 else 'a'
        rank[c] = seen.get(s, 0)
        seen[s] = rank[c] + 1
    return [(c, features(doc, ix, i, key, c, rank[c])) for c in cs]


# ---- dataset ---------------------------------------------------------------------------
def dataset(o):
    """rows: one per document, with, per role, its slots: [{'gold': [spans], 'cands': [(c, fs, y)],
    'filled_ok': n gold args of the slot}] over the MATCHED records whose system slot is empty; plus
    the role's argument counts (n gold args on matched records, n hit by the system) for accuracy."""
    rows = []
    for r in T.dataset(o):
        d = r['doc']
        g2p, _ = match(r['gold'], d['events'])
        ix = doc_index(d)
        row = {'set': r['set'], 'id': r['id'], 'n': {}, 'hit': {}, 'slots': {}}
        for role, key in ROLES:
            n = hit = 0
            slots = []
            for gi, pi in g2p.items():
                g, p = r['gold'][gi], d['events'][pi]
                spans = [(a['start'], a['end']) for a in g[key]]
                ss = arg_spans(d, p[key])
                n += len(spans)
                hit += sum(1 for a, b in spans if any(overlap(a, b, x, y) for x, y in ss))
                if p[key]:
                    continue
                cands = [(c, fs, 1 if any(overlap(c[0], c[1], a, b) for a, b in spans) else 0)
                         for c, fs in record_cands(d, ix, pi, key)]
                slots.append({'gold': spans, 'cands': cands})
            row['n'][role], row['hit'][role], row['slots'][role] = n, hit, slots
        rows.append(row)
    return rows


def gain(rows, role, w, thr):
    """(fills, right fills, gold args newly hit) with weights w at threshold thr."""
    fills = right = newhit = 0
    for r in rows:
        for s in r['slots'][role]:
            if not s['cands']:
                continue
            best = max(s['cands'], key=lambda x: (T.prob(w, x[1]), -x[0][0]))
            if T.prob(w, best[1]) < thr:
                continue
            fills += 1
            c = best[0]
            h = sum(1 for a, b in s['gold'] if overlap(c[0], c[1], a, b))
            right += 1 if h else 0
            newhit += h
    return fills, right, newhit


def fit_role(rows, role):
    return T.fit([{'recs': [(fs, y) for s in r['slots'][role] for _, fs, y in s['cands']]} for r in rows])


def best_of(rows, role, P):
    """per slot: (best probability, right?, gold args hit) under per-slot probability lists P."""
    out = []
    for r in rows:
        for k, s in enumerate(r['slots'][role]):
            if not s['cands']:
                continue
            ps = P[(id(r), k)]
            j = max(range(len(ps)), key=lambda j: (ps[j], -s['cands'][j][0][0]))
            c = s['cands'][j][0]
            h = sum(1 for a, b in s['gold'] if overlap(c[0], c[1], a, b))
            out.append((ps[j], h))
    return out


def slot_probs(rows, role, w):
    return {(id(r), k): [T.prob(w, fs) for _, fs, _ in s['cands']]
            for r in rows for k, s in enumerate(r['slots'][role])}


def choose_thr(rows, role):
    """the lowest threshold whose fills are right >= MIN_PREC of the time (and at least 5 of them),
    on out-of-fold probabilities of an inner document-level 5-fold of rows."""
    P = {}
    for test, train in T.folds_of(rows, 5, 7):
        P.update(slot_probs(test, role, fit_role(train, role)))
    bs = sorted(best_of(rows, role, P), key=lambda x: -x[0])
    thr, ok = 1.01, 0
    for k, (p, h) in enumerate(bs):
        ok += 1 if h else 0
        if k + 1 >= 5 and ok / (k + 1) >= MIN_PREC and (k + 1 == len(bs) or bs[k + 1][0] < p):
            thr = p
    return thr


def cv(o, rows):
    for role, _ in ROLES:
        ns = sum(len(r['slots'][role]) for r in rows)
        nc = sum(len(s['cands']) for r in rows for s in r['slots'][role])
        pos = sum(1 for r in rows for s in r['slots'][role] if any(y for _, _, y in s['cands']))
        wg = sum(1 for r in rows for s in r['slots'][role] if s['gold'])
        print('%s: %d empty slots on matched records (%d with a gold argument, %d with a right candidate), '
              '%d candidates' % (role, ns, wg, pos, nc))
    names = [s for s, _ in T.SETS]
    print('\nceiling (an oracle fills exactly the slots with a right candidate), and the precision of the k '
          'most probable fills pooled over the leave-one-set-out folds (no threshold)')
    for role, _ in ROLES:
        n = sum(r['n'][role] for r in rows)
        ora = sum(max((sum(1 for a, b in s['gold'] if overlap(c[0], c[1], a, b)) for c, _, _ in s['cands']),
                      default=0) for r in rows for s in r['slots'][role])
        P = {}
        for s in names:
            P.update(slot_probs([r for r in rows if r['set'] == s], role,
                                fit_role([r for r in rows if r['set'] != s], role)))
        bs = sorted(best_of(rows, role, P), key=lambda x: -x[0])
        cum = [sum(1 for _, h in bs[:k] if h) for k in (10, 20, 40, 80)]
        print('%-6s ceiling %+5.1f points (%d args of %d) | right fills among the top 10/20/40/80: %s' % (
            role, 100 * ora / n, ora, n, ' '.join('%d/%d' % (c, k) for c, k in zip(cum, (10, 20, 40, 80)))))
    plans = [('leave one set out (threshold chosen on the training sets)',
              [(s, [r for r in rows if r['set'] == s], [r for r in rows if r['set'] != s]) for s in names]),
             ('document-level 5-fold (seed 19)',
              [('fold%d' % i, te, tr) for i, (te, tr) in enumerate(T.folds_of(rows, 5, 19))])]
    for title, folds in plans:
        print('\n' + title)
        print('%-9s | %-6s %5s %5s | %-13s | %5s %5s %5s | %6s' % (
            'fold', 'role', 'args', 'thr', 'acc before', 'fills', 'right', 'prec', 'dacc'))
        tot = {}
        for name, test, train in folds:
            for role, _ in ROLES:
                w = fit_role(train, role)
                thr = choose_thr(train, role)
                fills, right, newhit = gain(test, role, w, thr)
                n = sum(r['n'][role] for r in test)
                hit = sum(r['hit'][role] for r in test)
                t = tot.setdefault(role, [0, 0, 0, 0, 0])
                for k, v in enumerate((n, hit, fills, right, newhit)):
                    t[k] += v
                print('%-9s | %-6s %5d %5.2f | %5.1f -> %5.1f | %5d %5d %5s | %+6.1f' % (
                    name, role, n, thr, 100 * hit / max(n, 1), 100 * (hit + newhit) / max(n, 1), fills, right,
                    '%.0f%%' % (100 * right / fills) if fills else '-', 100 * newhit / max(n, 1)))
        for role, _ in ROLES:
            n, hit, fills, right, newhit = tot[role]
            print('%-9s | %-6s %5d %5s | %5.1f -> %5.1f | %5d %5d %5s | %+6.1f' % (
                'micro', role, n, '', 100 * hit / n, 100 * (hit + newhit) / n, fills, right,
                '%.0f%%' % (100 * right / fills) if fills else '-', 100 * newhit / n))
        sys.stdout.flush()


def write_model(rows, out):
    out.write('# event argument fallback: logistic regression weights (scripts/train_args.py train)\n')
    out.write('# L2 %g, iterations %d, min count %d, fills right >= %.0f %% on inner 5-fold\n' % (
        T.L2, T.ITERS, T.MIN_COUNT, 100 * MIN_PREC))
    for role, _ in ROLES:
        w = fit_role(rows, role)
        thr = choose_thr(rows, role)
        out.write('[%s]\nthreshold\t%.6f\n' % (role, thr))
        for k in sorted(w):
            out.write('%s\t%.6f\n' % (k, w[k]))


def read_model(path):
    m, role = {}, None
    for l in open(path):
        if l.startswith('#') or not l.strip():
            continue
        l = l.rstrip('\n')
        if l.startswith('['):
            role = l[1:-1]
            m[role] = [{}, 1.01]
            continue
        k, v = l.split('\t')
        if k == 'threshold':
            m[role][1] = float(v)
        else:
            m[role][0][k] = float(v)
    return m


def fill_doc(m, d):
    """[(record index, key, candidate, probability)] of the fills of document d."""
    ix = doc_index(d)
    out = []
    for i, e in enumerate(d['events']):
        taken = set()
        for role, key in ROLES:
            if e[key] or role not in m:
                continue
            w, thr = m[role]
            cs = [(c, fs) for c, fs in record_cands(d, ix, i, key) if not (c[2] and c[2] in taken)]
            if not cs:
                continue
            c, fs = max(cs, key=lambda x: (T.prob(w, x[1]), -x[0][0]))
            p = T.prob(w, fs)
            if p >= thr:
                out.append((i, key, c, p))
                if c[2]:
                    taken.add(c[2])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('cmd', choices=['cv', 'train', 'fill'])
    ap.add_argument('file', nargs='?')
    ap.add_argument('--depeche', default=os.path.join(ROOT, 'build/depeche'))
    ap.add_argument('--texts', default=TEXTS)
    ap.add_argument('--cache', default=None)
    ap.add_argument('--out', default=None)
    ap.add_argument('--weights', default=None)
    ap.add_argument('--np', action='store_true', help='also noun phrases of the sentence as candidates (experiment)')
    ap.add_argument('--thr', type=float, default=None, help='for fill: this threshold instead of the trained one')
    o = ap.parse_intermixed_args()
    global NP
    NP = o.np
    if o.cmd == 'cv':
        cv(o, dataset(o))
    elif o.cmd == 'train':
        write_model(dataset(o), open(o.out, 'w') if o.out else sys.stdout)
    else:
        m = read_model(o.weights)
        if o.thr is not None:
            for role in m:
                m[role][1] = o.thr
        for l in open(o.file):
            d = json.loads(l)
            for i, key, c, p in fill_doc(m, d):
                e = d['events'][i]
                print('%s\t%s\t%s\t%.4f\t%s\t%d\t%d\t%s\t[%s]\t%s' % (
                    d['id'], e['id'], key, p, c[2] or '-', c[0], c[1], c[3], e['trigger']['text'], e['event']))


if __name__ == '__main__':
    main()
