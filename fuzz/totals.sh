#!/bin/sh
# fuzz/totals.sh -- rewrites the "Totals" table of fuzz/LOG.md from its
# rows of runs (| date | target | seconds | runs | crashes |).
cd "$(dirname "$0")" || exit 2
awk -F' *\\| *' '
    /^<!-- totals -->/ { skip = 1; next }
    /^<!-- end totals -->/ { skip = 0; print "<!-- totals -->"; print "@TOTALS@"; print; next }
    skip { next }
    /^\| 20[0-9][0-9]-/ { s[$3] += $4; r[$3] += $5; c[$3] += $6 }
    { print }
    END {
        for (k in s) printf "| %s | %d | %d | %d |\n", k, s[k], r[k], c[k] > "LOG.totals.tmp"
    }' LOG.md >LOG.md.tmp || exit 1
{ echo "| target | seconds | runs | crashes |"; echo "|---|---:|---:|---:|"
  [ -f LOG.totals.tmp ] && sort LOG.totals.tmp; } >LOG.totals.tbl
awk 'FNR == NR { t = t $0 "\n"; next } /^@TOTALS@$/ { printf "%s", t; next } { print }' \
    LOG.totals.tbl LOG.md.tmp >LOG.md
rm -f LOG.md.tmp LOG.totals.tmp LOG.totals.tbl
