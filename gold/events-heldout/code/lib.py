"""R() builds one gold record from surface strings: each span is searched in the given sentence
(k-th occurrence with "text|k") and asserted text[start:end] == surface."""
import json,sys
from sents import load, split
D=load()
RECS=[]

# ACLED (event_type, sub_event_type) pairs the record files use
IED=("Explosions/Remote violence","Remote explosive/landmine/IED")
SUI=("Explosions/Remote violence","Suicide bomb")
AIR=("Explosions/Remote violence","Air/drone strike")
CHEM=("Explosions/Remote violence","Chemical weapon")
VAC=("Violence against civilians","Attack")
ABD=("Violence against civilians","Abduction/forced disappearance")
CLASH=("Battles","Armed clash")
NSA=("Battles","Non-state actor overtakes territory")
PEACE=("Protests","Peaceful protest")
PINT=("Protests","Protest with intervention")
VDEMO=("Riots","Violent demonstration")
MOB=("Riots","Mob violence")
ARR=("Strategic developments","Arrests")
OTHER=("Strategic developments","Other")

def write(code_file, by_doc=False):
    """Write RECS (in coding order, or sorted by document) to the events_dev.jsonl of the set
    whose code/ folder holds code_file, and print how many."""
    import os
    out=os.path.join(os.path.dirname(os.path.abspath(code_file)),'..','events_dev.jsonl')
    recs=sorted(RECS,key=lambda r:r['doc']) if by_doc else RECS
    with open(out,'w') as f:
        for r in recs: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    print(len(RECS))
def _find(doc, surf, si):
    t=D[doc]['text']; ss=split(t)
    k=1
    if '|' in surf: surf,k=surf.rsplit('|',1); k=int(k)
    a,b=ss[si]
    pos=a-1
    for _ in range(k):
        pos=t.find(surf,pos+1,b)
        assert pos>=0, (doc,surf,si,t[a:b])
    assert t[pos:pos+len(surf)]==surf
    return pos,pos+len(surf),surf
def A(surf,si=None,country=None,sector='UNK'):
    return (surf,si,country,sector)
def L(surf,si=None,lat=None,lon=None,cc=None):
    return (surf,si,lat,lon,cc)
def R(doc,ev,mode,cameo,acled,trig,ts,actor=(),recip=(),loc=None,date=None,dead=None,inj=None,arr=None,neg=False,fut=False,hyp=False,note=None):
    t=D[doc]['text']; ss=split(t)
    s,e,tx=_find(doc,trig,ts)
    def args(lst):
        out=[]
        for (surf,si,c,sec) in lst:
            a,b,x=_find(doc,surf,ts if si is None else si)
            out.append({"text":x,"start":a,"end":b,"country":c,"sector":sec})
        return out
    lo=None
    if loc:
        surf,si,lat,lon,cc=loc
        a,b,x=_find(doc,surf,ts if si is None else si)
        lo={"text":x,"start":a,"end":b,"lat":lat,"lon":lon,"country_code":cc}
    n=sum(1 for r in RECS if r['doc']==doc)+1
    rec={"id":f"{doc}#{n}","doc":doc,"event":ev,"mode":list(mode),"cameo_root":cameo,
         "acled":None if acled is None else {"event_type":acled[0],"sub_event_type":acled[1]},
         "trigger":{"start":s,"end":e,"text":tx},"sentence":{"start":ss[ts][0],"end":ss[ts][1]},
         "actor":args(actor),"recipient":args(recip),"location":lo,"date":date,
         "dead":dead,"injured":inj,"arrested":arr,"negated":neg,"future":fut,"hypothetical":hyp}
    if note: rec["note"]=note
    RECS.append(rec)
