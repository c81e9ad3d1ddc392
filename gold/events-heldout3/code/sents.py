"""Sentence splitter of the shared guideline (section 6) and text loader; `python3 sents.py DOC...` prints numbered sentences."""
import gzip,json,os,re
TEXTS=os.environ.get('WINER_DEV','/work/shared/data/winer-fr/winer_fr_dev.jsonl.gz')
DOCS={}
def load():
    if not DOCS:
        for l in gzip.open(TEXTS,'rt'):
            d=json.loads(l); DOCS[d['id']]=d
    return DOCS
ABBR={'M','Me','Mme','MM','St','Dr','v','etc','av','J.-C','No','n'}
def split(text):
    out=[]; 
    # split into lines first
    pos=0
    for line in text.split('\n'):
        s=pos; e=pos+len(line); pos=e+1
        if not line.strip(): continue
        # dateline: "... . –" at start
        m=re.match(r'^(.*?\d{4}[^.]{0,20}\s*\.\s*–)\s*',line)
        start=s
        if m and len(m.group(1))<60:
            out.append((s,s+len(m.group(1)))); start=s+m.end()
        i=start
        segstart=start
        while i<e:
            c=text[i]
            if c in '.!?':
                j=i+1
                while j<e and text[j] in '.!?»"”)': j+=1
                if j<e and text[j]==' ':
                    k=j
                    while k<e and text[k]==' ': k+=1
                    if k<e and (text[k].isupper() or text[k] in '«"“0123456789'):
                        w=re.search(r'(\S+)$',text[segstart:i])
                        word=w.group(1) if w else ''
                        if c=='.' and (word in ABBR or (len(word)==1 and word.isupper())):
                            i+=1; continue
                        out.append((segstart,j)); segstart=k; i=k; continue
            i+=1
        if segstart<e:
            ee=e
            while ee>segstart and text[ee-1]==' ': ee-=1
            out.append((segstart,ee))
    return out
if __name__=='__main__':
    import sys
    D=load()
    for did in sys.argv[1:]:
        d=D[did]; t=d['text']
        print('=====',did,d['date'],d['title'])
        for n,(a,b) in enumerate(split(t)):
            print(f'[{n}] ({a}-{b}) {t[a:b]}')
