"""The sixth held-out set's records (coded blind, 28 Nov. 2026); `python3 code1.py` rewrites ../events_dev.jsonl.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- Aix-les-Bains: a policewoman shoots a violent husband
d='2016_05_01-001'
R(d,'ASSAULT',['firearms'],'19',None,'tire mortellement',2,actor=[A('Une policière',2,'FRA','GOV')],recip=[A('un mari violent',2,'FRA','CVL')],
  loc=L('Aix-les-Bains',2,45.69,5.91,'FRA'),dead=1,
  note="police shooting an individual (guideline §4: police kills an attacker, ASSAULT/19, ACLED null); title and sent. 2 the same event, sent. 2 chosen (it adds the department); no temporal expression: date null")
# ---------------------------------------------------------------- New York: a car drives into the crowd on Times Square
d='2017_05_18-001'
R(d,'ASSAULT',[],'18',None,'foncer',2,actor=[A('un conducteur ivre',3,'USA','UNK')],recip=[A('une foule',2,'USA','CVL')],
  loc=L('Times Square',2,40.76,-73.99,'USA'),date='2017-05-18',dead=1,inj=22,
  note="'jeudi' = the dateline's Thursday, 18 May 2017; actor the nearest explicit noun phrase (sent. 3, police's reading: a drunk driver, not terrorism): ordinary crime, ACLED null. Unsure: the text says the car left the road 'pour foncer sur une foule' (a ramming), but a drunk driver's crash could be read as an accident and left uncoded")
# ---------------------------------------------------------------- Jo Cox killed at Birstall
d='2016_06_16-001'
R(d,'ASSAULT',[],'18',VAC,'avoir été attaquée',2,actor=[],recip=[A('la députée Jo Cox',2,'GBR','POL'),A('un homme de 77 ans',3,'GBR','CVL')],
  loc=L('Birstall',2,53.73,-1.66,'GBR'),date='2016-06-16',dead=1,inj=1,
  note="the attack on the MP (she died of her wounds); the 77-year-old man lightly injured (sent. 3) taken as a victim of the same attack; the attacker is not named (the man arrested, sent. 4, is not said to be him): actor []; 'à la mi-journée' in a report dated '16 juin 2016, 16 h 20 UTC' that announces her death: the mid-day of that day (second annotator: date null -> 2016-06-16, as the shared gold dates the same attack's 'en début d'après-midi' under the same dateline, 2016_06_16-002#1; convention 1); attack on a politician: ACLED Violence against civilians/Attack. No weapon named: mode []")
R(d,'COERCE',['arrest'],'17',None,'a été arrêté',4,actor=[],recip=[A('Un homme de 52 ans',4,'GBR','UNK')],arr=1,
  note="arrest with no agent named (the West Yorkshire police of sent. 3 speaks, it is not said to arrest): actor []; no place or date in the sentence: null; ACLED null as the fifth set's arrests")
# ---------------------------------------------------------------- Marseille Saint-Charles station knife attack
d='2017_10_01-004'
R(d,'ASSAULT',['primitive'],'18',VAC,'a tué',2,actor=[A('un homme de 30 ans',2,None,'IMG'),A('Daesh',10,None,'IMG')],recip=[A('deux passantes',2,'FRA','CVL')],
  loc=L('gare de Saint-Charles',2,43.30,5.38,'FRA'),date='2017-10-01',dead=2,
  note="knife attack 'cet après-midi vers 13 h 45' = the dateline day (the text puts it on that day); IS's claim (sent. 10) fills in the actor beside the attacker (convention 10); attacker's nationality not given: null; suspected terrorism (sent. 3): IMG")
R(d,'ASSAULT',['firearms'],'19',None,'a été abattu',4,actor=[A("quelques militaires de l' Opération Sentinelle",4,'FRA','MIL')],recip=[A("L'homme",4,None,'IMG')],
  loc=L('gare de Saint-Charles',2,43.30,5.38,'FRA'),date='2017-10-01',dead=1,
  note="soldiers shoot the attacker: a separate ASSAULT/19 (guideline §3); at the station, the same afternoon (the text tells it as the sequel of the attack); lone attacker: ACLED null")
R(d,'COERCE',['restrict'],'17',None,'a été évacuée',6,actor=[],
  loc=L('La gare',6,43.30,5.38,'FRA'),date='2017-10-01',
  note="the station evacuated and sealed off, no agent named: COERCE/restrict, actor [] (the fifth set's station closures); the same afternoon")
R(d,'COERCE',['restrict'],'17',None,'a été interrompu',7,actor=[],
  loc=L('gare de Saint-Charles',2,43.30,5.38,'FRA'),date='2017-10-01',
  note="rail traffic stopped, a second measure (the fifth set's rail and metro stoppages as separate records); no agent named; place from the lead (the station). Unsure: could be folded into the evacuation")
R(d,'ACCUSE',['investigate'],'09',None,"s'est saisi de l'enquête",9,actor=[A('Le parquet antiterroriste de Paris',9,'FRA','JUD')],
  note="the anti-terrorist prosecutors take up the investigation: ACCUSE/investigate; no recipient named in the sentence; undated. The minister's trip to Marseille (sent. 8) is not an event with a counterpart: uncoded; the claim (sent. 10) fills the attack's actor")
# ---------------------------------------------------------------- London: Westminster attack, toll
d='2017_03_23-001'
R(d,'ASSAULT',['primitive'],'18',VAC,'attaque terroriste',2,actor=[A("L'assaillant",3,None,'IMG')],recip=[A('la foule',4,'GBR','CVL'),A('un policier',4,'GBR','GOV')],
  loc=L('Parlement de Londres',2,51.50,-0.12,'GBR'),date='2017-03-22',dead=3,inj=20,
  note="'hier' = 22 March 2017; the car driven into the crowd and the policeman stabbed at one site are one attack (guideline §3); toll 3 dead besides the attacker, 20 injured (sent. 6-7); actor the nearest explicit noun phrase (sent. 3); terrorism per police: IMG, country not given")
R(d,'ASSAULT',['firearms'],'19',None,'a été abattu',3,actor=[A('la police',3,'GBR','GOV')],recip=[A("L'assaillant",3,None,'IMG')],
  loc=L('Parlement',3,51.50,-0.12,'GBR'),date='2017-03-22',dead=1,
  note="the police shoot the attacker 'hier en début d'après-midi' = 22 March: separate ASSAULT/19; lone attacker: ACLED null")
R(d,'ACCUSE',['disapprove'],'11',None,'il s\'agit d\'une attaque « écœurante et perverse »',10,actor=[A('Theresa May',10,'GBR','GOV')],
  note="the Prime Minister condemns the attack; no party named as target: recipient [] (as the fifth set's condemnations of Las Vegas); undated. The reopening of Parliament and the alert level kept at 4 (sent. 9) are not events")
# ---------------------------------------------------------------- Fort Lauderdale airport shooting
d='2017_01_06-001'
R(d,'ASSAULT',['firearms'],'18',VAC,'a ouvert le feu',2,actor=[A('Un individu armé',2,'USA','UNK')],
  loc=L("aéroport de Fort Lauderdale",2,26.07,-80.15,'USA'),dead=5,inj=13,
  note="shooting in terminal 2; 'à 12 h 55 UTC-5' alone (convention 1: a time of day alone): date null; at least 5 dead and 13 injured (sent. 3); the victims are named by no noun phrase: recipient []; the attacker from Alaska, USA; motive unknown, mass shooting in a public place: ACLED Violence against civilians/Attack (unsure)")
R(d,'COERCE',['arrest'],'17',None,'a été arrêté',4,actor=[],recip=[A("L'assaillant",4,'USA','UNK')],
  loc=L("aéroport de Fort Lauderdale",2,26.07,-80.15,'USA'),arr=1,
  note="the attacker (Esteban Santiago, same sentence: one entry per person) arrested, agent not named; place from the lead (arrested on the spot); undated")
R(d,'COERCE',['restrict'],'17',None,'a été fermé',10,actor=[],
  loc=L("L'aéroport",10,26.07,-80.15,'USA'),
  note="the airport closed and all flights cancelled 'jusqu'à nouvel ordre': one COERCE/restrict record, no agent named (the fifth set's station closures); undated")
# ---------------------------------------------------------------- Aix-les-Bains: a man stabbed to death outside a bar
d='2016_05_03-001'
R(d,'ASSAULT',['primitive'],'18',None,'a été tué',3,actor=[A('un individu',4,None,'UNK')],recip=[A('Un homme',3,'FRA','CVL')],
  loc=L("un bar situé en face de la gare à Aix-les-Bains",3,45.69,5.91,'FRA'),date='2016-05-03',dead=1,
  note="'ce mardi 3 mai' = 2016-05-03 (sent. 1 and sent. 3 the same event; sent. 3 carries date and place); stabbing ('coups de couteau', sent. 4, where the attacker and the victim, the 29-year-old co-manager, are described); actor the nearest explicit noun phrase (sent. 4), unknown: UNK; motive unknown: ordinary crime, ACLED null")
R(d,'ACCUSE',['investigate'],'09',None,"est en charge de l'enquête",5,actor=[A('La police judiciaire',5,'FRA','GOV')],
  note="the criminal police lead the investigation (the hearings and video checks of sent. 8 folded in); no recipient named; undated. The prosecutor's 'Toutes les pistes sont ouvertes' (sent. 9) is a statement, not coded")
R(d,'COERCE',['restrict'],'17',None,'a été fermé',6,actor=[],
  loc=L('boulevard Wilson',6,45.69,5.91,'FRA'),date='2016-05-03',
  note="the boulevard closed until the night, no agent named: COERCE/restrict, actor [] (the fifth set's road and station closures); 'immédiatement' after the attack: 3 May. The rescue services' deployment (same sentence) is not a police or military deployment: not coded")
R(d,'COERCE',['arrest'],'17',None,'est toujours recherché',7,actor=[],recip=[A('l’agresseur',7,None,'UNK')],
  note="a wanted attacker: COERCE/arrest with arrested null (the fifth set's 'est encore recherché'); the sentence's 'En ce 4 mai 2015' is a state at the time of writing (and a misprinted year), not the date of an act: date null; no place in the sentence")
# ---------------------------------------------------------------- Turkey: Meral Akşener's new party
d='2017_10_25-001'
R(d,'SANCTION',[],'16',None,'elle en est exclue',6,actor=[A('parti nationaliste',6,'TUR','POL')],recip=[A('Meral Akşener',3,'TUR','POL')],date='2016-09',
  note="her exclusion from the MHP 'en septembre 2016' (month): a party's disciplinary exclusion, SANCTION with no mode as the shared gold's Benalla dismissal (convention 7); recipient the nearest explicit noun phrase (sent. 3; 'elle' is a pronoun); no place. Not coded: the party's founding (sent. 2-3, an organisational act), the MHP's and the new party's stances for or against Erdoğan (sent. 5, 6, 8: positions, not acts aimed at him on an occasion), the defections (sent. 7) and the election hopes (sent. 8-9). Unsure: the exclusion could be left uncoded as party business")
# ---------------------------------------------------------------- Dortmund bus bombing: investigation
d='2017_04_16-007'
R(d,'ASSAULT',['explosives'],'18',IED,"l'attentat",3,actor=[],recip=[A('le Borussia Dortmund',3,'DEU','CVL')],
  loc=L('Dortmund',3,51.51,7.47,'DEU'),date='2017-04-11',
  note="the bombing of the team bus 'mardi soir' = Tuesday 11 April 2017 (publication Sunday 16 April); the bus is a thing: the club as recipient; the two claims (sent. 4-8) are judged doubtful by the text and the police: they do not fill the actor (convention 10, a mere suspicion is not used): actor []; no toll given")
R(d,'COERCE',['arrest'],'17',ARR,'arrêté',3,actor=[],recip=[A('islamiste irakien de 25 ans',3,'IRQ','IMG')],date='2017-04-12',arr=1,
  note="the Iraqi Islamist 'arrêté mercredi' = Wednesday 12 April 2017; agent not named; no place named for the arrest; the text says nothing proves his part in the attack. ACLED Strategic developments/Arrests (second annotator, was null): the arrest of a terrorism suspect (IMG), as gold/events/GUIDELINE.md and the shared and held-out sets label such arrests; the set's other arrests (unidentified or ordinary suspects, a protester) keep null")
R(d,'ACCUSE',['investigate'],'09',None,"L'enquête",1,actor=[],
  loc=L('Dortmund',1,51.51,7.47,'DEU'),
  note="the investigation into the explosions (title, sent. 1 and 3; the police's doubts and two suspects, sent. 8-9, folded in): ACCUSE/investigate, no agent named in the sentence; undated (at a standstill at the time of writing). Unsure: an ongoing investigation told as a state could be left uncoded")
# ---------------------------------------------------------------- Fillon: suspected conflicts of interest
d='2017_02_08-005'
R(d,'REJECT',[],'12',None,'a d\'abord refusé de dévoiler',4,actor=[A('François Fillon',2,'FRA','POL')],
  note="Fillon first refuses to disclose his clients' names (a refusal under the press's pressure); actor the nearest explicit noun phrase ('Ce dernier' is anaphoric): sent. 2; no party named as the one asking: recipient []; undated. Unsure: could be left uncoded (no identifiable target)")
R(d,'CONCEDE',[],'08',None,'il a dévoilé trois de ses clients',5,actor=[A('François Fillon',2,'FRA','POL')],
  note="'Face à la pression' he names three clients: yielding to a demand (CONCEDE/08); actor from sent. 2 as the refusal; no recipient; undated. Unsure: could be read as a plain statement")
R(d,'SUPPORT',[],'05',None,'a annoncé officiellement soutenir',7,actor=[A('Henri de Castries',7,'FRA','BUS')],recip=[A('François Fillon',7,'FRA','POL')],
  note="Axa's former head announces his support for Fillon's candidacy: SUPPORT/05 (verbal support); undated")
R(d,'ACCUSE',['disapprove'],'11',None,'critiquer',8,actor=[A('François Bayrou',8,'FRA','POL')],recip=[A('François Fillon',7,'FRA','POL')],
  note="Bayrou criticises Fillon's potential conflict of interest; recipient the nearest explicit noun phrase (sent. 7; 'le potentiel candidat' of sent. 8 is Bayrou himself); undated. Not coded: Bayrou's earlier general remark on multinationals paying politicians (sent. 9, no identifiable target), the press's suspicions (sent. 2, no actor), Axa's payments (business)")
# ---------------------------------------------------------------- Burundi: FIDH interview (mass graves)
d='2016_11_01-002'
R(d,'ACCUSE',['investigate'],'09',None,'Une enquête approfondie',3,actor=[A('FIDH',3,None,'NGO')],
  loc=L('Bujumbura',3,-3.38,29.36,'BDI'),
  note="the FIDH's investigation locating mass graves at Bujumbura (ACCUSE/investigate, as an inquiry report); no party named as its target in the sentence (the security services come in sent. 4): recipient []; the graves' discovery in Dec. 2015 / Jan. 2016 is not the investigation's date: null; the FIDH is international: country null")
R(d,'ASSAULT',[],'18',VAC,'la répression',4,actor=[A('les services de sécurité à la solde du pouvoir',4,'BDI','GOV')],recip=[A("opposants",4,'BDI','OPP')],
  loc=L('Bujumbura',3,-3.38,29.36,'BDI'),date='2015-12-11',
  note="opponents killed in the repression 'des 11 et 12 décembre 2016': a date after the article's (1 Nov. 2016) and before which the graves were found (Dec. 2015-Jan. 2016, sent. 3): a misprint for 2015, resolved to the first day 2015-12-11 (unsure: null would also be defensible); actor the security services of the same sentence (told as changing their methods, hence the same agents); place of the graves (sent. 3); toll not given ('des dizaines de fosses'): dead null; state forces killing civilians: Violence against civilians/Attack, CAMEO 18, no weapon named")
R(d,'CONSULT',[],'04',None,'ont toutefois pu rencontrer',8,actor=[A('Les responsables Afrique de la FIDH',8,None,'NGO')],recip=[A('les officiels du ministère des affaires étrangères du Burundi',8,'BDI','GOV')],
  note="meeting of the FIDH's Africa officials with Burundi's foreign ministry; undated; no place named. The ministry's blanket denial (same sentence, sent. 9, 11) is a denial: not coded (guideline §2)")
R(d,'REQUEST',[],'02',None,'interroger le ministère',10,actor=[A('La FIDH',10,None,'NGO')],recip=[A('le ministère',10,'BDI','GOV')],
  note="the FIDH questions the ministry about the disappearance of an Iteka official: a request for information, a speech act of its own beside the meeting (unsure: could be folded into the CONSULT); undated")
R(d,'ASSAULT',['abduct'],'18',ABD,'la disparition inquiétante',10,actor=[],recip=[A('Marie-Claudette Kwizera',10,'BDI','NGO')],date='2015-12',
  note="the disappearance of a human-rights association's treasurer 'depuis le mois de décembre' (the December before the 1 Nov. 2016 article: 2015-12, month); told as a worrying disappearance in a context of abductions by the security services, no agent named: actor []; no place. Unsure: the text does not say she was abducted")
R(d,'SANCTION',['withdraw'],'16',None,'le retrait de la CPI',12,actor=[A('le régime de Pierre Nkurunziza',13,'BDI','GOV')],recip=[A('la CPI',12,None,'JUD')],
  loc=L('Burundi',12,-3.37,29.92,'BDI'),
  note="Burundi's withdrawal from the ICC, told in passing with its actor and the country (convention 11; guideline §4: se retirer d'un traité); actor the nearest explicit noun phrase for the state (sent. 13); undated")
R(d,'COERCE',['ban'],'17',None,'la radiation',12,actor=[A('le régime de Pierre Nkurunziza',13,'BDI','GOV')],recip=[A('cinq associations des droits de l\'homme',12,'BDI','NGO')],
  loc=L('Burundi',12,-3.37,29.92,'BDI'),
  note="five human-rights associations struck off (guideline §4: radier, COERCE/ban); told in passing, with the country; actor as the ICC withdrawal; undated")
R(d,'SANCTION',['expel'],'16',None,'soient persona non grata',12,actor=[A('le régime de Pierre Nkurunziza',13,'BDI','GOV')],recip=[A("les trois observateurs de l'ONU",12,None,'IGO')],
  loc=L('Burundi',12,-3.37,29.92,'BDI'),
  note="the three UN observers declared persona non grata in Burundi: SANCTION/expel (guideline §4); told in passing; undated")
R(d,'ACCUSE',['disapprove'],'11',None,'la volonté de dissimuler ses méfaits',13,actor=[A('Florent Geel',12,None,'NGO')],recip=[A('le régime de Pierre Nkurunziza',13,'BDI','GOV')],
  note="Geel accuses the regime of hiding its crimes ('sonne comme un aveu de culpabilité', sent. 12, folded in: one accusation told in two sentences); actor the nearest explicit noun phrase (sent. 12; 'lui' is a pronoun); undated. Not coded: the security services' 'new strategy' of torture and murder (sent. 6, a habitual pattern with no single act), Geel's speculation on a new civil war (sent. 14)")
# ---------------------------------------------------------------- USA: Michael Flynn resigns
d='2017_02_15-003'
R(d,'RETREAT',['resign'],'08',None,'vient de démissionner',2,actor=[A('Michael Flynn',2,'USA','GOV')],date='2017-02-13',
  note="'ce lundi soir' = Monday 13 Feb. 2017 (publication Wednesday 15 Feb.); title and sent. 14 the same resignation; his admission of having misled the vice-president (sent. 14) is an admission, not an apology: not coded apart")
R(d,'ACCUSE',['disapprove'],'11',None,'Il lui est reproché',4,actor=[],recip=[A('Flynn',3,'USA','GOV')],
  note="the reproach of having negotiated with the Russian ambassador in breach of the Logan Act; no accuser named (the newspapers' revelations of sent. 3 are reports): actor []; recipient the nearest explicit noun phrase (sent. 3); undated. Unsure: could be left uncoded as the article's summary of the charge")
R(d,'CONSULT',['phone'],'04',None,'avoir négocié par téléphone',4,actor=[A('Flynn',3,'USA','GOV')],recip=[A('Sergey Kislyak',4,'RUS','GOV')],date='2016-12',
  note="the phone negotiation with the Russian ambassador 'en décembre' (December 2016, month; before Trump's inauguration); actor from sent. 3 ('lui' is a pronoun)")
R(d,'COERCE',['restrict'],'16',None,'décidait de sanctionner',5,actor=[A("l'administration Obama",5,'USA','GOV')],recip=[A('la Russie',5,'RUS','GOV')],date='2016-12',
  note="the Obama administration's sanctions on Russia for its alleged election interference, 'à ce même moment' = the December of sent. 4 (month); state sanctions COERCE/restrict/16 (convention 6)")
R(d,'AGREE',[],'03',None,'avait assuré',6,actor=[A('Flynn',6,'USA','GOV')],recip=[A('Kislyak',6,'RUS','GOV')],date='2016-12',
  note="Flynn's assurance that Trump would not continue Obama's policy: a promise (AGREE/03), a speech act of the December call (sent. 4-5), dated with it (month; unsure: null would also be defensible as the sentence has no temporal expression). Not coded: Flynn's presence at a Moscow gala beside Putin in Dec. 2015 (sent. 9, a social occasion, not a meeting), Russia Today's regular requests (sent. 8, habitual), his denial (sent. 10)")
R(d,'SUPPORT',[],'05',None,"l'avait défendu",10,actor=[A('le vice-président Mike Pence',10,'USA','GOV')],recip=[A('Flynn',10,'USA','GOV')],
  note="Pence defended Flynn (verbal support, SUPPORT/05) after being convinced by his denial; undated")
R(d,'REQUEST',[],'02',None,'avaient demandé',12,actor=[A('les démocrates',12,'USA','POL')],recip=[A('Flynn|2',12,'USA','GOV')],
  loc=L('Congrès',12,38.89,-77.01,'USA'),date='2017-02-13',
  note="the Democrats asked 'lundi, au Congrès' (Monday 13 Feb.) that Flynn be dismissed; recipient Flynn (the one whose dismissal is asked; the request is addressed to no named party); located at Congress (Washington). Not coded: the Justice Department's assessment (same sentence, an estimate), the Republicans' silence (sent. 13), Trump's reported confidence (sent. 14), the interim and likely successor (sent. 15, appointments)")
# ---------------------------------------------------------------- Syria: Turkey's offensive stalls before al-Bab
d='2017_01_12-001'
R(d,'ASSAULT',[],'19',CLASH,'a commencé son intervention',5,actor=[A("L'armée turque",5,'TUR','MIL')],recip=[A("les combattants de l’État islamique",5,None,'IMG'),A('les milices kurdes',5,'SYR','REB')],
  loc=L('nord de la Syrie',5,36.50,37.50,'SYR'),date='2016-08-24',
  note="Turkey's intervention in northern Syria from 24 Aug. (2016: the article is of Jan. 2017 and sent. 2's 'de cette année' is loose): a long operation carries its start date (convention 1); sent. 2 and the offensive of sent. 3, 6, 8-9 (rebels in front, 600 soldiers beside 2,000 rebels) folded in; recipients the two targets named ('terroristes': IS and the SDF's Kurdish militias); approximate centre of northern Syria near the border")
R(d,'ASSAULT',[],'19',CLASH,'reprendre al-Bab',3,actor=[A('la Turquie',3,'TUR','GOV'),A('les rebelles syriens',13,'SYR','REB')],recip=[A("l'organisation",3,None,'IMG')],
  loc=L('al-Bab',3,36.37,37.52,'SYR'),
  note="the battle for al-Bab: Turkey fails to retake it after more than a month of fierce fighting (sent. 4), the rebels stall at its gates (sent. 11, 13), the jihadists resist (sent. 15): one record on the sentence naming the place; both attacking sides as actors (the rebels from sent. 13); not negated (the fighting happens; only the capture fails); 'depuis plus d'un mois' is vague: date null")
R(d,'MOBILIZE',['troops'],'15',None,'envoyer des renforts',4,actor=[A('la Turquie',4,'TUR','GOV')],
  note="Turkey sends reinforcements (sent. 4, told again in sent. 16 'acheminer des renforts importants' and sent. 17, some 4,000 soldiers): one record on the first sentence; no place or date in the sentence (al-Bab is implied): null")
R(d,'ASSAULT',[],'19',NSA,'est expulsé',10,actor=[A('les rebelles soutenus par le Turquie',10,'SYR','REB')],recip=[A('Daech|1',10,None,'IMG')],
  loc=L('frontière turquo-syrienne',10,36.80,37.50,'SYR'),
  note="IS driven from its last border points 'Dans un premier temps' (undated); no agent in the passive clause, the Turkish-backed rebels of the same sentence taken as actor; rebels taking territory: Non-state actor overtakes territory; approximate point on the border north of Aleppo")
R(d,'ASSAULT',[],'19',NSA,'prendre Dabiq',10,actor=[A('les rebelles soutenus par le Turquie',10,'SYR','REB')],recip=[A('Daech|1',10,None,'IMG')],
  loc=L('Dabiq',10,36.54,37.27,'SYR'),
  note="the rebels take Dabiq after almost two months (a different place from the border points: a record of its own); undated")
R(d,'ASSAULT',[],'19',CLASH,'ont également échoué à prendre',14,actor=[A('les rebelles syriens',13,'SYR','REB')],recip=[A('Les 3 000 djihadistes',15,None,'IMG')],
  loc=L('Qabasin',14,36.39,37.68,'SYR'),
  note="failed attack on Qabasin, north of al-Bab: an attack that took place (not negated), a place of its own; actor the nearest explicit noun phrase ('ils', sent. 13); recipient the jihadists of sent. 15 (nearest); undated")
R(d,'ASSAULT',['aerial'],'19',AIR,'les bombardements aériens',15,actor=[],recip=[A('les victimes civiles',15,'SYR','CVL')],
  note="civilian victims and destruction under air bombardments in the al-Bab battle; the bombing side is not named here: actor []; no place in the sentence; undated. Unsure: a general description of the siege, could be left uncoded or folded into the battle")
R(d,'COERCE',['restrict'],'19',None,"d'encercler al-Bab",18,actor=[A('Quelque 4 000 soldats',17,'TUR','MIL')],
  loc=L('al-Bab',18,36.37,37.52,'SYR'),fut=True,
  note="the planned advance through the countryside to encircle al-Bab ('tenteront à l'avenir'): encirclement COERCE/restrict/19 (guideline §4), future; actor the nearest explicit noun phrase ('Ils', sent. 17); the city is a place, not a party: recipient []")
R(d,'ASSAULT',['aerial'],'19',AIR,'intervient en soutien',20,actor=[A("l'aviation russe",20,'RUS','MIL')],
  date='2016-12',
  note="Russian air support 'depuis décembre' (Dec. 2016, a start date, month); Russia's support for Turkey (sent. 19) folded in; the target is not named in the sentence (IS around al-Bab): recipient []; no place in the sentence. The Russians' diplomatic role (same sentence) is habitual: not coded")
R(d,'ASSAULT',[],'19',NSA,'avancent autour de Raqqa',22,actor=[A('Les milices principalement kurdes des Forces démocratiques syriennes',22,'SYR','REB')],recip=[A('Daech',21,None,'IMG')],
  loc=L('Raqqa',22,35.95,39.01,'SYR'),
  note="the SDF advance around Raqqa, retaking the rural areas north and west of the city: Non-state actor overtakes territory; recipient from sent. 21; undated")
R(d,'ASSAULT',[],'19',None,'la conquête de la ville',23,actor=[A('Les milices principalement kurdes des Forces démocratiques syriennes',22,'SYR','REB')],
  loc=L('Raqqa',22,35.95,39.01,'SYR'),hyp=True,
  note="the conquest of Raqqa, 'pas encore prévue' and 'particulièrement délicate': a possible event (hypothetical, as the fifth set's 'la reprise de Raqqa'); actor from sent. 22; recipient [] (not named in the sentence); date and ACLED null. Unsure: 'not yet planned' could also be left uncoded")
R(d,'ASSAULT',[],'19',CLASH,"ont repris l'offensive",24,actor=[A("l'armée irakienne",24,'IRQ','MIL'),A('les milices alliées',24,'IRQ','MIL')],recip=[A('Daech',24,None,'IMG')],
  loc=L('Mossoul',24,36.34,43.12,'IRQ'),
  note="the Iraqi army and allied militias resume the offensive on Mosul (a new phase; its date not given: null); pro-government militias MIL; the heavy losses of sent. 26 folded in")
R(d,'ASSAULT',[],'19',('Battles','Government regains territory'),"l'offensive lancée le 17 octobre",25,actor=[A("l'armée irakienne",24,'IRQ','MIL')],recip=[A('Les djihadistes',25,None,'IMG')],
  loc=L('Mossoul',24,36.34,43.12,'IRQ'),date='2016-10-17',
  note="the Mosul offensive launched '17 octobre de l'année dernière' = 2016-10-17 (a long operation carries its start date), the jihadists driven from most of the east of the city: Government regains territory; actor from sent. 24. Unsure: could be folded into the resumed offensive of sent. 24. Not coded: the Kurds' proclamation of Rojava (sent. 7, undated, no PLOVER type) and Turkey's view of it as a threat (a stance)")
# ---------------------------------------------------------------- Gilets jaunes, Tuesday 25 Dec. 2018 (live blog)
d='2018_12_25-001'
R(d,'PROTEST',['demo'],'14',PEACE,'restent mobilisés',5,actor=[A('les Gilets jaunes',5,'FRA','CVL')],
  loc=L('France',5,46.23,2.21,'FRA'),date='2018-12-25',
  note="the national day's record ('Ce jour de Noël', 'dans toute la France'), located at France (convention 4; the fifth set's national record); the motorway actions (sent. 12) folded in")
R(d,'PROTEST',['demo'],'14',PEACE,'restent mobilisés',5,actor=[A('les Gilets jaunes',5,'FRA','CVL')],
  loc=L('La Chapelle-Saint-Luc',5,48.32,4.04,'FRA'),date='2018-12-25',
  note="the roundabout of La Chapelle-Saint-Luc (Aube) named in the same sentence: a record per named town on the same trigger (convention 4)")
R(d,'PROTEST',['demo'],'14',PEACE,'ont fait leur crèche de Noël',6,actor=[A('une trentaine de Gilets jaunes',6,'FRA','CVL')],
  loc=L('Concarneau',6,47.88,-3.92,'FRA'),date='2018-12-25',
  note="some thirty Gilets jaunes hold a Christmas crib and hand sweets to drivers at the Boissière roundabout: a peaceful protest action; blog day; Concarneau's coordinates (the roundabout is in it)")
R(d,'PROTEST',['demo'],'14',PINT,'ont marché',7,actor=[A('Les 4 Gilets jaunes',7,'FRA','CVL')],
  loc=L('faubourg Saint-Honoré',7,48.87,2.32,'FRA'),
  note="four Gilets jaunes walked 800 km from Mende to Paris over three weeks: a protest march, located where it ended (faubourg Saint-Honoré, Paris); a three-week march with no start date: date null; stopped short of the Élysée: Protest with intervention (the label on the PROTEST record, the blocking coded apart)")
R(d,'COERCE',['restrict'],'17',None,'ont été bloqués',7,actor=[],recip=[A('Les 4 Gilets jaunes',7,'FRA','CVL')],
  loc=L('faubourg Saint-Honoré',7,48.87,2.32,'FRA'),date='2018-12-25',
  note="the marchers stopped a few metres from the Élysée, no agent named: actor []; blog day; ACLED on the PROTEST record")
R(d,'REQUEST',[],'02',None,'leurs doléances',7,actor=[A('Les 4 Gilets jaunes',7,'FRA','CVL')],recip=[A('Emmanuel Macron',7,'FRA','GOV')],
  loc=L('l’Élysée',7,48.87,2.32,'FRA'),date='2018-12-25',
  note="the marchers' grievances addressed to Macron, handed to an adviser who takes the bag of letters (sent. 8) instead of in person: the appeal is delivered (not negated; only the personal handing fails). Unsure: could be folded into the march or left uncoded")
R(d,'PROTEST',['obstruct'],'14',PINT,'bloquait le péage',9,actor=[A('un Gilet jaune',9,'FRA','CVL')],
  loc=L('Ancenis',9,47.37,-1.17,'FRA'),date='2018-12-25',
  note="a Gilet jaune blocking toll gate no. 20 of the A11 at Ancenis, 'Vers 18h00' on the blog day (the blog's entries are of the day); arrested by the gendarmes: Protest with intervention")
R(d,'COERCE',['arrest'],'17',None,'ont interpelé',9,actor=[A('les gendarmes',9,'FRA','GOV')],recip=[A('un Gilet jaune',9,'FRA','CVL')],
  loc=L('Ancenis',9,47.37,-1.17,'FRA'),date='2018-12-25',arr=1,
  note="the gendarmes arrest the protester blocking the toll; ACLED on the PROTEST record")
R(d,'ASSAULT',['destroy'],'17',None,"l'incendie",11,actor=[],
  loc=L('Ussel',11,45.55,2.31,'FRA'),date='2018-12-23',
  note="arson of a Mecafor workshop at Ussel 'dans la nuit du dimanche au lundi 24 décembre' = the night beginning Sunday 23 Dec. (the fifth set's night of Saturday to Sunday = Saturday); claimed by an anonymous e-mail ('Force aux gilets jaunes'): no named actor: actor []; a building is a thing: recipient []; destruction of property ASSAULT/destroy/17, ACLED null as the fifth set's vandalism records")
R(d,'COERCE',['restrict'],'17',None,'fermés',13,actor=[],date='2018-12-25',
  note="three motorway interchanges closed 'Sur décision préfectorale' near the protesters' actions: COERCE/restrict with actor [] (the fifth set's prefectoral motorway closures); no place named (the list is not in the text); blog day")
R(d,'ACCUSE',['disapprove'],'11',None,'a dénoncé',14,actor=[A('Chantal Perrichon',14,'FRA','NGO')],recip=[A('les neutraliseurs de radar',14,'FRA','CVL')],date='2018-12-25',
  note="the president of the Ligue contre la violence routière denounces those who disable speed cameras, on RTL; dated by the blog day (no other time given)")
R(d,'REQUEST',['change'],'02',None,'demande',14,actor=[A('Chantal Perrichon',14,'FRA','NGO')],date='2018-12-25',
  note="her demand that the cameras be replaced by unmarked cars: a second speech act in the sentence (guideline §3); addressed to no named party: recipient []; blog day")
R(d,'ASSAULT',['destroy'],'17',None,'a été détruit par les flammes',15,actor=[],
  loc=L('Revin',15,49.94,4.64,'FRA'),date='2018-12-25',
  note="a speed camera at Revin (Ardennes) burnt 'Cet après-midi' = the blog day: vandalism ASSAULT/destroy/17, no stated author: actor [], ACLED null (the fifth set's speed-camera records). Not coded in this blog: the climate petition 'qui attaque l'État' and de Rugy's comment (sent. 10, a petition's figure and a statement)")
# ---------------------------------------------------------------- Donbass: the Minsk accords at a crossroads (analysis)
d='2016_01_31-001'
R(d,'SUPPORT',[],'05',('Strategic developments','Agreement'),'avaient été prolongés',2,actor=[],
  date='2015-12-30',
  note="the Minsk 2 accords extended for 2016 'Le 30 décembre 2015': concluding (here prolonging) a formal agreement between conflict parties is SUPPORT/05 with ACLED Agreement (guideline §4); the parties are not named: actor []; no place")
R(d,'PROTEST',['demo'],'14',None,'la contestation du nouveau pouvoir',3,actor=[],recip=[A('nouveau pouvoir',3,'UKR','GOV')],
  loc=L('Donbass',3,48.00,38.00,'UKR'),
  note="the contestation of the new government in the former president's strongholds, the Donbass first: a past event told with its place (convention 11); undated ('quelques mois après' Euromaïdan). Not coded apart: Euromaïdan and Yanukovych's overthrow (a named movement told as background, no actor, place or date given), the independence referendum (sent. 4, a vote). Unsure: could be left uncoded as background")
R(d,'ASSAULT',[],'19',CLASH,'le conflit est progressivement monté en violence',4,actor=[A('les séparatistes du Donbass',4,'UKR','REB'),A("l'armée ukrainienne",4,'UKR','MIL'),A('des bataillons de volontaires',4,'UKR','MIL')],
  loc=L('Donbass',3,48.00,38.00,'UKR'),date='2014-04',
  note="the war in the Donbass, which began 'en avril 2014' (sent. 3; a long conflict carries its start date, month); all sides as actors (the volunteer battalions fight beside the army: pro-government, MIL); approximate centre of the Donbass. The frequent clashes since Minsk I (sent. 7) are habitual: not coded apart")
R(d,'SUPPORT',[],'05',('Strategic developments','Agreement'),'accords de Minsk I',6,actor=[],
  date='2014-09-05',
  note="the Minsk I agreement 'du 5 septembre 2014', a past agreement told with its date (convention 11, as the shared gold's Minsk II); parties not named: actor []; no place in the sentence (Minsk is the name of the accords, not said to be where they were signed)")
R(d,'COERCE',['restrict'],'19',None,'du blocus économique imposé',9,actor=[A("l'Ukraine",9,'UKR','GOV')],
  loc=L('Donbass',9,48.00,38.00,'UKR'),
  note="the economic blockade imposed by Ukraine on the separatist areas (sent. 9, again sent. 20 'depuis le blocus ukrainien'): COERCE/restrict, CAMEO 19 (191, impose blockade; second annotator, was 17: the shared gold codes the same Ukrainian blockade 19, 2017_10_12-001#4, and the fourth set the Afrin blockade); undated; the region is a place: recipient []. Unsure: a standing measure told in the accords' terms; could be left uncoded")
R(d,'REJECT',[],'12',None,'ont ainsi refusé',12,actor=[A('Les séparatistes',12,'UKR','REB')],recip=[A('des partis politiques soutenant des bataillons de volontaires',12,'UKR','POL')],
  note="the separatists refuse that parties backing the volunteer battalions take part in the local elections: REJECT/12; undated. Not coded: the government's legislative reforms (sent. 13), the softened rhetoric and the rarer accusations of 'fascism' (sent. 15-16, a change of tone, habitual), the implicit renunciation of independence (sent. 17, 'semblent', the article's reading)")
R(d,'AID',['economic'],'07',None,"l'aide apportée",21,actor=[A('la Russie',19,'RUS','GOV')],recip=[A('les séparatistes',20,'UKR','REB')],
  note="Russia's financial aid to the separatists (sent. 19-21: 'l'aide de la Russie', dependence on Russian funding, Bild's estimate of a billion dollars for pensions, officials and militiamen in 2015): one AID/economic record on the sentence giving its amount; 'en 2015' a year alone: date null. Unsure: a standing funding told with a year's estimate, could be read as an aggregate and left uncoded")
R(d,'CONSULT',[],'04',None,'pour dialoguer',22,actor=[A('Boris Gryslov',22,'RUS','GOV')],recip=[A('le président ukrainien',22,'UKR','GOV')],fut=True,
  note="Putin names Gryzlov (28 Dec. 2015) to hold talks with the Ukrainian president: the appointment is not coded (personnel), the planned dialogue is a future CONSULT; its own date is not given: null. Unsure: could be left uncoded with the appointment")
R(d,'ACCUSE',['disapprove'],'11',None,'De nombreuses critiques',32,actor=[A('Samopomitch',32,'UKR','POL'),A('le Parti radical',32,'UKR','POL')],
  note="parties once in the governing coalition criticise the Minsk accords as giving too much away: ACCUSE/disapprove, one record with the two named parties (convention 3); the accords are not a party: recipient []; undated. Not coded: Russia's regular accusations that Ukraine will not apply the accords (sent. 33, 'régulièrement': habitual), Poroshenko's past mention of freezing the conflict (sent. 37, a statement), the Western sanctions (sent. 25, a standing state in a hypothesis)")
R(d,'REQUEST',['change'],'10',None,'a, de plus, exigé',34,actor=[A('Le gouvernement ukrainien',34,'UKR','GOV')],recip=[A('la Russie',34,'RUS','GOV')],
  note="Ukraine demands the restoration of its control of the border with Russia before the local elections (exiger: REQUEST/10); recipient Russia, the party that refuses (sent. 35); undated")
R(d,'REJECT',[],'12',None,'a refusé',35,actor=[A('la Russie',34,'RUS','GOV')],recip=[A('Le gouvernement ukrainien',34,'UKR','GOV')],
  note="Russia refuses, saying it would reverse the order of the Minsk 2 points: REJECT/12; actor the nearest explicit noun phrase ('Cette dernière' is anaphoric: sent. 34); undated")

write(__file__, by_doc=True)
