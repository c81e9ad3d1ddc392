"""The eighth held-out set's second part: 9 articles in no coded set, coded blind by a second annotator
(28 Nov. 2026, twenty-first session) from the texts and the guideline only. Imported by code1.py, which
writes ../events_dev.jsonl (`python3 code1.py`); same R/A/L conventions as code1.py's docstring."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- Iran announces the purchase of 114 Airbus
d='2016_01_24-003'
R(d,'SUPPORT',[],'05',None,'signer un contrat',2,actor=[A("l' Iran",2,'IRN','GOV')],recip=[A('Airbus',2,None,'BUS')],
  loc=L('France',3,46.60,2.40,'FRA'),date='2016-01-27',fut=True,
  note="the contract for 114 Airbus that Iran 'was about to sign', to be signed during Rohani's official visit to France 'prévue le 27 janvier' (sent. 3): signing a formal agreement is SUPPORT/05 (guideline §4; a government's agreement with a company, as the shared gold's UberX 'entente'), planned: future, with the planned date and place (France, sent. 3); the seller is named only as the planes' make ('114 Airbus'): recipient 'Airbus', BUS, country null (unsure: recipient [] would be the other reading); the minister's announcement 'dimanche 24 janvier' is a statement, not coded. Not coded in this article: the Bloomberg speculation on the models and the Boeing orders under study (sent. 10-12, business and speculation), the needs and fleet figures (sent. 8-9), the investment target (sent. 14), the nuclear agreement and the lifting of sanctions (sent. 7: bare mentions, no actor, date or place)")
R(d,'CONSULT',['visit'],'04',None,'la visite officielle',3,actor=[A('Hassan Rohani',3,'IRN','GOV')],recip=[A('France',3,'FRA','GOV')],
  loc=L('France',3,46.60,2.40,'FRA'),date='2016-01-27',fut=True,
  note="the Iranian president's official visit to France 'prévue le 27 janvier': a state visit (CONSULT/visit), planned: future; the host state as recipient (the seen sets' visits with a host); sent. 3 carries actor, place and date; sent. 6-7 tell the same trip (Italy and France 'du 25 au 27 janvier', his first official visit to Europe): the Italian leg is #3 (another host, place and day)")
R(d,'CONSULT',['visit'],'04',None,'se rendre',6,actor=[A('Hassan Rohani',6,'IRN','GOV')],recip=[A('Italie',6,'ITA','GOV')],
  loc=L('Italie',6,41.87,12.57,'ITA'),date='2016-01-25',fut=True,
  note="Rohani 'a annoncé se rendre en Italie et en France du 25 au 27 janvier': the Italian leg of the tour as a visit of its own (another host and place than #2's France; unsure: one record for the tour would be the other reading); planned: future; the tour's stated start date 25 Jan. (the text gives no separate day for Italy)")
R(d,'SUPPORT',[],'05',None,'passé',17,actor=[A('Abbas Akhoundi',15,'IRN','GOV')],recip=[A('la Chine',17,'CHN','GOV')],
  note="a second contract, announced by the transport minister (sent. 15), to electrify the Tehran-Mashhad railway, 'passé avec la Chine' (about 2 billion dollars): a concluded agreement (SUPPORT/05, as #1); actor the minister who announced it, the nearest explicit noun phrase for the Iranian side; the Chinese side named only as 'la Chine': GOV (unsure: a Chinese company may be meant); no date (the announcement's day is not given for it) and no place of signing (Tehran and Mashhad are the railway's ends)")
# ---------------------------------------------------------------- The Vincent Lambert case: appeals and conclusions
d='2016_06_12-010'
R(d,'REQUEST',['change'],'02',None,'la saisie',3,actor=[A("l'avocat des parents Lambert",3,'FRA','JUD')],recip=[A("la cour d'appel",3,'FRA','JUD')],
  note="the parents' lawyer's appeal against the guardianship judge's decision (legal appeal: REQUEST/change/02, the seen sets' 'portera en appel', recipient the court); no date (it preceded the hearing of 9 June; 'vient d'être remise en cause' is the guardianship's being challenged); no place for the filing; his wish to resume the transfer procedure (sent. 4) folded in. The guardianship granted to Rachel Lambert 'en mars dernier' (a judge's appointment of a guardian, no PLOVER type) is not coded")
R(d,'REQUEST',['change'],'02',None,'a préconisé',5,actor=[A("L'avocate générale de la Cour d'appel de Reims",5,'FRA','JUD')],
  recip=[A("La Cour d'appel",6,'FRA','JUD'),A('Rachel',5,'FRA','CVL')],
  loc=L('Reims',5,49.27,4.03,'FRA'),date='2016-06-09',
  note="at the hearing of 'ce jeudi' (Thursday 9 June, sent. 2; the article is of Sunday 12) the advocate general asks the Reims court of appeal to annul the guardianship granted to Rachel and replace it by a double guardianship: a request to a court in a civil case (REQUEST/change/02; unsure: ACCUSE/11 if read as prosecutors' requisitions, shared convention 7, but nobody is accused); recipients the court (sent. 6, the nearest explicit noun phrase outside the actor's span) and Rachel, whose guardianship it targets; the hearing itself is not a separate record. Not coded: the court's ruling due 'le 8 juillet prochain' (sent. 6, its content unknown: no type), the lawyer's 'confiant' and 'serait une décision raisonnable' (sent. 7, a comment), the parents' long-standing opposition (sent. 8, a stance), the family's several past appeals (sent. 10, aggregate)")
R(d,'REQUEST',[],'02',None,'La demande',9,actor=[A('CHRU de Reims',9,'FRA','CVL')],recip=[A('juge des tutelles',3,'FRA','JUD')],
  note="the request for a guardian to be named came from the Reims university hospital ('à l'initiative du CHRU de Reims', to have a legal representative of the patient): a request to the guardianship judge (named in sent. 3, the nearest explicit noun phrase); a past act told with its actor (convention 11); undated; a public hospital: CVL (no health sector in the list; unsure)")
R(d,'REQUEST',['change'],'02',None,'avait été saisie',12,actor=[A('François Lambert',12,'FRA','CVL')],recip=[A("la Cour administrative d'appel de Nancy",12,'FRA','JUD')],
  note="the nephew's appeal to the Nancy administrative court of appeal against the Châlons-en-Champagne ruling (sent. 13): a legal appeal (REQUEST/change/02, as #1); undated; no place for the filing. The court's ruling due 'le 16 juin' (its content unknown: no type) is not coded")
R(d,'REJECT',['change'],'12',None,'avait rejeté',13,actor=[A('tribunal administratif de Châlons-en-Champagne',13,'FRA','JUD')],recip=[A('François Lambert',12,'FRA','CVL')],
  loc=L('Châlons-en-Champagne',13,48.95,4.37,'FRA'),
  note="the Châlons-en-Champagne administrative court's 2015 decision rejecting 'une nouvelle demande d'arrêt des soins': a court turning down a request (REJECT/12, as the seen sets' court blocks); a past act told with its actor and place (convention 11); a year alone: date null; the request is read as the nephew's (sent. 12: he has asked for the treatment to stop from the start and appeals this decision; the sentence itself does not name the applicant, unsure)")
R(d,'REQUEST',['change'],'02',None,'compte demander',14,actor=[A('le rapporteur public',14,'FRA','JUD')],recip=[A('Dr Daniela Simon',14,'FRA','CVL')],
  fut=True,
  note="in the Nancy procedure the public rapporteur considers that the judgment 'doit être annulé' and intends to ask for an injunction to Dr Daniela Simon, the doctor in charge, to resume the collegial procedure: one request of one speaker on one occasion (REQUEST/change/02; the annulment and the injunction together), announced ('compte demander'): future; recipient the doctor the injunction would bind (the court is not named in the sentence); no date given for it (the 16 June is the ruling's date) and no place")
# ---------------------------------------------------------------- Paris climate agreement ratified by China and the United States
d='2016_09_03-006'
R(d,'SUPPORT',[],'05',None,'a ratifié',2,actor=[A('La Chine',2,'CHN','GOV')],
  date='2016-09-03',
  note="China ratified the Paris climate agreement 'ce matin' (the dateline's day, 3 Sept. 2016; sent. 4 'ce samedi matin' agrees): concluding a formal agreement is SUPPORT/05 (guideline §4); the agreement is no party: recipient []; the National People's Congress approving the ratification (sent. 4, a legislative vote) folded in; no place named for it (Beijing is named only for the G20 summit): location null")
R(d,'SUPPORT',[],'05',None,'leur ratification',3,actor=[A('les États-Unis',3,'USA','GOV')],
  date='2016-09-03',
  note="'À la mi-journée' (same day as #1, convention 1: the text puts it on the dateline's day) the United States announced their ratification in a joint statement: SUPPORT/05 as #1, a separate act (another state, another hour); Obama joining the agreement by executive order because of the Republican Congress (sent. 5-6, the way the ratification is made) folded in. Not coded: Obama's 'montrer l'exemple' (sent. 7) and Ban Ki-moon's optimism (sent. 9), comments; the 55-country threshold (sent. 10-11), a rule and a tally; the Congress's opposition to environmental measures (sent. 5), a standing position")
R(d,'SUPPORT',[],'05',None,'conclu',2,actor=[],
  date='2015-12',
  note="the Paris agreement 'conclu après les négociations de la COP21 en décembre 2015': a past agreement told with its date (convention 11, as the seen sets' Minsk accords): SUPPORT/05; the parties are not named: actor []; Paris is only in the agreement's name (as Minsk for the Minsk accords): location null; month only: 2015-12 (unsure: could be read as a bare mention of background)")
# ---------------------------------------------------------------- CETA signed in Brussels, protesters outside
d='2016_10_30-002'
R(d,'SUPPORT',[],'05',None,'ont signé',2,actor=[A('le Canada',2,'CAN','GOV'),A("l' Union européenne",2,None,'IGO')],
  loc=L('bâtiment du Conseil européen',5,50.84,4.38,'BEL'),date='2016-10-30',
  note="Canada and the EU signed the free-trade agreement (CETA/AECG) 'dimanche' (the dateline's Sunday, 30 Oct. 2016): signing a formal agreement, SUPPORT/05 with both parties as actors (the seen sets' Minsk accords); place from sent. 5, the leaders arriving at the European Council building in Brussels for it; trade partners, not conflict parties: ACLED null. Not coded: the 7 years of negotiations (background folded into the signing), the treaty's entry into force and the approvals still needed (sent. 3, 9: a procedure and legislative votes), the 'opposition' (sent. 4, general), Juncker's 'Je ne critique pas ...' and 'doivent entendre' (sent. 6-8: the text calls the leaders' answers 'modérés', a comment; unsure: 'ceux qui sont dans la rue doivent entendre' could be read as an appeal, REQUEST)")
R(d,'PROTEST',['demo'],'14',VDEMO,'manifestants étaient sur place',5,actor=[A('des centaines de manifestants',5,None,'CVL')],recip=[A('dirigeants',5,None,'GOV')],
  loc=L('bâtiment du Conseil européen',5,50.84,4.38,'BEL'),date='2016-10-30',
  note="hundreds of protesters at the European Council building when the leaders arrived for the signing (the signing's Sunday, #1); some had painted the façade red: vandalism by demonstrators, so Riots/Violent demonstration on the PROTEST record (as the seen sets' protests with vandalism; unsure: Peaceful protest if the paint is read as a symbolic act); mode demo (no rioting told); recipient the arriving leaders; the protesters' country is not told: null")
R(d,'ASSAULT',['destroy'],'17',None,'avaient badigeonné',5,actor=[A('des centaines de manifestants',5,None,'CVL')],recip=[A('la façade',5,None,'IGO')],
  loc=L('bâtiment du Conseil européen',5,50.84,4.38,'BEL'),date='2016-10-30',
  note="some of the protesters ('certains', a pronoun: the nearest explicit noun phrase is 'des centaines de manifestants') had daubed the building's façade red: vandalism, ASSAULT/destroy/17 (guideline §4), a record of its own beside the protest (the seen sets' broken police-car window); ACLED on the PROTEST record (#2); the pluperfect puts it before the leaders' arrival, read as the same day (unsure: date null would be the other reading)")
# ---------------------------------------------------------------- Crime on Paris-region public transport in 2016
d='2017_01_28-004'
R(d,'ASSAULT',['destroy'],'17',None,'ont détruit',8,actor=[A('des individus',8,None,'UNK')],
  recip=[A('un bus de la ligne 170',8,'FRA','BUS'),A('conducteur et passagers',8,'FRA','CVL')],
  loc=L('cité du Franc Moisin',8,48.92,2.37,'FRA'),date='2016-07-28',
  note="'Dans la nuit du 28 au 29 juillet 2016, vers 1 heure du matin' at the Franc-Moisin estate of Saint-Denis: individuals stopped a bus of line 170 with bins, made the driver and passengers get off and destroyed the bus with Molotov cocktails: destruction of property, ASSAULT/destroy/17 (guideline §4; the seen sets' arsons), one record (stopping, forcing off and burning the bus are one act); nights dated by their first day (the sets' convention; 1 a.m. is on the 29th, the other reading); no injury told; unidentified authors: UNK, country null; ordinary crime with no group or political aim told: ACLED null. The line's diversion (sent. 9, a traffic measure) and the statistics (sent. 4-7) are not coded")
R(d,'THREATEN',['violence'],'13',None,'mimé un geste pour le tuer',10,actor=[A('un voyageur',10,None,'CVL')],recip=[A('le chauffeur',10,'FRA','CVL')],
  loc=L('région parisienne',10,48.71,2.50,'FRA'),date='2016-08',
  note="'En août 2016' a passenger refusing to show his ticket on a Noctilien night bus mimed killing the driver: a threat of violence (THREATEN/violence/13); the refusal to show the ticket folded in (the circumstance of the threat); the conditional ('aurait') reports the driver's account, not a speculation: not hypothetical; place the Paris region (the Noctilien's area, centre of Île-de-France); month only; ordinary incident: ACLED null")
R(d,'SUPPORT',[],'05',None,'défendre',11,actor=[A('la direction de la régie des transports parisiens',11,'FRA','BUS')],recip=[A('le voyageur',11,None,'CVL')],
  note="according to the driver the RATP management 'aurait préféré défendre le voyageur': verbal defence of a person (SUPPORT/05, guideline §4 'défendre (verbally)'); reported through the driver, not a speculation: not hypothetical (unsure whether a coder would record an employer's stance told this way); undated (after the August incident, #2); no place. The driver's retirement and his statements (sent. 12-14) are not coded")
R(d,'ASSAULT',['sexual'],'18',None,'avoir attouché',14,actor=[A('une dizaine de jeunes',14,None,'CVL')],recip=[A('deux jeunes filles',14,'FRA','CVL')],
  loc=L('Place d’Italie',14,48.83,2.36,'FRA'),
  note="per the same driver, 'un soir' near the Place d'Italie (13th arrondissement of Paris) about ten youths got on the bus, groped two girls and fought among themselves over who would rape them first: a sexual assault (ASSAULT/sexual/18), one record (the brawl among the attackers is part of it); a particular incident told with a place (convention 11), unlike the habitual statements before it in the sentence ('les voyageurs possèdent des couteaux ...', not coded); 'un soir' is vague: date null; reported account ('serait montée'), not hypothetical; ordinary crime: ACLED null")
R(d,'ASSAULT',['destroy'],'17',None,'a été brisée',15,actor=[],recip=[A('un bus de la ligne 417',15,'FRA','BUS')],
  loc=L('Trappes',15,48.77,2.02,'FRA'),date='2016-10-20',
  note="'Le jeudi 20 octobre 2016, à 21 heures, à Trappes' a window of a line 417 bus was smashed: vandalism, ASSAULT/destroy/17 (guideline §4); no author named: actor []; ACLED null (as the seen sets' vandalism)")
R(d,'ASSAULT',['destroy'],'17',None,'ont incendié',17,actor=[A('des individus cagoulés',16,None,'UNK')],
  recip=[A('un bus de la ligne 302',16,'FRA','BUS'),A('la conductrice et les passagers',17,'FRA','CVL')],
  loc=L('cité des 4000',16,48.92,2.39,'FRA'),date='2016-10-22',
  note="'Le samedi 22 octobre 2016, vers 21 h 30' at the cité des 4000 of La Courneuve hooded individuals boarded a line 302 bus, made the driver and passengers get off and set the bus on fire with a can of petrol, destroying a car parked beside it: arson, ASSAULT/destroy/17, one record (boarding, forcing off, burning); trigger in sent. 17, date, place and actor from sent. 16 (the same act told over two sentences); ACLED null. Not coded in this article: the RATP's alleged 2013 hirings 'pour éviter les caillassages' (sent. 18, a hiring, the stonings habitual), its partial confirmation and denial (sent. 19), the CGT's and the article's statements (sent. 20-22)")
# ---------------------------------------------------------------- coded, no event (listed in coded_docs.txt with 0)
# 2016_08_15-004 (Bolt's third Olympic 100 m): a sports report; the crowd booing Gatlin for his past doping
#   bans is a spectators' reaction at a sports event, the bans a bare mention: not coded.
# 2017_01_18-001 (EDF closes its shops): a business decision with job cuts: not coded.
# 2017_03_18-002 (a man's suicide at Val de Fontenay station injures three): a suicide and an accident; the
#   replacement buses are a service measure: not coded.
# 2017_04_01-002 (the CFDT first in the unions' representativeness): election results, statistics and the law's
#   thresholds; a union leader's election and his refusal to be counted in either bloc (no target): not coded.
