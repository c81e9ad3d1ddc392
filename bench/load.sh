#!/usr/bin/env bash
# bench/load.sh -- a bounded load test of `depeche serve`: wrk on loopback
# for a fixed duration, a mix of API calls and page files, against a
# database built from data/sample (or --db FILE), optionally multiplied to
# N events (--events N: copies of the sample's events with shifted dates
# and places, to see the server at 100,000 events).  Reports requests/s,
# latency, errors (non-2xx answers and socket errors: must be 0) and the
# server's peak resident memory (VmHWM).  Exit 1 when any request failed.
#
# usage: bench/load.sh [--db FILE] [--events N] [--seconds S] [--threads T]
#                      [--connections C]       (defaults: 10 s, 2 threads, 16)
set -euo pipefail
cd "$(dirname "$0")/.."
B=${B:-build}
DB= EVENTS=0 SECS=10 THREADS=2 CONNS=16
while [ $# -gt 0 ]; do
    case $1 in
    --db) DB=$2; shift 2 ;;
    --events) EVENTS=$2; shift 2 ;;
    --seconds) SECS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    *) echo "usage: bench/load.sh [--db FILE] [--events N] [--seconds S] [--threads T] [--connections C]" >&2; exit 2 ;;
    esac
done
for c in wrk curl sqlite3; do
    command -v $c >/dev/null || { echo "load: skipped: $c not installed (scripts/deps.sh apt)"; exit 0; }
done
[ -x "$B/depeche" ] || { echo "load: $B/depeche missing (make)" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/depeche-load.XXXXXX")
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$TMP"' EXIT

if [ -z "$DB" ]; then
    DB=$TMP/load.db
    "$B/depeche" ingest --quiet --db "$DB" --date 2016-08-24 tests/fixtures/seed.txt data/sample/articles.jsonl
fi
if [ "$EVENTS" -gt 0 ]; then
    cp "$DB" "$TMP/big.db"
    DB=$TMP/big.db
    # copies k = 1.. of every event: dates shifted by k days, places by up to 2 degrees
    sqlite3 "$DB" "PRAGMA journal_mode=DELETE;
      WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k
                              WHERE n < ($EVENTS / (SELECT count(*) FROM events)) + 1)
      INSERT INTO events SELECT e.id || '~' || k.n, e.doc_id, e.event, e.cameo, e.acled_type, e.acled_sub,
             CASE WHEN length(e.date) = 10 THEN date(e.date, '+' || k.n || ' days') ELSE e.date END,
             e.date_precision, e.lat + ((k.n * 37) % 400) / 100.0 - 2, e.lon + ((k.n * 53) % 400) / 100.0 - 2,
             e.country, e.place, e.actor, e.actor_code, e.recipient, e.recipient_code, e.dead, e.injured,
             e.trigger, e.sentence, e.confidence, e.json
      FROM events e, k WHERE e.id NOT LIKE '%~%';
      DELETE FROM events WHERE rowid IN (SELECT rowid FROM events WHERE id LIKE '%~%'
                                         ORDER BY rowid DESC LIMIT max(0, (SELECT count(*) FROM events) - $EVENTS));
      ANALYZE;" >/dev/null
fi
n_events=$(sqlite3 "$DB" 'SELECT count(*) FROM events')

"$B/depeche" serve --db "$DB" --port 0 --threads "$THREADS" >"$TMP/out" 2>"$TMP/err" &
PID=$!
URL=
for _ in $(seq 100); do
    URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$TMP/out" 2>/dev/null || true)
    [ -n "$URL" ] && break
    sleep 0.1
done
[ -n "$URL" ] || { echo "load: the server did not start" >&2; cat "$TMP/err" >&2; exit 2; }
doc=$(sqlite3 "$DB" "SELECT id FROM documents ORDER BY id LIMIT 1")

# one call of each kind, timed alone first
echo "load: $n_events events, server $URL, $THREADS worker threads"
for p in "/api/events?limit=50" "/api/events?type=ASSAULT&q=frappes&limit=50&offset=100" "/api/stats" \
         "/api/clusters?zoom=2" "/api/clusters?zoom=6&bbox=30,25,50,40" "/api/documents/$doc" \
         "/api/export?format=csv"; do
    curl -s -o /dev/null -w "load:   %{http_code} %{time_total}s %{size_download} bytes  $p\n" "$URL$p"
done

cat >"$TMP/mix.lua" <<LUA
local paths = { "/api/events?limit=50", "/api/events?type=ASSAULT,PROTEST&limit=50&offset=50",
  "/api/stats", "/api/clusters?zoom=3", "/api/clusters?zoom=7&bbox=40,30,46,37", "/api/events?q=bataille&limit=20",
  "/api/documents/$doc", "/", "/app.js", "/style.css" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
echo "load: wrk -t2 -c$CONNS -d${SECS}s, a mix of 10 paths (API and page files)"
wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s "$TMP/mix.lua" "$URL" >"$TMP/wrk" 2>&1 || true
sed 's/^/load:   /' "$TMP/wrk"
rss=$(awk '/VmHWM/ {print $2, $3}' "/proc/$PID/status")
kill -TERM "$PID"; wait "$PID" || true; PID=
rps=$(awk '/Requests\/sec/ {print $2}' "$TMP/wrk")
total=$(awk '/requests in/ {print $1}' "$TMP/wrk")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$TMP/wrk"); non2xx=${non2xx:-0}
sockerr=$(awk '/Socket errors/ {gsub(/[^0-9 ]/, " "); s = 0; for (i = 1; i <= NF; i++) s += $i; print s}' "$TMP/wrk")
sockerr=${sockerr:-0}
echo "load: $n_events events: ${rps:-?} requests/s ($total in ${SECS}s), errors: $non2xx non-2xx + $sockerr socket, server peak RSS $rss"
[ "$non2xx" = 0 ] && [ "$sockerr" = 0 ] && [ -n "$rps" ]
