"""The French TimeBank articles as a texts file for `depeche eval events --texts` and the gold tools
(`WINER_DEV=...`): one JSON object a line, gzip-compressed, {"id", "date", "title", "text"}, where
id is the <DOCID>, date the creation time (<DCT>'s TIMEX3 value), text everything inside <TEXT>...</TEXT>
with the tags taken out and character references decoded (what depeche's own TimeML reader,
cli/eval_timeml.c, gives as the document text), and title its first non-blank line.
Usage: python3 mktexts.py DATA_DIR OUT.jsonl.gz   (DATA_DIR: fr-timebank/Data)"""
import glob, gzip, json, os, sys
import xml.etree.ElementTree as ET


def doc(path):
    root = ET.parse(path).getroot()
    text = ''.join(root.find('TEXT').itertext())
    dct = root.find('DCT/TIMEX3').get('value')[:10]
    title = next((l.strip() for l in text.split('\n') if l.strip()), '')
    return {'id': root.findtext('DOCID').strip(), 'date': dct, 'title': title, 'text': text}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    files = sorted(glob.glob(os.path.join(sys.argv[1], '*.tml')))
    if not files:
        sys.exit('mktexts: no .tml file in %s' % sys.argv[1])
    with gzip.open(sys.argv[2], 'wt', encoding='utf-8') as out:
        for f in files:
            out.write(json.dumps(doc(f), ensure_ascii=False) + '\n')
    print('mktexts: %d documents -> %s' % (len(files), sys.argv[2]))


main()
