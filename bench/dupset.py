#!/usr/bin/env python3
"""bench/dupset.py -- builds a near-duplicate test set from WiNER-fr texts.

usage: bench/dupset.py WINER.jsonl.gz OUT.jsonl GOLD.tsv [--originals N] [--seed S]

Each original article (a WiNER-fr dev text) may get edited copies, the kind of
rewrites a news archive holds: paragraphs re-ordered, a changed lead, agency
boilerplate added at the top and bottom, a shortened version, light word edits,
and combinations.  True non-duplicates on the same topic come with them: for
each original, the other WiNER article that shares most of its named entities
is in the set too, as an original of its own.  The records are shuffled (so a
copy may come before its original).  GOLD.tsv: id TAB group (the original's id).
"""
import gzip, json, random, re, sys


def paragraphs(text):
    return [p for p in re.split(r'\n\s*\n', text) if p.strip()]


def sentences(par):
    return [s for s in re.split(r'(?<=[.!?])\s+(?=[A-ZÀ-Ý«])', par) if s.strip()]


def blocks(text):
    """Paragraphs, or sentence groups when the text has fewer than 3."""
    ps = paragraphs(text)
    if len(ps) >= 3:
        return ps
    ss = [s for p in ps for s in sentences(p)]
    k = max(1, len(ss) // 3)
    return [' '.join(ss[i:i + k]) for i in range(0, len(ss), k)]


def reorder(rng, text, _):
    bs = blocks(text)
    head, rest = bs[:1], bs[1:]
    for _ in range(10):
        r = rest[:]
        rng.shuffle(r)
        if r != rest or len(rest) < 2:
            break
    return '\n\n'.join(head + r)


LEADS = ["Selon les informations recueillies par notre rédaction, {t}.",
         "{t} : ce que l'on sait.",
         "Voici les derniers éléments connus : {t}.",
         "C'est une information qui a fait réagir : {t}."]


def new_lead(rng, text, title):
    bs = blocks(text)
    lead = rng.choice(LEADS).format(t=title.rstrip(' .'))
    ss = sentences(bs[1]) if len(bs) > 1 else []
    body = bs[2:] if len(ss) <= 1 else [' '.join(ss[1:])] + bs[2:]
    return '\n\n'.join([bs[0], lead] + body)


HEADERS = ["Publié le {d} à 07h12 - Mis à jour le {d} à 18h40",
           "PARIS (AFP) - Dépêche du {d}",
           "Par la rédaction avec agences | {d}"]
FOOTERS = ["© Agence France-Presse. Tous droits de reproduction et de représentation réservés. "
           "Toutes les informations reproduites dans cette rubrique sont protégées par des droits "
           "de propriété intellectuelle.",
           "Abonnez-vous à notre lettre d'information pour recevoir chaque matin l'essentiel de "
           "l'actualité. Vos données sont traitées conformément à notre politique de "
           "confidentialité. Partager cet article sur les réseaux sociaux.",
           "Lire aussi : les autres articles de la rubrique. Cet article a été publié avec le "
           "concours des agences. Signaler une erreur ou une faute d'orthographe."]


def boilerplate(rng, text, _, date='2016-01-01'):
    return (rng.choice(HEADERS).format(d=date) + '\n\n' + text + '\n\n' + rng.choice(FOOTERS))


def shorten(rng, text, _):
    bs = blocks(text)
    keep = max(2, (len(bs) * 3 + 3) // 4)
    return '\n\n'.join(bs[:keep])


def word_edits(rng, text, _):
    words = text.split(' ')
    for _ in range(max(1, len(words) // 25)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(['', 'notamment', 'également', words[i].upper(), 'ainsi'])
    return ' '.join(w for w in words if w)


EDITS = [('reorder', [reorder]), ('lead', [new_lead]), ('boilerplate', [boilerplate]),
         ('short', [shorten]), ('words', [word_edits]), ('lead+boilerplate', [new_lead, boilerplate]),
         ('reorder+words', [reorder, word_edits]), ('short+boilerplate', [shorten, boilerplate])]


def entity_set(d):
    return {e['text'] for e in d.get('entities', []) if e.get('type') in ('Person', 'Organization', 'Location')}


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        sys.exit(__doc__)
    n, seed = 200, 7
    if '--originals' in args:
        n = int(args[args.index('--originals') + 1])
    if '--seed' in args:
        seed = int(args[args.index('--seed') + 1])
    rng = random.Random(seed)
    docs = [json.loads(l) for l in gzip.open(args[0], 'rt', encoding='utf-8')]
    docs = [d for d in docs if len(d['text']) >= 700]
    ents = [entity_set(d) for d in docs]
    picked = rng.sample(range(len(docs)), min(n, len(docs)))
    chosen = set(picked)
    # same-topic non-duplicates: the other article sharing most entities
    for i in list(picked):
        best, score = None, 1
        for j in range(len(docs)):
            s = len(ents[i] & ents[j]) if j != i else 0
            if s > score:
                best, score = j, s
        if best is not None:
            chosen.add(best)
    out, gold = [], []
    for i in sorted(chosen):
        d = docs[i]
        out.append({'id': d['id'], 'date': d['date'], 'title': d['title'], 'text': d['text']})
        gold.append((d['id'], d['id']))
        if i not in picked:
            continue
        for k, (name, fns) in enumerate(rng.sample(EDITS, rng.randint(1, 3))):
            t = d['text']
            for f in fns:
                t = boilerplate(rng, t, d['title'], d['date']) if f is boilerplate else f(rng, t, d['title'])
            vid = '%s~%s' % (d['id'], name)
            out.append({'id': vid, 'date': d['date'], 'title': d['title'], 'text': t})
            gold.append((vid, d['id']))
    order = list(range(len(out)))
    rng.shuffle(order)
    with open(args[1], 'w', encoding='utf-8') as f:
        for k in order:
            f.write(json.dumps(out[k], ensure_ascii=False) + '\n')
    with open(args[2], 'w', encoding='utf-8') as f:
        for a, b in gold:
            f.write('%s\t%s\n' % (a, b))
    print('%d records (%d originals, %d edited copies)' % (len(out), len(chosen), len(out) - len(chosen)),
          file=sys.stderr)


main()
