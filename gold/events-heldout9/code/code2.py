"""The ninth held-out set's second part: 7 articles in no coded set, coded blind by a second annotator
(28 Nov. 2026, twenty-second session) from the texts and the guideline only. Imported by code1.py, which
writes ../events_dev.jsonl (`python3 code1.py`); same R/A/L conventions as code1.py's docstring:
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th
occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- Gilets jaunes live blog, Tuesday 18 Dec. 2018
d='2018_12_18-001'
GJ=('les Gilets jaunes','FRA','CVL')
R(d,'PROTEST',['obstruct'],'14',PEACE,'journée des « gilets jaunes »',4,actor=[A('gilets jaunes',4,'FRA','CVL')],
  loc=L('France',12,46.60,2.40,'FRA'),date='2018-12-18',
  note="the national Gilets jaunes day of the live blog, Tuesday 18 Dec. 2018 (shared convention 4 and the earlier sets' blogs: one national record plus one record per named place); located at France, named for the day's roundabouts in sent. 12 ('plusieurs ronds-points en France'; the third, fourth and eighth sets' blogs, whose texts name no France, have null); the '60 actions des Gilets jaunes' near the motorways (sent. 49) and the motorways 'filtrées ou coupées' (sent. 50, no party said) folded in; obstruct as the earlier national records (roundabouts, barriers, a depot). The days of 17 Dec. and 17/18 Nov. (same sentence) and the earlier 'opérations barrières levées' / 'péage gratuit' (sent. 25, 33) are bare mentions: not coded")
R(d,'ASSAULT',['beat'],'18',None,'a frappé',5,actor=[A('une personne extérieure au mouvement',5,None,'UNK')],recip=[A('un Gilet jaune',5,'FRA','CVL')],
  loc=L('Limay',5,49.00,1.74,'FRA'),date='2018-12-17',inj=1,
  note="'Dans la nuit de lundi à mardi' at Limay (Yvelines) a person from outside the movement struck a Gilet jaune, taken to hospital 'dans un état d'urgence absolue': ASSAULT/beat/18, injured 1; nights dated by their first day (Monday 17 Dec.; the fifth and sixth sets' nights); the hospital at Créteil is where he was taken, not the place of the act; an unidentified individual: UNK, country null; motive not told, one person against one protester: ACLED null as ordinary crime (unsure: Violence against civilians/Attack if read as political violence against a protester)")
R(d,'ASSAULT',[],'18',None,'a été également agressée',6,actor=[A('un individu',6,None,'UNK')],recip=[A('Une journaliste de france3',6,'FRA','MED')],
  loc=L('Limay',5,49.00,1.74,'FRA'),date='2018-12-17',
  note="a France 3 journalist 'également' assaulted by an individual who fled, unknown to the Gilets jaunes there (who helped her, sent. 7: first aid, not coded): ASSAULT/18, no mode (how is not told; the seen sets' bare 'agression' records); a separate act from #2 (another attacker, 'un individu', and another victim); place and date from sent. 5, which 'également' continues (unsure: the blog day 18 Dec. would be the other reading, the sentence itself has no time); no injury stated; ACLED null (individual, motive unknown)")
R(d,'PROTEST',['demo'],'14',PEACE,'présents sur place',6,actor=[A('les Gilets jaunes',6,'FRA','CVL')],
  loc=L('Limay',5,49.00,1.74,'FRA'),date='2018-12-18',
  note="the Gilets jaunes' camp at Limay, told through 'les Gilets jaunes présents sur place', 'leurs installations' and the toilets just set up (sent. 8-9): a continuing protest at a named place (the fourth set's 'sont toujours présents'); no blockade or roundabout named: demo; dated by the blog day (the camp stood until the afternoon of the 18th, #5; unsure: 17 Dec. from the night of sent. 5); the attack on one of them (#2) is by a private person, not an intervention, and the police arrived after they had left: Peaceful protest. Unsure: an implied camp could be left uncoded")
R(d,'RETREAT',['withdraw'],'08',None,'ont démantelé eux-même leurs installations',8,actor=[A('les Gilets jaunes',8,'FRA','CVL')],recip=[A('policiers',8,'FRA','GOV')],
  loc=L('Limay',5,49.00,1.74,'FRA'),date='2018-12-18',
  note="'Dans l'après-midi' (blog day) the Limay Gilets jaunes dismantle their camp themselves before the police arrive: a withdrawal under pressure (RETREAT/withdraw, guideline 4 'se retirer'), the police they yield to as recipient; place from sent. 5 (the paragraph's town). The police's arrival ('avant l'arrivée des policiers') is only a time reference, no act against anyone told: not coded")
R(d,'ASSAULT',['destroy'],'17',None,'ont été incendiées',10,actor=[],
  loc=L('Bandol',10,43.14,5.75,'FRA'),date='2018-12-17',
  note="'Dans la nuit de lundi à mardi' (Monday 17 Dec.) two or three booths of the Bandol toll barrier on the A50 set on fire: arson, ASSAULT/destroy/17 (the seen sets' speed-camera and workshop arsons); no author named (the 17 people in custody, #7, are not said to be the arsonists): actor []; booths are things: recipient []; ACLED null as the earlier blogs' vandalism")
R(d,'COERCE',['arrest'],'17',None,'ont été mises en garde à vue',10,actor=[],recip=[A('dix-sept personnes',10,'FRA','CVL')],
  loc=L('Bandol',10,43.14,5.75,'FRA'),date='2018-12-17',arr=17,
  note="seventeen people placed in police custody, in the same sentence and night as the Bandol arson (#6): COERCE/arrest, arrested 17; no agent named: actor []; who they are is not told (CVL, FRA as the first held-out set's '81 personnes' of a Gilets jaunes day); place and night of the sentence (unsure: the custody may have come later that night or on the 18th); not said to be protesters and no PROTEST record at Bandol: ACLED null (unsure: Strategic developments/Arrests if read as arrests of protesters)")
R(d,'ASSAULT',['destroy'],'17',None,'a été incendié',11,actor=[],
  loc=L('Pinas',11,43.11,0.44,'FRA'),date='2018-12-18',
  note="'Vers 5h20' (blog day) a speed camera set on fire at Pinas (Hautes-Pyrénées): vandalism ASSAULT/destroy/17, no author: actor [], a camera is a thing: recipient [], ACLED null (the fifth and sixth sets' speed cameras); Pinas is not in GeoNames cities500: approximate coordinates, east of Lannemezan")
for town,lat,lon,extra in (('Mâcon',46.31,4.83,"Sent. 12 ('Cette journée de mardi a été marquée par l'expulsion des Gilets jaunes de plusieurs ronds-points en France') heads the list of evictions that follows and is not a record of its own (the named evictions are)."),
                           ('Montchanin',46.75,4.47,''),('Dracy-Saint-Loup',47.02,4.34,''),('Montceau-les-Mines',46.67,4.37,'')):
    R(d,'COERCE',[],'17',PINT,'ont été détruits',13,actor=[],recip=[A('Gilets jaunes',13,'FRA','CVL')],
      loc=L(town,13,lat,lon,'FRA'),date='2018-12-17',
      note=f"'Dans la nuit de lundi à mardi' (Monday 17 Dec.) Gilets jaunes huts destroyed in Saône-et-Loire 'notamment à Mâcon, Montchanin, Dracy-Saint-Loup et Montceau-les-Mines': one record per named town (convention 4), this one {town}; the sentence comes first in the paragraph on the day's evictions (sent. 12), so read as the clearing of the camps by the authorities: COERCE/17 with no mode like the day's other evictions (unsure: COERCE/seize, 'détruire une installation illégale', or ASSAULT/destroy by unknown people would be the other readings); the passive names no agent: actor []; the huts' owners, the Gilets jaunes, as recipient; the occupation is only implied, no PROTEST record: this record carries Protest with intervention (the fourth and eighth sets' clearances). {extra}".rstrip())
R(d,'COERCE',[],'17',PINT,'ont expulsé',14,actor=[A("les agents de l'ordre",14,'FRA','GOV')],recip=[A('les Gilets jaunes',14,'FRA','CVL')],
  loc=L('Honfleur',14,49.42,0.23,'FRA'),date='2018-12-18',
  note="'Vers 6h' (blog day) the police evict the Gilets jaunes from the Saint-Sauveur roundabout at Honfleur (the text's 'Haute-Normandie': Honfleur is in Calvados): COERCE/17, no mode (the earlier blogs' 'ont expulsé'); their hut destroyed (sent. 15) folded in; the occupation it ends is only implied, no PROTEST record for it: this record carries Protest with intervention (their return, #14, is another protest, not stopped)")
R(d,'PROTEST',['demo'],'14',PEACE,'revenu sur les lieux',15,actor=[A('les Gilets jaunes',15,'FRA','CVL')],
  loc=L('Honfleur',14,49.42,0.23,'FRA'),date='2018-12-18',
  note="the evicted Gilets jaunes came back and rebuilt a hut 'à midi': a renewed protest at the roundabout (the eighth set's Argœuves return), place from sent. 14, blog day; no blockade told: demo; no action against the return told: Peaceful protest")
R(d,'COERCE',[],'17',PINT,'ont expulsé',16,actor=[A("les agents de l'ordre",16,'FRA','GOV')],recip=[A('les Gilets jaunes',16,'FRA','CVL')],
  loc=L('Saint-Etienne-du-Rouvray',16,49.38,1.10,'FRA'),date='2018-12-18',
  note="the police evict the Gilets jaunes from the 'rond-point des Vaches' at Saint-Étienne-du-Rouvray: COERCE/17, blog day (no time given); the earlier 'plusieurs évacuations' are aggregate: not coded; implied occupation, no PROTEST record: Protest with intervention here")
R(d,'COERCE',[],'17',PINT,'ont également été évacués',17,actor=[A("les agents de l'ordre",16,'FRA','GOV')],recip=[A('les Gilets jaunes',16,'FRA','CVL')],
  loc=L('rond-point du Zénith',17,49.40,1.05,'FRA'),date='2018-12-18',
  note="'Le rond-point du Zénith et de la Motte' also cleared (the Rouen area of sent. 16): one record (the singular 'Le rond-point' may name one site; unsure: two records, Zénith and la Motte, would be the other reading); 'également' makes it the same police's act: actor and recipient the nearest explicit noun phrases (sent. 16); the Zénith of Rouen is at Le Grand-Quevilly: its coordinates (approximate; la Motte not located); blog day; Protest with intervention as #15")
for i,(town,lat,lon) in enumerate((('Lannion',48.73,-3.46),('Quévert',48.46,-2.09),('Guingamp',48.56,-3.15),('Saint-Brieuc',48.52,-2.77))):
    R(d,'COERCE',[],'17',PINT,'ont expulsé',18,actor=[A("les agents de l'ordre",18,'FRA','GOV')],recip=[A('les Gilets jaunes',18,'FRA','CVL')],
      loc=L(town,18,lat,lon,'FRA'),date='2018-12-18',
      note=f"the police evict the Gilets jaunes in the Côtes-d'Armor at Lannion, Quévert, Guingamp and Saint-Brieuc: one record per named town (convention 4), this one {town}; blog day; implied occupation, no PROTEST record: Protest with intervention here"
           +(". The canteen hut and wooden dormitory destroyed (sent. 19, no town given) are folded into these evictions" if i==0 else ''))
for town,si,lat,lon,extra in (('Quimper',20,48.00,-4.10,''),('Gironde',20,44.85,-0.55," (a department with three unnamed roundabouts: one record, centre of the Gironde, approximate)"),('Calais',20,50.95,1.86," (three main blockades: one record for the town)")):
    R(d,'COERCE',[],'17',PINT,'ont expulsé',si,actor=[A("Les agents de l'ordre",20,'FRA','GOV')],recip=[A('les Gilets jaunes',20,'FRA','CVL')],
      loc=L(town,si,lat,lon,'FRA'),date='2018-12-18',
      note=f"the police evict the Gilets jaunes at Quimper, from three roundabouts in the Gironde and from three main blockades at Calais: one record per named place (convention 4), this one {town}{extra}; blog day; implied occupation, no PROTEST record: Protest with intervention here")
R(d,'REQUEST',['change'],'02',None,'doit « mettre tout sur la table',22,actor=[A('Benjamin Cauchy',22,'FRA','CVL')],recip=[A('le gouvernement',22,'FRA','GOV')],
  date='2018-12-18',
  note="'Vers 7h40' (blog day) the spokesman of the 'Gilets jaunes libres' holds that the national consultation promised by the government 'doit' put everything on the table, migration included: a demand on the government about its consultation (REQUEST/change/02; the fourth set's Berger opposing the same theme was REJECT); a movement's spokesman: CVL; no place (a broadcast). The consultation 'promise par le gouvernement' is a bare mention of an earlier promise: not coded")
R(d,'THREATEN',[],'13',None,'refusera de participer',23,actor=[A('Benjamin Cauchy',22,'FRA','CVL')],recip=[A('le gouvernement',22,'FRA','GOV')],
  date='2018-12-18',
  note="'Si ce thème était absent, il refusera de participer': a conditional refusal to take part, i.e. a threat of boycott (THREATEN/13, no mode, CAMEO 131 non-force threat), a second speech act beside the demand #24 (guideline 3); uttered: not future or hypothetical (guideline 10, a threat's content is future by nature); 'il' is a pronoun: actor the nearest explicit noun phrase (sent. 22), recipient the government of sent. 22 (unsure: REJECT with hypothetical would be the other reading)")
R(d,'ACCUSE',['disapprove'],'11',None,'a dit regretter',24,actor=[A('le sénateur LR Bruno Retailleau',24,'FRA','POL')],
  date='2018-12-18',
  note="'Vers 8h45' (blog day) on LCI the LR senator says he regrets that immigration is not a theme of its own in the great debate: criticism of the debate's scope (ACCUSE/disapprove/11; 'regretter' is CONCEDE only for one's own act, an apology); the government is not named in the sentence: recipient [] (the fourth set's Berger record); LCI is a channel, not a place: location null (unsure: a comment, not coded, would be the other reading)")
R(d,'PROTEST',['demo'],'14',PEACE,"a appelé à participer samedi à l' « Acte VI »",36,
  actor=[A('Benjamin Cauchy',36,'FRA','CVL'),A('Jacline Mouraud',36,'FRA','CVL'),A('Cédric Guémy',36,'FRA','CVL'),A('Cédric Delaire',36,'FRA','CVL')],
  date='2018-12-22',fut=True,
  note="'Vers 18h12' on LCI Cauchy calls for taking part on Saturday in 'Acte VI' with Jacline Mouraud, Cédric Guémy and Cédric Delaire: the call announces a planned protest, coded as that protest with future (the shared guideline's example 4, 'un appel à la grève pour le vendredi 30 mars 2018', one record); Saturday after Tuesday 18 Dec. = 22 Dec.; the four named figures as actors (the 'avec' reads as co-callers or fellow participants, on the protesters' side either way); no place named: null; Peaceful protest as the shared example's planned strike (no intervention can be known yet; the fifth set's planned acte VIII had null)")
R(d,'ACCUSE',['disapprove'],'11',None,'a dit mettre « en garde le gouvernement',43,actor=[A('David Assouline',43,'FRA','POL')],recip=[A('le gouvernement',43,'FRA','GOV')],
  date='2018-12-18',
  note="the PS senator warns the government against putting immigration up for debate in the municipalities and says 'Le gouvernement a joué avec le feu' (sent. 44): criticism aimed at the government, one record (the warning and the charge are one rebuke in one quote; unsure: two records under guideline 3); the exchange is of 'Vers 19h00' (sent. 41, blog day); the Senate is not named: location null. Not coded: Griveaux's answer (sent. 41-42, a statement on the debate, no target), the great debate 'lancé par Emmanuel Macron en réponse aux gilets jaunes' (sent. 41, a bare mention of an earlier launch), the commentators Barré and Gueniffey (sent. 37-40, analyses), the poll (sent. 21), the Insee forecast (sent. 34-35), the 141 dry stations (sent. 52, a tally); Sanef's and Vinci's decisions not to bill drivers who passed the tolls free (sent. 25, 33: business decisions toward their customers, no demand told; unsure: CONCEDE 'exempter' would be the other reading); the government's amendment for a 300-euro bonus to 111,000 police and gendarmes, Castaner's wish to pay their overtime debt, the prefecture staff's 200 euros, the security budget, posts, vehicles and body cameras (sent. 26-32: a bill amendment and the pay, budget and equipment of the state's own services, no party offered anything in the sense of AGREE; unsure: AGREE for Castaner's 'vouloir payer' aimed at the police would be the other reading)")
R(d,'CONSULT',[],'04',None,'la réunion',45,actor=[A('le député Mohamed Laqhila',45,'FRA','POL')],recip=[A('trois Gilets jaunes du péage de la Barque',45,'FRA','CVL')],
  loc=L('Puyricard',45,43.58,5.42,'FRA'),date='2018-12-18',
  note="the meeting at Puyricard (Bouches-du-Rhône) between the MoDem-LaREM deputy and three Gilets jaunes of the Barque toll on the A7: CONSULT/04, no mode (a meeting, not a visit abroad); the deputy as actor (party politician: POL); no time given: dated by the blog day (the earlier blogs' entries); Puyricard (a village of Aix-en-Provence) is not in GeoNames cities500: approximate coordinates north of Aix. Their toll-barrier protest is only implied: not coded")
R(d,'ACCUSE',['disapprove'],'11',None,'étaient tous des guignols',45,actor=[A('un des Gilet jaune',45,'FRA','CVL')],recip=[A('les députés',45,'FRA','GOV')],
  loc=L('Puyricard',45,43.58,5.42,'FRA'),date='2018-12-18',
  note="during the meeting one of the Gilets jaunes said that the deputies were all 'des guignols': an insult aimed at the deputies (ACCUSE/disapprove/11); the conditional 'aurait affirmé' reports it, not a speculation: not hypothetical; deputies as an institution: GOV (guideline 7, legislators as institutions); place and date as #29")
R(d,'REQUEST',[],'02',None,'leur demandait de sortir',46,actor=[A('Mohamed Laqhila',46,'FRA','POL')],recip=[A('trois Gilets jaunes du péage de la Barque',45,'FRA','CVL')],
  loc=L('Puyricard',45,43.58,5.42,'FRA'),date='2018-12-18',
  note="the deputy stood up and answered that 'le guignol' asked them to leave: a request aimed at the three Gilets jaunes (REQUEST/02, no mode of the four fits asking visitors out); 'leur' is a pronoun: recipient the nearest explicit noun phrase (sent. 45); his retort 'Les guignols, ils pouvaient aller les faire sur les ronds points' (sent. 47) folded in; sent. 48 ('C'est pas 10 000 guignols qui vont nous arrêter', speaker not told, a defiant remark) not coded; place and date as #29")
R(d,'COERCE',['restrict'],'17',None,'ont encore été partiellement ou complètement fermés',49,actor=[],
  date='2018-12-18',
  note="motorway interchanges closed 'sur décision préfectorale' near the Gilets jaunes' 60 actions: COERCE/restrict with actor [] (the prefects are named by no noun phrase; the third to eighth sets' blogs); the list that should follow the colon is not in the text: location null; blog day. The other motorways 'filtrées ou coupées' (sent. 50) are not coded: who filters or cuts them is not said (the third and fourth sets)")
R(d,'PROTEST',['obstruct'],'14',PEACE,'a été bloqué',51,actor=[A('Gilets jaunes',49,'FRA','CVL')],recip=[A('Le dépôt pétrolier de Fos-sur-Mer',51,'FRA','BUS')],
  loc=L('Fos-sur-Mer',51,43.44,4.94,'FRA'),date='2018-12-18',
  note="the Fos-sur-Mer fuel depot blocked (blog day): PROTEST/obstruct, the depot as recipient (the third set's depot records); the blockers are not named in the sentence: the nearest explicit noun phrase is the Gilets jaunes of sent. 49 (the third set's 'des Gilets jaunes' from the previous sentence); no intervention told: Peaceful protest")
# ---------------------------------------------------------------- Orlando: Christina Grimmie shot dead after a concert
d='2016_06_12-007'
R(d,'ASSAULT',['firearms'],'18',None,'a été assassinée',2,actor=[A('Kevin James Loibl',5,'USA','CVL')],recip=[A('Christina Grimmie',2,'USA','CVL')],
  loc=L('Plaza Live',4,28.55,-81.35,'USA'),date='2016-06-10',dead=1,
  note="the singer shot 'vendredi soir' (Friday 10 June 2016; the article is of Sunday 12) at the end of her concert at the Plaza Live in Orlando (sent. 4) by Kevin James Loibl, who fired at her while she signed autographs (sent. 5, the same act); sent. 2 (target and date, the lead) is the record's sentence, actor from sent. 5, place from sent. 4; she died in hospital hours later (sent. 6): dead 1 (the article gives no toll counting the attacker, who then shot himself: his suicide is not coded, guideline 2); a private individual with two handguns and a knife, motive unknown (sent. 3): CVL, country USA (from St. Petersburg, Florida), ordinary crime: ACLED null")
R(d,'ASSAULT',['beat'],'18',None,'avoir été maîtrisé',5,actor=[A('le frère de la chanteuse',5,'USA','CVL')],recip=[A('Kevin James Loibl',5,'USA','CVL')],
  loc=L('Plaza Live',4,28.55,-81.35,'USA'),date='2016-06-10',
  note="the singer's brother overpowered the gunman, preventing him from wounding others: force used against the attacker, a record of its own (guideline 3; the first held-out set's pétanque players who 'a immobilisé l'agresseur', ASSAULT/beat/18); same place and Friday evening as #1; ACLED null. Not coded: 'qualifié de « héros »' (praise with no named speaker), the many tributes on social media (sent. 7, commemoration), the manager's online fundraiser to help the family and his words (sent. 8-9: a private sympathy gesture; unsure: AID/economic would be the other reading), the unknown motive (sent. 3, a statement)")
# ---------------------------------------------------------------- coded, no event (listed in coded_docs.txt with 0)
# 2018_10_09-001 (Aigues-Mortes: a spectator killed by a bull that jumped the barrier at a bull run): an accident;
#   the visitors' earlier warnings to the couple (sent. 9, habitual, part of the accident's circumstances), the stopped
#   bull run (sent. 10, the organisers' measure), the maintained fête and the minute's silence (commemoration): not coded.
# 2016_03_30-003 (death of Jean-Pierre Coffe): a death from natural causes and tributes (commemoration): not coded.
# 2016_10_26-001 (a magnitude 6.1 earthquake in central Italy): a natural disaster and a damage forecast: not coded.
# 2017_03_08-001 (Biloxi: a goods train hits a bus, 4 dead and 40 injured): an accident; the police chief's remarks are
#   statements: not coded.
# 2018_03_11-001 (the Perito Moreno glacier's rupture): a natural phenomenon: not coded.
