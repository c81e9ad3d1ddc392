"""The third held-out set's records (coded blind, 27 Nov. 2026); `python3 code1.py` rewrites ../events_dev.jsonl.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- justice, Quebec
d='2016_01_06-001'
R(d,'ASSAULT',[],'18',None,"le meurtre",2,
  actor=[A("Guy Turcotte",2,'CAN','CVL')],recip=[A("ses deux enfants",2,'CAN','CVL')],
  date=None,dead=2,
  note='past murder described in passing with its actor and toll (shared convention 11); ordinary crime: acled null; no date or place given for it')
R(d,'SANCTION',['convict'],'11',None,"Condamné",2,
  actor=[A("la Cour supérieure du Québec",2,'CAN','JUD')],recip=[A("Guy Turcotte",2,'CAN','CVL')],
  date='2015-12-06',
  note='"Condamné à la prison à vie le 6 décembre": the December before the 6 Jan. 2016 dateline; the court is the one whose decision is appealed; place only in the court\'s name: null')
R(d,'REQUEST',['change'],'02',None,"portera en appel",2,
  actor=[A("Guy Turcotte",2,'CAN','CVL')],recip=[A("la Cour supérieure du Québec",2,'CAN','JUD')],
  date=None,
  note='legal appeal (faire appel: REQUEST/02); the title has it as done ("conteste le verdict"), so not flagged future; no date besides the dateline')
R(d,'ACCUSE',['disapprove'],'11',None,"un troisième procès",3,
  recip=[A("l'accusé de 43 ans",3,'CAN','CVL')],
  date=None,fut=True,hyp=True,
  note='a possible retrial "pourrait être enclenché" if the appeal court agrees: trial = ACCUSE/11, hypothetical and future')

# ---------------------------------------------------------------- tribal clash, Algeria
d='2016_02_15-001'
R(d,'ASSAULT',[],'18',MOB,"un conflit a éclaté",2,
  actor=[A("Lemgada de Babar",2,'DZA','CVL'),A("les Beni Maâfa de la commune de Chechar",2,'DZA','CVL')],
  loc=L("wilaya de Khenchela",2,35.44,7.14,'DZA'),date=None,inj=10,
  note='fight between two tribes, both sides actors; inter-group brawl: Riots/Mob violence (shared convention 9); "une dizaine de blessés" (sent. 3) -> 10; no date besides the dateline; coordinates of Khenchela town for the wilaya')
R(d,'MOBILIZE',['police'],'15',None,"est arrivée sur place",3,
  actor=[A("la gendarmerie nationale",3,'DZA','GOV')],
  loc=L("wilaya de Khenchela",2,35.44,7.14,'DZA'),date=None,
  note='gendarmes sent to calm the situation; place from sent. 2 ("sur place")')

# ---------------------------------------------------------------- police officer attacked by protesters, France
d='2016_05_26-002'
R(d,'SUPPORT',[],'05',None,"a été décoré",2,
  recip=[A("Kévin Philippy",2,'FRA','GOV')],date=None,
  note='decoration (praise, CAMEO 05) by an authority the text does not name: actor []; no date')
R(d,'ASSAULT',[],'18',None,"a été pris à partie",3,
  actor=[A("des protestataires",3,'FRA','CVL')],recip=[A("Kévin Philippy",2,'FRA','GOV')],
  date=None,
  note='the officer attacked and his car set on fire by a smoke flare thrown inside; recipient from sent. 2 ("Celui-ci" is a pronoun); the PROTEST record carries the ACLED label; no place or date in the text')
R(d,'PROTEST',['riot'],'14',VDEMO,"évènements en réaction à une manifestation",3,
  actor=[A("des protestataires",3,'FRA','CVL')],date=None,
  note='the counter-protest during which the officer was attacked (the title puts the attack "lors de la manifestation"): violent demonstration; the police demonstration it reacted to and the anti-loi Travail protests are only named in passing (no actor, place or date)')

# ---------------------------------------------------------------- union refuses an agreement, France
d='2016_06_14-001'
R(d,'REJECT',[],'12',None,"ne signera pas",2,
  actor=[A("Le premier syndicat de la SNCF",2,'FRA','CVL')],
  date='2016-06-14',
  note='"a annoncé, mardi en début de soirée": 14 June 2016 is the Tuesday of the dateline; the union is the CGT-Cheminots of the title; the possible veto (sent. 3) is not an event')

# ---------------------------------------------------------------- NGO campaign refused, France
d='2016_06_14-003'
R(d,'REJECT',[],'12',None,"n'a pas pu placarder",2,
  actor=[A("JCDecaux",2,'FRA','BUS'),A("MediaTransports",2,'FRA','BUS'),A("l'Insert",2,'FRA','BUS')],
  recip=[A("L'association Médecins du monde",2,'FRA','NGO')],date=None,
  note='the advertising networks refused the posters ("le refus des réseaux publicitaires", sent. 11; "censurée" in the title); private firms, so REJECT rather than COERCE/ban; no date')
R(d,'REQUEST',[],'02',None,"avait demandé",4,
  actor=[A("L'autorité",4,'FRA','GOV')],recip=[A("l'association",4,'FRA','NGO')],
  date='2016-06',
  note='the advertising regulator (ARPP, sent. 3) asked the association for the studies behind its claims; same act as its recommendation "émise début juin" (sent. 3): month only; the warning about the drug firms\' reactions (sent. 5) is part of it')
R(d,'ACCUSE',['disapprove'],'11',None,"dénonçant",6,
  actor=[A("Médecins du monde",5,'FRA','NGO')],recip=[A("des firmes pharmaceutiques",5,None,'BUS')],
  date=None,
  note='the campaign denounces the price of medicines; actor and target from sent. 5 (nearest explicit noun phrases); the call to sign a petition has no identifiable addressee and the fly-posting of sent. 11 is the campaign itself: not coded')
R(d,'ACCUSE',['disapprove'],'11',None,"celle de la Ligue contre le cancer",12,
  actor=[A("la Ligue contre le cancer",12,'FRA','NGO')],date='2016-04',
  note='an earlier campaign "en avril contre le coût des traitements": past event described with its actor and date (shared convention 11); April before the June 2016 dateline; its target is a cost, no noun phrase: recipient []')

# ---------------------------------------------------------------- Burundi leaves the ICC
d='2016_10_18-001'
R(d,'SANCTION',['withdraw'],'16',None,"le retrait",2,
  actor=[A("la présidence du Burundi",2,'BDI','GOV')],recip=[A("la Cour pénale internationale",2,None,'IGO')],
  loc=L("Burundi",0,-3.38,29.92,'BDI'),date='2016-10-18',
  note='promulgation of the law that withdraws Burundi from the Rome Statute and the ICC, announced "cet après-midi" (title: "promulguée aujourd\'hui"); the parliament\'s vote is not coded; placed at Burundi (the title\'s place, centre of the country; the sentence names it only in the actor\'s name), as the first held-out set places the assembly\'s vote on it')
R(d,'ACCUSE',['investigate'],'09',None,"une enquête",4,
  actor=[A("le conseil des droits de l'homme des Nations unies",4,None,'IGO')],
  recip=[A("douze personnalités",4,'BDI','GOV')],date='2016-09',
  note='"fin septembre 2016": month only; investigation of crimes in Burundi, no place for the act itself')

# ---------------------------------------------------------------- journalist arrested and released, Burundi
d='2016_10_25-001'
R(d,'COERCE',['arrest'],'17',ARR,"avait été arrêté",2,
  actor=[A("le SNR",2,'BDI','GOV')],
  recip=[A("Gildas Yihundimpundu",2,'BDI','MED'),A("Pascal Sinahagera",4,'BDI','CVL')],
  date='2016-10-23',arr=2,
  note='the journalist held one night by the intelligence service (SNR); his driver "a également été libéré" (sent. 4), so he was held too: arrested 2; no place named for the arrest')
R(d,'RETREAT',['release'],'08',None,"a été libéré",2,
  actor=[A("le SNR",2,'BDI','GOV')],
  recip=[A("Gildas Yihundimpundu",2,'BDI','MED'),A("Pascal Sinahagera",4,'BDI','CVL')],
  date='2016-10-24',
  note='released after "une nuit" of detention following the 23 Oct. arrest: 24 Oct.; the driver\'s release (sent. 4) is the same release')
R(d,'ACCUSE',['disapprove'],'11',None,"devrait être jugé",3,
  recip=[A("Gildas Yihundimpundu",2,'BDI','MED')],date=None,fut=True,
  note='announced trial (court case: ACCUSE/11), "prochainement": future, no date; recipient from sent. 2 ("Il" is a pronoun)')

# ---------------------------------------------------------------- Burundian youth groups in Berlin
d='2016_11_04-001'
R(d,'ACCUSE',['disapprove'],'11',None,"une homélie",7,
  actor=[A("Monseigneur Simon Ntamwana",7,'BDI','REL')],recip=[A("Pierre Nkurunziza",6,'BDI','GOV')],
  date='2015-03',
  note='a March 2015 homily "pour le moins critique envers l\'initiative présidentielle" (sent. 8), the third term of Pierre Nkurunziza (sent. 6, nearest explicit noun phrase for the target); past event with actor and date (shared convention 11); no place named')
R(d,'PROTEST',['demo'],'14',PEACE,"la sortie immédiate des Sindumuja",11,
  actor=[A("Sindumuja",11,'BDI','OPP')],recip=[A("Willy Nyamitwe",10,'BDI','GOV')],
  loc=L("Berlin",12,52.52,13.41,'DEU'),date=None,
  note='walk-out from the forum when the president\'s adviser spoke; "Le boycott de la rencontre vise à protester" (sent. 12) is the same act; Sindumuja gathers opponents (sent. 6): OPP; the forum is "actuellement" under way: no date; the general suspicions against the Imbonerakure (sent. 5) are habitual, not coded')

# ---------------------------------------------------------------- UN commission of inquiry on Burundi
d='2016_11_24-005'
R(d,'ACCUSE',['investigate'],'09',None,"a ouvert une enquête",2,
  actor=[A("le conseil des droits de l'homme des Nations unies",2,None,'IGO')],
  recip=[A("douze personnalités",2,'BDI','GOV')],date='2016-09',
  note='"En septembre 2016": month')
R(d,'SANCTION',['sever'],'16',None,"cessation du dialogue",4,
  actor=[A("pouvoir",4,'BDI','GOV')],recip=[A("l'ONUB",4,None,'IGO')],
  loc=L("Burundi",2,-3.38,29.92,'BDI'),date=None,
  note='the Burundian government ("la réaction du pouvoir") ends its dialogue with the UN office; no date; located at Burundi as the ICC withdrawal of the same sentence (#3) and of 2016_10_18-001#1 (second annotator: the blind record had no place while #3, same actor and sentence, had one)')
R(d,'SANCTION',['withdraw'],'16',None,"retrait de la CPI",4,
  actor=[A("pouvoir",4,'BDI','GOV')],recip=[A("la CPI",4,None,'IGO')],
  loc=L("Burundi",2,-3.38,29.92,'BDI'),date=None,
  note='second measure of the same sentence, a separate act; located at Burundi as the other withdrawal records; no date')
R(d,'ACCUSE',['investigate'],'09',None,"en créant une commission d'enquête",5,
  actor=[A("le conseil des droits de l'homme de l'ONU",5,None,'IGO')],date=None,
  note='a commission of inquiry created to continue the September investigation (a new step, title "la commission d\'enquête de l\'ONU est en place"); its targets are "les auteurs présumés" (sent. 6): recipient []; no date')

# ---------------------------------------------------------------- South Korea
d='2016_12_09-001'
R(d,'SANCTION',[],'16',None,"a été suspendue de ses fonctions",2,
  actor=[A("le Parlement sud-coréen",2,'KOR','GOV')],recip=[A("La présidente Park Geun-hye",2,'KOR','GOV')],
  date=None,
  note='impeachment vote suspending the president (suspension from office: SANCTION, as the shared gold codes Benalla\'s suspension; the court\'s later confirmation is SANCTION/convict there); no temporal expression besides the dateline; the pending review by the Constitutional Court (sent. 3) is not coded (outcome open)')
R(d,'PROTEST',['demo'],'14',PEACE,"des manifestations monstres",4,
  actor=[A("Manifestants",6,'KOR','CVL')],recip=[A("la chef de l’État",4,'KOR','GOV')],
  loc=L("Séoul",4,37.57,126.98,'KOR'),date='2016-10',
  note='weekly Saturday protests "depuis six semaines" (start: end of October 2016; the caption of sent. 6 dates one on 29 October): month of the start; actor from the caption (sent. 6), whose demand for her resignation is the protest\'s, not a separate record')
R(d,'SUPPORT',[],'05',None,"a déclaré",5,
  actor=[A("Chu Mi-Ae",5,'KOR','OPP')],date=None,
  note='the opposition leader approves the impeachment ("le chemin du salut"): SUPPORT/05; no target person or date')

# ---------------------------------------------------------------- primary candidate sues his party, France
d='2016_12_21-001'
R(d,'ACCUSE',['disapprove'],'11',None,"a assigné",2,
  actor=[A("Gérard Filoche",2,'FRA','POL')],
  recip=[A("le Parti socialiste",2,'FRA','POL'),A("Jean-Christophe Cambadélis",5,'FRA','POL'),A("Christophe Borgel",5,'FRA','POL')],
  date='2016-12-21',
  note='lawsuit (porter plainte: ACCUSE/11) "ce mercredi 21 décembre"; sent. 5 names the two party leaders also sued in the same suit; no place')
R(d,'REJECT',[],'12',None,"avoir été recalé",2,
  actor=[A("la Haute autorité de la primaire",2,'FRA','POL')],recip=[A("Gérard Filoche",2,'FRA','POL')],
  date='2016-12-17',
  note='his candidacy turned down; the decision is dated by sent. 3 ("Le 17 décembre, l\'autorité a en effet validé la candidature de sept autres")')
R(d,'ACCUSE',['disapprove'],'11',None,"dénonce",4,
  actor=[A("L'ancien inspecteur des finances",4,'FRA','POL')],date=None,
  note='Filoche (named in sent. 2) denounces the exemption of three candidates from sponsorships: a speech act besides the suit; the target is the primary\'s organisation, named by no noun phrase: recipient []')

# ---------------------------------------------------------------- Deir ez-Zor, Syria
d='2017_01_16-001'
R(d,'ASSAULT',[],'19',CLASH,"est repassé à l'offensive",2,
  actor=[A("Le groupe État islamique",2,None,'IMG'),A("L'armée syrienne",3,'SYR','MIL')],
  loc=L("Deir ez-Zor",2,35.34,40.14,'SYR'),date='2017-01-14',
  note='IS offensive "depuis le 14 janvier 2017" with the army\'s counter-attacks and heavy losses on both sides (sent. 7): two-sided fighting, both actors; the IS mobilisation "depuis trois jours" (sent. 6) is the same offensive')
R(d,'COERCE',['restrict'],'19',None,"sont assiégées",3,
  actor=[A("Le groupe État islamique",2,None,'IMG')],
  recip=[A("L'armée syrienne",3,'SYR','MIL'),A("les milices alliées",3,'SYR','MIL')],
  loc=L("Deir ez-Zor",2,35.34,40.14,'SYR'),date=None,
  note='siege (CAMEO 191) "depuis deux ans": a vague period, date null; besieger from sent. 2 (nearest explicit noun phrase)')
R(d,'ASSAULT',[],'19',NSA,"s'emparant de plusieurs points stratégiques",7,
  actor=[A("le groupe djihadiste",7,None,'IMG')],recip=[A("l'armée syrienne",7,'SYR','MIL')],
  loc=L("Deir ez-Zor",2,35.34,40.14,'SYR'),date=None,
  note='IS takes strategic points in the city: Non-state actor overtakes territory; between 14 and 16 Jan., no date of its own')
R(d,'ASSAULT',[],'19',NSA,"avait été expulsée de Palmyre",9,
  actor=[A("Daech",9,None,'IMG')],recip=[A("l' armée syrienne",9,'SYR','MIL')],
  loc=L("Palmyre",9,34.56,38.28,'SYR'),date='2016-12',
  note='past event with place and date: "il y a à peine un mois" before 16 Jan. 2017 -> December 2016 (month)')

# ---------------------------------------------------------------- Valls heckled, France
d='2017_01_21-001'
R(d,'ASSAULT',[],'18',None,"Enfariné",2,
  recip=[A("Manuel Valls",2,'FRA','POL')],loc=L("Strasbourg",2,48.58,7.75,'FRA'),date='2016-12-22',
  note='past flour attack described with place and date ("le 22 décembre dernier"); flour on a politician: ASSAULT/18, acled null (shared precedent); attacker not named here')
R(d,'ASSAULT',['beat'],'18',None,"giflé",2,
  recip=[A("Manuel Valls",2,'FRA','POL')],loc=L("Lamballe",2,48.47,-2.52,'FRA'),date='2017-01-17',
  note='slapped "ce mardi": the Tuesday before the Saturday 21 Jan. 2017 dateline; attacker not named; acled null as the flour attack')
R(d,'PROTEST',['demo'],'14',PINT,"a été pris à partie",3,
  actor=[A("un manifestant",3,'FRA','CVL')],recip=[A("Manuel Valls",2,'FRA','POL')],
  loc=L("Trianon",3,48.88,2.34,'FRA'),date='2017-01-20',
  note='a protester opposed to article 49-3 confronts Valls at his meeting ("chahuté" in the title and sent. 2); "Vendredi soir" = 20 Jan. 2017; removed from the hall (sent. 4): Protest with intervention; recipient from sent. 2 ("il" is a pronoun); the Trianon is a Paris hall')
R(d,'ACCUSE',['disapprove'],'11',None,"a hué",4,
  actor=[A("Le reste du public",4,'FRA','CVL')],recip=[A("le manifestant",4,'FRA','CVL')],
  loc=L("Trianon",3,48.88,2.34,'FRA'),date='2017-01-20',
  note='the audience boos the protester (disapproval aimed at an identifiable target); place and date of sent. 3')
R(d,'COERCE',[],'17',None,"était évacué",4,
  recip=[A("le manifestant",4,'FRA','CVL'),A("quatre autre personnes",4,'FRA','CVL')],
  loc=L("Trianon",3,48.88,2.34,'FRA'),date='2017-01-20',
  note='the protester and four others removed from the meeting (évacuer de force: COERCE/17); who removed them is not said: actor []; the PROTEST record carries the ACLED label')

# ---------------------------------------------------------------- foiled plot in the Hérault, France
d='2017_03_12-009'
R(d,'COERCE',['arrest'],'17',ARR,"ont été arrêtés",2,
  recip=[A("trois hommes",2,'FRA','IMG')],loc=L("Hérault",2,43.58,3.37,'FRA'),date='2017-03-07',arr=3,
  note='three men arrested "mardi et mercredi" (7 and 8 March 2017; two on Tuesday, sent. 6, one on Wednesday, sent. 8), one operation in the lead and title: one record dated by its first day; actor not named; terrorism suspects: IMG; approximate centre of the Hérault department')
R(d,'ASSAULT',['explosives'],'18',None,"projet d' attentat",2,
  actor=[A("Thomas Sauret",3,'FRA','IMG'),A("Sarah",3,'FRA','IMG'),A("Malik Hammami",3,'FRA','IMG')],
  loc=L("Hérault",2,43.58,3.37,'FRA'),date='2017-02',neg=True,hyp=True,
  note='suspected plot "datant du mois dernier" (February 2017; title "l\'attentat déjoué"): foiled, so negated, and only suspected ("aucun projet précis", sent. 5; "a peut-être été envisagé", sent. 7), so hypothetical; TATP found (sent. 4): explosives; suspects of sent. 3 as actors')
R(d,'COERCE',['arrest'],'17',ARR,"avaient été interpellés, mis en examen et écroués",3,
  actor=[A("les policiers",9,'FRA','GOV')],
  recip=[A("Thomas Sauret",3,'FRA','IMG'),A("Sarah",3,'FRA','IMG'),A("Malik Hammami",3,'FRA','IMG')],
  loc=L("Clapiers",4,43.66,3.89,'FRA'),date='2017-02-10',arr=3,
  note='"Le 10 février": arrest, charge and jailing of the three are one record (project guideline); Thomas Sauret arrested in Clapiers (sent. 4), the most specific place named; actor from sent. 9, which tells Hammami\'s arrest "par les policiers"')
R(d,'COERCE',['seize'],'17',None,"avaient alors été retrouvés",4,
  loc=L("Clapiers",4,43.66,3.89,'FRA'),date='2017-02-10',
  note='71 g of TATP and bomb-making material found in the Clapiers flat at the arrest ("alors"): seizure by the police, not named in the sentence: actor []')
R(d,'ACCUSE',['disapprove'],'11',None,"avoir été mis en cause",6,
  actor=[A("Malik Hammami",6,'FRA','IMG')],recip=[A("les deux hommes arrêtés mardi",6,'FRA','IMG')],
  date=None,
  note='Hammami implicates the two men (mettre en cause: accusation); when is not said')
R(d,'COERCE',['arrest'],'17',ARR,"avait déjà subi une garde à vue",8,
  actor=[A("les policiers",9,'FRA','GOV')],recip=[A("L'homme de 26 ans",8,'FRA','IMG')],
  date='2017-02-10',arr=1,
  note='earlier police custody of the man arrested again on Wednesday: he was at Hammami\'s home when Hammami was arrested (sent. 9), i.e. on 10 Feb. (sent. 3); a terrorism suspect\'s custody: Arrests, as the other arrests of the article')
R(d,'RETREAT',['release'],'08',None,"avait au départ été relâché",10,
  recip=[A("L'homme de 26 ans",8,'FRA','IMG')],date=None,
  note='released "faute de charges suffisantes"; recipient from sent. 8 ("il" is a pronoun); no date of its own')

# ---------------------------------------------------------------- chemical attack in Khan Shaykhun, Syria
d='2017_04_04-001'
R(d,'ASSAULT',['aerial'],'20',CHEM,"une attaque chimique",2,
  recip=[A("Environ 100 personnes",2,'SYR','CVL')],
  loc=L("Khan Cheikhoune",2,35.44,36.65,'SYR'),date='2017-04-04',dead=100,inj=400,
  note='"mardi matin" = 4 April 2017, the Tuesday of the dateline; gas dropped by aircraft (sent. 3); chemical weapon: CAMEO 20; the article attributes it to no one (only the US and EU accusations, which convention 10 does not use): actor []; "environ 100" dead, 400 injured')
R(d,'ASSAULT',['aerial'],'19',AIR,"aurait également été bombardé",4,
  recip=[A("l'hôpital",4,'SYR','CVL')],
  loc=L("Khan Cheikhoune",2,35.44,36.65,'SYR'),date='2017-04-04',
  note='the hospital receiving the victims bombed "plus tard dans la journée" (same day, same town), forcing its evacuation; a separate strike on another target; air strike assumed from "bombardé" in this context (judgment call)')
R(d,'ACCUSE',['disapprove'],'11',None,"ont immédiatement accusé",5,
  actor=[A("Les États-Unis",5,'USA','GOV'),A("l' Union européenne",5,None,'IGO')],
  recip=[A("le régime syrien",5,'SYR','GOV')],date='2017-04-04',
  note='one accusation by two actors in one sentence (shared convention 3); "immédiatement" after the attack of that day')
R(d,'ACCUSE',['disapprove'],'11',None,"a dénoncé",6,
  actor=[A("Sean Spicer",6,'USA','GOV')],recip=[A("régime de Bachar al-Assad",6,'SYR','GOV')],
  date=None,
  note='the White House spokesman\'s condemnation, a speech act of its own beside the accusation of sent. 5; no temporal expression')
R(d,'ACCUSE',['disapprove'],'11',None,"a condamné",7,
  actor=[A("la Turquie",7,'TUR','GOV')],date=None,
  note='Turkey condemns a "crime contre l\'humanité"; no perpetrator named in its statement: recipient []')
R(d,'ACCUSE',['disapprove'],'11',None,"rejetant la faute sur les rebelles",9,
  actor=[A("L'armée syrienne",9,'SYR','MIL')],recip=[A("les rebelles",9,'SYR','REB')],date=None,
  note='the denial itself is not coded, the blame laid on the rebels is; the security official\'s "calomnie" statement (sent. 10) is the same Syrian response; the Russian denial (sent. 10) is not coded')

# ---------------------------------------------------------------- Turkey and Wikipedia
d='2017_05_03-001'
R(d,'COERCE',['restrict'],'17',None,"est bloqué",2,
  recip=[A("Wikipédia",2,None,'MED')],loc=L("Turquie",2,39.0,35.0,'TUR'),date='2017-04-29',
  note='the site blocked in Turkey "depuis le 29 avril"; who blocked it is not said in the sentence: actor []; recipient: the site ("le site" names it, "Wikipédia" later in the sentence)')
R(d,'REQUEST',['change'],'10',None,"exige",2,
  actor=[A("Ömer Fatih Sayan",2,'TUR','GOV')],recip=[A("Wikipédia",2,None,'MED')],date=None,
  note='the head of the telecoms authority demands that articles be removed (exiger: CAMEO 10); "La Turquie demande" in the title is the same demand; no date')
R(d,'REJECT',['yield'],'12',None,"Il est impossible de rouvrir Wikipédia",4,
  actor=[A("Ömer Fatih Sayan",2,'TUR','GOV')],recip=[A("Wikipédia",4,None,'MED')],date=None,
  note='refusal to lift the block until the court decisions are followed (announced in sent. 3); actor from sent. 2 ("il" is a pronoun)')
R(d,'REQUEST',['change'],'02',None,"aurait fait appel",6,
  actor=[A("la Wikimedia Foundation",6,'USA','NGO')],recip=[A("un tribunal turc",6,'TUR','JUD')],date=None,
  note='legal appeal (REQUEST/02), reported by Hürriyet; no date')
R(d,'SUPPORT',[],'05',None,"je serai toujours à vos côtés",8,
  actor=[A("Jimmy Wales",8,'USA','NGO')],recip=[A("Peuple turc",8,'TUR','CVL')],date=None,
  note='support to the Turkish people; no date')
R(d,'SANCTION',['cancel'],'16',None,"annuler l'invitation",9,
  actor=[A("la municipalité",9,'TUR','GOV')],recip=[A("Jimmy Wales",8,'USA','NGO')],
  loc=L("Istanbul",9,41.01,28.95,'TUR'),date=None,
  note='Istanbul\'s city hall cancels Wales\'s invitation to a forum: SANCTION/cancel; recipient from sent. 8 ("celui-ci" is a pronoun)')

# ---------------------------------------------------------------- attempted rape in a hospital, Italy
d='2018_01_14-001'
R(d,'ASSAULT',['sexual'],'18',None,"tenter de violer",2,
  actor=[A("Ali Abdella",2,'SOM','CVL')],recip=[A("une femme enceinte",2,'ITA','CVL')],
  loc=L("hôpital Sant'Eugenio",2,41.83,12.47,'ITA'),date='2018-01-02',
  note='attempted rape on 2 January in a Rome hospital; ordinary crime: acled null; the hospital is the site (coordinates of the Sant\'Eugenio district of Rome); the victim\'s nationality is not given: ITA for the place')

# ---------------------------------------------------------------- US troops in Poland
d='2017_01_21-005'
R(d,'CONSULT',['visit'],'04',None,"accueillant les troupes américaines",2,
  actor=[A("Beata Szydło",2,'POL','GOV')],recip=[A("les troupes américaines",2,'USA','MIL')],
  loc=L("Żagań",2,51.62,15.31,'POL'),date='2017-01-21',
  note='the prime minister hosts a welcoming ceremony for the US troops (host a visit: CONSULT/04); "samedi" resolved against the Saturday 21 Jan. 2017 dateline (the text itself seems written a week earlier: Trump "prend le pouvoir ce mois-ci")')
R(d,'MOBILIZE',['troops'],'15',None,"ont commencé à arriver",3,
  actor=[A("Les troupes",3,'USA','MIL')],loc=L("Pologne",0,52.0,19.0,'POL'),date='2017-01',
  note='the deployment (Operation Atlantic Resolve, sent. 14-17 and 36: tanks, rotation, other host countries planned, 4,000 soldiers) is one record; authorised by Obama (sent. 7); "plus tôt cette semaine": month only; the troops are in Poland (title), centre of the country')
R(d,'ASSAULT',[],'19',("Strategic developments","Non-violent transfer of territory"),"l'intervention russe en Ukraine en 2014",7,
  actor=[A("la Russie",18,'RUS','GOV')],recip=[A("Ukraine",7,'UKR','GOV')],
  loc=L("Crimée",7,45.0,34.0,'UKR'),date=None,
  note='past event described with its place (Crimea annexed): shared convention 11; year only: date null; Russia is named only as an adjective here, so the nearest explicit noun phrase (sent. 18); judgment call on type and ACLED')
R(d,'AGREE',[],'03',None,"Il a été convenu",8,
  actor=[A("l' OTAN",8,None,'IGO')],loc=L("Varsovie",8,52.23,21.01,'POL'),date=None,
  note='the deployment agreed at the NATO summit in Warsaw "l\'année dernière" (year only: date null); the summit itself is not a separate record')
R(d,'ACCUSE',['disapprove'],'11',None,"a déclaré",19,
  actor=[A("Alexeï Mechkov",19,'RUS','GOV')],recip=[A("les troupes et les véhicules entrants",19,'USA','MIL')],date=None,
  note='the Russian deputy minister calls the troops "un facteur de déstabilisation"; no date')
R(d,'ACCUSE',['disapprove'],'11',None,"menace nos intérêts et notre sécurité",20,
  actor=[A("Vladimir Poutine",20,'RUS','GOV')],recip=[A("actifs américains",20,'USA','MIL')],date=None,
  note='Putin: the US presence "menace nos intérêts"; the administration calling it "une menace" (sent. 21) is the same Kremlin statement')
R(d,'MOBILIZE',['troops'],'15',None,"a récemment augmenté sa présence militaire",23,
  actor=[A("la Russie",23,'RUS','MIL')],loc=L("Kaliningrad",23,54.71,20.51,'RUS'),date=None,
  note='build-up in Kaliningrad, with Iskander missiles and Bastion systems (sent. 24), one record; "récemment": no date')
R(d,'SANCTION',['expel'],'16',None,"ont expulsé",26,
  actor=[A("les États-Unis",26,'USA','GOV')],recip=[A("35 diplomates russes",26,'RUS','GOV')],date='2016-12',
  note='"Le mois dernier": December 2016; no place named')
R(d,'COERCE',['restrict'],'16',None,"ont sanctionné",26,
  actor=[A("les États-Unis",26,'USA','GOV')],recip=[A("les services de renseignements russes",26,'RUS','GOV')],date='2016-12',
  note='US sanctions: COERCE/restrict/16 (shared convention 6); a second act of the sentence')
R(d,'ACCUSE',['investigate'],'09',None,"un rapport de la CIA",27,
  actor=[A("la CIA",27,'USA','GOV')],recip=[A("le gouvernement russe",27,'RUS','GOV')],date=None,
  note='intelligence report concluding that the Russian government hacked Democratic servers (investigation report: ACCUSE/investigate); "deux semaines plus tôt" than a December act gives no sure month: null; the hacking itself fits no PLOVER type: not coded')
R(d,'AGREE',[],'03',None,"cherche des liens plus étroits",29,
  actor=[A("Trump",29,'USA','GOV')],recip=[A("la Russie",29,'RUS','GOV')],date=None,
  note='intent to cooperate (CAMEO 03); no date')
R(d,'AGREE',[],'03',None,"finalement les supprimer",33,
  actor=[A("Trump",33,'USA','GOV')],recip=[A("la Russie",33,'RUS','GOV')],date='2017-01-20',
  note='intent to lift the sanctions on Russia once relations improve (keeping them "au moins pour une période de temps" is no new act); interview "publiée vendredi": the Friday before the Saturday dateline; the question of sent. 34 is the same interview')
R(d,'ACCUSE',['disapprove'],'11',None,"a déclaré hier",35,
  actor=[A("John Brennan",35,'USA','GOV')],recip=[A("Trump",35,'USA','GOV')],date='2017-01-20',
  note='"hier": the day before the dateline')
R(d,'AGREE',[],'03',None,"a déclaré",32,
  actor=[A("James",32,'USA','GOV')],recip=[A("nos alliés de l'OTAN",32,None,'GOV')],date=None,
  note='added by the second annotator: the US ambassador states that the troops are "l\'engagement fermé de l\'Amérique à honorer notre obligation de l\'OTAN de défendre nos alliés": a pledge aimed at identifiable allies (s\'engager à: AGREE/03, shared guideline table), a speech act of its own besides the ceremony (#1); actor "James" of the trigger sentence (Paul James, sent. 31); the allies are several states: country null; no temporal expression (his attending the ceremony does not date the statement): date null')

# ---------------------------------------------------------------- Gilets jaunes, Monday 10 December 2018
d='2018_12_10-001'
R(d,'PROTEST',['obstruct'],'14',PEACE,"journée des « gilets jaunes »",4,
  actor=[A("gilets jaunes",4,'FRA','CVL')],date='2018-12-10',
  note='the national Gilets jaunes day of the live blog (shared convention 4 and the first held-out set: one national record plus one record per named town); France is not named in the text: location null')
for place,lat,lon,rec in [("Morières-lès-Avignon",43.94,4.90,[A("le Leclerc de Morières-lès-Avignon",5,'FRA','BUS')]),
                          ("Tourlaville",49.64,-1.57,[]),("Caen",49.19,-0.36,[])]:
    R(d,'PROTEST',['obstruct'],'14',PEACE,"ont bloqué",5,
      actor=[A("les Gilets jaunes",5,'FRA','CVL')],recip=rec,loc=L(place,5,lat,lon,'FRA'),date='2018-12-10',
      note='blockade "Ce lundi" at a town named in the sentence: one record per town')
for place,lat,lon,nt in [("Aimargues",43.69,4.21,''),
                         ("Pont du Rhône entre Tarascon et Beaucaire",43.81,4.65,' (the bridge between Tarascon and Beaucaire: between the two towns)'),
                         ("Nîmes",43.84,4.36,''),("Dions",43.93,4.30,''),
                         ("Saint-Césaire",43.82,4.33,' (Saint-Césaire, a district of Nîmes: approximate)'),
                         ("Saint-Hippolyte-du-Fort",43.97,3.86,''),("Saint-Christol-lez-Alès",44.08,4.08,''),
                         ("Alès|2",44.12,4.08,' (the second "Alès" of the sentence, the first is in Saint-Christol-lez-Alès)'),
                         ("Bellegarde",43.75,4.51,' (Bellegarde in the Gard)'),("Saint-Martin-de-Valgualgues",44.16,4.08,'')]:
    R(d,'PROTEST',['obstruct'],'14',PEACE,"plusieurs blocages",9,
      actor=[A("les Gilets jaunes",9,'FRA','CVL')],loc=L(place,9,lat,lon,'FRA'),date='2018-12-10',
      note='blockade in the Gard "Vers 14h00" of the blog\'s day, one record per named place'+nt)
R(d,'PROTEST',['demo'],'14',PEACE,"ont rejoint les Gilets jaunes",10,
  actor=[A("les agriculteurs",10,'FRA','CVL'),A("les Gilets jaunes",10,'FRA','CVL')],
  loc=L("Guéret",10,46.17,1.87,'FRA'),date='2018-12-10',
  note='farmers join the protest in Guéret "ce lundi"; no blockade stated: demo')
R(d,'CONCEDE',[],'08',None,"a déclaré",11,
  actor=[A("Emmanuel Macron",11,'FRA','GOV')],recip=[A("les Gilets jaunes",10,'FRA','CVL')],date='2018-12-10',
  note='the president\'s address "Vers 20h00" of the blog\'s day: minimum wage rise, tax-free overtime, the CSG rise cancelled for pensioners: concessions to the movement (one announcement, one record); the movement is named in no noun phrase of the sentence: nearest explicit one (sent. 10); sent. 16 calls them "les mesures du Président"')
R(d,'ACCUSE',['disapprove'],'11',None,"« les miettes tombent »",13,
  actor=[A("Maxime Nicolle",13,'FRA','CVL')],recip=[A("Président",13,'FRA','GOV')],date='2018-12-10',
  note='a Gilets jaunes figure dismisses the president\'s announcements (criticism aimed at him); "Vers 22h26" of the blog\'s day')
R(d,'COERCE',['restrict'],'17',None,"ont encore été partiellement ou complétement fermés",14,
  date='2018-12-10',
  note='motorway interchanges closed "Sur décision préfectorale" near the protesters\' points; the prefects are named by no noun phrase: actor []; the list that should follow the colon is missing; the other motorways "filtrées ou coupées" (sent. 15) are not coded: who filters or cuts them is not said')
R(d,'PROTEST',['obstruct'],'14',PEACE,"vont continuer les blocages",16,
  actor=[A("des Gilets jaunes",16,'FRA','CVL')],loc=L("Saint-Clément",16,48.22,3.30,'FRA'),date=None,fut=True,
  note='blockades announced to go on despite the measures, at a roundabout in Saint-Clément (Yonne): future, no date')
R(d,'PROTEST',['obstruct'],'14',PEACE,"est encore bloqué",17,
  actor=[A("des Gilets jaunes",16,'FRA','CVL')],recip=[A("Le dépôt pétrolier",17,'FRA','BUS')],
  loc=L("Mans",17,48.00,0.20,'FRA'),date='2018-12-10',
  note='fuel depot still blocked on the blog\'s day; the blockers are named in the previous sentence only (nearest explicit noun phrase); one record per depot (shared convention 4)')
R(d,'PROTEST',['obstruct'],'14',PEACE,"est encore bloqué",17,
  actor=[A("des Gilets jaunes",16,'FRA','CVL')],recip=[A("Le dépôt pétrolier",17,'FRA','BUS')],
  loc=L("Saint-Pierre-des-Corps",17,47.39,0.75,'FRA'),date='2018-12-10',
  note='the second depot of the sentence ("celui de Saint-Pierre-des-Corps"): a record of its own; "celui" is a pronoun, so the recipient is the nearest explicit noun phrase it stands for, "Le dépôt pétrolier", as on the Le Mans record (second annotator: the blind record had no recipient)')

write(__file__, by_doc=True)
