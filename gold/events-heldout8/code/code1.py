"""The eighth held-out set's records (coded blind, 28 Nov. 2026, twenty-first session, by two annotators):
this file holds the first annotator's 6 articles and imports code2.py (the second annotator's 9);
`python3 code1.py` rewrites ../events_dev.jsonl with both.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- Grasse: shooting at the Tocqueville high school
d='2017_03_17-003'
R(d,'ASSAULT',['firearms'],'18',None,'Une fusillade',2,actor=[A('Le suspect',4,'FRA','CVL')],recip=[A('le proviseur',3,'FRA','EDU')],
  loc=L('lycée Alexis de Tocqueville',2,43.66,6.93,'FRA'),date='2017-03-16',inj=8,
  note="the shooting 'hier' (Thursday 16 March) in the Tocqueville high school at Grasse by a 16- or 17-year-old pupil (sent. 4, 12): sent. 2 carries place and date, sent. 12 actor and target (tie: the earlier sentence); 'huit blessés, dont le proviseur' (sent. 3; sent. 14-15 detail them): injured 8, no death; the headmaster, shot at (sent. 12), as recipient; terrorism ruled out by the prosecutor (sent. 9-10): ordinary crime, ACLED null (unsure: 'mass-casualty' could give Attack)")
R(d,'COERCE',['arrest'],'17',None,'a été arrêté',4,actor=[],recip=[A('Le suspect',4,'FRA','CVL')],
  date='2017-03-16',arr=1,
  note="the suspect arrested 'au bout de cinq minutes' (of the shooting, 16 March) and then placed in police custody for attempted murders (sent. 5): one COERCE/arrest record (guideline: arrest and custody one record); no agent named: actor []; no place named for the arrest; ACLED null (an ordinary suspect). The parents' questioning (sent. 5) is part of the investigation, #10")
R(d,'COERCE',['restrict'],'17',None,'a été évacué et fouillé',6,actor=[],
  loc=L('lycée Alexis de Tocqueville',2,43.66,6.93,'FRA'),
  note="the school evacuated and searched: one COERCE/restrict record (the sixth set's station evacuation; 'fouilles', guideline 4; the two acts on the one building in one clause kept as one); no agent named; place from sent. 2; no temporal expression: date null")
R(d,'MOBILIZE',['police'],'15',None,'a été mobilisée',7,actor=[A("L'antenne de Nice du Raid",7,'FRA','GOV')],
  loc=L('Grasse',2,43.66,6.93,'FRA'),
  note="the Nice branch of the RAID police unit mobilised (to Grasse, sent. 2): MOBILIZE/police; undated")
R(d,'MOBILIZE',['police'],'15',None,"L'alerte attentat a été déclenchée",9,actor=[],
  note="the 'alerte attentat' (the Vigipirate plan's top level) triggered: an increased police alert status (CAMEO 151; the fourth set's raised alert level MOBILIZE/police); no authority named: actor []; its area is not said: location null; undated. The terrorist lead ruled out (same sentence, sent. 10) and the prefect's reassurance (sent. 8) are statements: not coded")
R(d,'COERCE',['restrict'],'17',None,'ont été confinés',24,actor=[],recip=[A('tous les élèves des écoles, collèges et lycées de la ville',24,'FRA','CVL')],
  loc=L('Grasse',2,43.66,6.93,'FRA'),
  note="all pupils of the town's schools confined (lockdown): COERCE/restrict, no agent named; 'la ville' is Grasse (sent. 2); undated. The victim support service activated (same sentence) and the crisis cell set up (sent. 26) are emergency organisation: not coded")
R(d,'REQUEST',[],'02',None,'demandé aux riverains de rester chez eux',25,actor=[A('La sécurité civile du département',25,'FRA','GOV')],recip=[A('riverains',25,'FRA','CVL')],
  note="civil protection asked residents to stay at home (and called for caution, folded in): REQUEST/02, mode [] (the shared gold's 'demande aux habitants de rester cloîtrés chez eux'); undated; no place named but the department")
R(d,'ASSAULT',['explosives'],'18',IED,"l' explosion d'une enveloppe piégée",27,actor=[],recip=[A('FMI',27,None,'IGO')],
  loc=L('siège du FMI',27,48.87,2.29,'FRA'),
  note="a letter bomb exploded at the IMF's office in Paris: a past event told with its place (convention 11), told in passing as the cause of the reactions; no perpetrator named: actor []; the IMF as target institution (IGO); no toll or date given: null; Explosions/Remote violence, Remote explosive/IED. Not coded in this sentence: Cazeneuve cutting short a visit to the Somme and the ministers' trips to Grasse (sent. 28: visits without a host, the sixth set's precedent), Hollande's remark on the state of emergency (a statement)")
R(d,'SUPPORT',[],'05',None,"qualifie d' « héroïque »",31,actor=[A('Vallaud-Belkacem',29,'FRA','GOV')],recip=[A('le proviseur',30,'FRA','EDU')],
  note="the Education minister praises the headmaster's attempt to reason with the attacker as 'héroïque': praise aimed at a person (SUPPORT/05, the fourth set's 'a salué'); 'elle' is a pronoun: actor the nearest explicit noun phrase (sent. 29); undated. Her other remarks (sent. 29-33) are statements: not coded")
R(d,'ACCUSE',['investigate'],'09',None,'Les investigations qui sont en cours',34,actor=[],recip=[A("l'agresseur",34,'FRA','CVL')],
  note="the investigations under way into possible accomplices and motives: ACCUSE/investigate with actor [] (the investigators are not named as a body; 'les enquêteurs' who heard his parents, sent. 5, folded in); the attacker as recipient; undated")
R(d,'REQUEST',[],'02',None,'a demandé',35,actor=[A('Éric Ciotti',35,'FRA','POL')],recip=[A("la ministre de l'Éducation",35,'FRA','GOV')],
  note="the LR deputy asks the Education minister that the headmaster be given the Légion d'honneur: REQUEST/02 (asking for an honour, no mode of the four fits); undated")
# ---------------------------------------------------------------- Gilets jaunes, Friday 28 Dec. 2018 (live blog)
d='2018_12_28-001'
R(d,'PROTEST',['obstruct'],'14',PEACE,'journée des « Gilets jaunes »',4,actor=[A('Gilets jaunes',4,'FRA','CVL')],
  date='2018-12-28',
  note="the national Gilets jaunes day of the live blog, Friday 28 Dec. 2018 (convention 4 and the earlier sets' blogs: one national record plus one record per named place); the text never names France: location null (the third and fourth sets' blogs); the motorway actions (sent. 22) folded in. The days of 27 Dec. and 17 Nov. (same sentence) are bare mentions: not coded")
R(d,'COERCE',[],'17',None,'ont expulsé',9,actor=[A('les gendarmes',9,'FRA','GOV')],recip=[A('les Gilets jaunes',9,'FRA','CVL')],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="'Dans la matinée' the gendarmes evict the Gilets jaunes of the A16 roundabout at Argœuves (sent. 8): forced eviction, COERCE/17 with no mode (the fifth set's 'ont expulsé'); blog day; ACLED on the PROTEST record #3. The night fire that destroyed their hut (sent. 8) is not coded: no author or intent is told (it could be an accident); the speed cameras out of order in Loir-et-Cher and Sarthe (sent. 6) are department totals and sent. 7 a statistic: not coded")
R(d,'PROTEST',['demo'],'14',PINT,'sont revenu',9,actor=[A('les Gilets jaunes',9,'FRA','CVL')],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="the evicted Gilets jaunes came back in the afternoon to light a fire: their protest at the roundabout, ended by two interventions (#2, #4): Protest with intervention; blog day")
R(d,'COERCE',[],'17',None,'sont intervenus',9,actor=[A("les agents de l'ordre",9,'FRA','GOV')],recip=[A('les Gilets jaunes',9,'FRA','CVL')],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="the afternoon intervention of the police (with the firemen, who are not a coercing party) against the returned protesters: a second police action, another time (guideline 3); ACLED on #3")
R(d,'ASSAULT',['destroy'],'17',None,'quelques dégâts matériels ont été commis',9,actor=[],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="damage done to the intervention vehicles during the intervention: vandalism, ASSAULT/destroy/17; the passive names no author: actor []; vehicles are things: recipient []; ACLED null as the earlier sets' vandalism (the protest's label is on #3)")
R(d,'PROTEST',['demo'],'14',PEACE,'se sont massés',10,actor=[A('une soixantaine de Gilets jaunes',10,'FRA','CVL')],recip=[A('la raffinerie',10,'FRA','BUS')],
  loc=L('Feyzin',10,45.67,4.86,'FRA'),date='2018-12-28',
  note="some sixty Gilets jaunes gathered 'Vers 8h00' at the gates of the Feyzin refinery until the gathering ended about 12:30 (blog day); the refinery as recipient (the earlier blogs' depots and shops); no blockade stated: demo; police vans sent (#7) but no act against the gathering is told: Peaceful protest (unsure: Protest with intervention if the end is read as the police's doing)")
R(d,'MOBILIZE',['police'],'15',None,'ont été dépêchés',10,actor=[A('7 fourgons de police',10,'FRA','GOV')],
  loc=L('Feyzin',10,45.67,4.86,'FRA'),date='2018-12-28',
  note="seven police vans dispatched to the refinery: MOBILIZE/police (the first set's 'ont été dépêchés'); the vans stand for the police units: actor span; blog day")
R(d,'PROTEST',['demo'],'14',PEACE,'ont déménagé',11,actor=[A('une trentaine de Gilets jaunes',11,'FRA','CVL')],
  loc=L('Saint-Vaury',11,46.20,1.76,'FRA'),date='2018-12-28',
  note="some thirty Gilets jaunes moved their camp to a private plot below the former roundabout camp at Saint-Vaury: their camp goes on (a continuing protest, as the earlier blogs' 'occupent toujours'); no blockade: demo; blog day. Unsure: the move could be left uncoded (no act against a party)")
R(d,'PROTEST',['obstruct'],'14',PINT,'se sont installés',12,actor=[A("une quinzaine de Gilets jaunes",12,'FRA','CVL')],
  loc=L('Fouqueville',12,49.20,0.97,'FRA'),date='2018-12-28',
  note="'En début de matinée' some fifteen Gilets jaunes occupy the roundabout at Fouqueville (Eure): occupation, obstruct (the fifth set's 'occupaient'); evicted late morning (#10): Protest with intervention; Fouqueville is not in GeoNames cities500: approximate coordinates between Le Neubourg and Elbeuf")
R(d,'COERCE',[],'17',None,"l’ordre d'expulsion préfectoral",13,actor=[A('les gendarmes',13,'FRA','GOV')],recip=[A('les Gilets jaunes',13,'FRA','CVL')],
  loc=L('Fouqueville',12,49.20,0.97,'FRA'),date='2018-12-28',
  note="'En fin de matinée' the gendarmes serve the prefect's eviction order and the protesters leave with their gear: one eviction record (COERCE/17, no mode; their leaving is compliance, folded in); place from sent. 12; ACLED on #9")
R(d,'COERCE',[],'17',PINT,'a expulsé',14,actor=[A('la police',14,'FRA','GOV')],recip=[A('les Gilets Jaunes',14,'FRA','CVL')],
  loc=L('rond-point de L’Escapade',14,48.31,4.04,'FRA'),date='2018-12-28',
  note="'Ce matin' the police evict the Gilets jaunes from the L'Escapade roundabout between Sainte-Savine and La Chapelle-Saint-Luc (Aube) and dump their camp (folded in); the occupation is only implied ('leur campement'), no PROTEST record for it, so this record carries the Protest with intervention label (the fourth set's blog, shared guideline 5); coordinates between the two towns")
R(d,'PROTEST',['obstruct'],'14',PEACE,'une opération escargot',15,actor=[A('les Gilets Jaunes',15,'FRA','CVL')],
  loc=L('rond-point de L’Escapade',14,48.31,4.04,'FRA'),date='2018-12-28',
  note="'Dans l'après-midi' the same Gilets jaunes run a go-slow operation (traffic obstruction); place of the paragraph (sent. 14); blog day. The traffic tickets written during it (for horn use) are not coded (administrative fines, no guideline row) and not read as an intervention: Peaceful protest")
R(d,'PROTEST',['demo'],'14',PINT,'sont partis',16,actor=[A('une cinquantaine de Gilets jaunes',16,'FRA','CVL')],
  loc=L('Brégançon',16,43.09,6.32,'FRA'),date='2018-12-28',
  note="'Vers 13h00' some fifty Gilets jaunes march from Manjastre towards the presidential fort of Brégançon, escorted by the gendarmes and the municipal police, stopped before 15:00 (#14): a march, Protest with intervention; located at Brégançon (the fort, its goal and the entry's place; Manjastre is not in GeoNames)")
R(d,'COERCE',['restrict'],'17',None,'étaient stoppés',16,actor=[A('les gendarmes',16,'FRA','GOV'),A('la police municipale',16,'FRA','GOV')],recip=[A('une cinquantaine de Gilets jaunes',16,'FRA','CVL')],
  loc=L('Bormes-les-Mimosas',16,43.15,6.34,'FRA'),date='2018-12-28',
  note="the marchers stopped at Bormes-les-Mimosas shortly before 15:00 and kept to the public beach below the fort: COERCE/restrict (the sixth set's marchers stopped short of the Élysée); the passive names no agent but the sentence says the march was escorted by the gendarmes and the municipal police: they are the actors (unsure: [] as the sixth set's record, whose sentence named no force); ACLED on #13")
R(d,'PROTEST',['obstruct'],'14',PINT,'ont bloqué',17,actor=[A('les Gilets jaunes',17,'FRA','CVL')],recip=[A("l'entreprise Amazon",17,'USA','BUS')],
  loc=L('Lux',17,46.76,4.86,'FRA'),date='2018-12-28',
  note="'Vers 18h00' the Gilets jaunes block the Amazon site at Lux (Saône-et-Loire) and keep the blockade until about 21:30 despite being gassed (sent. 18): Protest with intervention; the firm as recipient (the third set's 'le Leclerc de Morières-lès-Avignon'); GeoNames cities500 has only the Côte-d'Or Lux: approximate coordinates of the Saône-et-Loire village south of Chalon. Some leaving for the Chalon-Sud toll (sent. 18) is not told as an action: not coded")
R(d,'COERCE',[],'17',None,'ont gazé',18,actor=[A('les gendarmes',18,'FRA','GOV')],recip=[A('les Gilets jaunes',18,'FRA','CVL')],
  loc=L('Lux',17,46.76,4.86,'FRA'),date='2018-12-28',
  note="'Vers 19h00' the gendarmes use tear gas on the blockaders: COERCE/17 without live fire or injuries (guideline 4); ACLED on #15")
R(d,'COERCE',[],'17',PINT,'sont intervenus',19,actor=[A('les gendarmes',19,'FRA','GOV')],recip=[A('Gilets jaunes du rond-point de Charleville',19,'FRA','CVL')],
  loc=L('Hirson',19,49.92,4.08,'FRA'),date='2018-12-28',inj=3,
  note="'Vers 18h00' the gendarmes intervene against the Gilets jaunes of the Charleville roundabout at Hirson (the text's 'Aine' is the Aisne); three gendarmes injured (sent. 21; how is not told, no assault record): injured 3 on this record; the occupation is only implied: no PROTEST record, so this record carries Protest with intervention (as #11)")
R(d,'COERCE',['arrest'],'17',None,'a été interpellé',20,actor=[A('les gendarmes',19,'FRA','GOV')],recip=[A('Un Gilet jaune',20,'FRA','CVL')],
  loc=L('Hirson',19,49.92,4.08,'FRA'),date='2018-12-28',arr=1,
  note="a Gilet jaune arrested during the intervention: COERCE/arrest, arrested 1; the gendarmes of sent. 19 as actor (the arrest is part of their stated intervention); ACLED on #17")
R(d,'RETREAT',['release'],'08',None,'relâché',20,actor=[],recip=[A('Un Gilet jaune',20,'FRA','CVL')],
  loc=L('Hirson',19,49.92,4.08,'FRA'),date='2018-12-28',
  note="then released, his health being incompatible with police custody: authorities letting a person go, RETREAT/release (convention 8; the fifth set's 'a finalement été relâché'); no agent named for the release: actor []; blog day")
R(d,'COERCE',['restrict'],'17',None,'ont encore été partiellement ou complètement fermés',23,actor=[],
  date='2018-12-28',
  note="three motorway interchanges closed 'Sur décision préfectorale' near the protesters' actions: COERCE/restrict with actor [] (the third to sixth sets' blogs); the list that should follow the colon is not in the text: location null; blog day")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Thuin',24,50.34,4.29,'BEL'),date='2018-12-28',
  note="actions in Belgium (Hainaut): one record per named place (convention 4; the third set's blockades in the Gard, one record each), this one the Thuin business park; the sentence names no party (the Belgian protesters are named nowhere): actor []; their form is not told: mode []; blog day")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Jeumont',24,50.31,4.11,'BEL'),date='2018-12-28',
  note="the N54 at the Jeumont border post: on the Belgian side per the sentence ('En Belgique'): BEL, coordinates of the crossing (Erquelinnes); same trigger as #21")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Courcelles',24,50.46,4.37,'BEL'),date='2018-12-28',
  note="the roundabout of the Courcelles business park; same trigger as #21")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Couillet',24,50.39,4.46,'BEL'),date='2018-12-28',
  note="the N5 at Couillet; same trigger as #21")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Houdeng',24,50.49,4.18,'BEL'),date='2018-12-28',
  note="the E16 (E19/E42) at the Houdeng motorway station (Houdeng-Goegnies); same trigger as #21")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import code2   # noqa: E402,F401  the second annotator's 9 articles (they add to the same RECS)
write(__file__, by_doc=True)
