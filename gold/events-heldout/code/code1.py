from lib import *

d='2016_01_07-001'
R(d,'ASSAULT',['primitive'],'18',None,"tentant de pénétrer",2,
  actor=[A("Un homme",2,None,'UNK')],recip=[A("le commissariat de la Goutte-d'Or",2,'FRA','GOV')],
  loc=L("Goutte-d'Or",2,48.89,2.35,'FRA'),date='2016-01-07',
  note='knife and fake explosive belt (sent. 3-4); lone attack on a police station: acled null; "peu avant midi" on the dateline day (11h40 UTC)')
R(d,'ASSAULT',['firearms'],'19',None,"a été abattu",2,
  actor=[A("les policiers en faction",4,'FRA','GOV')],recip=[A("Un homme",2,None,'UNK')],
  loc=L("Goutte-d'Or",2,48.89,2.35,'FRA'),date='2016-01-07',dead=1,
  note='police shoot the attacker; actor from sent. 4')
R(d,'MOBILIZE',['police'],'15',None,"ont été dépêchés",5,
  actor=[A("Les services de déminage",5,'FRA','GOV')],
  loc=L("Goutte-d'Or",2,48.89,2.35,'FRA'),date='2016-01-07',
  note='bomb-disposal units sent "sur place" (the police station of sent. 2)')

d='2016_03_31-001'
R(d,'ASSAULT',['explosives'],'18',IED,"a explosé",2,
  recip=[A("Au moins 4 policiers",2,'TUR','GOV')],
  loc=L("Diyarbakır",2,37.91,40.22,'TUR'),date=None,dead=4,inj=15,
  note='device exploded next to a bus carrying police; no temporal expression besides the dateline')

d='2016_05_27-001'
R(d,'AID',['humanitarian'],'07',None,"ont été secourues",1,
  recip=[A("Environ 12 000 personnes",1,None,'CVL')],
  loc=L("Libye",1,25.0,17.0,'LBY'),date=None,
  note='rescues at sea off Libya over the migration wave; rescuers not named; the 4000 rescued on Thursday (sent. 5) are part of it; only the country is named ("au large de la Libye"): its centre, as guideline section 8 and the shared geo gold (Libye 25.0, 17.0) give it (second-annotator fix; the blind record had the coast off Tripoli); shipwrecks are accidents, not coded')

d='2016_06_12-002'
R(d,'ASSAULT',['primitive'],'18',MOB,"une nouvelle bagarre a éclaté",3,
  actor=[A("supporteurs niçois",3,'FRA','CVL'),A("nord- irlandais",3,'GBR','CVL')],
  loc=L("Nice",3,43.70,7.27,'FRA'),date='2016-06-11',inj=7,
  note='"samedi soir"; 7 injured (sent. 4); brawl between supporters = Riots/Mob violence')
R(d,'ASSAULT',['primitive'],'18',MOB,"les heurts",3,
  recip=[A("un Anglais",3,'GBR','CVL')],
  loc=L("Marseille",3,43.30,5.38,'FRA'),date='2016-06-11',inj=1,
  note='clashes during the England-Russia match in Marseille, described in passing (place, one critically injured); date: "ce même match" was on the Saturday evening')
R(d,'ACCUSE',['disapprove'],'11',None,"a fermement condamné",7,
  actor=[A("Christian Estrosi",7,'FRA','GOV')],
  date=None,note='condemnation of the violence on Twitter; "dans la soirée" not anchored to a day')

d='2016_08_07-001'
R(d,'ASSAULT',['explosives'],'18',IED,"l’explosion d’une bombe artisanale",2,
  recip=[A("quatre personnes",2,'DZA','CVL')],
  loc=L("Chechar",2,35.01,7.00,'DZA'),date='2016-08-05',dead=4,
  note='"vendredi, le 5 août"; Chechar commune (not in cities500; approximate coordinates, about 45 km south of Khenchela)')

d='2016_08_30-003'
R(d,'ASSAULT',['primitive'],'18',None,"a été poignardé",2,
  actor=[A("L'individu ayant porté le coup de couteau",3,None,'UNK')],recip=[A("Un policier",2,'FRA','GOV')],
  loc=L("Toulouse",2,43.60,1.44,'FRA'),date='2016-08-30',inj=1,
  note='lone knife attack on a police officer at a police station: acled null; "aux alentours de 14 heures 30" on the dateline day (nothing puts it on another day)')
R(d,'COERCE',['arrest'],'17',None,"a été arrêté",3,
  actor=[A("d'autres policiers",7,'FRA','GOV')],recip=[A("L'individu ayant porté le coup de couteau",3,None,'UNK')],
  loc=L("Toulouse",2,43.60,1.44,'FRA'),date='2016-08-30',arr=1,
  note='arrested "aussitôt" by the other officers (sent. 7); individual, not a militant: acled null')

d='2016_10_13-001'
R(d,'SANCTION',['withdraw'],'16',None,"le retrait du pays du statut de Rome",3,
  actor=[A("L'assemblée nationale du Burundi",3,'BDI','GOV')],recip=[A("cour pénale internationale",3,None,'JUD')],
  loc=L("Burundi",3,-3.39,29.92,'BDI'),date=None,
  note='law deciding the withdrawal from the Rome Statute (ICC); dateline only (12 Oct.), no temporal expression in the text')
R(d,'REQUEST',[],'02',None,"appelle",1,
  actor=[A("Ban Ki-Moon",1,None,'IGO')],recip=[A("Burundi",1,'BDI','GOV')],
  date=None,note='page-update line: Ban Ki-moon calls on the country to keep cooperating with the UN office; the update date is not a temporal expression of the event')
R(d,'ACCUSE',['investigate'],'09',None,"l'ouverture une enquête",9,
  actor=[A("le conseil des droits de l'homme des Nations unies",9,None,'IGO')],recip=[A("douze personnalités",9,'BDI','GOV')],
  date='2016-09-30',note='announced on 30 September 2016; targets close to the president')

d='2016_10_17-001'
R(d,'ASSAULT',['heavy-weapons'],'19',CLASH,"l'offensive contre Mossoul",2,
  actor=[A("les forces de police",3,'IRQ','GOV'),A("l'armée irakienne",3,'IRQ','MIL')],
  recip=[A("l'organisation terroriste État islamique",2,None,'IMG')],
  loc=L("Mossoul",2,36.34,43.12,'IRQ'),date='2016-10-17',
  note='start of the Mosul offensive announced by the Iraqi PM "dans la nuit du 16 au 17 octobre"; the forces entering the city named in sent. 3; mode heavy-weapons is a guess (the text names no weapon)')

d='2016_12_04-004'
R(d,'AGREE',[],'03',None,"promet de fournir",0,
  actor=[A("la Chine",0,'CHN','GOV')],recip=[A("Burundi",0,'BDI','GOV')],
  date=None,note='promise of 300,000 (sent. 5: 290,000) digital decoders; title and sent. 5 carry the same arguments: the earlier sentence')
R(d,'AID',['economic'],'07',None,"devraient nous parvenir",5,
  actor=[A("la Chine",5,'CHN','GOV')],recip=[A("Burundi",5,'BDI','GOV')],
  loc=L("Burundi",5,-3.39,29.92,'BDI'),date='2016-12',fut=True,
  note='planned delivery of part of the decoders "à la fin de cette année"; material aid in kind')

d='2016_12_22-001'
R(d,'ASSAULT',[],'18',None,"a été enfariné",2,
  actor=[A("un militant opposé à la loi travail",2,'FRA','CVL')],recip=[A("Manuel Valls",2,'FRA','POL')],
  loc=L("Strasbourg",2,48.58,7.75,'FRA'),date='2016-12-22',
  note='flour thrown at Valls by an anti-labour-law activist shouting a slogan; ASSAULT/18 without mode, acled null (minor assault without injury), as the shared gold codes this same flour attack and the later slap on Valls')
R(d,'COERCE',['arrest'],'17',None,"a été immédiatement arrêté",3,
  actor=[A("les forces de police",3,'FRA','GOV')],recip=[A("un militant opposé à la loi travail",2,'FRA','CVL')],
  loc=L("Strasbourg",2,48.58,7.75,'FRA'),date='2016-12-22',arr=1,
  note='arrest of the flour thrower; acled null (minor assault)')
R(d,'ACCUSE',['disapprove'],'11',None,"a été particulièrement critiqué",6,
  recip=[A("Valls",6,'FRA','POL')],date=None,
  note='critics not named: actor []')
R(d,'ASSAULT',[],'18',None,"l'enfarinage",7,
  recip=[A("François Hollande",7,'FRA','POL')],date=None,
  note='2012 flouring of Hollande described in passing (named victim, year, "peu avant son élection"): past event coded as shared convention 11 and as Aristide 2004 here; year only: date null; coded like #1 (ASSAULT/18, acled null); added on the second annotator\'s review')
