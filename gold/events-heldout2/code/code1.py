"""Blind records of the second held-out set (coded 27 Nov. 2026 from the texts only).
`python3 code1.py` rewrites ../events_dev.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

d='2016_01_22-001'
R(d,'ASSAULT',['firearms'],'18',VAC,"aurait ouvert le feu",4,
  actor=[A("Un tireur",4,'CAN','UNK')],recip=[A("un établissement de Dénés de la communauté de La Loche",4,'CAN','EDU')],
  loc=L("La Loche",4,56.48,-109.43,'CAN'),date=None,dead=5,inj=2,
  note='school shooting; toll from sent. 1-2 (5 dead, 2 seriously injured); no temporal expression besides the dateline; lockdown of the buildings (sent. 5) folded in')
R(d,'COERCE',['arrest'],'17',None,"le suspect est en détention",6,
  actor=[A("La Gendarmerie royale du Canada",6,'CAN','GOV')],recip=[A("le suspect",6,'CAN','UNK')],
  loc=L("La Loche",4,56.48,-109.43,'CAN'),date=None,arr=1,
  note='the shooter (a boy, sent. 6) in custody (RCMP); place from sent. 4; not a militant or protester: acled null')
R(d,'AID',['humanitarian'],'07',None,"a envoyé une équipe de gestion de crise",9,
  actor=[A("le conseil tribal",9,'CAN','GOV')],recip=[A("la population",9,'CAN','CVL')],
  loc=L("La Loche",4,56.48,-109.43,'CAN'),date=None,
  note='crisis team sent to help the population of the town')

d='2016_05_30-001'
R(d,'ASSAULT',['beat'],'18',None,"a été sérieusement blessée à la suite d'une agression",3,
  actor=[A("un individu",4,None,'UNK')],recip=[A("Une conseillère municipale de la commune d'Entrelacs",3,'FRA','GOV')],
  loc=L("Entrelacs",3,45.79,5.94,'FRA'),date='2016-05-28',inj=1,
  note='violent theft (jewels, blow to the face) of a local councillor at her home: ordinary crime, acled null; actor from sent. 4')
R(d,'ACCUSE',['investigate'],'09',None,"ont ouvert une enquête",7,
  actor=[A("Les gendarmes",7,'FRA','GOV')],recip=[A("l'agresseur",7,None,'UNK')],
  loc=None,date=None,
  note='investigation for violent theft; no place or date given for the opening')

d='2016_06_23-001'
R(d,'ASSAULT',['firearms','abduct'],'18',None,"a ouvert le feu",2,
  actor=[A("Un homme armé",2,'DEU','UNK')],recip=[A("un cinéma de la ville de Viernheim",2,'DEU','CVL'),A("des spectateurs",5,'DEU','CVL')],
  loc=L("Viernheim",2,49.54,8.58,'DEU'),date='2016-06-23',
  note='"vers 15 heures" on the dateline day (report of the same day); a disturbed man per the authorities, terrorism not favoured: acled null; country DEU assumed from context (not stated); the hostage-taking of spectators in the same cinema (sent. 5) is part of this one attack at one site (guideline section 3; shared gold codes the Trèbes supermarket and Saint-Étienne-du-Rouvray hostage-takings with their killings as one record): mode abduct and recipient "des spectateurs" folded in (second-annotator fix; the blind set had a separate ASSAULT/abduct record)')
R(d,'MOBILIZE',['police'],'15',None,"ont été déployées",4,
  actor=[A("Les forces d'élite de la police allemande",4,'DEU','GOV')],
  loc=L("Viernheim",2,49.54,8.58,'DEU'),date='2016-06-23',
  note='"sur les lieux" = the Viernheim cinema (sent. 2)')
R(d,'ASSAULT',['firearms'],'19',None,"a été tué",5,
  actor=[A("les forces de l'ordre allemandes",5,'DEU','GOV')],recip=[A("l'homme|1",5,'DEU','UNK')],
  loc=L("Viernheim",2,49.54,8.58,'DEU'),date='2016-06-23',dead=1,
  note='police kill the gunman; tear-gas intoxications (sent. 6) folded in; mode firearms assumed (the means is not stated)')

d='2016_08_13-001'
R(d,'ASSAULT',['primitive'],'18',None,"a mis le feu dans un train",2,
  actor=[A("un homme âgé de 27 ans",2,'CHE','UNK')],recip=[A("un train de la Südostbahn",2,'CHE','CVL')],
  loc=L("Salez-Sennwald",2,47.24,9.50,'CHE'),date='2016-08-13',inj=7,
  note='armed with a knife, set fire with a flammable liquid (sent. 3); 7 injured including the attacker; "Peu après 14 heures" on the dateline day; no motive stated, no deaths: acled null as for the Viernheim shooting (unsure: could be Violence against civilians/Attack)')

d='2016_09_05-002'
R(d,'THREATEN',['violence'],'13',None,"une alerte a été lancé",2,
  actor=[A("un individu",2,None,'UNK')],recip=[A("le lycée de la mer à Gujan-Mestras",2,'FRA','EDU')],
  loc=L("Gujan-Mestras",2,44.64,-1.07,'FRA'),date=None,
  note='false terror alert (three men in djellaba said to have entered); one record per school (the prefect speaks of "ces deux alertes"); no date besides the dateline')
R(d,'THREATEN',['violence'],'13',None,"une alerte a été lancé",2,
  actor=[A("un individu",2,None,'UNK')],recip=[A("un lycée de Bordeaux",2,'FRA','EDU')],
  loc=L("Bordeaux",2,44.84,-0.58,'FRA'),date=None,
  note='second false alert, Bordeaux school')
R(d,'MOBILIZE',['police'],'15',None,"a mit un fort dispositif de sécurité",3,
  actor=[A("la police",3,'FRA','GOV')],
  loc=L("Gironde",2,44.84,-0.58,'FRA'),date=None,
  note='security cordon around both schools after their evacuation; only the department covers both sites: Gironde, approximate (Bordeaux area)')
R(d,'ACCUSE',['investigate'],'09',None,"a ouvert une enquête",4,
  actor=[A("La gendarmerie d' Arcachon",4,'FRA','GOV')],
  loc=None,date=None,
  note='investigation into the origin of the call, with the Bordeaux research section; no place named for the investigation itself (Arcachon is only in the name of the investigating unit): location null, as this set codes the Paris prosecutors\' and judicial police\'s investigations and the shared gold "le parquet de Paris" (second-annotator fix; the blind record had Arcachon)')
R(d,'ACCUSE',['disapprove'],'11',None,"a condamné",5,
  actor=[A("Le préfet Pierre Dartout",5,'FRA','GOV')],
  loc=None,date=None,
  note='condemns the malicious calls; their author is unknown, so no recipient')

d='2016_10_14-002'
R(d,'CONSULT',['visit'],'04',None,"a décidé d'envoyer un émissaire à Bujumbura",2,
  actor=[A("Le conseil de sécurité des Nations unies",2,None,'IGO'),A("Jamal Benomar",3,None,'IGO')],
  recip=[A("les autorités du pays",3,'BDI','GOV')],
  loc=L("Bujumbura",2,-3.38,29.36,'BDI'),date='2016-10',fut=True,
  note='planned visit of the UN envoy "la semaine prochaine" (17-23 Oct. 2016) to revive the dialogue; the decision itself is folded into the visit')
R(d,'SANCTION',['sever'],'16',None,"couper tout dialogue",4,
  actor=[A("le régime du président Pierre Nkurunziza",4,'BDI','GOV')],
  recip=[A("bureau de l'ONUB",4,None,'IGO')],
  loc=None,date=None,
  note='"récemment annoncé couper tout dialogue" with the UN human-rights office; no date ("récemment")')

d='2016_06_19-001'
R(d,'COERCE',['restrict'],'17',None,"ont décidé de bloquer l'accès aux réseaux sociaux",2,
  actor=[A("les autorités",2,'DZA','GOV')],recip=[A("réseaux sociaux",2,None,'BUS')],
  loc=L("Algérie",2,28.0,2.6,'DZA'),date=None,
  note='temporary blocking of Twitter, Facebook and Instagram during the baccalaureate; the exam re-sit (sent. 4) is an administrative decision, not coded')

d='2017_02_18-001'
R(d,'ASSAULT',['explosives'],'18',IED,"Un attentat à la voiture piégée",2,
  recip=[A("un enfant de trois ans",4,'TUR','CVL')],
  loc=L("Viranşehir",3,37.22,39.76,'TUR'),date='2017-02-17',dead=1,inj=15,
  note='"vendredi soir"; near a building housing prosecutors; no perpetrator named (the IS/PKK sentence 7 is generic); 1 dead (a child), 15 injured; the minister\'s resolve (sent. 6) is a statement, not coded')

d='2017_03_17-001'
R(d,'ASSAULT',['explosives'],'18',IED,"l'explosion d'un courrier piégé",2,
  recip=[A("Fonds monétaire international",2,None,'IGO'),A("l'assistante de direction",3,None,'CVL')],
  loc=L("siège parisien du Fonds monétaire international",2,48.87,2.29,'FRA'),date='2017-03-16',inj=1,
  note='"Hier en fin de matinée"; letter bomb (possibly a firecracker, sent. 5) at the IMF Paris office; injured: the executive assistant')
R(d,'ACCUSE',['investigate'],'09',None,"l'enquête, confiée à la police judiciaire parisienne",5,
  actor=[A("la police judiciaire parisienne",5,'FRA','GOV')],
  loc=None,date=None,
  note='investigation into the explosion')
R(d,'MOBILIZE',['police'],'15',None,"une intervention de police était également en cours",7,
  actor=[A("La préfecture de police de la ville",7,'FRA','GOV')],
  loc=L("Banque mondiale",7,48.87,2.29,'FRA'),date='2017-03-16',
  note='police intervention near the World Bank, same offices as the IMF in Paris; same day as the explosion (reported as ongoing); evacuations (sent. 6) folded in')

d='2017_03_19-001'
R(d,'ASSAULT',[],'18',None,"avoir tenté de dérober l'arme d'un soldat",2,
  actor=[A("un homme",2,'FRA','UNK')],recip=[A("un soldat de l' Opération Sentinelle",2,'FRA','MIL')],
  loc=L("Orly",2,48.73,2.37,'FRA'),date='2017-03-18',
  note='attack on a soldier at Orly airport to seize his weapon; lone attack on a soldier: acled null (shared convention 9); attacker country not stated (FRA assumed, unsure); no mode: the means is not stated')
R(d,'ASSAULT',['firearms'],'19',None,"a été abattu",2,
  recip=[A("un homme",2,'FRA','UNK')],
  loc=L("Orly",2,48.73,2.37,'FRA'),date='2017-03-18',dead=1,
  note='the attacker shot dead; the shooter is not named in the text (soldiers of the patrol), so actor empty')
R(d,'ASSAULT',['firearms'],'18',None,"avait ouvert le feu",5,
  actor=[A("un homme",2,'FRA','UNK')],recip=[A("des policiers",5,'FRA','GOV')],
  loc=L("banlieue parisienne",5,48.86,2.35,'FRA'),date='2017-03-18',
  note='shots at police at a road check 1 h 30 earlier the same morning; lone attack on police: acled null; actor: "le même" = the man of sent. 2; place: "la banlieue parisienne" is the only place named for it, a region like the shared gold\'s "nord de la Syrie": approximate centre of the Paris area (second-annotator fix; the blind record had no location)')
R(d,'ACCUSE',['investigate'],'09',None,"s'est saisie de l'enquête",6,
  actor=[A("La section antiterroriste du parquet de Paris",6,'FRA','JUD')],
  loc=None,date=None,
  note='the anti-terrorist prosecutors take the investigation')

d='2017_04_08-002'
R(d,'ASSAULT',[],'18',None,"a été enfariné",2,
  actor=[A("un jeune homme",3,'FRA','CVL')],recip=[A("François Fillon",2,'FRA','POL')],
  loc=L("Strasbourg",2,48.58,7.75,'FRA'),date='2017-04-06',
  note='"ce jeudi" before Saturday 8 April; flour attack on a politician: ASSAULT/18, acled null (as the shared gold and the first held-out set code it); actor from sent. 3')
R(d,'COERCE',['arrest'],'17',None,"une interpellation a eu lieu",4,
  actor=[A("les services de sécurité",3,'FRA','UNK')],recip=[A("Deux perturbateurs",4,'FRA','CVL')],
  loc=L("Strasbourg",2,48.58,7.75,'FRA'),date='2017-04-06',arr=1,
  note='one arrest; the tackle by the security staff (sent. 3) folded in; actor: the security staff who tackled him (sent. 3), the arresting body is not named otherwise; recipient: the two intruders of the trigger sentence (one arrested)')
R(d,'ACCUSE',['disapprove'],'11',None,"ont également été prononcés",5,
  recip=[A("François Fillon",2,'FRA','POL')],
  loc=L("Strasbourg",2,48.58,7.75,'FRA'),date='2017-04-06',
  note='insults "lobbyiste, escroc" shouted at the meeting, speaker unknown; recipient from the title/sent. 2')
R(d,'ASSAULT',[],'18',None,"avait été enfariné",6,
  recip=[A("Manuel Valls",6,'FRA','POL')],
  loc=L("Strasbourg",6,48.58,7.75,'FRA'),date='2016-12-22',
  note='past flouring described with date and place (shared convention 11); perpetrator not named')

d='2017_04_12-001'
R(d,'THREATEN',['violence'],'13',None,"avoir reçu des menaces de mort par courrier",2,
  recip=[A("Laurent Valdiguié",2,'FRA','MED')],
  loc=None,date=None,
  note='death threats by letter with a bullet (sent. 3); announced on Tuesday 11 April, date of receipt not given; sender unknown')
R(d,'THREATEN',['violence'],'13',None,"adressées",2,
  recip=[A("des magistrats du pôle financier",2,'FRA','JUD'),A("Canard enchaîné",2,'FRA','MED'),A("Mediapart",2,'FRA','MED')],
  loc=None,date=None,
  note='similar threats sent to the financial-crime judges and two newsrooms, described in passing with their targets; one record for the one mailing (unsure: could be folded or split)')
R(d,'ACCUSE',['disapprove'],'11',None,"a porté plainte",4,
  actor=[A("Valdiguié",4,'FRA','MED')],
  loc=None,date=None,
  note='complaint filed with the BRDP against the unknown author of the threats: no recipient; date of filing not given')

d='2017_04_29-002'
R(d,'COERCE',['restrict'],'17',None,"ont été bloqués",4,
  actor=[A("les autorités",4,'TUR','GOV')],recip=[A("l'encyclopédie Wikipédia",4,None,'NGO')],
  loc=L("Turquie",4,39.0,35.0,'TUR'),date='2017-04-29',
  note='"à 5 heure locale" on the dateline day (the report of the same morning); confirmed by BTK (sent. 6-8, same event); the prime minister\'s earlier general statement (sent. 10) is not coded; earlier closures of Facebook, Twitter, YouTube (sent. 9) are undated aggregate mentions, not coded')

d='2017_06_09-001'
R(d,'ASSAULT',['primitive'],'18',None,"a attaqué",2,
  actor=[A("Un homme armé d'un marteau",2,'DZA','IMG'),A("Le groupe de l'État islamique",5,None,'IMG')],
  recip=[A("un policier",2,'FRA','GOV')],
  loc=L("parvis de la cathédrale de Notre-Dame de Paris",2,48.85,2.35,'FRA'),date='2017-06-06',inj=1,
  note='"le mardi" before Friday 9 June; IS claim fills in the actor (shared convention 10); attacker Algerian (sent. 6); lone attack on police: acled null; minor neck injury (sent. 7)')
R(d,'ASSAULT',['firearms'],'19',None,"a ensuite été neutralisé par balle",4,
  actor=[A("un de ses collègues",4,'FRA','GOV')],recip=[A("L'attaquant",4,'DZA','IMG')],
  loc=L("parvis de la cathédrale de Notre-Dame de Paris",2,48.85,2.35,'FRA'),date='2017-06-06',inj=1,
  note='police shoot and wound the attacker')
R(d,'COERCE',['restrict'],'17',None,"perquisitionnait",9,
  actor=[A("la police",9,'FRA','GOV')],recip=[A("Les visiteurs",9,None,'CVL')],
  loc=L("cathédrale",9,48.85,2.35,'FRA'),date='2017-06-06',
  note='about a thousand visitors held inside the cathedral for hours while the police searched it for accomplices; one record for the search and confinement')
R(d,'MOBILIZE',['police'],'15',None,"Un grand dispositif de sécurité",10,
  loc=L("Île de la Cité",10,48.85,2.35,'FRA'),date='2017-06-06',
  note='large security deployment paralysing the Île de la Cité for hours')

d='2017_06_22-001'
R(d,'ASSAULT',[],'18',None,"a percuté un fourgon de gendarmerie",5,
  actor=[A("l'assaillant",4,None,'IMG')],recip=[A("un fourgon de gendarmerie",5,'FRA','GOV')],
  loc=L("avenue des Champs-Élysées",2,48.87,2.31,'FRA'),date='2017-06-19',dead=1,
  note='"lundi 19 juin"; car with gas bottles and weapons rammed a gendarmerie van; only the attacker died (counted); allegiance to IS (sent. 9); lone attack on gendarmes: acled null (shared convention 9); actor from sent. 4, the nearest explicit noun phrase (the blind record also listed "Adam D", sent. 8, the same man: one actor is one entry, second-annotator fix); no mode: ramming, the gas bottles and guns found in the car (sent. 7) were not used')
R(d,'COERCE',['arrest'],'17',None,"était recherché",8,
  actor=[A("la Tunisie",8,'TUN','GOV'),A("Interpol",8,None,'IGO')],recip=[A("Adam D",8,None,'IMG')],
  loc=None,date=None,arr=None,
  note='wanted by Tunisia and Interpol (a warrant, shared convention 7: COERCE/arrest, arrested null); unsure whether a bare "wanted" status should be coded')
R(d,'ASSAULT',[],'18',None,"un policier a été tué",11,
  recip=[A("un policier",11,'FRA','GOV')],
  loc=L("Champs-Elysées",10,48.87,2.31,'FRA'),date='2017-04-22',dead=1,
  note='past attack described with a date, a place and a toll (shared convention 11); "Le 22 avril" as the text gives it; no mode: the text does not say how; perpetrator not named')

d='2017_08_09-001'
R(d,'ASSAULT',[],'18',None,"ont été renversés par une voiture",2,
  actor=[A("Le suspect",6,'DZA','UNK')],recip=[A("Six militaires du 35e régiment d'infanterie",2,'FRA','MIL')],
  loc=L("Levallois-Perret",0,48.89,2.29,'FRA'),date='2017-08-09',inj=6,
  note='car ramming of Sentinelle soldiers "à 8 heures du matin" on the dateline day; suspected terrorism; lone attack on soldiers: acled null (shared convention 9); place from the title; actor: the driver is not named in sent. 2 (only "une voiture"), the nearest explicit noun phrase for him is "Le suspect" arrested in sent. 6, Algerian (sent. 7) (second-annotator fix; the blind record had actor [])')
R(d,'COERCE',['arrest'],'17',None,"a été arrêté",6,
  actor=[A("la Brigade de Recherche et d’Intervention",6,'FRA','GOV')],recip=[A("Le suspect",6,'DZA','UNK')],
  loc=None,date='2017-08-09',arr=1,
  note='"dans l\'après-midi" of the same day; the arrest place is not named in the text (it was on a motorway in the north); Algerian national (sent. 7)')
R(d,'ASSAULT',['firearms'],'19',None,"aurait été blessé par cinq balles",6,
  actor=[A("la Brigade de Recherche et d’Intervention",6,'FRA','GOV')],recip=[A("Le suspect",6,'DZA','UNK')],
  loc=None,date='2017-08-09',inj=1,
  note='the suspect wounded during the arrest')

d='2018_03_10-002'
R(d,'ASSAULT',['abduct'],'18',None,"Une prise d’otage",2,
  actor=[A("le suspect",2,'USA','UNK')],recip=[A("une maison de retraite réservée aux anciens combattants",2,'USA','CVL')],
  loc=L("Californie",0,37.2,-119.5,'USA'),date=None,dead=None,
  note='"plusieurs morts dont le suspect": no number, dead null; only the state is named (title): its centre; no temporal expression; a veteran, motive unknown: acled null')

d='2018_07_22-001'
R(d,'CONCEDE',[],'08',None,"a annoncé la suspension",2,
  actor=[A("Nicole Belloubet",2,'FRA','GOV')],
  loc=L("Assemblée nationale",2,48.86,2.32,'FRA'),date=None,
  note='government suspends the examination of the constitutional revision after four days of blockage over the Benalla affair (CONCEDE: lifting/suspending a measure under pressure; unsure vs SANCTION/cancel); no day given (the dateline is a Sunday); the four days of blockage by deputies and the government\'s wish to resume later are parliamentary proceedings/statements, not coded')
R(d,'ACCUSE',['investigate'],'09',None,"auditionnera",4,
  actor=[A("La commission d'enquête parlementaire",4,'FRA','GOV')],recip=[A("Gérard Collomb",4,'FRA','GOV')],
  loc=None,date='2018-07-23',fut=True,
  note='planned hearing of the interior minister by the inquiry committee, "ce lundi 23 juillet à 10 heures"')

write(__file__)
