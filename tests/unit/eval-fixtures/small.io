Le I-ORG
Figaro I-ORG
cite O
Émile I-PER
Zola I-PER
à O
Paris I-LOC
