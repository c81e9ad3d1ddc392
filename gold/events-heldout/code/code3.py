from code2 import *

d='2017_04_10-001'
R(d,'ASSAULT',['explosives'],'18',IED,"une première explosion a retenti",3,
  actor=[A("EI",12,None,'IMG')],recip=[A("l’église Saint-Georges",3,'EGY','REL')],
  loc=L("Tanta",3,30.79,31.00,'EGY'),date='2017-04-09',dead=27,inj=78,
  note='"Ce dimanche 9 avril"; toll "au moins 27 morts, ainsi que de 78 blessés" (sent. 4); claimed by IS (sent. 12); the type of device is not given')
R(d,'ASSAULT',['explosives','suicide-attack'],'18',SUI,"une seconde explosion s'est produite",5,
  actor=[A("EI",12,None,'IMG'),A("un kamikaze",7,None,'IMG')],
  recip=[A("l’église Saint-Marc",5,'EGY','REL'),A("le pape des coptes Tawadros II",9,'EGY','REL')],
  loc=L("Alexandrie",5,31.20,29.92,'EGY'),date='2017-04-09',dead=16,inj=48,
  note='a few hours after Tanta, same Sunday; suicide bomber per the interior ministry (sent. 7); toll "16 ou 17 morts (incluant quatre policiers) et 41 blessés, puis 48" (sent. 8); the Coptic pope probably targeted (sent. 9-10)')
R(d,'ACCUSE',['disapprove'],'11',None,"a été condamné",18,
  actor=[A("François Fillon",18,'FRA','POL'),A("François Hollande",18,'FRA','GOV'),A("Marine Le Pen",18,'FRA','POL'),
         A("Benoît Hamon",18,'FRA','POL'),A("Jean-Marc Ayrault",18,'FRA','GOV'),A("Manuel Valls",18,'FRA','POL'),
         A("Donald Trump",18,'USA','GOV'),A("ONU",18,None,'IGO')],
  date=None,note='one sentence, several condemning actors: one record (shared convention 3)')
R(d,'COERCE',['restrict'],'17',None,"L' état d'urgence a été instauré",19,
  actor=[A("le président Sissi",19,'EGY','GOV')],date=None,
  note='state of emergency declared after the attacks; no temporal expression in the sentence')
R(d,'THREATEN',['violence'],'13',None,"avait d'ailleurs récemment appelé à viser la communauté copte",13,
  actor=[A("La branche égyptienne de l'organisation",13,None,'IMG')],recip=[A("la communauté copte",13,'EGY','REL')],
  date=None,note='IS Egypt branch had called for attacks on Copts ("récemment": vague)')
R(d,'CONSULT',['visit'],'04',None,"doit recevoir la visite du pape",13,
  actor=[A("pape",13,'VAT','REL')],recip=[A("la communauté copte",13,'EGY','REL')],
  loc=L("Égypte",2,26.8,30.8,'EGY'),date='2017-04-28',fut=True,
  note='planned papal visit "les 28 et 29 avril prochains" (start date); place "le pays" = Egypt (sent. 2)')
R(d,'ASSAULT',['explosives','suicide-attack'],'18',SUI,"un attentat-suicide avait été perpétré",15,
  recip=[A("l’église Saint-Pierre et Saint-Paul",15,'EGY','REL')],
  loc=L("Caire",15,30.06,31.25,'EGY'),date='2016-12-11',dead=29,
  note='past attack described in passing ("le 11 décembre dernier"); 29 dead (sent. 16)')
R(d,'SUPPORT',[],'05',None,"ont également adressé leurs condoléances",18,
  actor=[A("François Fillon",18,'FRA','POL'),A("François Hollande",18,'FRA','GOV'),A("Marine Le Pen",18,'FRA','POL'),
         A("Benoît Hamon",18,'FRA','POL'),A("Jean-Marc Ayrault",18,'FRA','GOV'),A("Manuel Valls",18,'FRA','POL'),
         A("Donald Trump",18,'USA','GOV'),A("ONU",18,None,'IGO')],
  recip=[A("proches des victimes",18,'EGY','CVL')],date=None,
  note='condolences: a second speech act beside the condemnation #3 (guideline section 3), SUPPORT/05 as the shared gold codes condolences (2018_03_23-001#7); same actors, one record (shared convention 3); added on the second annotator\'s review')
R(d,'SUPPORT',[],'05',None,"a d'ailleurs adressé ses pensées",14,
  actor=[A("pape",13,'VAT','REL')],recip=[A("victimes",14,'EGY','CVL')],date=None,
  note='the pope\'s thoughts to the victims, SUPPORT/05 like condolences; "Ce dernier" -> "pape" (sent. 13, as #6); added on the second annotator\'s review')

d='2017_04_16-003'
R(d,'CONCEDE',[],'08',None,"ouvre les barrages",2,
  actor=[A("Le collectif",2,'FRA','CVL')],loc=L("la Guyane",2,4.0,-53.0,'GUF'),date=None,
  note='the protest collective opens (does not lift) its roadblocks "jusqu\'à nouvel ordre" for the Easter weekend: an easing of the protest')
R(d,'PROTEST',['demo'],'14',PEACE,"mouvement de contestation",2,
  actor=[A("Le collectif",2,'FRA','CVL')],loc=L("la Guyane",2,4.0,-53.0,'GUF'),date=None,
  note='the social movement shaking French Guiana "depuis plus de trois semaines" (vague: date null)')
R(d,'PROTEST',['obstruct'],'14',PEACE,"resteront fermés",4,
  actor=[A("Le collectif",2,'FRA','CVL')],loc=L("centre spatial",4,5.16,-52.65,'GUF'),date=None,
  note='roadblock of the space centre (Kourou) stays closed')
R(d,'REJECT',['meet'],'12',None,"a également rejeté l'idée d'envoyer une délégation rencontrer le président Hollande",6,
  actor=[A("Le collectif",6,'FRA','CVL')],recip=[A("le président Hollande",6,'FRA','GOV')],date=None)

d='2017_05_23-002'
R(d,'ASSAULT',['explosives','suicide-attack'],'18',SUI,"une explosion est survenue",2,
  actor=[A("Salman Abedi",7,'GBR','IMG')],recip=[A("le public",2,'GBR','CVL')],
  loc=L("Manchester Arena",2,53.49,-2.24,'GBR'),date=None,dead=22,inj=64,
  note='treated as a terrorist attack; the suspect died in the attack (sent. 8), hence suicide bomb; "vers 22 h 35" is the evening before the dateline and no day is named: date null (shared convention 1)')
R(d,'ACCUSE',['investigate'],'09',None,"est identifié par la police comme suspect",7,
  actor=[A("la police",7,'GBR','GOV')],recip=[A("Salman Abedi",7,'GBR','IMG')],date=None,
  note='police investigation names the suspect')
R(d,'ACCUSE',['disapprove'],'11',None,"une attaque terroriste épouvantable",6,
  actor=[A("Theresa May",6,'GBR','GOV')],date=None,
  note='condemnation by the prime minister')

d='2017_06_15-001'
R(d,'CONSULT',['visit'],'04',None,"Arrivé",2,
  actor=[A("Jean-Pierre Lacroix",2,None,'IGO')],
  loc=L("Kinshasa",2,-4.33,15.31,'COD'),date='2017-06-12',
  note='five-day visit, arrived "le lundi (12)"')
R(d,'CONSULT',[],'04',None,"a rencontré",2,
  actor=[A("Jean-Pierre Lacroix",2,None,'IGO')],
  recip=[A("les acteur politiques",2,'COD','POL'),A("la société civile",2,'COD','CVL'),A("des diplomates de certains pays",2,None,'GOV')],
  loc=L("Kinshasa",2,-4.33,15.31,'COD'),date='2017-06-13',
  note='"hier mardi (13)" (the article is dated Thursday 15: the explicit day number is used)')

d='2017_06_26-001'
R(d,'PROTEST',['demo'],'14',PEACE,"ont protesté",2,
  actor=[A("50 000 militants",2,None,'CVL')],
  loc=L("Belgique",2,50.64,4.67,'BEL'),date='2017-06-25',
  note='"Dimanche"; 90-km human chain across Belgium against the Tihange and Doel plants')
R(d,'REQUEST',['change'],'02',None,"demandent la fermeture immédiate",4,
  actor=[A("Les participants de l'action",3,None,'CVL')],date=None,
  note='demand to close the reactors, addressed to no named party')

d='2017_10_11-001'
R(d,'COERCE',[],'17',None,"a été partiellement empêchée",3,
  actor=[A("le gouvernement espagnol",3,'ESP','GOV')],
  loc=L("Catalogne",2,41.8,1.5,'ESP'),date='2017-10-01',
  note='use of force against the referendum of 1 October (sent. 2)')
R(d,'CONCEDE',[],'08',None,"est « suspendue »",4,
  actor=[A("Carles Puigdemont",4,'ESP','GOV')],recip=[A("Madrid",4,'ESP','GOV')],date=None,
  note='independence declaration suspended pending negotiations with Madrid; the signing of the declaration itself is not a PLOVER event; "dans les jours qui suivent" vague')
R(d,'REQUEST',['change'],'02',None,"demande",5,
  actor=[A("Le gouvernement espagnol de Mariano Rajoy",5,'ESP','GOV')],recip=[A("autorités catalanes",5,'ESP','GOV')],date=None,
  note='demand to clarify their position')
R(d,'THREATEN',[],'13',None,"menace",6,
  actor=[A("Le gouvernement espagnol de Mariano Rajoy",5,'ESP','GOV')],recip=[A("la Catalogne",6,'ESP','GOV')],date=None,
  note='threat to apply article 155 (suspend Catalan autonomy); "Il" -> the government (sent. 5)')
R(d,'SUPPORT',[],'05',None,"est soutenu",9,
  actor=[A("la vaste majorité du Parlement espagnol",9,'ESP','GOV')],recip=[A("Le chef du gouvernement espagnol",9,'ESP','GOV')],date=None)
R(d,'REQUEST',['meet'],'02',None,"demande des négociations sans conditions",9,
  actor=[A("Podemos",9,'ESP','OPP')],date=None,
  note='demand for unconditional negotiations with Catalonia and a new legal referendum: one demand record')
