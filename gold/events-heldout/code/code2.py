from code1 import *

d='2017_01_01-002'
R(d,'ASSAULT',['firearms','targeted'],'18',VAC,"a été assassiné",2,
  actor=[A("un homme armé",2,None,'UNK')],recip=[A("Emmanuel Niyonkuru",2,'BDI','GOV')],
  loc=L("Rohero",2,-3.38,29.36,'BDI'),date='2017-01-01',dead=1,
  note='"dimanche 1 er janvier vers 0 h 45"; Rohero is a quarter of Bujumbura (Bujumbura coordinates); gunman unknown: country null (second-annotator fix)')

d='2017_01_28-005'
R(d,'REJECT',['yield'],'12',None,"refusé pendant un mois et demi de concéder sa défaite",4,
  actor=[A("Jammeh",4,'GMB','GOV')],date=None,
  note='refusal to concede the election defeat (the Gambian crisis); a period, no date')
R(d,'RETREAT',['resign'],'08',None,"est finalement parti",4,
  actor=[A("Jammeh",4,'GMB','GOV')],loc=L("Gambie",0,13.45,-15.4,'GMB'),date='2017-01-21',
  note='left power and the country (sent. 3) for exile in Equatorial Guinea (the destination, not the place of the event); place: Gambia from the title, as the shared gold does for the same departure')
R(d,'AGREE',[],'03',None,"se dise prêt à collaborer",13,
  actor=[A("le général Ousman Bargie",13,'GMB','MIL')],recip=[A("le nouveau président",9,'GMB','GOV')],
  date=None,note='army chief says he is ready to work with the new president (recipient from sent. 9)')

d='2017_03_02-001'
R(d,'ASSAULT',['abduct'],'18',ABD,"ont été enlevées",2,
  recip=[A("plusieurs personnes",2,None,'CVL')],
  loc=L("l'est de la République démocratique du Congo",5,-1.5,29.0,'COD'),date='2017-03-01',
  note='"Hier, mercredi 1er mars"; a Frenchman, three Congolese and a Tanzanian (sent. 3-4); perpetrators unknown (sent. 6); eastern DRC (approximate centre, Kivu)')
R(d,'ASSAULT',['firearms'],'19',CLASH,"de violents affrontements",8,
  actor=[A("l’armée nationale",8,'COD','MIL'),A("des factions rebelles",8,'COD','REB')],
  loc=L("l'est de la République démocratique du Congo",5,-1.5,29.0,'COD'),date='2017-01-31',dead=20,
  note='clashes of 31 January; "une vingtaine de personnes dont deux soldats" (sent. 9) is the combined toll of both episodes; place "La région" = eastern DRC (sent. 5)')
R(d,'ASSAULT',['firearms'],'19',CLASH,"de violents affrontements",8,
  actor=[A("l’armée nationale",8,'COD','MIL'),A("des factions rebelles",8,'COD','REB')],
  loc=L("l'est de la République démocratique du Congo",5,-1.5,29.0,'COD'),date='2017-02-20',
  note='clashes of 20-22 February (start date); toll on the previous record')

d='2017_03_15-002'
R(d,'REJECT',[],'12',None,"vient d'être bloquée",2,
  actor=[A("le juge fédéral Derrick Watson",2,'USA','JUD')],recip=[A("Donald Trump",2,'USA','GOV')],
  loc=L("Hawaï",2,20.8,-156.3,'USA'),date='2017-03-15',
  note='court blocks the revised travel-ban decree ("aujourd\'hui"); only the state is named: its centre, as guideline section 8 and the shared geo gold (Hawaï 20.8, -156.3) give it (second-annotator fix; the blind record had Honolulu, the court\'s seat, which the text does not name)')
R(d,'COERCE',['restrict'],'17',None,"avait été signée",4,
  actor=[A("Donald Trump",2,'USA','GOV')],date='2017-03-06',
  note='revised decree restricting entry to the US, signed on 6 March (actor from sent. 2)')
R(d,'CONCEDE',[],'08',None,"avait notamment été retirée de la liste",6,
  actor=[A("Donald Trump",2,'USA','GOV')],recip=[A("Irak",6,'IRQ','GOV')],date=None,
  note='Iraq removed from the list of banned countries in the new version; no date of its own; actor: the decree\'s author, nearest explicit NP (sent. 2), as #2 (second-annotator fix; blind record had actor [])')
R(d,'REJECT',[],'12',None,"avait été suspendu",8,
  actor=[A("un juge fédéral",8,'USA','JUD')],recip=[A("Donald Trump",2,'USA','GOV')],date='2017-02-03',
  note='the first decree suspended by a federal judge on 3 February; recipient: the decree\'s author (sent. 2), as #1 (second-annotator fix; blind record had recipient [])')

d='2017_03_21-004'
R(d,'ASSAULT',['firearms'],'18',VAC,"a essuyé des tirs",2,
  recip=[A("Le cortège de l'ancien président haïtien Jean-Bertrand Aristide",2,'HTI','POL')],
  loc=L("Port-au-Prince",2,18.54,-72.34,'HTI'),date='2017-03-20',inj=1,
  note='"hier après-midi"; one person injured (sent. 5); shooters unknown')
R(d,'RETREAT',['resign'],'08',None,"avait été contraint en 2004 de quitter le pouvoir",6,
  actor=[A("Aristide",6,'HTI','GOV')],date=None,
  note='past event described in passing (year only: date null); exile in South Africa')
