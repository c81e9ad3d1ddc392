#!/usr/bin/env python3
"""thessweep.py TEXTS.jsonl [N] [--thes FILE] [--kwic WORD [K]]: the thesaurus sweep of data/lexicon/triggers.tsv.

For every one-word verb and noun key of triggers.tsv, looks the key up in a French thesaurus (Debian's
`mythes-fr`: the LibreOffice French thesaurus, LGPL-2.1+, installed with `apt-get install mythes-fr`,
read from /usr/share/mythes/thes_fr.dat) and lists its synonyms of the same part of speech that the
lexicon does not cover (neither as a key, nor as a multiword key's head, nor as a support verb), with the
key(s) they came from and those keys' PLOVER type and CAMEO code.  Each candidate is counted, by lemma,
in the texts (Lefff 3.4 from node_modules, counted the way scripts/lexsweep.py counts: a form counts for
a verb only when Lefff gives it no reading but verb or adjective, for a noun only when it has no
grammatical-word reading; a multiword synonym counts when its first word's lemma is followed by its other
words), and the N best are printed, ranked by (occurrences x number of source keys).

--kwic WORD[,WORD...] [K] prints up to K (default 10) sentences of the texts holding a form of each WORD instead.

The thesaurus is a tool for reading only: nothing of it is copied into the repository, the output is a
list of candidates to read, not entries (see docs/LEXSWEEP.md, "Thesaurus sweep"), and neither make nor
make test needs it or this script.
"""
import collections, json, re, sys

sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from lexsweep import covered, fold, lemmas, load_lefff, trigger_rows  # noqa: E402  (one reading of Lefff and triggers.tsv)
THES = '/usr/share/mythes/thes_fr.dat'
POS = {'verb': 'Verbe', 'noun': 'Nom'}
WORD = re.compile(r"[A-Za-zÀ-ÿœŒ-]+")


def load_thes(path):
    """word -> [(pos string, [synonyms])], the thesaurus' senses."""
    th = {}
    with open(path, encoding='utf-8') as f:
        f.readline()  # encoding line
        for line in f:
            word, _, n = line.rstrip('\n').partition('|')
            senses = []
            for _ in range(int(n or 0)):
                p = f.readline().rstrip('\n').split('|')
                senses.append((p[0], p[1:]))
            th.setdefault(word, []).extend(senses)
    return th


def load_triggers():
    keys = collections.defaultdict(set)
    rows = list(trigger_rows())
    cov = covered(rows)
    for p in rows:
        if p[1] in POS and ' ' not in p[0]:
            keys[(p[0], p[1])].add('%s %s' % (p[2], p[3]))
    return cov, keys


def sentences(texts):
    for line in open(texts, encoding='utf-8'):
        d = json.loads(line)
        for s in re.split(r'(?<=[.!?])\s+|\n+', d.get('text', '')):
            yield d.get('id'), s


def kwic(texts, words, k):
    lex, cats = load_lefff()
    sents = list(sentences(texts))
    for word in words.split(','):
        want = {(c, word) for c in ('v', 'nc')}
        print('## %s' % word)
        n = 0
        for i, s in sents:
            ws = WORD.findall(s)
            if any(lemmas(w, lex, cats) & want or w.lower() == word for w in ws):
                print('%s\t%s' % (i, s.strip()[:300]))
                n += 1
                if n >= k:
                    break


def main():
    args = sys.argv[1:]
    thes = THES
    if '--thes' in args:
        i = args.index('--thes')
        thes = args[i + 1]
        del args[i:i + 2]
    if '--kwic' in args:
        i = args.index('--kwic')
        kwic(args[0], args[i + 1], int(args[i + 2]) if len(args) > i + 2 else 10)
        return
    texts, n = args[0], int(args[1]) if len(args) > 1 else 300
    lex, cats = load_lefff()
    try:
        th = load_thes(thes)
    except OSError as e:
        sys.exit('thessweep: %s (install Debian\'s mythes-fr, or give --thes FILE)' % e)
    cov, keys = load_triggers()
    cand = collections.defaultdict(set)  # (syn, part) -> {(key, type cameo)}
    for (key, part), types in keys.items():
        for pos, syns in th.get(key, ()):
            if POS[part] not in pos:
                continue
            for s in syns:
                s = re.sub(r"^(se |s')", '', s.strip())
                if not s or s == key or fold(s) in cov or fold(s) + 's' in cov:
                    continue
                for t in types:
                    cand[(s, part)].add((key, t))
    # counts by lemma (one word) or lemma + following forms (several words)
    count = collections.Counter()
    first = collections.defaultdict(list)
    for (s, part) in cand:
        ws = s.split()
        first[ws[0]].append((s, part, [fold(w) for w in ws[1:]]))
    for _, sent in sentences(texts):
        ws = WORD.findall(sent)
        for j, w in enumerate(ws):
            for cat, lem in lemmas(w, lex, cats):
                for s, part, rest in first.get(lem, ()):
                    if (cat == 'v') != (part == 'verb'):
                        continue
                    if rest and [fold(x) for x in ws[j + 1:j + 1 + len(rest)]] != rest:
                        continue
                    count[(s, part)] += 1
    rows = []
    for c, src in cand.items():
        nkeys = len({k for k, _ in src})
        rows.append((count[c] * nkeys, count[c], nkeys, c, src))
    rows.sort(key=lambda r: (-r[0], -r[1], r[3]))
    print('# rank score occurrences sources candidate part <- key (type cameo) ...')
    for i, (sc, c, nk, (s, part), src) in enumerate(rows[:n], 1):
        by = collections.defaultdict(set)
        for k, t in src:
            by[k].add(t)
        print('%d\t%d\t%d\t%d\t%s\t%s\t%s' % (i, sc, c, nk, s, part,
              '; '.join('%s (%s)' % (k, ', '.join(sorted(t))) for k, t in sorted(by.items()))))
    print('# %d candidates, %d with an occurrence' % (len(rows), sum(1 for r in rows if r[1])))


if __name__ == '__main__':
    main()
