"""evlearn.py -- what the event learning studies share (scripts/train_events.py, scripts/train_fold.py).

The SEEN event gold sets and the blind one, depeche's annotate output on their documents, the eval's
matching (gold/events/errors.py, imported, not copied), a plain-Python L2 logistic regression on
sparse features (no numpy) and detection P/R/F1.  Never reads gold/events-heldout5 beyond its
coded_docs.txt (ids only, to keep its documents out).
"""
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True   # no __pycache__ left in gold/events (nor in scripts/)
sys.path.insert(0, os.path.join(ROOT, 'gold', 'events'))
import errors  # noqa: E402  (the eval's matching, not a copy)

match, overlap, km = errors.match, errors.overlap, errors.km

SHARED = os.environ.get('DEPECHE_SHARED', os.path.join(ROOT, '..', 'shared'))   # ../shared, as make test
TEXTS = os.path.join(SHARED, 'data/winer-fr/winer_fr_dev.jsonl.gz')
SETS = [('shared', os.path.join(SHARED, 'data/depeche-gold-dev/events')),
        ('project', os.path.join(ROOT, 'gold/events')),
        ('heldout', os.path.join(ROOT, 'gold/events-heldout')),
        ('heldout2', os.path.join(ROOT, 'gold/events-heldout2')),
        ('heldout3', os.path.join(ROOT, 'gold/events-heldout3')),
        ('heldout4', os.path.join(ROOT, 'gold/events-heldout4'))]
BLIND = os.path.join(ROOT, 'gold/events-heldout5')
DEPECHE = os.path.join(ROOT, 'build/depeche')


def docs_of(gdir):
    """the document ids of a gold set (its coded_docs.txt)."""
    return [l.split('\t')[0].strip() for l in open(os.path.join(gdir, 'coded_docs.txt')) if l.strip()]


def seen_sets():
    """[(name, gold dir, document ids, {doc id: [gold records]})] of the SEEN sets, in SETS order;
    a document of the blind set is an error."""
    blind = set(docs_of(BLIND))
    out = []
    for name, gdir in SETS:
        ids = docs_of(gdir)
        assert not blind & set(ids), name
        gold = {}
        for l in open(os.path.join(gdir, 'events_dev.jsonl')):
            g = json.loads(l)
            gold.setdefault(g['doc'], []).append(g)
        out.append((name, gdir, ids, gold))
    return out


def annotate(depeche, ids, texts=TEXTS, args=()):
    """`depeche annotate --quiet --jsonl` on the texts of the documents IDS: its output lines (str)."""
    want = set(ids)
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        for l in gzip.open(texts, 'rt'):
            if json.loads(l)['id'] in want:
                f.write(l)
    try:
        return subprocess.run([depeche, 'annotate', '--quiet', '--jsonl', *args, f.name],
                              capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


def logreg(X, Y, m, l2, iters, lr, bias=0, adagrad=False):
    """L2 logistic regression by full-batch gradient descent (deterministic).  X: sparse rows, each
    a list of (feature index, value); Y: 0/1 labels; M features, BIAS the unpenalised one.  The step
    is LR times the gradient of the mean log-loss plus L2 * w / n, or with ADAGRAD that step
    divided by the root of the summed squared gradients.  Returns the weight list."""
    w = [0.0] * m
    n = len(X)
    if not n:
        return w
    g2 = [0.0] * m
    for _ in range(iters):
        grad = [0.0] * m
        for xs, y in zip(X, Y):
            d = sigmoid(sum(w[j] * v for j, v in xs)) - y
            for j, v in xs:
                grad[j] += d * v
        for j in range(m):
            gj = grad[j] / n + (0.0 if j == bias else l2 * w[j] / n)
            if adagrad:
                g2[j] += gj * gj
                w[j] -= lr * gj / (math.sqrt(g2[j]) + 1e-8)
            else:
                w[j] -= lr * gj
    return w


def prf(tp, fp, fn):
    """precision, recall, F1 in percent."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)
