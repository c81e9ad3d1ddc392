"""The eleventh held-out set's records, part b (coded blind, 28 Nov. 2026, twenty-fifth session, by one annotator): the 40
French TimeBank articles (L'Est Républicain, 1999-2003) of /work/wt/tb-b.txt; `python3 code_b.py` writes ../part_b.jsonl and
../coded_b.txt only (the lead assembles events_dev.jsonl and coded_docs.txt from both parts).
Set WINER_DEV=/work/wt/fr-timebank-texts.jsonl.gz (the texts file made by mktexts.py).
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th
occurrence in the sentence."""
import os, sys, json
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# part b's 40 articles in the order of /work/wt/tb-b.txt
IDS = ['1999-05-18-0333', '1999-05-21-0100', '1999-05-21-0104', '1999-05-22-0991', '1999-05-27-0530a', '1999-05-27-0530c',
       '1999-05-27-0530e', '1999-05-30-0974', '1999-06-04-0535c', '1999-06-12-0548c', '1999-07-16-0592', '1999-07-24-0101',
       '1999-07-28-0348b', '1999-07-28-0348e', '1999-07-29-0552', '1999-08-07-0376c', '1999-08-07-0951', '1999-09-03-0450b',
       '1999-09-04-0945', '1999-09-13-1028', '2002-01-02-0117', '2002-01-24-0475', '2002-03-27-0154', '2002-04-02-0412b',
       '2002-04-21-0127', '2002-05-07-0144', '2002-05-23-0139', '2002-09-01-0536', '2002-09-22-0531', '2002-10-31-1172',
       '2003-01-04-1029', '2003-01-21-0219', '2003-01-24-0478a', '2003-01-31-0477', '2003-02-04-0026', '2003-02-04-0456b',
       '2003-02-04-0872', '2003-02-21-0942', '2003-02-23-0086', '2003-02-24-0413']
FRA = 'FRA'

# 1999-05-18-0333 (village fête at Pentecost): a leisure event (fête, ball), no act: 0.
# 1999-05-21-0100 (car against moped at Delle): a road accident and the firemen's rescue: accidents are not coded: 0.

# ---------------------------------------------------------------- Agression à Valdoie (Fri. 21 May 1999)
d = '1999-05-21-0104'
R(d, 'ASSAULT', ['beat'], '18', None, 'agressé', 1, actor=[A('deux individus', 1, None, 'UNK')],
  recip=[A('Un chauffeur de bus de 38 ans', 1, FRA, 'CVL'), A('Deux gardiens de la paix', 2, FRA, 'GOV')],
  loc=L('place de la Mairie à Valdoie', 1, 47.67, 6.84, FRA), date='1999-05-20', inj=3,
  note="a bus driver 'pris à partie et agressé' by two individuals 'hier vers 18 h' (Thu. 20 May), place de la Mairie at Valdoie: "
       "ASSAULT/beat (mode unsure: the kind of violence is not told); the two police officers lightly injured 'à leur tour' while "
       "trying to intervene (sent. 2) are the same scuffle: folded in as recipients (unsure: a second record would be the other reading); "
       "injured 3 = the 'trois blessés légers' taken to hospital by the firemen (sent. 4; presumably the driver and the two officers); "
       "ordinary crime: ACLED null; the attackers' country not told: null")
R(d, 'COERCE', ['arrest'], '17', None, 'ont été interpellés', 3, actor=[],
  recip=[A("Les auteurs de l'agression", 3, None, 'UNK')], arr=2,
  note="the two attackers arrested and taken to the police station to be heard (custody folded in): COERCE/arrest, arrested 2 "
       "(the 'deux individus' of sent. 1); no agent named as subject ('commissariat de police' is the place): actor []; where they were "
       "arrested is not said: location null (the tenth set's Chambéry arrest; unsure: Valdoie, the place of the assault); the sentence has no time: date null (unsure: 1999-05-20, "
       "the day of the assault, the arrest being told as immediate); ordinary crime: ACLED null")

# 1999-05-22-0991 (announcement of a wedding at Le Tholy): a private notice, no act: 0.

# ---------------------------------------------------------------- Carlos: extradition hearing postponed (Thu. 27 May 1999)
d = '1999-05-27-0530a'
R(d, 'ACCUSE', ['disapprove'], '11', None, "l'examen", 0,
  actor=[A("la chambre d'accusation de la Cour d'appel de Paris", 0, FRA, 'JUD')], recip=[A('Le terroriste Carlos', 0, None, 'IMG')],
  loc=L('Paris', 0, 48.85, 2.35, FRA), date='1999-06-02', fut=True,
  note="the court's examination of Austria's extradition request, now set for 2 June: a court hearing, ACCUSE/11 (README convention "
       "7), future, dated by 'jusqu'au 2 juin'; its postponement 'hier' for a procedural problem (sent. 1) is folded here (a "
       "postponement is no PLOVER act of its own; unsure); located at Paris (the court's seat, named in the span); Carlos's "
       "country (Venezuela) not told: null; sector IMG ('Le terroriste')")
R(d, 'REQUEST', [], '10', None, 'réclame', 2, actor=[A("L'Autriche", 2, 'AUT', 'GOV')], recip=[A('Carlos', 2, None, 'IMG')],
  note="Austria claims Carlos to try him (the 'demande d'extradition de la justice autrichienne' of sent. 0, same request, folded): "
       "REQUEST, 'réclamer' -> CAMEO 10 (the table); mode left empty (an extradition request fits none of assist/change/yield/meet "
       "well; unsure: yield); the addressee, France's justice, is not named: the recipient is the person claimed (unsure: []); "
       "undated (present tense, no time)")
R(d, 'ASSAULT', ['abduct'], '18', ('Violence against civilians', 'Abduction/forced disappearance'), "la prise d'otages", 2,
  actor=[A('Carlos', 2, None, 'IMG')], recip=[A("des ministres de l'OPEP", 2, None, 'GOV')],
  loc=L('Vienne', 2, 48.21, 16.37, 'AUT'),
  note="the 1975 hostage-taking of the OPEC ministers in Vienna, for which Austria wants to try Carlos: a past event described with "
       "an actor, a place and a year (README convention 11: coded); the year alone gives date null; ministers of several states: "
       "country null, GOV; ACLED abduction (unsure: null for a past event mentioned as the ground of a request)")

# 1999-05-27-0530c (the Queen opens the new Welsh Parliament): a ceremony; 'a salué ce « moment important »' praises a moment,
#   not an identifiable party, and her wish for the institution is a statement; the election of 6 May is an election: 0.

# ---------------------------------------------------------------- Iraq accepts the oil-for-food renewal (Thu. 27 May 1999)
d = '1999-05-27-0530e'
R(d, 'SUPPORT', [], '05', None, 'a donné son accord', 0, actor=[A("L'Irak", 0, 'IRQ', 'GOV')],
  recip=[A("Le Conseil de sécurité de l'ONU", 1, None, 'IGO')],
  note="Iraq gives its agreement to the renewal for six months of the 'oil for food' programme: approval of a UN decision, "
       "SUPPORT/05 ('approuver' in the table; unsure: AGREE/03 or CONCEDE/08 would be the other readings); recipient the Security "
       "Council of sent. 1 (the body that renewed it; unsure: []); undated")
R(d, 'CONCEDE', [], '08', None, 'a reconduit', 1, actor=[A("Le Conseil de sécurité de l'ONU", 1, None, 'IGO')],
  recip=[A('Bagdad', 1, 'IRQ', 'GOV')], date='1999-05-21',
  note="the Security Council renews unanimously the phase-V provisions authorising Baghdad to export oil (5.2 bn dollars a "
       "semester) to buy essential goods under UN control: an authorisation easing the sanctions regime, CONCEDE/08 (gold/events: a "
       "resolution is coded for what it orders; here it permits; unsure: AID/humanitarian or SUPPORT/05 for the vote); 'vendredi "
       "dernier' of Thu. 27 May = Fri. 21 May; no place named (the UN seat is not said): location null")

# 1999-05-30-0974 (Maceo Parker in concert at Besançon): culture (a musician's biography and a concert): 0.

# ---------------------------------------------------------------- Cassis exempted from quarantine (Fri. 4 June 1999)
d = '1999-06-04-0535c'
R(d, 'REQUEST', ['change'], '02', None, 'en lui demandant', 2, actor=[A('William', 2, 'GBR', 'CVL')],
  recip=[A('Premier ministre britannique', 2, 'GBR', 'GOV')],
  note="the sick boy's letter asking the British Prime Minister to 'accélérer la réforme' of the quarantine system so that he can "
       "take his dog home: an appeal for a policy change aimed at an identifiable target, REQUEST/change/02 (unsure: a private letter "
       "of human-interest news; the guideline has no rule for a citizen's letter to a head of government); undated")
R(d, 'CONCEDE', [], '08', None, 'exempter', 1, actor=[A('Tony Blair', 1, 'GBR', 'GOV')],
  recip=[A("un jeune Britannique de 15 ans", 1, 'GBR', 'CVL')],
  note="Tony Blair intervenes personally to exempt the boy's dog from quarantine: granting the request, 'exempter' -> CONCEDE/08 "
       "(the table); the title, the letter announcing it (sent. 3) and the early pet passport he will receive after the ministry's "
       "checks (sent. 4, future) are the same act, folded; recipient the boy (the dog is the object); undated; no place for the act "
       "(France and England are where the boy is and wants to go): location null (unsure: the whole article could be 0 as "
       "human-interest news)")

# 1999-06-12-0548c (a necropolis of 200 mummies found at Bahariya): archaeology, a discovery: 0.
# 1999-07-16-0592 (a children's gym course at Beauregard): a leisure notice: 0.
# 1999-07-24-0101 (the library closed in July): a notice: 0.
# 1999-07-28-0348b (Laurent Fabius for a five-year term): a stance on an institutional reform and his view of cohabitation as an
#   institution (no identifiable party targeted): comments, CAMEO 01: 0.
# 1999-07-28-0348e (Jean Tiberi reshuffles his deputies in Paris): personnel appointments; Jean de Gaulle 'démissionnaire' is a
#   personnel change inside the city hall (not a resignation from power under pressure): 0.
# 1999-07-29-0552 (burst of a grey cast-iron water main in Nancy): an infrastructure incident, repair works and the CUGN's
#   budget (statements): 0.

# ---------------------------------------------------------------- Théodore Monod's anti-nuclear fast (Sat. 7 Aug. 1999)
d = '1999-08-07-0376c'
R(d, 'PROTEST', ['strike'], '14', ('Protests', 'Peaceful protest'), "un jeûne d'interpellation antinucléaire", 0,
  actor=[A('Théodore Monod', 0, FRA, 'CVL'), A('Stop Essais !', 0, FRA, 'NGO'), A('Maison de Vigilance', 0, FRA, 'NGO')],
  recip=[A('la force de frappe française', 1, FRA, 'MIL')], loc=L('la base militaire 921', 1, 49.03, 2.22, FRA), date='1999-08-06',
  note="the academician begins 'vendredi matin' (Fri. 6 Aug.) a three-day anti-nuclear 'fast of challenge', organised as every year "
       "by the comité «Stop Essais !» and the «Maison de Vigilance» for the Hiroshima/Nagasaki anniversary: a hunger strike, "
       "PROTEST/14 (CAMEO 142), mode 'strike' (PLOVER has no hunger-strike mode; unsure: demo); the organisers as further actors "
       "(NGO); target the French nuclear strike force whose command post the base houses (sent. 1; unsure: recipient []); "
       "located at the village hall near air base 921, which the text names but not its town (Taverny, coordinates from cities500; "
       "unsure: the site is the base, not the town); 'comme chaque année' makes it recurrent but this year's fast is one dated act; "
       "the 1945 bombs are a bare mention")

# 1999-08-07-0951 (distribution of eclipse glasses at the town hall): a notice: 0.

# ---------------------------------------------------------------- French hostages freed in Yemen (Fri. 3 Sept. 1999)
d = '1999-09-03-0450b'
R(d, 'RETREAT', ['release'], '08', None, 'ont été libérés', 0, actor=[A('une tribu armée', 0, 'YEM', 'REB')],
  recip=[A('Les deux otages français', 0, FRA, 'CVL')], loc=L('Yemen', 0, 15.55, 47.55, 'YEM'), date='1999-09-02',
  note="the two French hostages (embassy staff) freed 'sains et saufs' 'hier' (Thu. 2 Sept.) after twelve days held by an armed "
       "tribe: captors letting people go, RETREAT/release (README convention 8: no military operation is told); actor the tribe "
       "(sector REB for an armed non-state group; unsure: UNK or CVL), country YEM; where they were freed is not said: located at "
       "the country (its approximate centre; unsure: Sanaa, the town named); ACLED null (a release is no ACLED event)")
R(d, 'ASSAULT', ['abduct'], '18', ('Violence against civilians', 'Abduction/forced disappearance'), 'étaient détenus', 1,
  actor=[A('une tribu armée', 0, 'YEM', 'REB')],
  recip=[A('Irénée Herbet', 1, FRA, 'CVL'), A('Tara Steimer Herbet', 1, FRA, 'CVL')],
  loc=L('Sanaa|2', 1, 15.35, 44.21, 'YEM'), date='1999-08-21',
  note="the kidnapping and detention of Irénée Herbet and his wife 'à 140 km de Sanaa' by an armed tribe ('douze jours de "
       "captivité', sent. 0, folded): ASSAULT/abduct, ACLED abduction; date: twelve days before the release of 2 Sept. = 21 Aug. "
       "(derived; unsure: null, the text gives no date for the kidnapping itself); located by 'à 140 km de Sanaa' (the only place "
       "named for the detention: coordinates of Sanaa, the place itself is some 140 km off; unsure: the country)")

# 1999-09-04-0945 (yoga sessions resume): a notice: 0.

# ---------------------------------------------------------------- OM: supporters want Courbis out (Mon. 13 Sept. 1999)
d = '1999-09-13-1028'
R(d, 'PROTEST', ['demo'], '14', None, 'demandé la démission', 3,
  actor=[A("Les supporters de l'OM", 3, FRA, 'CVL')], recip=[A("l'entraîneur Rolland Courbis", 3, FRA, 'BUS')],
  loc=L('stade de la Mosson', 3, 43.62, 3.81, FRA), date='1999-09-11',
  note="the OM supporters demand the coach's resignation at the Mosson stadium after the 1-3 defeat 'samedi à Montpellier' (sent. 0; "
       "Sat. 11 Sept.): fans rallying for a leadership change (CAMEO 14), PROTEST/demo (unsure: REQUEST/change for 'demandé'; or 0 "
       "as a sports matter); one supporter's « Courbis doit partir » and his verbal attack on the players and the club president "
       "Yves Marchand (sent. 5) folded in; a football club dispute, not political: ACLED null (unsure: Peaceful protest); the "
       "coach as a club employee: BUS; date from sent. 0's 'samedi' (the sentence itself has no time); coordinates of the stadium "
       "(approximate, west Montpellier)")
R(d, 'COERCE', [], '17', None, 'éloignent', 6, actor=[A("les forces de l'ordre", 6, FRA, 'GOV')],
  recip=[A('les supporters mécontents', 6, FRA, 'CVL')], loc=L('stade de la Mosson', 3, 43.62, 3.81, FRA), date='1999-09-11',
  note="the police move the angry supporters away so that the players' bus can leave the stadium: police action against a "
       "protest, a record of its own (shared guideline §3), COERCE/17 without mode (no force or arrest told; unsure: not an act "
       "against the protest but crowd control, or nothing); ACLED null (the PROTEST record has none); place and date as #1 "
       "(the sentence says 'le stade', named in sent. 3)")

# 2002-01-02-0117 (Chirac and Jospin enter 2002 under the euro): New Year wishes; 'a évité de polémiquer' is the absence of an
#   act; the presidential election is an election: 0.

# ---------------------------------------------------------------- Proposals for a crime observatory (Thu. 24 Jan. 2002)
d = '2002-01-24-0475'
R(d, 'REQUEST', ['change'], '02', None, 'ont remises', 0,
  actor=[A('les députés Christophe Carèsche (PS) et Robert Pandraud (RPR)', 0, FRA, 'GOV')],
  recip=[A('Premier ministre', 0, FRA, 'GOV')], date='2002-01-23',
  note="two deputies hand 'hier' (Wed. 23 Jan.) to the Prime Minister their proposals for a national crime observatory (surveys "
       "of victims and offenders): recommendations addressed to an identifiable party, REQUEST/change/02 (unsure: a report on "
       "policy, CAMEO 01, would give 0; the tenth set left out proposals with no addressee); legislators acting on a mission: GOV; "
       "no place named. Not coded: the planned release of the 2001 crime figures on Monday at the Interior ministry and their "
       "expected rise (statistics)")

# 2002-03-27-0154 (Jospin's lead in the polls; his campaign meeting at Tours on insecurity): polls and a campaign speech on a
#   topic, no act aimed at an identifiable party: 0.

# ---------------------------------------------------------------- Lisieux: four minors jailed for torture (Tue. 2 Apr. 2002)
d = '2002-04-02-0412b'
R(d, 'COERCE', ['arrest'], '17', None, 'ont été écroués', 0, actor=[], recip=[A('Quatre mineurs de Lisieux', 0, FRA, 'CVL')],
  loc=L('Lisieux|2', 0, 49.15, 0.23, FRA), date='2002-03-30', arr=4,
  note="four minors jailed 'samedi' (Sat. 30 March) for torturing a mentally handicapped man: COERCE/arrest (remand in custody), "
       "arrested 4; the title's 'écroués' is the same act; no agent named: actor []; location: the sentence's 'à Lisieux' (the "
       "second 'Lisieux' of the sentence, the place of the facts and the minors' town); ordinary crime: ACLED null")
R(d, 'COERCE', ['arrest'], '17', None, 'était toujours recherchée', 1, actor=[A('la police', 1, FRA, 'GOV')],
  recip=[A('Une cinquième personne', 1, FRA, 'CVL')],
  note="a fifth person, 24 years old, suspected of taking part, still sought by the police: COERCE/arrest with arrested null (the "
       "earlier sets' 'était recherché'); undated; no place in the sentence: location null (unsure: Lisieux); country from 'Les "
       "cinq personnes' known to the local police (unsure: null)")
R(d, 'ASSAULT', ['torture'], '18', None, 'avoir torturé|2', 0,
  actor=[A('Quatre mineurs de Lisieux', 0, FRA, 'CVL'), A('Une cinquième personne', 1, FRA, 'CVL')],
  recip=[A('un handicapé mental', 0, FRA, 'CVL')], loc=L('Lisieux|2', 0, 49.15, 0.23, FRA), date='2002-03-24', inj=1,
  note="the torture of a mentally handicapped man for nearly 24 hours at Lisieux by the youths: tattooed with red-hot forks and a "
       "knife (burns of the second degree), tortured again in a neighbouring flat, given to a pitbull, made to drink urine, beaten "
       "and thrown several times into the Touques, beaten again until he escaped the next morning (sent. 3-9): one continuous "
       "episode against one victim by one group, one record (unsure: the river and the flats are different spots of one town); "
       "the title's 'torturé' is the same; actors the four minors and the fifth, adult, suspect (sent. 1; 'le majeur' of sent. 3); "
       "date 'Le 24 mars' (sent. 3; the lead's 'il y a une semaine' would give 26 March; unsure: the acts run into 25 March); "
       "injured 1; ordinary crime: ACLED null")

# ---------------------------------------------------------------- Annan's appeal and the UN inquiry (Sun. 21 Apr. 2002)
d = '2002-04-21-0127'
R(d, 'REQUEST', ['assist'], '02', None, "l'envoie des secours", 0, actor=[A('Kofi Annan', 0, None, 'IGO')],
  date='2002-04-20',
  note="the UN Secretary-General says 'hier' (Sat. 20 April) that the most urgent is to send relief to face 'a terrible humanitarian "
       "situation': an appeal for aid, REQUEST/assist/02 (unsure: a statement with no explicit addressee, which the tenth set did not "
       "code for a study's recommendations; the place, Jenin, is not named in the text): recipient [], location null")
R(d, 'ACCUSE', ['investigate'], '09', None, "la commission d'enquête", 1, actor=[A("l'ONU", 0, None, 'IGO')],
  fut=True,
  note="the commission of inquiry awaited ('En attendant'), created by resolution 1405 whose vote is mentioned in sent. 0 (folded: "
       "the vote is coded for what it orders, gold/events guideline): ACCUSE/investigate, future; actor the UN (sent. 0's "
       "'l'ONU'); the investigated party (Israel) is not named: recipient []; undated. Not coded: 'que finalement Bush n'a pas "
       "bloquée' (an act that did not happen, not a negated event of a type: the absence of a block), William Burns 'hier sur "
       "place' acknowledging 'a human tragedy' (a statement; his presence on site is no visit with a named host)")

# 2002-05-07-0144 (Raffarin named Prime Minister): an election result and a personnel appointment; his consultations to form
#   the government name no counterpart (a government formation, not a CONSULT between parties): 0.

# ---------------------------------------------------------------- GIR in Strasbourg, raid on a fencing ring (Thu. 23 May 2002)
d = '2002-05-23-0139'
R(d, 'COERCE', ['arrest', 'seize'], '17', None, "d'interpeller", 1, actor=[],
  recip=[A('un réseau de recel et trafic de Hi-Fi et vidéo', 1, FRA, 'UNK'), A('dix personnes', 1, FRA, 'UNK')],
  loc=L('la capitale alsacienne', 1, 48.58, 7.75, FRA), date='2002-05-22', arr=10,
  note="'le matin même' (of 'hier', Wed. 22 May) an operation against a fencing and hi-fi/video trafficking ring at Strasbourg "
       "arrests ten people and seizes weapons and 15,000 euros: one operation, one COERCE record with modes arrest and seize "
       "(unsure: two records, arrest and seizure); no agent named ('une opération'): actor []; place 'la capitale alsacienne' "
       "(Strasbourg); the suspects' country not told (FRA assumed; unsure: null); ordinary crime: ACLED null. Not coded: the "
       "installation of the first Regional Intervention Group at Strasbourg 'demain' (sent. 0: the creation of a police structure, "
       "an organisational change; unsure: MOBILIZE/police, future), Sarkozy's presence at Strasbourg yesterday and his trip to the "
       "Sangatte centre today (sent. 2: ministerial visits with no named host)")

# 2002-09-01-0536 (the French regain optimism): an opinion poll: 0.

# ---------------------------------------------------------------- German election: gaffes on Iraq (Sun. 22 Sept. 2002)
d = '2002-09-22-0531'
R(d, 'REJECT', ['assist'], '12', None, "qu'il n'autoriserait pas", 1, actor=[A('Edmund Stoiber', 1, 'DEU', 'POL')],
  recip=[A('Etats-Unis', 1, 'USA', 'GOV')], date='2002-09-18',
  note="the CDU/CSU candidate declared 'mercredi' (Wed. 18 Sept.) that, if elected, he would not allow the use of the US bases in "
       "Germany for a unilateral US attack on Iraq: a refusal that was uttered (a past verbal act, not hypothetical though its "
       "content is conditional), REJECT/assist/12; his adviser's 'malentendu' (sent. 2) is a statement, not coded")
R(d, 'ASSAULT', [], '19', None, 'une attaque unilatérale', 1, actor=[A('Etats-Unis', 1, 'USA', 'GOV')],
  recip=[A('Irak', 1, 'IRQ', 'GOV')], loc=L('Irak', 1, 33.0, 44.0, 'IRQ'), hyp=True,
  note="the possible US attack on Iraq that Stoiber and Schröder refuse to back (sent. 1 and 'une attaque de l'Irak' of sent. 7, the "
       "same possible war): presented as a possible event, ASSAULT/19 hypothetical (unsure: 0, as a topic of the refusals rather "
       "than a reported event); no mode told; located at Iraq (centre); undated")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'en comparant', 3,
  actor=[A('la ministre social-démocrate de la Justice, Herta Daeubler-Gmelin', 3, 'DEU', 'GOV')],
  recip=[A('George W. Bush', 3, 'USA', 'GOV')],
  note="the Justice minister compared, according to a local paper, Bush's methods to Hitler's (war to escape domestic problems): "
       "ACCUSE/disapprove; her later denial (sent. 4) is a denial, not coded; undated ('au bout de deux jours' dates only the denial "
       "relative to it)")
R(d, 'ACCUSE', ['disapprove'], '11', None, "l'ire publique", 4, actor=[A('Washington', 4, 'USA', 'GOV')],
  recip=[A('Herta Daeubler-Gmelin', 3, 'DEU', 'GOV')],
  note="Washington's public anger at the minister's remarks: a public condemnation, ACCUSE/disapprove (unsure: told only as a "
       "consequence in a subordinate phrase); recipient the minister named in sent. 3 ('Elle'); undated")
R(d, 'CONCEDE', [], '05', None, "s'est fendu d'une lettre", 5, actor=[A('Gerhard Schröder', 5, 'DEU', 'GOV')],
  recip=[A('George W. Bush', 5, 'USA', 'GOV')],
  note="Schröder wrote a letter to Bush, in context a letter of apology (the title's 'excuses'): apology, CONCEDE/05 (README "
       "convention 10; unsure: the text does not say what the letter says); undated")
R(d, 'REJECT', ['assist'], '12', None, 'Il a exclu', 7, actor=[A('le chancelier Schröder', 7, 'DEU', 'GOV')],
  note="the chancellor ruled out from the start any participation of Germany in an attack on Iraq, with or without a UN mandate: "
       "REJECT/assist/12; the party asked to help (the United States) is not named in the sentence: recipient []; 'd'emblée' is "
       "vague: date null. Not coded: the elections of the day (sent. 8-16) and the campaign")

# 2002-10-31-1172 (the Vosges metalworking employers' general assembly): a business meeting, economic figures, the employers'
#   worries and criticism of a planned tax reform ('mettre en cause la future « régionalisation »': a policy, no identifiable
#   party) and of regions' habits (habitual): no coded act: 0.
# 2003-01-04-1029 (mass times): a notice: 0.
# 2003-01-21-0219 (rugby: under-17 win at Genlis): sports: 0.

# ---------------------------------------------------------------- Attack south of Hebron (Fri. 24 Jan. 2003)
d = '2003-01-24-0478a'
R(d, 'ASSAULT', ['firearms'], '18', VAC, 'ont ouvert le feu', 1, actor=[A('des tireurs', 1, 'PSE', 'IMG')],
  recip=[A('un véhicule israélien', 1, 'ISR', 'CVL'), A('ses trois occupants', 1, 'ISR', 'CVL')],
  loc=L('Hébron', 1, 31.53, 35.09, 'PSE'), dead=3,
  note="gunmen opened fire on an Israeli vehicle near a settlement of the Hebron hills, killing its three occupants (sent. 0 'une "
       "attaque palestinienne au sud d'Hébron en Cisjordanie', 'Trois personnes ont été tués', folded): ASSAULT/firearms/18, "
       "dead 3, ACLED Violence against civilians/Attack (settlers' vehicle; unsure: the occupants' status is not told); actors "
       "PSE by 'attaque palestinienne', sector IMG (unsure: UNK, no group named); no time given: date null")
R(d, 'COERCE', ['arrest'], '17', ARR, 'a arrêté', 2, actor=[A("L'armée israélienne", 2, 'ISR', 'MIL')],
  recip=[A('un tireur embusqué palestinien', 2, 'PSE', 'IMG')], loc=L('Dougit', 2, 31.56, 34.51, 'PSE'), arr=1,
  note="the Israeli army arrested a Palestinian sniper disguised as a woman near the Dugit settlement: COERCE/arrest, arrested 1, "
       "ACLED Strategic developments/Arrests (a militant); Dugit, a former settlement of the northern Gaza Strip, is not in "
       "cities500: coordinates approximate (near Beit Lahia); undated")
R(d, 'ASSAULT', ['firearms'], '18', None, 'avait ouvert le feu', 2, actor=[A('un tireur embusqué palestinien', 2, 'PSE', 'IMG')],
  recip=[A('des soldats', 2, 'ISR', 'MIL')], loc=L('Dougit', 2, 31.56, 34.51, 'PSE'),
  note="the sniper had fired on soldiers near Dugit, without injuring anyone: a shooting of its own (the arrest, #2, is the army's "
       "act); a lone attack on soldiers, ACLED null (README convention 9; unsure: Battles/Armed clash in a conflict zone); undated")
R(d, 'THREATEN', ['violence'], '13', None, 'entendaient poursuivre les attentats-suicides', 3,
  actor=[A("Les Brigades des martyrs d'Al-Aqsa", 3, 'PSE', 'IMG')], recip=[A('Israël', 3, 'ISR', 'GOV')],
  note="the al-Aqsa Martyrs' Brigades say they mean to continue suicide attacks against Israel: THREATEN/violence/13; undated")
R(d, 'CONSULT', ['third-party'], '04', None, 'Une réunion interpalestinienne', 4, actor=[],
  loc=L('Caire', 4, 30.04, 31.25, 'EGY'), date='2003-01-24', fut=True,
  note="an inter-Palestinian meeting 'doit s'ouvrir aujourd'hui' (Fri. 24 Jan.) in Cairo: CONSULT, future (planned for the day), "
       "mode third-party (hosted by Egypt, whose president states its aim in sent. 5); the Palestinian factions are not named: "
       "actor [] (unsure); Mubarak's statement of the aim and the negotiations it 'pourrait' launch (sent. 5) not coded (a "
       "statement; the negotiations only a purpose)")

# ---------------------------------------------------------------- Richard Reid, the shoe bomber (Fri. 31 Jan. 2003)
d = '2003-01-31-0477'
R(d, 'SANCTION', ['convict'], '11', None, 'devait décider', 1, actor=[A('Un juge de Boston', 1, 'USA', 'JUD')],
  recip=[A('le Britannique Richard Reid', 1, 'GBR', 'IMG')], loc=L('Boston', 1, 42.36, -71.06, 'USA'), date='2003-01-30', fut=True,
  note="a Boston judge was due 'hier' (Thu. 30 Jan.) to decide Reid's sentence: the sentencing, told as planned (its outcome is not "
       "reported), SANCTION/convict, future (unsure: hypothetical); the judge is William Young (sent. 4); Reid an al-Qaeda member "
       "(sent. 2): IMG")
R(d, 'ASSAULT', ['explosives'], '18', None, 'avoir tenté de faire sauter', 1, actor=[A('le Britannique Richard Reid', 1, 'GBR', 'IMG')],
  recip=[A('un avion', 1, None, 'CVL')], date='2001-12', neg=True,
  note="the attempt in December 2001 to blow up a plane on the Paris-Miami flight with booby-trapped shoes: a failed attack, "
       "ASSAULT/explosives with negated true (it did not take place; the passengers stopped him, which the text does not tell); "
       "date 'en décembre 2001' -> 2001-12; on board a flight: no place (location null; Paris and Miami are the route); ACLED null "
       "(no explosion; unsure: Explosions/Remote violence)")
R(d, 'CONCEDE', [], '08', None, 'avait plaidé coupable', 2,
  actor=[A("Ce membre d'un rang peu élevé du réseau Al-Qaïda d'Oussama ben Laden", 2, 'GBR', 'IMG')], date='2002-10-22',
  note="Reid pleaded guilty 'le 22 octobre' (2002, before the publication) to the eight counts against him: admitting the charges, "
       "CONCEDE/08 (unsure: a court step of the defendant, or 0); the eight counts (the indictment) are a bare mention, not coded "
       "apart; no recipient named (the court); actor the sentence's explicit noun phrase for Reid")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'a requis', 4, actor=[A("L'accusation", 4, 'USA', 'JUD')],
  recip=[A('Richard Reid', 1, 'GBR', 'IMG')],
  note="the prosecution asked for life imprisonment: prosecutors' requisitions, ACCUSE/11 (README convention 7); recipient Reid "
       "from sent. 1; undated")
R(d, 'REQUEST', ['change'], '02', None, 'ont demandé', 4, actor=[A('les avocats de la défense', 4, 'GBR', 'JUD')],
  recip=[A('juge William Young', 4, 'USA', 'JUD')],
  note="the defence lawyers asked judge William Young not to impose more than 30 years: REQUEST/02 (mode change; unsure: the "
       "lawyers' country, taken as their client's, GBR; null the other reading); undated")
R(d, 'REQUEST', ['change'], '02', None, 'ont également demandé', 5, actor=[A('les avocats de la défense', 4, 'GBR', 'JUD')],
  recip=[A('juge', 5, 'USA', 'JUD')],
  note="the lawyers also asked the judge, at the last minute, to postpone his decision, claiming that confidential government "
       "documents could clear their client: a second request (a separate speech act, shared guideline §3), REQUEST/02; actor from "
       "sent. 4 ('Ils'); undated")

# 2003-02-04-0026 (road-safety weeks at a Fiat dealer in Bar-le-Duc): a commercial/safety campaign: 0.

# ---------------------------------------------------------------- Schröder ready to cooperate with the opposition (Tue. 4 Feb. 2003)
d = '2003-02-04-0456b'
R(d, 'AGREE', [], '03', None, "s'est dit hier prêt à « coopérer »", 0,
  actor=[A('Le chancelier social-démocrate allemand Gerhard Schroeder', 0, 'DEU', 'GOV')],
  recip=[A("l'opposition conservatrice", 0, 'DEU', 'OPP')], date='2003-02-03',
  note="the chancellor said 'hier' (Mon. 3 Feb.) he is ready to 'cooperate' with the conservative opposition on structural reforms: "
       "an offer of cooperation, AGREE/03; the title's 'prêt à « Ùcoopérer »' is the same; no place; the regional election defeat of "
       "Sunday is an election, not coded")

# 2003-02-04-0872 (mountain bikers at the Snow Bike Cup): sports: 0.

# ---------------------------------------------------------------- Williams and McLaren threaten to go to the CAS (Fri. 21 Feb. 2003)
d = '2003-02-21-0942'
R(d, 'THREATEN', [], '13', None, 'ont menacé de saisir', 2,
  actor=[A('Les écuries de F1 Williams et McLaren', 2, 'GBR', 'BUS')], recip=[A('la Fédération internationale', 2, None, 'NGO')],
  note="the two F1 teams threatened to take the International Federation (FIA) to the Court of Arbitration for Sport for breach of "
       "contract: a threat of legal action aimed at an identifiable party, THREATEN/13 without mode (non-violent; unsure: 0 as a "
       "sports dispute); the title's 'prêts à saisir le TAS' is the same; the dateline 'LONDRES.' places the report, not the act: "
       "location null; undated. Not coded: their criticism of the rule changes (sent. 3-6: opinions on decisions, folded as the "
       "threat's grounds), the FIA's rule changes announced Wednesday by Max Mosley (a sports regulation, no PLOVER act)")

# 2003-02-23-0086 (fire at the Secours populaire warehouse in Belfort): a fire of unknown origin (no perpetrator told), the
#   firemen's intervention and a cancelled pétanque contest; 'ils vont être pillés' is a volunteer's fear: 0.

# ---------------------------------------------------------------- Likud-Labour talks broken off; Beit Hanoun (Mon. 24 Feb. 2003)
d = '2003-02-24-0413'
R(d, 'SANCTION', ['sever'], '16', None, 'la rupture de ses contacts', 1,
  actor=[A('le chef du Parti travailliste, Amram Mitzna', 1, 'ISR', 'POL')],
  recip=[A('le Premier ministre de droite Ariel Sharon', 1, 'ISR', 'GOV')],
  note="the Labour leader announced the breaking-off of his contacts with Sharon on a national unity government (the title's "
       "'négociations rompues'): cutting off talks, SANCTION/sever/16 ('rompre la coopération' in the table; unsure: REJECT); "
       "undated, no place")
R(d, 'SUPPORT', [], '05', None, "l'accord de coalition conclu", 1,
  actor=[A('le Likoud de Sharon', 1, 'ISR', 'POL'), A('le Parti national religieux', 1, 'ISR', 'POL')],
  note="the coalition agreement concluded between Sharon's Likud and the National Religious Party: a formal agreement concluded, "
       "SUPPORT/05 (shared guideline §4: CAMEO 057; unsure: a government formation, which some would leave out); both parties as "
       "actors (README convention 3); sent. 4, on its clause enlarging the settlements, is the same agreement, folded; undated")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'a accusé', 2, actor=[A('Mitzna', 2, 'ISR', 'POL')], recip=[A('Sharon', 2, 'ISR', 'GOV')],
  note="Mitzna accused Sharon of making the negotiation fail (his quoted words folded): ACCUSE/disapprove; undated")
R(d, 'REJECT', [], '12', None, 'ont exclu', 3, actor=[A("D'autres responsables travaillistes", 3, 'ISR', 'POL')],
  note="other Labour officials ruled out their party joining a national unity government: REJECT/12 (mode: none of the list fits "
       "well; unsure: 'meet'); the party offering it (Sharon) is not named in the sentence: recipient []; undated")
R(d, 'REQUEST', ['change'], '10', None, 'ont exigé', 5, actor=[A('les travaillistes', 5, 'ISR', 'POL')],
  note="Labour had demanded, as a condition for joining, that the Gaza settlements be dismantled and settlement funds moved to "
       "infrastructure in Israel: 'exiger' -> REQUEST/change/10; the addressee (Sharon) is not named in the sentence: recipient []; "
       "undated")
R(d, 'ASSAULT', [], '19', CLASH, 'menait une incursion', 6, actor=[A("l'armée israélienne", 6, 'ISR', 'MIL')],
  recip=[A('Neuf Palestiniens', 6, 'PSE', 'CVL')], loc=L('Beit Hanoun', 6, 31.54, 34.54, 'PSE'), date='2003-02-23', dead=10,
  note="nine Palestinians and an Israeli soldier killed 'hier' (Sun. 23 Feb.) in the occupied territories while the army carried "
       "out an incursion into Beit Hanoun (north Gaza): ASSAULT/19 by organised forces, dead 10 (the nine and the soldier, the toll "
       "the sentence ties to the incursion; unsure: not all may have died at Beit Hanoun), ACLED Battles/Armed clash (a soldier "
       "killed; unsure: Violence against civilians); mode not told; sent. 7's 'Cette opération prolongée' is the same; the "
       "Palestinians' status not told: CVL (unsure); the army's operations 'visent particulièrement le Hamas' (sent. 10) is general")
R(d, 'ASSAULT', ['heavy-weapons'], '18', ('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
  'un tir de roquette artisanale', 7, actor=[], recip=[A('la ville de Sdérot', 7, 'ISR', 'CVL')],
  loc=L('Sdérot', 7, 31.52, 34.60, 'ISR'),
  note="a home-made Qassam rocket fired on Sderot, without victims or damage: ASSAULT/heavy-weapons/18 (unknown non-state "
       "shooter), ACLED Shelling/artillery/missile attack; such fire is 'en règle générale' claimed by Hamas's armed wing (sent. 8, "
       "a general statement, no claim of this one: actor []); no date given (told during the operation of 'hier'; unsure: "
       "2003-02-23)")
R(d, 'REQUEST', ['yield'], '02', None, "l'appel à une trêve de l'Intifada", 10, actor=[A('Mahmoud Abbas', 10, 'PSE', 'GOV')],
  date='2003-02-21',
  note="Mahmoud Abbas's call 'vendredi' (Fri. 21 Feb.) for a one-year truce of the Intifada: an appeal for a ceasefire, "
       "REQUEST/yield/02; addressed to the Palestinian armed groups at large (none named as addressee): recipient []. Not coded: "
       "Mofaz's order to the army to do everything to prevent Qassam fire (sent. 9: an order to his own forces, a statement)")
R(d, 'REJECT', ['yield'], '12', None, "s'oppose", 10, actor=[A('le Hamas', 10, 'PSE', 'IMG')], recip=[A('Mahmoud Abbas', 10, 'PSE', 'GOV')],
  note="Hamas opposes Abbas's truce call: REJECT/12 (mode as the call it rejects); present tense, no time: date null")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'dénoncer les massacres', 11,
  actor=[A('un conseiller du leader palestinien', 11, 'PSE', 'GOV')], recip=[A('les Israéliens', 11, 'ISR', 'GOV')],
  date='2003-02-23',
  note="an adviser of Arafat said 'Hier soir' (Sun. 23 Feb.) that the PA would ask the Security Council to 'dénoncer les massacres "
       "commis par les Israéliens': the accusation of massacres uttered by the adviser, ACCUSE/disapprove (unsure: only the stated "
       "purpose of the planned request, #11)")
R(d, 'REQUEST', ['meet'], '02', None, 'allait demander une réunion urgente', 11,
  actor=[A("l'Autorité palestinienne", 11, 'PSE', 'GOV')], recip=[A("Conseil de sécurité de l'ONU", 11, None, 'IGO')], fut=True,
  note="the Palestinian Authority was going to ask for an urgent Security Council meeting to denounce Israel and 'imposer des "
       "sanctions à Israël': an announced request, REQUEST/meet/02, future (the sanctions asked folded in; unsure: a second REQUEST "
       "for the sanctions); the request's own date is not given: null. Not coded: the Intifada toll since Sept. 2000 (sent. 12, an "
       "aggregate)")

HERE = os.path.dirname(os.path.abspath(__file__))
recs = sorted(RECS, key=lambda r: r['doc'])
with open(os.path.join(HERE, '..', 'part_b.jsonl'), 'w') as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, '..', 'coded_b.txt'), 'w') as f:
    for i in IDS:
        f.write('%s\t%d\t%s\n' % (i, sum(1 for r in RECS if r['doc'] == i), D[i]['title']))
print(len(RECS))
