from code3 import *

d='2018_01_13-001'
R(d,'ASSAULT',[],'18',None,"agression",0,
  recip=[A("Le militaire de 44 ans",2,'FRA','MIL')],
  loc=L("Saint-Raphaël",2,43.42,6.77,'FRA'),date=None,dead=1,
  note='soldier found wounded at home on 10 January, died "ce vendredi" (12 Jan.); the assault itself is not dated; police favour a burglary gone wrong: ordinary crime, acled null; trigger in the title, arguments from sent. 2')

d='2018_03_09-002'
R(d,'RETREAT',['withdraw'],'08',None,"ne participera pas",2,
  actor=[A("Forces armées révolutionnaires de Colombie",2,'COL','POL')],
  loc=L("Colombie",0,4.6,-74.1,'COL'),date='2018-03-08',
  note='the FARC party withdraws its candidate from the May presidential election; announced "ce jeudi 8 mars"')

d='2018_04_04-001'
R(d,'MOBILIZE',['troops'],'15',None,"a ordonné le déploiement de la Garde nationale",2,
  actor=[A("l'administration des États-Unis",2,'USA','GOV')],
  loc=L("la frontière mexicaine",2,31.3,-108.0,'USA'),date=None,
  note='National Guard ordered to the Mexican border (approximate midpoint of the border); previously announced by Trump (sent. 4), same deployment')

d='2018_09_10-001'
R(d,'ASSAULT',['primitive'],'18',None,"a blessé sept personnes",2,
  actor=[A("un homme armé d'un couteau et d'une barre de fer",2,None,'UNK')],recip=[A("sept personnes",2,None,'CVL')],
  loc=L("Bassin de la Villette",2,48.89,2.37,'FRA'),date='2018-09-09',inj=7,
  note='"À 22h30 dimanche soir"; a group of picnickers then two English tourists while fleeing (sent. 4-5), one continuous attack; not terrorist per police, attacker apparently drugged: acled null')
R(d,'ASSAULT',['beat'],'18',None,"a immobilisé l'agresseur",6,
  actor=[A("un groupe de joueurs de pétanque",6,'FRA','CVL')],recip=[A("l'agresseur",6,None,'UNK')],
  loc=L("Bassin de la Villette",2,48.89,2.37,'FRA'),date='2018-09-09',
  note='bystanders subdue the attacker by hitting him (boule, piece of pallet)')
R(d,'COERCE',['arrest'],'17',None,"a ensuite interpellé",7,
  actor=[A("La brigade anti-criminalité",7,'FRA','GOV')],recip=[A("l'homme",7,None,'UNK')],
  loc=L("Bassin de la Villette",2,48.89,2.37,'FRA'),date='2018-09-09',arr=1,
  note='arrest right after the attack ("ensuite"); ordinary criminal: acled null')

d='2018_12_01-002'
R(d,'PROTEST',['demo'],'14',PEACE,"troisième week-end de mobilisation",2,
  actor=[A("gilets jaunes",2,'FRA','CVL')],loc=L("France",2,46.6,2.4,'FRA'),date='2018-12-01',
  note='national record for the third Saturday ("l\'événement du 1er décembre", sent. 15; "aujourd\'hui" in sent. 10)')
R(d,'PROTEST',['riot'],'14',VDEMO,"les affrontements entre forces de l'ordre et manifestants",16,
  actor=[A("manifestants",16,'FRA','CVL')],recip=[A("forces de l'ordre",16,'FRA','GOV')],
  loc=L("Champs-Élysées",3,48.87,2.31,'FRA'),date='2018-12-01',inj=10,
  note='riot around the Champs-Élysées and the Arc de Triomphe: at least ten injured incl. three police (sent. 3), assaults (sent. 5), a restaurant set on fire (sent. 7) folded in; place from sent. 3, date "aujourd\'hui" (sent. 15)')
R(d,'COERCE',['arrest'],'17',None,"ont été interpellées",4,
  recip=[A("au moins 81 personnes",4,'FRA','CVL')],
  loc=L("Champs-Élysées",4,48.87,2.31,'FRA'),date='2018-12-01',arr=81,
  note='arrests around the Champs-Élysées, police source; Castaner\'s earlier count of 39 (sent. 8) is the same series; acled on the protest record')
R(d,'COERCE',[],'17',None,"a utilisé des gaz lacrymogènes et un canon d'arrosage",6,
  actor=[A("La police",6,'FRA','GOV')],recip=[A("les manifestants",6,'FRA','CVL')],
  loc=L("Paris",3,48.85,2.35,'FRA'),date='2018-12-01',
  note='tear gas and water cannon to disperse the protesters (Paris, sent. 3)')
for town,lat,lon in (("Meaux",48.96,2.88),("Fontainebleau",48.41,2.70),("Nemours",48.28,2.69)):
    R(d,'PROTEST',['obstruct'],'14',PEACE,"se sont réunis",10,
      actor=[A("plusieurs dizaines de manifestants",10,'FRA','CVL')],
      loc=L(town,10,lat,lon,'FRA'),date='2018-12-01',
      note='"aujourd\'hui"; gatherings at roundabouts in the named towns: one record per town (shared convention 4)')
R(d,'PROTEST',['obstruct'],'14',PEACE,"Une opération \"péage gratuit\" est menée",11,
  loc=L("Fleury-en-Bière",11,48.45,2.55,'FRA'),date='2018-12-01',
  note='free-toll action; same day as sent. 10 ("aujourd\'hui"), present tense')
R(d,'CONSULT',[],'04',None,"avait reçu",13,
  actor=[A("Édouard Philippe",12,'FRA','GOV')],recip=[A("deux représentants des gilets",13,'FRA','CVL')],
  date='2018-11-30',note='meeting on Friday (30 Nov.); "Il" -> Édouard Philippe (sent. 12)')
R(d,'REJECT',[],'12',None,"a refusé les caméras",13,
  actor=[A("le Premier ministre",13,'FRA','GOV')],recip=[A("deux représentants des gilets",13,'FRA','CVL')],
  date='2018-11-30',note='refused to have the meeting filmed; one representative walked out')
R(d,'AGREE',[],'03',None,"« la porte de Matignon sera toujours ouverte »",14,
  actor=[A("Édouard Philippe",14,'FRA','GOV')],recip=[A("gilets jaunes",14,'FRA','CVL')],
  date='2018-11-30',note='offer of dialogue, "Toujours hier" (30 Nov.)')
R(d,'ACCUSE',['disapprove'],'11',None,"n'a rien à voir avec l'expression pacifique d'une colère légitime",15,
  actor=[A("Emmanuel Macron",15,'FRA','GOV')],
  loc=L("l'Argentine",16,-38.4,-63.6,'ARG'),date='2018-12-01',
  note='condemnation of the Paris violence on Twitter ("aujourd\'hui"); sent from Argentina (G20, sent. 16): country centre')
R(d,'PROTEST',['demo'],'14',PEACE,"se rendent à la Bastille",18,
  actor=[A("Des gilets jaunes",18,'FRA','CVL')],loc=L("Bastille",18,48.85,2.37,'FRA'),date='2018-12-01',
  note='protesters heading to the Bastille (present tense, report of the day)')
R(d,'PROTEST',['demo'],'14',PEACE,"ont prévu un quatrième acte",18,
  actor=[A("Des gilets jaunes",18,'FRA','CVL')],date=None,fut=True,
  note='planned fourth national day, not dated in the text')
R(d,'PROTEST',['riot'],'14',VDEMO,"ils sont apparus à Bruxelles",20,
  actor=[A("les gilets jaunes",19,'BEL','CVL')],loc=L("carrefour Arts-Loi",20,50.85,4.37,'BEL'),date='2018-11-30',
  note='"Vendredi"; two police cars burnt, folded in; actor from sent. 19')
R(d,'COERCE',['arrest'],'17',None,"ont été interpellées",20,
  recip=[A("à peu près 60 personnes",20,'BEL','CVL')],
  loc=L("carrefour Arts-Loi",20,50.85,4.37,'BEL'),date='2018-11-30',arr=60,
  note='arrests in Brussels; acled on the protest record')
for town,lat,lon in (("La Haye",52.08,4.30),("Nimègue",51.84,5.85),("Maastricht",50.85,5.69)):
    R(d,'PROTEST',['demo'],'14',PEACE,"sont apparus aussi",21,
      actor=[A("des manifestants vêtus de gilets jaunes",21,'NLD','CVL')],
      loc=L(town,21,lat,lon,'NLD'),date='2018-12-01',
      note='"Aujourd\'hui"; no violence; one record per named town')

write(__file__)
