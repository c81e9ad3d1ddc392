#!/usr/bin/env python3
"""train_fold.py -- learn "same act told twice" for the event records (issue 6, class 3).

Builds pairs of system records of one document (same PLOVER type) from depeche's output on the
SEEN event golds, labels them against the gold, fits a logistic regression in plain Python, and
measures the end effect of folding the pairs it scores above a threshold (greedy, highest first,
the later record into the earlier) on detection P/R/F1, cross-validated leave-one-set-out and
document-level 5-fold (threshold chosen on the training folds only).

usage: scripts/train_fold.py [--labels strict|retell|fpsib|effect] [--cross]
                             [--nofold off|rule|norule|simrule|unfold] [--cache F.jsonl] [--ucache U.jsonl]
                             [--list] [--apply OUTPUT.jsonl] [--out TSV] [--depeche build/depeche]
                             [--nofold-depeche build-nofold/depeche] [--texts WINER.jsonl.gz]
  labels   strict: same act = both records overlap one gold event (type, trigger or sentence), different
           = they overlap (or are matched to) different ones; retell: strict, plus an unmatched record
           beside a matched one is the same act when it shares a party with that record's gold event (or
           its place and date), another act when it shares them with another gold event of the type;
           fpsib: strict, plus every unmatched record beside a matched one counts as "same" (a false
           event folds away too); effect: "same" when folding loses no gold event
  nofold   rule / norule: learn on the records before the rule fold (the output of a debug build
           that folds nothing: make B=build-nofold CFLAGS="-O2 -g -DDP_EVENT_NOFOLD" lib cli), with or
           without the rule's decision as a feature; simrule: fold the rule pairs only (how faithful
           the simulation is); unfold: learn which records the rule fold removed should stay
Results: docs/FOLD-MODEL.md.  The shared corpora: ../shared, or $DEPECHE_SHARED.  Never run on
gold/events-heldout5 (blind): a training document of its ids is an error (scripts/evlearn.py).
"""
import argparse
import json
import math
import os
import random
import sys

from evlearn import DEPECHE, ROOT, TEXTS, annotate, km, logreg, match, overlap, prf, seen_sets, sigmoid

NOFOLD_BUILD = 'make B=build-nofold CFLAGS="-O2 -g -DDP_EVENT_NOFOLD" lib cli'


def outputs(depeche, ids, texts, args=()):
    """{doc id: annotate output} of the documents IDS."""
    return {d['id']: d for d in map(json.loads, annotate(depeche, ids, texts, args).splitlines())}


def cached(path, ids, make):
    """make() ({doc id: output}), or the cache file PATH (JSONL) when it exists; written when missing."""
    if path and os.path.exists(path):
        return {d['id']: d for d in map(json.loads, open(path))}
    outs = make()
    if path:
        with open(path, 'w') as f:
            for d in ids:
                f.write(json.dumps(outs[d]) + '\n')
    return outs


def nofold_outputs(o, ids, outs):
    """the output of the debug build that folds nothing (--nofold-depeche), with the model beside
    --depeche (the debug build has none of its own)."""
    if not os.access(o.nofold_depeche, os.X_OK):
        sys.exit('train_fold.py: %s missing: --nofold wants a build that folds nothing; build it with\n  %s'
                 % (o.nofold_depeche, NOFOLD_BUILD))
    uouts = outputs(o.nofold_depeche, ids, o.texts,
                    ['--model', os.path.join(os.path.dirname(os.path.abspath(o.depeche)), 'depeche.model')])
    if sum(len(u['events']) for u in uouts.values()) <= sum(len(f['events']) for f in outs.values()):
        sys.exit('train_fold.py: %s folds records: not a -DDP_EVENT_NOFOLD build (%s)'
                 % (o.nofold_depeche, NOFOLD_BUILD))
    return uouts


# ---- features: from the output JSON only (C could compute the same; no C module was written) --

def lemma(e):
    w = e.get('why') or ''
    k = w.split(':', 1)[1] if ':' in w else ''
    return k.split('+', 1)[0].split(' ')[0]


def kind(e):
    return (e.get('why') or '').split(':', 1)[0]


def fold(s):
    import unicodedata
    s = unicodedata.normalize('NFD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))


def args_key(doc, args):
    """entity ids and folded content words of an argument list."""
    ents, words = set(), set()
    for a in args:
        if a.get('entity'):
            ents.add(a['entity'])
        for w in fold(a.get('text') or '').replace("'", ' ').replace('-', ' ').split():
            if len(w) > 3:
                words.add(w)
    return ents, words


def args_rel(doc, a, b):
    """1 shared entity or word, -1 both named and disjoint, 0 one side empty."""
    if not a or not b:
        return 0
    ea, wa = args_key(doc, a)
    eb, wb = args_key(doc, b)
    return 1 if (ea & eb) or (wa & wb) else -1


def real_date(e):
    return e.get('date') if e.get('date_precision') not in (None, 'published', 'year') else None


FEATS = ['bias', 'rule_fold', 'same_type', 'same_cameo', 'same_lemma', 'stem5', 'verb_noun', 'noun_noun', 'verb_verb',
         'place_same', 'place_far', 'date_same', 'date_diff', 'actor_same', 'actor_diff',
         'recip_same', 'recip_diff', 'same_sent', 'first_head', 'logdist', 'between_same_type',
         'dead_same', 'dead_diff', 'mood_diff', 'both_args_none', 'later_anaphoric', 'later_noun',
         'earlier_noun', 'same_trigger_text', 'later_no_args']


def features(doc, recs, i, j, rf=None):
    a, b = recs[i], recs[j]
    f = [1.0]
    if rf is not None:
        f.append(1.0 if (i, j) in rf else 0.0)
    if CROSS:
        f.append(1.0 if a['event'] == b['event'] else 0.0)
    f.append(1.0 if a.get('cameo') and a.get('cameo') == b.get('cameo') else 0.0)
    la, lb = lemma(a), lemma(b)
    f.append(1.0 if la and la == lb else 0.0)
    f.append(1.0 if la and lb and la != lb and la[:5] == lb[:5] else 0.0)
    ka, kb = kind(a), kind(b)
    f.append(1.0 if ka != kb and 'noun' in (ka, kb) else 0.0)
    f.append(1.0 if ka == kb == 'noun' else 0.0)
    f.append(1.0 if ka == kb == 'verb' else 0.0)
    pa, pb = a.get('event_loc'), b.get('event_loc')
    d = km(pa['lat'], pa['lon'], pb['lat'], pb['lon']) if pa and pb else None
    f.append(1.0 if d is not None and d <= 50 else 0.0)
    f.append(1.0 if d is not None and d > 50 else 0.0)
    da, db = real_date(a), real_date(b)
    f.append(1.0 if da and da == db else 0.0)
    f.append(1.0 if da and db and da != db else 0.0)
    ra = args_rel(doc, a['actor'], b['actor'])
    f += [1.0 if ra > 0 else 0.0, 1.0 if ra < 0 else 0.0]
    rr = args_rel(doc, a['recipient'], b['recipient'])
    f += [1.0 if rr > 0 else 0.0, 1.0 if rr < 0 else 0.0]
    f.append(1.0 if a['text_info']['start'] == b['text_info']['start'] else 0.0)
    f.append(1.0 if a['text_info']['start'] == 0 else 0.0)
    dist = max(0, b['text_info']['start'] - a['text_info']['end'])
    f.append(math.log(1 + dist / 100.0))
    f.append(float(sum(1 for k in range(i + 1, j) if recs[k]['event'] == a['event'])))
    xa, xb = (a.get('size') or {}).get('dead'), (b.get('size') or {}).get('dead')
    f += [1.0 if xa is not None and xa == xb else 0.0, 1.0 if xa is not None and xb is not None and xa != xb else 0.0]
    f.append(1.0 if a['aux'] != b['aux'] else 0.0)
    f.append(1.0 if not (a['actor'] or a['recipient']) and not (b['actor'] or b['recipient']) else 0.0)
    f.append(1.0 if '+anaphoric' in (b.get('why') or '') else 0.0)
    f.append(1.0 if kb == 'noun' else 0.0)
    f.append(1.0 if ka == 'noun' else 0.0)
    f.append(1.0 if fold(a['trigger']['text']) == fold(b['trigger']['text']) else 0.0)
    f.append(1.0 if not (b['actor'] or b['recipient']) else 0.0)
    return f


def rule_folds(F, U):
    """pairs (i, j) of U's records (the output of the -DDP_EVENT_NOFOLD build) that the rule fold
    joined: U record j is no record of F (by type and trigger) and an F record of its type tells its
    sentence in also_in; i is the U record of that F record's trigger."""
    key = lambda e: (e['event'], e['trigger']['start'])
    ui = {key(e): k for k, e in enumerate(U['events'])}
    fk = {key(e) for e in F['events']}
    rf = set()
    for j, u in enumerate(U['events']):
        if key(u) in fk:
            continue
        for f in F['events']:
            if f['event'] != u['event'] or key(f) not in ui:
                continue
            sents = [f['text_info']] + (f.get('also_in') or [])
            if any(overlap(s['start'], s['end'], u['text_info']['start'], u['text_info']['end']) for s in sents):
                i = ui[key(f)]
                rf.add((min(i, j), max(i, j)))
                break
    return rf


# ---- labels ---------------------------------------------------------------------------------

def overlaps(gl, p):
    out = set()
    for gi, g in enumerate(gl):
        if g['event'] != p['event']:
            continue
        if overlap(g['trigger']['start'], g['trigger']['end'], p['trigger']['start'], p['trigger']['end']) or \
                overlap(g['sentence']['start'], g['sentence']['end'], p['text_info']['start'], p['text_info']['end']):
            out.add(gi)
    return out


CROSS = False   # --cross: pairs of different PLOVER types too (feature same_type)


def linked(g, e):
    """system record E tells gold event G again: a party in common (a content word of the gold
    actor / recipient texts in E's), or the same place (50 km) and the same date."""
    gw = set()
    for a in g['actor'] + g['recipient']:
        gw |= {w for w in fold(a['text']).replace("'", ' ').replace('-', ' ').split() if len(w) > 3}
    _, ew = args_key(None, e['actor'] + e['recipient'])
    if gw & ew:
        return True
    p, gp = e.get('event_loc'), g.get('location')
    return bool(p and gp and km(p['lat'], p['lon'], gp['lat'], gp['lon']) <= 50 and g.get('date') and
                g['date'] == real_date(e))


def pairs_of(doc, gl, rf=None, effect=False, retell=False):
    """(i, j, features, label): label 1 same act, 0 different acts, 2 one unmatched record beside a
    matched one (a false event or a retelling in another sentence: no gold says which), None else."""
    recs = doc['events']
    g2p, p2g = match(gl, recs)
    ov = [overlaps(gl, p) for p in recs]
    out = []
    for j in range(len(recs)):
        for i in range(j):
            if recs[i]['event'] != recs[j]['event'] and not CROSS:
                continue
            if i in p2g and j in p2g:   # two gold events matched: folding loses one
                lab = 0
            elif effect:
                si, sj = i, j
                if info(recs[j]) > info(recs[i]) or (recs[i]['text_info']['start'] == 0 and recs[j]['text_info']['start']):
                    si, sj = j, i
                lab = 1 if ov[sj] <= ov[si] else 0
            elif retell and not (ov[i] & ov[j]) and (i in p2g) != (j in p2g) and not ov[j if i in p2g else i]:
                m, u = (i, j) if i in p2g else (j, i)
                links = [gi for gi, g in enumerate(gl) if g['event'] == recs[u]['event'] and linked(g, recs[u])]
                lab = 1 if p2g[m] in links else 0 if links else 2
            elif ov[i] & ov[j]:
                lab = 1
            elif ov[i] and ov[j]:
                lab = 0
            elif (i in p2g) != (j in p2g) and not ov[j if i in p2g else i]:
                lab = 2
            else:
                lab = None
            out.append((i, j, features(doc, recs, i, j, rf), lab))
    return out


# ---- model ----------------------------------------------------------------------------------

def train(X, Y, l2=1.0, epochs=300, lr=0.5):
    """dense feature rows (the bias first) -> weights (evlearn.logreg, plain gradient steps)."""
    if not X:
        return []
    return logreg([[(k, v) for k, v in enumerate(x) if v] for x in X], Y, len(X[0]), l2, epochs, lr)


def score(w, x):
    return sigmoid(sum(a * b for a, b in zip(w, x)))


def info(e):
    """how much a record tells (S_info of src/event/event.c): parties, place, own date, a verb."""
    return (len(e['actor']) > 0) + (len(e['recipient']) > 0) + (e.get('event_loc') is not None) + \
        (real_date(e) is not None) + (kind(e) != 'noun')


def end_effect(docs, golds, outs, pairs, w, thr):
    """tp, fp, fn after folding the pairs scoring >= thr (greedy, highest first, later into earlier)."""
    tp = fp = fn = 0
    folds = []
    for d in docs:
        recs = outs[d]['events']
        gone = {}
        if w is not None:
            cand = sorted(((score(w, x), i, j) for i, j, x, _ in pairs[d]), key=lambda t: (-t[0], t[2], t[1]))
            for s, i, j in cand:
                if s < thr:
                    break
                while i in gone:
                    i = gone[i]
                while j in gone:
                    j = gone[j]
                if i == j:
                    continue
                if i > j:
                    i, j = j, i
                # as S_fold: the record that tells more, or the one out of the headline, stays
                if info(recs[j]) > info(recs[i]) or (recs[i]['text_info']['start'] == 0 and recs[j]['text_info']['start']):
                    i, j = j, i
                gone[j] = i
                folds.append((d, i, j, s))
        kept = [r for k, r in enumerate(recs) if k not in gone]
        gl = golds.get(d, [])
        g2p, _ = match(gl, kept)
        tp += len(g2p)
        fp += len(kept) - len(g2p)
        fn += len(gl) - len(g2p)
    return tp, fp, fn, folds


def auc(scored):
    """probability that a random positive scores above a random negative (ties count half)."""
    pos = sorted(p for p, y in scored if y)
    neg = sorted(p for p, y in scored if not y)
    if not pos or not neg:
        return 0.5
    k = lo = 0
    tot = 0.0
    for p in pos:
        while k < len(neg) and neg[k] < p:
            k += 1
        lo = k
        while lo < len(neg) and neg[lo] == p:
            lo += 1
        tot += k + (lo - k) / 2
    return tot / (len(pos) * len(neg))


def fit(train_docs, pairs, labels):
    X, Y = [], []
    for d in train_docs:
        for i, j, x, lab in pairs[d]:
            if lab in labels:
                X.append(x)
                Y.append(labels[lab])
    return train(X, Y)


THRS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01]


def choose_thr(train_docs, golds, outs, pairs, w):
    best = None
    for t in THRS:
        tp, fp, fn, _ = end_effect(train_docs, golds, outs, pairs, w, t)
        f = prf(tp, fp, fn)[2]
        if best is None or f > best[0] + 1e-9:
            best = (f, t)
    return best[1]


UFEATS = ['bias', 'noun', 'anaphoric', 'told', 'toll', 'own_date', 'place', 'actor', 'recip', 'dead',
          'tgt_same_sent', 'tgt_same_lemma', 'tgt_date_diff', 'tgt_place_far', 'tgt_actor_diff',
          'tgt_recip_diff', 'tgt_logdist', 'tgt_head', 'no_target']


def ufeatures(F, U, j, rf):
    """a record the rule fold removed (U index j): its own cues, and its pair with the record it
    was folded into (rf: the rule pairs)."""
    e = U['events'][j]
    w = e.get('why') or ''
    f = [1.0, float(kind(e) == 'noun'), float('+anaphoric' in w), float('+told' in w), float('+toll' in w),
         float(real_date(e) is not None), float(e.get('event_loc') is not None), float(bool(e['actor'])),
         float(bool(e['recipient'])), float((e.get('size') or {}).get('dead') is not None)]
    t = [i for i, k in rf if k == j] + [k for i, k in rf if i == j]
    if not t:
        return f + [0.0] * 8 + [1.0]
    i = t[0]
    a, b = (U['events'][i], e) if i < j else (e, U['events'][i])
    px = features(U, U['events'], min(i, j), max(i, j))
    fx = dict(zip([n for n in FEATS if n != 'rule_fold'], px))
    return f + [fx['same_sent'], fx['same_lemma'], fx['date_diff'], fx['place_far'], fx['actor_diff'],
                fx['recip_diff'], fx['logdist'], float(a['text_info']['start'] == 0), 0.0]


def unfold_cv(alld, setof, sets, golds, F, U):
    """learn which rule-removed records to keep as records of their own; CV end effect."""
    key = lambda e: (e['event'], e['trigger']['start'])
    data = {}
    for d in alld:
        rf = rule_folds(F[d], U[d])
        kf = {key(e) for e in F[d]['events']}
        gl = golds[d]
        g2p, _ = match(gl, F[d]['events'])
        missed = {gi for gi in range(len(gl)) if gi not in g2p}
        data[d] = [(j, ufeatures(F[d], U[d], j, rf), 1 if overlaps(gl, e) & missed else 0)
                   for j, e in enumerate(U[d]['events']) if key(e) not in kf]
    print('rule-removed records: %d, of which a missed gold event: %d'
          % (sum(map(len, data.values())), sum(l for v in data.values() for _, _, l in v)))

    def effect(docs, w, thr):
        tp = fp = fn = 0
        for d in docs:
            kept = list(F[d]['events']) + [U[d]['events'][j] for j, x, _ in data[d] if w is not None and score(w, x) >= thr]
            g2p, _ = match(golds[d], kept)
            tp += len(g2p)
            fp += len(kept) - len(g2p)
            fn += len(golds[d]) - len(g2p)
        return tp, fp, fn

    def run(title, folds_of):
        print('\n%s' % title)
        T0, T1, gains = [0, 0, 0], [0, 0, 0], []
        for name, test in folds_of:
            tr = [d for d in alld if d not in set(test)]
            w = train([x for d in tr for _, x, _ in data[d]], [l for d in tr for _, _, l in data[d]])
            thr = max(THRS, key=lambda t: (prf(*effect(tr, w, t))[2], t))
            b, a = effect(test, None, 2), effect(test, w, thr)
            for k in range(3):
                T0[k] += b[k]
                T1[k] += a[k]
            gains.append(prf(*a)[2] - prf(*b)[2])
            print('%-10s %5d %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f   %4.2f  %+.1f' % (name, len(test), *prf(*b), *prf(*a), thr, gains[-1]))
        print('%-10s %5d %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f         %+.1f (pooled); mean gain %+.2f'
              % ('all', len(alld), *prf(*T0), *prf(*T1), prf(*T1)[2] - prf(*T0)[2], sum(gains) / len(gains)))
    run('unfold: leave one set out', [(n, [d for d in alld if setof[d] == n]) for n, _, _ in sets])
    order = alld[:]
    random.Random(1).shuffle(order)
    run('unfold: document 5-fold (seed 1)', [('fold%d' % k, order[k::5]) for k in range(5)])
    w = train([x for d in alld for _, x, _ in data[d]], [l for d in alld for _, _, l in data[d]])
    for n, x in zip(UFEATS, w):
        print('  %-18s %+.3f' % (n, x))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--depeche', default=DEPECHE)
    ap.add_argument('--nofold-depeche', default=os.path.join(ROOT, 'build-nofold/depeche'),
                    help='a build that folds nothing (-DDP_EVENT_NOFOLD), for --nofold: ' + NOFOLD_BUILD)
    ap.add_argument('--texts', default=TEXTS)
    ap.add_argument('--labels', default='fpsib', choices=['strict', 'fpsib', 'effect', 'retell'])
    ap.add_argument('--out', help='write the weights trained on all seen sets (TSV)')
    ap.add_argument('--cache', help='annotate output cache (JSONL); built when missing')
    ap.add_argument('--list', action='store_true', help='print the folds of the final model')
    ap.add_argument('--nofold', choices=['off', 'rule', 'norule', 'simrule', 'unfold'], default='off',
                    help='learn on the records before the rule fold (--nofold-depeche): rule = with the '
                         'rule decision as a feature, norule = without it (replace the rule fold), simrule = '
                         'fold exactly the rule pairs (fidelity check of the simulation)')
    ap.add_argument('--ucache', help='annotate output cache without the rule fold')
    ap.add_argument('--cross', action='store_true', help='pairs of different PLOVER types too')
    ap.add_argument('--apply', help='an annotate output (JSONL, no gold): list the folds the model trained on all '
                                    'seen sets proposes there (off mode)')
    o = ap.parse_args()
    global CROSS
    CROSS = o.cross
    if not CROSS:
        FEATS.remove('same_type')
    labels = {1: 1, 0: 0} if o.labels in ('strict', 'retell') else {1: 1, 0: 0, 2: 1}
    sets = [(name, docs, gold) for name, _, docs, gold in seen_sets()]
    ids = sorted({d for _, docs, _ in sets for d in docs})
    outs = cached(o.cache, ids, lambda: outputs(o.depeche, ids, o.texts))
    # a document coded in two sets is scored (and folded into folds) once, under its first set
    seen, setof, golds = set(), {}, {}
    for name, docs, gold in sets:
        for d in docs:
            if d in seen:
                continue
            seen.add(d)
            setof[d] = name
            golds[d] = gold.get(d, [])
    alld = sorted(seen)
    base = outs
    if o.nofold != 'off':
        uouts = cached(o.ucache, ids, lambda: nofold_outputs(o, ids, outs))
        if o.nofold == 'unfold':
            return unfold_cv(alld, setof, sets, golds, outs, uouts)
        rfs = {d: rule_folds(outs[d], uouts[d]) for d in alld}
        print('rule-folded pairs found: %d' % sum(map(len, rfs.values())))
        outs = uouts
        pairs = {d: pairs_of(outs[d], golds[d], rfs[d] if o.nofold in ('rule', 'simrule') else None,
                                 o.labels == 'effect', o.labels == 'retell') for d in alld}
        if o.nofold == 'norule':
            FEATS.remove('rule_fold')
    else:
        FEATS.remove('rule_fold')
        pairs = {d: pairs_of(outs[d], golds[d], None, o.labels == 'effect', o.labels == 'retell') for d in alld}
    cnt = {}
    for d in alld:
        for _, _, _, lab in pairs[d]:
            cnt[lab] = cnt.get(lab, 0) + 1
    print('pairs: same %d, different %d, unmatched-beside-matched %d, unlabelled %d'
          % (cnt.get(1, 0), cnt.get(0, 0), cnt.get(2, 0), cnt.get(None, 0)))
    # existing folds that merged two gold events: a record whose also_in sentence holds a gold event
    # of its type that nothing matched
    bad = 0
    for d in alld:
        g2p, _ = match(golds[d], outs[d]['events'])
        for gi, g in enumerate(golds[d]):
            if gi in g2p:
                continue
            if any(p['event'] == g['event'] and any(overlap(g['sentence']['start'], g['sentence']['end'], s['start'], s['end'])
                                                     for s in p.get('also_in') or []) for p in outs[d]['events']):
                bad += 1
    print('fold errors (a missed gold event in an also_in sentence of a record of its type): %d' % bad)

    def report(title, folds_of):
        print('\n%s' % title)
        print('%-10s %5s %22s %22s %6s' % ('fold', 'docs', 'before P/R/F1', 'after P/R/F1', 'thr'))
        gains, scored = [], []
        T0 = [0, 0, 0]
        T1 = [0, 0, 0]
        for name, test in folds_of:
            tr = [d for d in alld if d not in set(test)]
            if o.nofold == 'simrule':
                w, thr = [-5.0, 10.0] + [0.0] * (len(FEATS) - 2), 0.5
            else:
                w = fit(tr, pairs, labels)
                thr = choose_thr(tr, golds, outs, pairs, w)
            scored += [(score(w, x), labels[lab]) for d in test for _, _, x, lab in pairs[d] if lab in labels]
            b = end_effect(test, golds, base, {d: [] for d in test}, None, 2)[:3]
            a = end_effect(test, golds, outs, pairs, w, thr)[:3]
            for k in range(3):
                T0[k] += b[k]
                T1[k] += a[k]
            pb, pa = prf(*b), prf(*a)
            gains.append(pa[2] - pb[2])
            print('%-10s %5d %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f   %4.2f  %+.1f' % (name, len(test), *pb, *pa, thr, pa[2] - pb[2]))
        print('%-10s %5d %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f         %+.1f (pooled); mean gain %+.2f'
              % ('all', len(alld), *prf(*T0), *prf(*T1), prf(*T1)[2] - prf(*T0)[2], sum(gains) / len(gains)))
        print('held-out ranking of the labelled pairs: AUC %.3f (%d same, %d different)'
              % (auc(scored), sum(y for _, y in scored), sum(1 - y for _, y in scored)))
        return gains

    report('leave one set out (%s labels)' % o.labels, [(n, [d for d in alld if setof[d] == n]) for n, _, _ in sets])
    rnd = random.Random(1)
    order = alld[:]
    rnd.shuffle(order)
    report('document 5-fold (%s labels, seed 1)' % o.labels, [('fold%d' % k, order[k::5]) for k in range(5)])
    w = fit(alld, pairs, labels)
    thr = choose_thr(alld, golds, outs, pairs, w)
    print('\nall seen sets: threshold %.2f (trained-on figure, not held out)' % thr)
    for n, x in zip(FEATS, w):
        print('  %-18s %+.3f' % (n, x))
    if o.apply:
        docs = [json.loads(l) for l in open(o.apply)]
        ap_outs = {d['id']: d for d in docs}
        ap_pairs = {d['id']: pairs_of(d, []) for d in docs}
        _, _, _, folds = end_effect(sorted(ap_outs), {}, ap_outs, ap_pairs, w, thr)
        print('\n%s: %d documents, %d records, %d folds proposed at %.2f'
              % (o.apply, len(docs), sum(len(d['events']) for d in docs), len(folds), thr))
        for d, i, j, s in folds:
            a, b = ap_outs[d]['events'][i], ap_outs[d]['events'][j]
            print('%s %.2f %s [%s] <- [%s]\n   A: %s\n   B: %s' % (d, s, a['event'], a['trigger']['text'], b['trigger']['text'],
                                                          a['text_info']['text'][:160], b['text_info']['text'][:160]))
    if o.list:
        _, _, _, folds = end_effect(alld, golds, outs, pairs, w, thr)
        for d, i, j, s in folds:
            a, b = outs[d]['events'][i], outs[d]['events'][j]
            lab = [lab for ii, jj, _, lab in pairs[d] if (ii, jj) == (min(i, j), max(i, j))][0]   # i: the one kept
            print('%s %.2f lab=%s %s [%s] <- [%s] | %s' % (d, s, lab, a['event'], a['trigger']['text'],
                                                         b['trigger']['text'], b['text_info']['text'][:100]))
    if o.out:
        with open(o.out, 'w') as f:
            f.write('# event_fold: logistic weights of "same act told twice" (scripts/train_fold.py --labels %s)\n'
                    % o.labels)
            f.write('threshold\t%.2f\n' % thr)
            for n, x in zip(FEATS, w):
                f.write('%s\t%.6f\n' % (n, x))


if __name__ == '__main__':
    main()
