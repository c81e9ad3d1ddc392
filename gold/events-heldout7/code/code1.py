"""The seventh held-out set's records (coded blind, 28 Nov. 2026); `python3 code1.py` rewrites ../events_dev.jsonl.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- Paris: last tribute to the victims of the 2015 attacks
d='2016_01_10-002'
R(d,'ASSAULT',[],'18',VAC,'attentats de janvier 2015',2,actor=[],
  loc=L('Paris|1',2,48.85,2.35,'FRA'),date='2015-01',dead=17,
  note="the January 2015 attacks, a past event told with its month, places and toll (convention 11); one record for the series at Paris (the text assigns no site but Montrouge, coded apart, #9; the Hyper Cacher and Charlie Hebdo are named only as places of ceremonies); '17 morts' is the series' combined toll (Montrouge's victim among them); no attacker named: actor []; the victims are named only as 'victimes' of both series: recipient []; no weapon in the sentence: mode []. The week of tributes, the ceremony, the plaque, the minute of silence and the songs are commemorations, no PLOVER type: not coded")
R(d,'ASSAULT',[],'18',VAC,'novembre 2015',2,actor=[],
  loc=L('Paris|1',2,48.85,2.35,'FRA'),date='2015-11',dead=130,
  note="the November 2015 attacks ('130 morts'), past event with month, toll and places (convention 11); located at Paris, the first place named (Saint-Denis is listed too, but the text assigns no attack to it: no record of its own); actor and recipient [] as #1")
R(d,'PROTEST',['demo'],'14',PEACE,'marche républicaine',3,actor=[A("plus d'un million de personnes",4,'FRA','CVL'),A("des dizaines de chefs d'État et de gouvernements",4,None,'GOV')],
  loc=L('place de la République',3,48.87,2.36,'FRA'),date='2015-01-11',
  note="the 'marche républicaine' of 11 January (2015: the ceremony comes 'près d'un an après'), from the place de la République; a mass rally after the attacks, coded as a peaceful demonstration (PLOVER PROTEST: rally, publicly show feelings); participants from sent. 4. Unsure: a march of solidarity could be left uncoded as commemoration; no precedent in the seen sets")
R(d,'CONSULT',['visit'],'04',None,'a décidé de se rendre',18,actor=[A('François Hollande',18,'FRA','GOV')],recip=[A('la Grande mosquée de Paris',18,'FRA','REL')],
  loc=L('Grande mosquée de Paris',18,48.84,2.36,'FRA'),
  note="Hollande goes to the Grande mosquée after the ceremony for 'un moment d'échange': a visit with a host (CONSULT/visit, the host as recipient); told as what he did next, not flagged future; the ceremony's day is given by the dateline alone: date null")
R(d,'MOBILIZE',['police'],'15',None,'La sécurité a été renforcée',19,actor=[],
  loc=L('place de la République',2,48.87,2.36,'FRA'),
  note="security reinforced for the ceremony: MOBILIZE/police with actor [] (the second set's 'Un grand dispositif de sécurité'); place of the ceremony (sent. 2); no temporal expression but the dateline: null")
R(d,'COERCE',['restrict'],'17',None,'a été interdite',20,actor=[],
  loc=L('place de la République',2,48.87,2.36,'FRA'),
  note="car traffic banned around the square: COERCE/restrict, no agent named (the fifth and sixth sets' road closures); place of the ceremony; undated")
R(d,'COERCE',['restrict'],'17',None,'ont aussi été fermées au public',21,actor=[],
  loc=L('République',21,48.87,2.36,'FRA'),
  note="two metro stations closed: a second measure (the sixth set's evacuation and rail stoppage as two records); one record for both stations (they are next to each other on the square's side); undated")
R(d,'SUPPORT',[],'05',None,'a tenu à montrer son soutien',22,actor=[A('Manuel Valls',22,'FRA','GOV')],recip=[A('la communauté juive',22,'FRA','REL')],
  loc=L("Hyper Cacher porte de Vincennes",22,48.85,2.41,'FRA'),
  note="the Prime Minister's support for the Jewish community at the Hyper Cacher ceremony (verbal support, SUPPORT/05); 'Le week-end' is a vague period: date null; his speech folded in")
R(d,'ASSAULT',[],'18',None,'tuée',23,actor=[],recip=[A('Clarissa Jean-Philippe',23,'FRA','GOV')],
  loc=L('Montrouge',23,48.82,2.31,'FRA'),dead=1,
  note="the municipal policewoman killed at Montrouge: a site of its own (convention 2), told with its victim and place; her death is also in #1's toll; the sentence gives no time and the text does not say which of the two series Montrouge belongs to (both are listed with 'Paris, Montrouge et Saint-Denis'): date null; attacker not named: actor []; lone attack on a police officer: ACLED null (convention 9)")
R(d,'PROTEST',['demo'],'14',PEACE,'Rassemblement',27,actor=[],
  loc=L('place de la République',27,48.87,2.36,'FRA'),date='2015-01-07',
  note="photo caption: the gathering of 7 Jan. 2015, the evening of the attack, at the place de la République (a past rally told with date and place, convention 11); no participants named: actor []. Unsure, with #11-#13: rallies after an attack could be left uncoded as commemorations")
R(d,'PROTEST',['demo'],'14',PEACE,'rassemblement',28,actor=[],
  loc=L('Bordeaux',28,44.84,-0.58,'FRA'),date='2015-01-07',
  note="caption: another gathering 'le même soir' (7 Jan. 2015) at Bordeaux; a record per town (convention 4). The next caption ('Manifestant tenant une pancarte', sent. 29) names no place or time and the candles at Toulon (sent. 30) are no gathering: not coded")
R(d,'PROTEST',['demo'],'14',PEACE,'Rassemblement',31,actor=[],
  loc=L('Toulouse',31,43.60,1.44,'FRA'),date='2015-01-08',
  note="caption: gathering at Toulouse 'au lendemain de la fusillade' = 8 Jan. 2015 (the attack of 7 Jan., sent. 27)")
R(d,'PROTEST',['demo'],'14',PEACE,'Rassemblement',32,actor=[],
  loc=L('Tours',32,47.39,0.70,'FRA'),date='2015-01-07',
  note="caption: gathering place Jean-Jaurès at Tours 'le soir de la fusillade' = 7 Jan. 2015")
# ---------------------------------------------------------------- Saint-Denis (La Réunion): drunk truck driver charged
d='2016_06_19-003'
R(d,'COERCE',['arrest'],'17',None,'mis en examen et placé en détention provisoire',12,actor=[A("le juge d'instruction",12,'FRA','JUD')],recip=[A('Le chauffeur',11,'FRA','CVL')],
  date='2016-06-18',arr=1,
  note="the driver brought before the prosecutor and the investigating judge 'le samedi suivant' (the Saturday after Thursday 16 June: 18 June, the day he left hospital to be questioned, sent. 10), charged and remanded in custody: one COERCE/arrest record (questioning, charge and detention); recipient the nearest explicit noun phrase ('Ce dernier' is anaphoric: sent. 11); no place named for the legal act: null; ordinary case: ACLED null. The crash itself is an accident (the driver 'aurait fait un malaise', drunk): not coded")
# ---------------------------------------------------------------- EU: excessive-deficit procedure against Spain and Portugal
d='2016_07_09-003'
R(d,'COERCE',['restrict'],'16',None,'une procédure de sanction',2,actor=[A('La Commission européenne',2,None,'IGO')],recip=[A('le Portugal',2,'PRT','GOV'),A("l'Espagne",2,'ESP','GOV')],
  date='2016-07-07',
  note="the Commission opens the sanction procedure for excessive deficits against Portugal and Spain on 7 July 2016: sanctions by an IGO, COERCE/restrict/16 (convention 6; the shared gold's UN and US sanctions); title and sent. 6 the same decision; no place named. The sanctions' expected effects (sent. 3, 15, 18), the Council's validation and possible later sanctions (sent. 11, the procedure's next steps, not an announced event) and the Spanish minister's expectation of a zero fine (sent. 15, a statement) are not coded")
R(d,'COERCE',['restrict'],'16',None,'avait renoncé à lancer une telle procédure',8,actor=[A('la Commission européenne',8,None,'IGO')],recip=[A("l'Espagne",8,'ESP','GOV'),A('le Portugal',4,'PRT','GOV')],
  date='2016-05',neg=True,
  note="'En mai 2016' the Commission gave up launching such a procedure: the same measure, told as not taken (negated, as the shared gold's cancelled summit is coded with negated); month only; Portugal from sent. 4 (nearest explicit noun phrase). Unsure: a decision not to act could be left uncoded; kept because the text describes it with actor and date and sent. 9-10 react to it")
R(d,'ACCUSE',['disapprove'],'11',None,'avait été très critiquée',9,actor=[A('certains pays européens',9,None,'GOV'),A("l'Allemagne",9,'DEU','GOV')],recip=[A('la Commission européenne',8,None,'IGO')],
  note="the May decision criticised by some European countries led by Germany; recipient the Commission (sent. 8, nearest explicit noun phrase); undated. Germany's standing demand for stricter budget rules ('qui exige', a habitual stance) is not coded apart")
R(d,'REQUEST',['change'],'10',None,'avait alors accru la pression',10,actor=[A("l'Allemagne",9,'DEU','GOV')],recip=[A('Jean-Claude Juncker',10,None,'IGO')],
  note="Germany ('Le pays': nearest explicit noun phrase in sent. 9) pressed Juncker to change policy: a demand (pressure, REQUEST/10), a speech act apart from the criticism (guideline §3); 'alors' is vague: date null")
R(d,'ACCUSE',['disapprove'],'11',None,'est critiquée',16,actor=[A("les opposants de l'austérité",16,None,'CVL')],recip=[A('la Commission européenne',14,None,'IGO')],
  note="opponents of austerity criticise the July decision; recipient the Commission (nearest explicit noun phrase, sent. 14); the critics are not located (country null); undated. Unsure: a vague group, could be read as a general stance")
R(d,'REJECT',[],'12',None,'risquent fort de refuser',26,actor=[A('deux partis de gauche radicale',25,'PRT','POL')],
  hyp=True,
  note="the two radical-left parties of Portugal's coalition 'risquent fort de refuser' new austerity measures: presented as a possible event (hypothetical); actor from sent. 25 ('Ces deux derniers' is anaphoric); the measures are not a party: recipient []; undated. Not coded: the coalition's possible break-up and new elections (sent. 26), Rajoy's possible coalition and the PS's abstention (sent. 23, elections and government formation), the Franco-German opposition on the way forward (sent. 28, stances)")
# ---------------------------------------------------------------- I-Télé: the newsroom against Morandini's arrival
d='2016_10_15-001'
R(d,'PROTEST',['strike'],'14',PEACE,'la première grève de son histoire',3,actor=[A("la rédaction de la chaîne d'information en continu I-Télé",2,'FRA','CVL')],recip=[A('la direction',3,'FRA','BUS')],
  note="the four-day strike 'Au début de l'été' (a vague period: date null) against the non-renewal of 52 contracts and the management's abandonment of the channel (its aims folded in); strikers: the newsroom (sent. 2, nearest explicit noun phrase; 'la chaîne' is the company); strike ACLED Peaceful protest as the shared gold's strikes; no place named")
R(d,'ACCUSE',['disapprove'],'11',None,'le qualifiant',6,actor=[A('Télérama',6,'FRA','MED')],recip=[A('Jean-Marc Morandini',6,'FRA','MED')],
  note="Télérama calls him 'expert médias le plus douteux du secteur': a disparaging verbal act aimed at him; undated. Unsure: given as an example of 'critiques récurrentes' (habitual), could be left uncoded. The Inrockuptibles' revelations (same sentence) are reports: not coded")
R(d,'COERCE',['arrest'],'17',None,'Placé pendant deux jours en garde à vue',7,actor=[],recip=[A("l'animateur",7,'FRA','MED')],arr=1,
  note="two days in police custody, then charged and placed under judicial supervision: one COERCE/arrest record (the project guideline: arrest and custody one record); sent. 6's 'est mis en examen pour corruption de mineur aggravée' is the same charge; no agent, place or date given: null")
R(d,'ACCUSE',['disapprove'],'11',None,'deux plaintes ont été déposées',7,actor=[],recip=[A("l'animateur",7,'FRA','MED')],
  note="two complaints filed against him (porter plainte: ACCUSE/11); complainants not named: actor []; undated")
R(d,'ACCUSE',['disapprove'],'11',None,'appris avec consternation',9,actor=[A("La Société des journalistes (SDJ) d'I-Télé",9,'FRA','CVL')],recip=[A('Jean-Marc Morandini',9,'FRA','MED')],
  note="the journalists' society's communiqué of dismay at Morandini's coming (a disapproval aimed at his arrival; the Canal+ management reads it as an attack on him, sent. 16); 'alors' (after the announcement of 7 Oct.) is not a date: null. The SDJ is a staff association (union-like): CVL. Unsure: the target could be the management that decided it")
R(d,'ACCUSE',['disapprove'],'11',None,'une motion de défiance est votée',11,actor=[],recip=[A('la direction',11,'FRA','BUS')],
  date='2016-10-11',
  note="a no-confidence motion against the management voted on 11 Oct. (92.2 %): a formal disapproval by the staff (ACCUSE/11, as the fifth set's impeachment vote); the voters are not named: actor []. Unsure: a vote, could be left uncoded")
R(d,'REQUEST',['change'],'02',None,'elle demande à l\'animateur',12,actor=[A("la SDJ d'I-Télé",12,'FRA','CVL')],recip=[A("l'animateur",12,'FRA','MED')],
  date='2016-10-13',
  note="the SDJ's op-ed in Le Monde on 13 Oct. asks Morandini 'de ne pas venir sur I-Télé'; its grounds (his image 'entachée', sent. 12-13) are the reason given for the demand, folded in (unsure: could be a separate ACCUSE). The management's moving his start forward to 17 Oct. (sent. 15, a programming decision) is not coded")
R(d,'ACCUSE',['disapprove'],'11',None,'met en cause',16,actor=[A('la direction du groupe Canal +',16,'FRA','BUS')],recip=[A('la SDJ|1',16,'FRA','CVL')],
  note="Canal+'s management answers that the SDJ's communiqué 'met en cause le principe de la présomption d'innocence' (sent. 17 folded in): an accusation aimed at the SDJ; 'cet après-midi' inside the quotation has no day: null")
R(d,'REQUEST',[],'02',None,'il demande',19,actor=[A('Jean-Marc Morandini',18,'FRA','MED')],recip=[A('confrères d’I-Télé',19,'FRA','CVL')],
  date='2016-10-13',
  note="Morandini's op-ed in Le Monde 'le 13 octobre au soir' (sent. 18) asks his I-Télé colleagues to respect his rights and let him work; actor from sent. 18 ('il' is a pronoun)")
R(d,'AGREE',[],'03',None,'leur propose',23,actor=[A('Jean-Christophe Thiery',23,'FRA','BUS')],recip=[A('journalistes de la chaîne',23,'FRA','CVL')],
  date='2016-10-14',
  note="the head of Canal+'s board offers the journalists, by a letter of 14 Oct., to use their conscience clause and leave with compensation (until 21 Oct.): an offer, AGREE/03")
R(d,'SUPPORT',[],'05',None,'prennent position',26,actor=[A('de nombreux journalistes de divers médias',26,'FRA','MED')],recip=[A('la rédaction de la chaîne',18,'FRA','CVL')],
  note="journalists of many media back the I-Télé newsroom with the hashtag #JeSoutiensITELE (SUPPORT/05); recipient the newsroom (nearest explicit noun phrase, sent. 18 'la fronde de la rédaction de la chaîne'); 'Depuis plusieurs heures' is vague: date null. Canal+'s 'laconique tweet' (sent. 27) is not given: not coded")
# ---------------------------------------------------------------- Pakistan: a new army chief
d='2016_12_02-001'
for y in ('1958','1977','1999'):
    R(d,'ASSAULT',[],'19',OTHER,'a d\'ailleurs renversé',8,actor=[A("L'armée pakistanaise",7,'PAK','MIL')],recip=[A('gouvernement civil',8,'PAK','GOV')],
      loc=L('Pakistan',7,30.00,70.00,'PAK'),
      note="the army's coup of "+y+" (sent. 8 lists 1958, 1977 and 1999; sent. 4 says the same): a past coup told with actor and year, ASSAULT/19 with ACLED Strategic developments/Other (convention 5: the shared gold's Gambia 1994 coup, year only, date null); one record per coup on the one trigger; actor the nearest explicit noun phrase ('Elle', sent. 8, is a pronoun: sent. 7); located in the country (sent. 7). Unsure: a list of past coups could be read as aggregate background")
R(d,'RETREAT',['resign'],'08',None,'a été contraint à la démission',10,actor=[A('Pervez Musharraf',10,'PAK','GOV')],
  note="Musharraf forced to resign 'en 2008' (a year alone: date null): a past resignation told with its actor (convention 11); who forced him is not named. Not coded: Kayani imposing his roadmap and extension on the civil government (sent. 10, a description of his tenure, no act or date), Raheel Sharif's early announcement that he would not seek an extension (sent. 12, a statement), the speculation that he might stay (sent. 13), Bajwa's appointment announced on 26 Nov. by Nawaz Sharif and his taking office on 29 Nov. (sent. 2, 14: personnel appointments), the fight against jihadist groups (sent. 19, a stance)")
R(d,'ASSAULT',[],'19',CLASH,'forts affrontements',13,actor=[A('le pays',13,'PAK','GOV'),A("l'Inde",13,'IND','GOV')],
  note="the heavy clashes Pakistan has had with India 'depuis la fin de l'été' (a vague start: date null), stated as a fact inside the speculation sentence; both sides actors; 'le pays' is the noun phrase of the trigger sentence for Pakistan; no place named for the clashes: null")
# ---------------------------------------------------------------- Kent: a man charged over the M20 footbridge collapse
d='2017_01_21-006'
R(d,'COERCE',['arrest'],'17',None,"est accusé d'avoir provoqué",2,actor=[],recip=[A('Un homme de 63 ans',2,'GBR','UNK')],
  note="a formal criminal charge (sent. 4: dangerous driving, causing serious injury, three counts of criminal damage): inculper is COERCE/arrest with arrested null (convention 7, charge without detention); agent not named; 'l'année dernière' dates the collapse, not the charge: null; no place named for the charge. The collapse itself is an accident (an excavator on a lorry hit the bridge): not coded. Unsure: 'est accusé' could be read as ACCUSE/11")
R(d,'ACCUSE',['disapprove'],'11',None,'a été assigné à comparaître',3,actor=[A('la Cour de magistrats de Maidstone',3,'GBR','JUD')],recip=[A("L'homme non identifié",3,'GBR','UNK')],
  loc=L('Maidstone',3,51.27,0.52,'GBR'),date='2017-02-17',fut=True,
  note="summoned to appear before Maidstone magistrates 'le 17 février prochain': a court hearing (ACCUSE/11, convention 7), future, with its planned date and place")
R(d,'ACCUSE',['investigate'],'09',None,'continue à enquêter',7,actor=[A('La police du Kent',7,'GBR','GOV')],
  note="Kent police's ongoing investigation: ACCUSE/investigate; no recipient named; undated; no place for it ('du Kent' is part of the actor's name)")
R(d,'ACCUSE',['investigate'],'09',None,'si elle lance ou non la sienne',8,actor=[A('Highways England',8,'GBR','GOV')],hyp=True,
  note="Highways England will decide after the police inquiry whether to open its own: a possible investigation (hypothetical). Unsure: could be left uncoded as a statement of intent. Not coded: the bridge sections sent to Highways England 'pour investigations' (sent. 13, technical examination), the road closures for clearing debris (sent. 9, 13: works after an accident, not a security measure), the police vehicles, firemen and air ambulance at the scene (sent. 10-11: emergency response to an accident, not a deployment of force)")
# ---------------------------------------------------------------- USA: the White House press secretary attacks the media
d='2017_01_22-006'
R(d,'ACCUSE',['disapprove'],'11',None,'recadrer sèchement',5,actor=[A('Sean Spicer',5,'USA','GOV')],recip=[A('les journalistes',5,'USA','MED')],
  loc=L('West Wing',5,38.90,-77.04,'USA'),date='2017-01-21',
  note="Spicer's unscheduled briefing 'samedi soir' (Saturday 21 Jan. 2017, publication Sunday 22) to rebuke the journalists; title and the briefing's accusations folded into one record (the Trump cabinet's reproach of underestimating the crowd, sent. 7; the photographers 'intentionnellement orientés', sent. 8; the comparison called 'honteuse et fausse', sent. 10; the reproaches about tweets, sent. 13): one speaker, one occasion, one kind of act (the sixth set's Geel accusations). His leaving without taking questions (sent. 15) is not coded")
R(d,'THREATEN',[],'13',None,'Nous tiendrons la presse pour responsable',14,actor=[A('le nouveau porte-parole',13,'USA','GOV')],recip=[A('la presse',14,'USA','MED')],
  loc=L('West Wing',5,38.90,-77.04,'USA'),date='2017-01-21',
  note="'Nous tiendrons la presse pour responsable': a warning of consequences, a speech act of another kind than the rebuke (guideline §3), THREATEN with no mode; actor the nearest explicit noun phrase (sent. 13; 'il' is a pronoun); dated and placed with the briefing (unsure: the sentence itself has no temporal expression). Unsure: could be read as part of the ACCUSE")
R(d,'ACCUSE',['disapprove'],'11',None,"C'est embarrassant",16,actor=[A('Bill Kristol',16,'USA','MED')],recip=[A('Sean Spicer',16,'USA','GOV')],
  note="the conservative commentator's criticism of Spicer's briefing; undated. The other 'nombreux commentaires' are not told")
R(d,'ACCUSE',['disapprove'],'11',None,'a lui aussi accusé les médias',19,actor=[A('Donald Trump',19,'USA','GOV')],recip=[A('les médias',19,'USA','MED')],
  loc=L('CIA',19,38.95,-77.15,'USA'),date='2017-01-21',
  note="Trump accuses the media 'Plus tôt dans l'après-midi' (the same Saturday) in a speech at the CIA (Langley); his criticism of the press and 'parmi les êtres humains les plus malhonnêtes du monde' (sent. 22-24) folded in")
R(d,'SUPPORT',[],'05',None,'Il a assuré',24,actor=[A('Donald Trump',22,'USA','GOV')],recip=[A('la communauté du renseignement',24,'USA','GOV'),A('la CIA',24,'USA','GOV')],
  loc=L('CIA',19,38.95,-77.15,'USA'),date='2017-01-21',
  note="in the same speech Trump assures that nobody is more attached to the intelligence community and the CIA than he is (the speech was meant to reassure the agency, sent. 20): verbal support, SUPPORT/05, a speech act apart from the accusation of the press; actor from sent. 22 ('Il' is a pronoun). The visit itself is not coded as a CONSULT (a president speaking at an agency of his own executive). Unsure: could be folded or left as a statement")
R(d,'ACCUSE',['disapprove'],'11',None,'a remis en cause la compétence',20,actor=[A('nouveau président',20,'USA','GOV')],recip=[A('agences américaines',20,'USA','GOV')],
  note="in 'les dernières semaines' (vague: date null) Trump questioned the competence of the US agencies: a past accusation told with actor and target. Unsure: repeated over weeks, could be read as habitual")
R(d,'REJECT',['meet'],'12',None,"a refusé d'assister",20,actor=[A('nouveau président',20,'USA','GOV')],
  note="he refused to attend his daily security briefing: a refusal (REJECT/meet); the agencies that give it are not named as its counterpart in the clause: recipient []; undated. Unsure: 'tous les jours' makes it a standing refusal, could be read as habitual and left uncoded")
R(d,'PROTEST',['demo'],'14',PEACE,'ayant défilé',25,actor=[A('les millions de personnes',25,'USA','CVL')],recip=[A('Trump',25,'USA','GOV')],
  loc=L('la capitale fédérale',25,38.90,-77.04,'USA'),date='2017-01-21',
  note="millions marched in the federal capital and the big cities to show their opposition to Trump's policies, 'l'information principale du jour' = the day of Spicer's Saturday briefing (21 Jan.); located at Washington, the only place named (the other cities are not named: no record of their own); the comparison with the Iraq war rallies (sent. 26) is a bare mention")
# ---------------------------------------------------------------- Fillon: the Penelope Fillon fake-job affair
d='2017_01_26-001'
R(d,'ACCUSE',['disapprove'],'11',None,'est accusé',3,actor=[A('Le Canard enchaîné',2,'FRA','MED')],recip=[A("Le candidat à l'élection présidentielle",3,'FRA','POL'),A('sa femme',3,'FRA','CVL')],
  note="the accusation that Fillon gave his wife a parliamentary assistant's job she did not do (title and sent. 3, 9 'Le cœur des accusations du journal'): the accuser is the newspaper (sent. 2, nearest explicit noun phrase; sent. 9 calls them its accusations); both spouses accused (title); 'quelques jours plus tôt' is vague: date null. The employment, pay and the collaborator's testimony (sent. 4-10) and Penelope Fillon's 2016 interview (sent. 11) are not events; the Revue des deux Mondes payments (sent. 13, 'aurait', no accuser named) are folded in")
R(d,'ACCUSE',['investigate'],'09',None,'ouvrir une enquête',12,actor=[A('le parquet financier de Paris',12,'FRA','JUD')],recip=[A('le couple',12,'FRA','POL')],
  note="the financial prosecutor's office opens an investigation into the couple (sent. 2 'la justice à lancer une enquête' is the same act; sent. 12 names the actor and the charges); no date or place given: null")
R(d,'ACCUSE',['disapprove'],'11',None,'en dénonçant les « boules puantes »',14,actor=[A('François Fillon',14,'FRA','POL')],
  note="Fillon, 'scandalisé', denounces the 'boules puantes': a denunciation with no party named (the revelations' authors are implied): recipient []; 'immédiatement' is no date: null. His entourage's rebuttal (sent. 15) is a denial: not coded")
R(d,'ACCUSE',['disapprove'],'11',None,'avaient été pointés du doigt',16,actor=[A('Mediapart',16,'FRA','MED')],recip=[A('Bruno Le Maire',16,'FRA','POL'),A('Jean-François Copé',16,'FRA','POL')],
  note="Le Maire and Copé singled out by Mediapart 'en 2013 et 2014' for the same practice: a past accusation told with actor and targets (convention 11); one record for the one sentence (years only: date null). Unsure: told in passing as a comparison, could be left uncoded")
R(d,'ACCUSE',['disapprove'],'11',None,'a ainsi ressorti une citation',19,actor=[A('Henri Guaino',19,'FRA','POL')],recip=[A('François Fillon',19,'FRA','POL')],
  note="his right-wing rival Guaino turns Fillon's 2012 words on probity against him: criticism (ACCUSE/11); the 'nombreuses critiques' of sent. 17 are the heading of this and #6, folded in (no critic named there); undated")
R(d,'ACCUSE',['disapprove'],'11',None,'le critiquent ouvertement',20,actor=[A('Rachida Dati',20,'FRA','POL'),A('Christian Estrosi',20,'FRA','POL')],recip=[A('François Fillon',20,'FRA','POL')],
  note="Dati and Estrosi criticise Fillon openly (one record, two actors of one sentence, convention 3); recipient the nearest explicit noun phrase in the sentence ('le' is a pronoun); undated")
R(d,'COOPERATE',['legal'],'06',None,'seront transmis à la justice',22,actor=[A("l'équipe de François Fillon",22,'FRA','POL')],recip=[A('la justice',22,'FRA','JUD')],
  fut=True,
  note="Fillon's team announces 'Ce 26 janvier' that documents proving the job will be handed to the judiciary: handing documents to investigators is COOPERATE/legal (guideline §4), announced: future; the planned date is not given (26 Jan. is the announcement's): null")
# ---------------------------------------------------------------- Orvault: the Troadec family killed by the brother-in-law
d='2017_03_08-002'
R(d,'ACCUSE',['investigate'],'09',None,"L'enquête",2,actor=[],
  loc=L('Orvault',2,47.27,-1.62,'FRA'),
  note="the investigation into the family's disappearance, reported on 23 Feb. (the report's date is not the investigation's: null); no investigator named: actor [] (the sixth set's Dortmund investigation); place of the disappearance")
R(d,'ASSAULT',['primitive'],'18',None,'avoir tué',4,actor=[A('Hubert Caouissin',4,'FRA','CVL')],recip=[A('les quatre membres de la famille',4,'FRA','CVL')],
  loc=L('Orvault',2,47.27,-1.62,'FRA'),date='2017-02-16',dead=4,
  note="the killing of the four Troadec 'dans la nuit du 16 au 17 février dernier' (the night beginning 16 Feb., as the earlier sets' nights), told in the confession sentence, which carries actor, victims and date; at their home in Orvault (sent. 2); with a crowbar (sent. 7): primitive; the dismembering and burning of the bodies (sent. 8) folded in; ordinary crime: ACLED null. The confession itself ('a avoué ce lundi 6 mars') is an admission: not coded")
R(d,'COERCE',['arrest'],'17',None,'a été mis en examen',5,actor=[],recip=[A('Hubert Caouissin',4,'FRA','CVL'),A('Lydie Troadec',5,'FRA','CVL')],arr=1,
  note="he and his partner charged together, he jailed ('écroué' agrees with 'Il'): one record, two recipients, arrested 1 (her detention is not stated); the accusation against her of helping clean the son's car (sent. 23) is the charge, folded in; no date or place for the legal act: null. His earlier custody ('sa première garde à vue', sent. 17) is a bare mention: not coded; the prosecutor's 'Il risque la réclusion criminelle à perpétuité' (sent. 6) is no event")
# ---------------------------------------------------------------- Chicago: a United Airlines passenger dragged off a plane
d='2017_04_11-001'
R(d,'REJECT',[],'12',None,"a refusé d'obtempérer",4,actor=[A("un homme 69 ans d'origine chinoise",4,None,'CVL')],recip=[A('le personnel',3,'USA','BUS')],
  loc=L('Chicago',2,41.85,-87.65,'USA'),date='2017-04-09',
  note="the passenger drawn by lot refuses to leave the plane: refusal to comply with the crew's order (REJECT/12); 'Dimanche' (sent. 2, the same scene) = Sunday 9 April 2017 (publication Tuesday 11); the plane was leaving Chicago; recipient the crew (sent. 3, nearest explicit noun phrase); his nationality is not given ('d'origine chinoise'): country null. The removal of four passengers to seat the partner company's crew (sent. 2-3) is an airline's business decision: not coded")
R(d,'REQUEST',['assist'],'02',None,'a fait appel à la police',5,actor=[A('personnel',5,'USA','BUS')],recip=[A('la police',5,'USA','GOV')],
  loc=L('Chicago',2,41.85,-87.65,'USA'),date='2017-04-09',
  note="the crew calls the police to have him removed: a request for help (REQUEST/assist); same Sunday and place as the scene")
R(d,'COERCE',[],'17',None,'a été évacué de force',4,actor=[A('la police de Chicago',4,'USA','GOV')],recip=[A("un homme 69 ans d'origine chinoise",4,None,'CVL')],
  loc=L('Chicago',2,41.85,-87.65,'USA'),date='2017-04-09',inj=1,
  note="the police remove him by force (évacuer de force: COERCE, no mode, guideline §4), injuring him (sent. 6, 'Dans leur tentative': the same act, injured 1; taken to hospital, sent. 7); no protest: ACLED null. The airline's later evacuation of the whole plane (sent. 10) is an operational decision: not coded")
R(d,'CONCEDE',[],'05',None,"s'est excusé",11,actor=[A('Oscar Munoz',11,'USA','BUS')],recip=[A('ces clients',11,None,'CVL')],
  note="the CEO apologises for having had to re-seat the customers (apology: CONCEDE/05, convention 10); undated")
R(d,'ACCUSE',['disapprove'],'11',None,'était devenu « turbulent et agressif »',11,actor=[A('Oscar Munoz',11,'USA','BUS')],recip=[A('le passager',11,None,'CVL')],
  note="in the same communiqué he blames the passenger, 'turbulent et agressif': an accusation, a speech act apart from the apology (guideline §3); undated. Unsure: part of his explanation, could be folded")
R(d,'ACCUSE',['investigate'],'09',None,'une enquête est en cours',12,actor=[],
  note="an investigation under way; the Chicago police are the source ('Selon'), not said to lead it: actor [] (the sixth set's Dortmund record); no recipient named; undated")
R(d,'ACCUSE',['disapprove'],'11',None,'on y dénonce',14,actor=[],recip=[A('la compagnie',11,'USA','BUS')],
  loc=L('Chine',13,35.00,105.00,'CHN'),
  note="comments posted in China on Weibo (sent. 13) denounce alleged discrimination against Asians and racism; the commenters are anonymous: actor []; target the airline (nearest explicit noun phrase, sent. 11); undated ('mardi après-midi' dates the view count). Unsure: a mass of online comments, could be read as an aggregate and left uncoded. The share price fall (sent. 15-17) is not an event")
# ---------------------------------------------------------------- Paris: a policeman killed in the Champs-Élysées attack
d='2017_04_22-002'
R(d,'ASSAULT',['firearms'],'18',None,'un attentat',2,actor=[A('Karim Cheurfi',5,None,'IMG')],recip=[A('Un policier',2,'FRA','GOV'),A('deux autres policiers',5,'FRA','GOV'),A('une passante allemande',5,'DEU','CVL')],
  loc=L('avenue des Champs-Élysées',2,48.87,2.31,'FRA'),date='2017-04-20',dead=1,inj=3,
  note="the shooting 'jeudi 20 avril' on the Champs-Élysées: a Kalashnikov fired on the police van (sent. 6, 'Vers 20 h 50'), Xavier Jugelé killed (sent. 3), two more policemen and a German passer-by injured (sent. 5); actor the attacker (sent. 5; one entry per person: his name, not also 'L'assaillant'), a terrorism suspect (IMG), nationality not given: null; IS's claim is judged doubtful by the text (sent. 27, 32): it does not fill the actor (convention 10); an attack aimed at police (sent. 7): ACLED null (convention 9, lone attacks on police)")
R(d,'ASSAULT',['firearms'],'19',None,'est tué par la riposte des policiers',5,actor=[A('des policiers',5,'FRA','GOV')],recip=[A('Karim Cheurfi',5,None,'IMG')],
  loc=L('avenue des Champs-Élysées',2,48.87,2.31,'FRA'),date='2017-04-20',dead=1,
  note="the police kill the attacker: a separate ASSAULT/19 (guideline §3), same place and day; ACLED null (police killing an individual attacker)")
R(d,'ASSAULT',[],'18',None,'une tentative déjouée',4,actor=[],
  loc=L('Marseille',4,43.30,5.38,'FRA'),date='2017-04-18',neg=True,
  note="a foiled attempt at Marseille 'deux jours après' = two days before Thursday 20 April: Tuesday 18 April 2017; a foiled plot is a negated ASSAULT (project guideline); no plotter or target named. The candidates' cancelled campaign trips (same sentence) are not cancelled meetings with a counterpart: not coded")
R(d,'THREATEN',['violence'],'13',None,'son désir de tuer des membres des forces de l\'ordre',16,actor=[A('Karim Cheurfi',11,None,'IMG')],recip=[A("des membres des forces de l'ordre",16,'FRA','GOV')],
  note="he told relatives 'récemment' of his wish to kill police officers (called a 'Déclaration' that led to the investigation, sent. 18): a threat of violence; actor the nearest explicit noun phrase (sent. 11); undated. Unsure: said to relatives, not to the target; could be read as an intention. His wish to avenge Muslims in Syria (sent. 17) and to contact an IS fighter (sent. 19) are not events")
R(d,'ACCUSE',['investigate'],'09',None,"d'une enquête de la section antiterroriste",18,actor=[A('la section antiterroriste du Parquet de Paris',18,'FRA','JUD')],recip=[A('Karim Cheurfi',11,None,'IMG')],
  date='2017-03',
  note="the anti-terrorist prosecutors' investigation of him 'depuis le mois dernier' (March 2017, a start date, month); recipient the nearest explicit noun phrase (sent. 11). Not coded: his past convictions and prison terms (sent. 11-12, aggregate record), the psychiatric-care order and travel ban (sent. 13, standing measures), the radicalisation file (sent. 14-15), the trip to Algeria (sent. 26)")
R(d,'COERCE',['seize'],'17',None,'ont notamment été saisis',24,actor=[],
  loc=L('Seine-et-Marne',22,48.61,2.99,'FRA'),
  note="items seized at his mother's home, where he lived (a search with seizures: COERCE/seize); no agent named; located in Seine-et-Marne, named as 'son département de résidence' (sent. 22; approximate centre); undated; the finds in the car (sent. 20-23) are not an act. Not coded: IS's doubtful claim (sent. 27), the Antwerp judicial police's alert about a Belgian and his coming forward with an alibi (sent. 28-30: a police notice and a man presenting himself, no charge or arrest), 'Un autre homme pourrait ... être à rechercher' (sent. 31, speculation)")
R(d,'CONSULT',[],'04',None,'a organisé une réunion de crise',33,actor=[A('François Hollande',33,'FRA','GOV')],recip=[A('Bernard Cazeneuve',33,'FRA','GOV'),A('Matthias Fekl',33,'FRA','GOV'),A('Jean-Jacques Urvoas',33,'FRA','GOV')],
  date='2017-04-20',
  note="crisis meeting 'jeudi soir' (20 April) with the Prime Minister and the Interior and Justice ministers; the president's statement that these are terrorist acts and his tribute to the policeman (same sentence) and the national tribute to come (sent. 34) are a statement and commemorations: not coded")
R(d,'CONSULT',[],'04',None,'convoque un conseil de défense',35,actor=[A('Hollande',35,'FRA','GOV')],
  date='2017-04-21',
  note="'Le lendemain à 8 heures' (Friday 21 April) Hollande convenes a defence council: a meeting (CONSULT); its members are not named: recipient []; no place")
R(d,'ACCUSE',['disapprove'],'11',None,'ont également condamné cet attentat',36,actor=[A('Anne Hidalgo',36,'FRA','GOV'),A('le Conseil français du culte musulman',36,'FRA','REL')],
  note="the mayor of Paris and the French Council of the Muslim Faith condemn the attack (one record, two actors, convention 3); no party named as target: recipient [] (the sixth set's condemnations of Westminster); undated")
# ---------------------------------------------------------------- Quebec: the armed forces deployed against the floods
d='2017_05_07-001'
R(d,'COERCE',['restrict'],'17',None,"décrète l'état d'urgence",1,actor=[A('le maire de Montréal',1,'CAN','GOV')],
  loc=L('Montréal',1,45.51,-73.59,'CAN'),
  note="the page's update line (7 May 2017): the mayor of Montreal declares a state of emergency: COERCE/restrict/17, as the shared gold's Florida state of emergency (2016_06_12-012#3) and the first set's Egyptian one. Second annotator: date 2017-05-07 -> null: the update line's date is a dateline, not a temporal expression of the event (the first set's update-line record 2016_10_13-001#2 has date null for the same reason; shared guideline §9 and the project guideline: the dateline alone does not date an event)")
R(d,'MOBILIZE',['troops'],'15',None,'sont partis prêter main forte aux sinistrés',3,actor=[A('environ 400 soldats des Forces canadiennes',3,'CAN','MIL')],
  loc=L('Québec',3,52.00,-72.00,'CAN'),
  note="about 400 Canadian soldiers deployed to help flood victims (title 'se déploient'; their tasks, sent. 8, folded in: against looting, dikes, first aid, supplies, evacuations): MOBILIZE/troops (déployer, guideline §4; AID/humanitarian would also fit the purpose); located in the province (approximate centre; the affected regions of sent. 5 are not said to be where the troops go); the dateline alone does not date it: null. Not coded: the tallies of flooded homes, evacuated people and closed roads (sent. 4, 'Selon le plus récent bilan'), the statements of sent. 7 and 9-10")
R(d,'REQUEST',['assist'],'02',None,'à la demande du ministre',3,actor=[A('ministre québecois de la sécurité publique',3,'CAN','GOV')],recip=[A('Forces canadiennes',3,'CAN','MIL')],
  note="the Quebec public-security minister's request for the army's help: a speech act of its own (REQUEST/assist); undated; no place")
# ---------------------------------------------------------------- WannaCry: no record (2017_05_13-001)
# A ransomware campaign by unknown authors (more than 75,000 attacks in 99 countries since 12 May; Renault, British
# hospitals and the Russian Interior Ministry disrupted; Adylkuzz at the same time): PLOVER ASSAULT is a deliberate action
# that can cause substantial physical harm, and cyber-security is a PLOVER context, not an event type; no other type fits
# (Microsoft's security updates are business decisions, the NSA's EternalBlue is no act). The article has 0 events.
# ---------------------------------------------------------------- Paris: Hidalgo proposes rickshaws against the strikes (1 April)
d='2018_04_01-001'
R(d,'AGREE',[],'03',None,'a proposé',2,actor=[A('Anne Hidalgo',2,'FRA','GOV')],
  note="the mayor proposes rickshaws to make up for the lack of transport (proposer: AGREE/03, guideline §4; the shared gold's proposal with recipient [], 2017_10_12-001#7); no counterpart named: recipient []; a verbal act: no place; undated. The article, dated 1 April, reads as an April fool; coded as reported (the annotator codes the text, not its truth). Unsure: a municipal measure could be left uncoded")
R(d,'PROTEST',['strike'],'14',PEACE,'la grève qui frappera la SNCF',3,actor=[],recip=[A('la SNCF',3,'FRA','BUS')],
  loc=L('France',0,46.23,2.21,'FRA'),date='2018-04-03',fut=True,
  note="the rail strike 'ce mardi 3 avril 2018', announced: future (the shared gold's announced strikes); strikers not named: actor []; national strike located at France (title, which names the same strikes: 'les grèves'); ACLED Peaceful protest as the shared gold's strikes")
R(d,'AGREE',[],'03',None,'la proposition',4,actor=[A('la communauté asiatique du 13 e arrondissement',4,'FRA','CVL')],
  note="the offer of the 13th arrondissement's Asian community, which had kept some rickshaws (an offer: AGREE/03); to whom is not said (the city hall is implied): recipient []; undated. Unsure: could be folded into #1")
R(d,'CONSULT',[],'04',None,'avait pris contact',5,actor=[A('la mairie de Paris',5,'FRA','GOV')],recip=[A('ses homologues des villes de Pékin et de Shanghai',5,'CHN','GOV')],
  note="the city hall contacted its Beijing and Shanghai counterparts about shipping the rickshaws (contact: CONSULT/04); undated. The deliveries to come (sent. 6-8), their later use on the river banks (sent. 9) and the firms' bids (sent. 13) are business: not coded")
R(d,'ACCUSE',['disapprove'],'11',None,'ont condamné cette initiative',10,actor=[A('La CGT Cheminots',10,'FRA','CVL'),A('Sud-Rail',10,'FRA','CVL')],recip=[A('la mairie de Paris',5,'FRA','GOV')],
  note="two rail unions condemn the initiative as strike-breaking (one record, two actors); the initiative's author as recipient, the nearest explicit noun phrase (sent. 5); undated")
R(d,'PROTEST',['strike'],'14',PEACE,'un préavis de grève sera déposé',11,actor=[A('La CGT Cheminots',10,'FRA','CVL'),A('Sud-Rail',10,'FRA','CVL')],
  fut=True,
  note="a strike notice will be filed to cover rickshaw pullers: an announced strike (future); actors the unions of sent. 10 ('Ainsi' ties it to them; the passive names no agent); no date or place; ACLED as #2")
R(d,'ACCUSE',['disapprove'],'11',None,'ont dénoncé',12,actor=[A("la Ligue des Droits de l'Homme",12,'FRA','NGO'),A('la LICRA',12,'FRA','NGO'),A("l'archevêque de Paris",12,'FRA','REL')],recip=[A('la mairie de Paris',5,'FRA','GOV')],
  note="the LDH, the LICRA and the archbishop denounce a method akin to slavery (one record, three actors); recipient as #5; undated. The city hall's refusal to comment (sent. 14) is not coded")
# ---------------------------------------------------------------- Colombia: Iván Duque elected president
d='2018_06_23-001'
R(d,'SUPPORT',[],'05',('Strategic developments','Agreement'),'accords de paix de 2016',9,actor=[A('Forces armées révolutionnaires de Colombie',9,'COL','REB')],
  note="the 2016 peace accords with the FARC, a past agreement between conflict parties told with a year (convention 11; signing an agreement is SUPPORT/05, ACLED Agreement, as the sixth set's Minsk accords); the FARC the only party named (the state is implied); a year alone: date null; no place in the sentence. The five decades of conflict and their 250,000 dead are an aggregate: not coded")
R(d,'RETREAT',['disarm'],'08',None,'avaient déposé les armes',11,actor=[A('environ 7 000 rebelles',11,'COL','REB')],
  note="about 7,000 rebels laid down their arms after the accords were accepted: RETREAT/disarm; undated; no place. Not coded: the election and its results (sent. 2-5, 15-21), the tweets (sent. 6-8, 16-19, statements), Duque's wish for 'la paix avec la justice' (sent. 10, a stance), the swearing-in to come (sent. 21)")
R(d,'SUPPORT',[],'05',None,'avec le soutien',13,actor=[A('Álvaro Uribe',13,'COL','POL')],recip=[A('Duque',13,'COL','POL')],
  note="Uribe's support for Duque's Senate election 'En 2014' (year only: date null): a past political endorsement, SUPPORT/05; the election itself is not coded")
R(d,'SUPPORT',[],'05',None,'a soutenu Duque',14,actor=[A('Urique',14,'COL','POL')],recip=[A('Duque',14,'COL','POL')],
  note="Uribe (misspelt 'Urique') backed Duque's presidential campaign: SUPPORT/05, a second occasion; undated. His firm opposition to the peace accords (same sentence) is a stance against no party: not coded")
write(__file__, by_doc=True)
