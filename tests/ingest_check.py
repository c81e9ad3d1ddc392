#!/usr/bin/env python3
"""tests/ingest_check.py -- helpers of tests/run's ingest section.

  corpus SAMPLE.jsonl OUT.jsonl   the sample archive followed by edited copies of
                                  its articles (paragraphs re-ordered, agency
                                  boilerplate added, lead sentence dropped), ids
                                  copy-<kind>-<original id>
  mix SAMPLE.jsonl OUT.jsonl N    N new articles, each of paragraphs of three
                                  sample articles (not near-duplicates of one
                                  another): a larger corpus for the crash test
  dump DB                         a canonical dump of every table's rows (sorted,
                                  without the ingest time stamp and file name)
  dups DB                         checks each copy-*-X points at X (duplicate_of)
                                  and has no events; prints a one-line verdict
  csv FILE COLUMNS                checks the header (comma-separated names) and
                                  prints the number of data rows
  geojson FILE                    checks a FeatureCollection of Points; prints
                                  the number of features
  stories DB                      recomputes the stories table from the events
                                  and documents with the SQL that built it until
                                  829c8c0 (three GROUP BYs); prints the number of
                                  rows, of stories with several events, several
                                  articles, no stored article; fails on a
                                  difference (printed)
"""
import csv, json, re, sqlite3, sys


def corpus(src, out):
    recs = [json.loads(l) for l in open(src, encoding='utf-8') if l.strip()]
    with open(out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
        for k, r in enumerate(recs):
            ps = [p for p in re.split(r'\n\s*\n', r['text']) if p.strip()]
            kind = ('reorder', 'boiler', 'lead')[k % 3]
            if kind == 'reorder' and len(ps) >= 3:
                t = '\n\n'.join([ps[0]] + ps[:0:-1])
            elif kind == 'lead':
                first = re.split(r'(?<=\.)\s+', ps[0], maxsplit=1)
                t = '\n\n'.join(([first[1]] if len(first) > 1 else []) + ps[1:])
            else:
                kind = 'boiler'
                t = ('PARIS (AFP) - Dépêche reprise par la rédaction.\n\n' + r['text'] +
                     '\n\n© AFP. Tous droits de reproduction réservés. Abonnez-vous à notre lettre.')
            c = dict(r, id='copy-%s-%s' % (kind, r['id']), text=t, source='autre journal')
            f.write(json.dumps(c, ensure_ascii=False) + '\n')


def mix(src, out, n):
    import random
    rng = random.Random(1)
    recs = [json.loads(l) for l in open(src, encoding='utf-8') if l.strip()]
    with open(out, 'w', encoding='utf-8') as f:
        for k in range(int(n)):
            parts = rng.sample(recs, 3)
            ps = [p for r in parts for p in re.split(r'\n\s*\n', r['text']) if p.strip()]
            rng.shuffle(ps)
            r = dict(parts[0], id='mix-%05d' % k, text='\n\n'.join(ps[:4]))
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def dump(db):
    con = sqlite3.connect(db)
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"):
        cols = [c[1] for c in con.execute('PRAGMA table_info(%s)' % t)
                if c[1] not in ('ingested', 'file')]
        rows = con.execute('SELECT %s FROM %s' % (', '.join('"%s"' % c for c in cols), t)).fetchall()
        for row in sorted(rows, key=repr):
            print(t, '|'.join(r.hex() if isinstance(r, bytes) else repr(r) for r in row))


def dups(db):
    con = sqlite3.connect(db)
    bad = []
    n = 0
    orig = dict(con.execute("SELECT id, duplicate_of FROM documents WHERE id NOT LIKE 'copy-%'"))
    for i, d in con.execute("SELECT id, duplicate_of FROM documents WHERE id LIKE 'copy-%'"):
        n += 1
        want = i.split('-', 2)[2]
        if d not in (want, orig.get(want)):   # the original may be a duplicate itself
            bad.append('%s -> %s' % (i, d))
    wrong = con.execute("SELECT count(*) FROM documents WHERE id NOT LIKE 'copy-%'"
                        " AND duplicate_of IS NOT NULL AND duplicate_of NOT LIKE 'sample-%'").fetchone()[0]
    ev = con.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
                     " WHERE d.duplicate_of IS NOT NULL").fetchone()[0]
    print('copies %d, not linked to their original %d, events of duplicates %d, other links %d'
          % (n, len(bad), ev, wrong))
    for b in bad[:10]:
        print('  ' + b)
    return 0 if n and not bad and not ev else 1


def check_csv(path, cols):
    rows = list(csv.reader(open(path, encoding='utf-8', newline='')))
    if not rows or rows[0] != cols.split(','):
        print('header: %s' % (rows[0] if rows else None))
        return 1
    print(len(rows) - 1)
    return 0


def geojson(path):
    g = json.load(open(path, encoding='utf-8'))
    assert g['type'] == 'FeatureCollection'
    for f in g['features']:
        assert f['type'] == 'Feature' and f['geometry']['type'] == 'Point'
        lon, lat = f['geometry']['coordinates']
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    print(len(g['features']))
    return 0


# The stories table as ingest's SQL computed it before 829c8c0 (cli/ingest_story.c's
# S_EV_SQL with the events' own stories, then S_ROWS_SQL): min(id) is the one min()/max()
# of g, so g's other columns are those of the story's first event (SQLite's bare columns).
OLD_STORY_SQL = '''
CREATE TEMP TABLE story_ev AS SELECT e.story AS story, e.id, e.doc_id, e.date, e.event,
 e.country, e.place, e.lat, e.lon FROM events e NOT INDEXED WHERE e.story IS NOT NULL;
CREATE TEMP TABLE doc_arts AS WITH dd AS (SELECT DISTINCT doc_id FROM temp.story_ev ORDER BY doc_id)
 SELECT dd.doc_id AS doc, d.id, d.source FROM dd JOIN documents d ON d.id = dd.doc_id
 UNION ALL SELECT dd.doc_id, d.id, d.source FROM dd JOIN documents d ON d.duplicate_of = dd.doc_id;
CREATE INDEX temp.doc_arts_doc ON doc_arts(doc);'''
OLD_STORY_ROWS = '''
SELECT g.story, g.event, d.first, d.last, g.country, g.place, g.lat, g.lon, g.n, a.arts, a.srcs
 FROM (SELECT story, min(id) AS rep, event, country, place, lat, lon, count(*) AS n
       FROM temp.story_ev GROUP BY story) g
 JOIN (SELECT story, min(date) AS first, max(date) AS last FROM temp.story_ev GROUP BY story) d
  ON d.story = g.story
 LEFT JOIN (SELECT sd.story, count(DISTINCT a.id) AS arts, count(DISTINCT a.source) AS srcs
  FROM (SELECT DISTINCT story, doc_id FROM temp.story_ev) sd
  JOIN temp.doc_arts a ON a.doc = sd.doc_id GROUP BY sd.story) a ON a.story = g.story
 ORDER BY g.story'''


def stories(db):
    con = sqlite3.connect(db)
    con.executescript(OLD_STORY_SQL)
    old = con.execute(OLD_STORY_ROWS).fetchall()
    new = con.execute('SELECT id, event, first_date, last_date, country, place, lat, lon, events,'
                      ' articles, sources FROM stories ORDER BY id').fetchall()
    print('%d rows, %d of several events, %d of several articles, %d without a stored article'
          % (len(new), sum((r[8] or 0) > 1 for r in new), sum((r[9] or 0) > 1 for r in new),
             sum(r[9] is None for r in new)))
    if old == new:
        return 0
    print('  %d rows by the old SQL' % len(old))
    for a, b in zip(old, new):
        if a != b:
            print('  old %r\n  new %r' % (a, b))
            break
    return 1


cmd, args = sys.argv[1], sys.argv[2:]
sys.exit({'corpus': corpus, 'mix': mix, 'dump': dump, 'dups': dups, 'csv': check_csv,
          'geojson': geojson, 'stories': stories}[cmd](*args) or 0)
