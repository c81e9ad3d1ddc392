#!/bin/sh
# cv_ner.sh -- K-fold cross-validation of the name tagger inside the whole
# pipeline: for each fold, train on the other folds (tools/train_ner.c),
# compile a model with those weights, and score `depeche eval ner` on the
# held-out documents (written as BRAT by train_ner --heldout).  Prints the
# summed held-out P/R/F1 per corpus and type, plus the same scores without
# the common-noun (nominal) actor mentions, which the gold corpora do not
# annotate.  Usage: B=build tools/cv_ner.sh WORKDIR CORPUS...
# REUSE=1 keeps the weights and held-out folders of an earlier run (after a
# change to the entity stage alone).  FOLDS="0" runs (and sums) only the
# folds named, for quick iterations (final figures: all K folds).
set -eu
export LC_ALL=C
B=${B:-build}
K=${K:-5}
TRAIN=${NER_TRAIN:---bits 19 --epochs 20 --runs 5 --seed 1}
W=$1; shift
mkdir -p "$W"
FOLDS=${FOLDS:-$(seq 0 $((K - 1)))}
for f in $FOLDS; do
    if [ "${REUSE:-0}" != 1 ] || [ ! -s "$W/f$f.w" ]; then
        rm -rf "$W/f$f"
        $B/depeche-train-ner --model $B/depeche.model $TRAIN --folds $K --fold $f \
            --heldout "$W/f$f" --out "$W/f$f.w" "$@" >"$W/f$f.tagger.txt" 2>"$W/f$f.log"
    fi
    $B/mkmodel --out "$W/f$f.model" --node-modules node_modules --lexicon data/lexicon \
        --ner "$W/f$f.w" 2>>"$W/f$f.log"
    for c in "$W/f$f"/c[0-9]*; do
        [ -d "$c" ] || continue
        $B/depeche eval ner --json --model "$W/f$f.model" "$c" >"$c.json" || true
        $B/depeche annotate --model "$W/f$f.model" "$c"/*.txt >"$c.out.jsonl" || true
    done
    rm -f "$W/f$f.model"
done
python3 - "$W" "$K" $FOLDS <<'EOF'
import glob, json, os, sys
w, k = sys.argv[1], int(sys.argv[2])
folds = [int(a) for a in sys.argv[3:]]
types = ["PER", "LOC", "ORG"]
def prf(tp, ns, ng):
    p = tp / ns if ns else 0; r = tp / ng if ng else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)
def named(c):
    """held-out counts without nominal entities (exact span and type)."""
    cnt = {t: [0, 0, 0] for t in types}
    outs = {}
    for l in open(c + ".out.jsonl"):
        if l.strip(): o = json.loads(l); outs[o["id"]] = o
    for f in sorted(glob.glob(c + "/*.txt")):
        o = outs.get(os.path.basename(f)[:-4], {})
        gold = set()
        for l in open(f[:-4] + ".ann"):
            p = l.split("\t"); t, s, e = p[1].split()
            if t in types: gold.add((int(s), int(e), t))
        sysm = set()
        for e in o.get("entities", []):
            if e.get("nominal") or e["type"] not in types: continue
            for m in e["mentions"]: sysm.add((m["start"], m["end"], e["type"]))
        for t in types:
            g = {x for x in gold if x[2] == t}; s = {x for x in sysm if x[2] == t}
            cnt[t][0] += len(g & s); cnt[t][1] += len(s); cnt[t][2] += len(g)
    return cnt
for c in sorted({os.path.basename(p) for p in glob.glob(f"{w}/f{folds[0]}/c*") if os.path.isdir(p)}):
    tot = {t: [0, 0, 0] for t in types}; nom = {t: [0, 0, 0] for t in types}
    for f in folds:
        j = json.load(open(f"{w}/f{f}/{c}.json"))
        for t in types:
            x = j["types"][t]; tot[t][0] += x["match"]; tot[t][1] += x["system"]; tot[t][2] += x["gold"]
        n = named(f"{w}/f{f}/{c}")
        for t in types:
            for i in range(3): nom[t][i] += n[t][i]
    for name, d in (("all mentions", tot), ("names only (nominal actors left out)", nom)):
        print(f"corpus {c}, {k}-fold held-out (folds {' '.join(map(str, folds))}), {name}:")
        m = [sum(d[t][i] for t in types) for i in range(3)]
        for t in types + ["micro"]:
            v = m if t == "micro" else d[t]
            p, r, f1 = prf(*v)
            print(f"  {t:6s} gold {v[2]:6d} sys {v[1]:6d} match {v[0]:6d}  P {100*p:5.1f} R {100*r:5.1f} F1 {100*f1:5.1f}")
EOF
