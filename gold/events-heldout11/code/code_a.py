"""The eleventh held-out set, part a (coded blind, 28 Nov. 2026, twenty-fifth session, by one annotator): the 40
French TimeBank articles (L'Est Républicain, 1999-2003) of /work/wt/tb-a.txt; `python3 code_a.py` writes
../part_a.jsonl and ../coded_a.txt (the lead assembles events_dev.jsonl and coded_docs.txt from both parts).
Run with WINER_DEV=/work/wt/fr-timebank-texts.jsonl.gz.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th
occurrence in the sentence."""
import os, sys, json
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# part a's 40 articles in the order of /work/wt/tb-a.txt
IDS = ['1999-05-17-0121', '1999-05-19-0489a', '1999-05-21-0102', '1999-05-21-0530', '1999-05-26-1342', '1999-05-27-0530b',
       '1999-05-27-0530d', '1999-05-29-0517', '1999-06-04-0535b', '1999-06-08-0480c', '1999-07-09-0441', '1999-07-18-1092',
       '1999-07-28-0348a', '1999-07-28-0348d', '1999-07-28-0438', '1999-08-06-0305', '1999-08-07-0376d', '1999-08-10-0788',
       '1999-09-04-0583', '1999-09-05-0496', '1999-09-27-0132', '2002-01-03-0106', '2002-02-09-0883', '2002-04-02-0412a',
       '2002-04-03-1077', '2002-04-30-0498d', '2002-05-11-0410', '2002-08-25-0493b', '2002-09-07-0602', '2002-09-29-0965',
       '2002-11-21-0215', '2003-01-15-0002', '2003-01-21-0477b', '2003-01-27-0129', '2003-01-31-1112', '2003-02-04-0456a',
       '2003-02-04-0456d', '2003-02-21-0862', '2003-02-23-0082', '2003-02-24-0122']
FRA = 'FRA'

# 1999-05-17-0121 (Monaco Grand Prix, Schumacher wins): sports; 0 events.

# ---------------------------------------------------------------- Yeltsin cancels a meeting with Aznar (Wed. 19 May 1999)
d = '1999-05-19-0489a'
R(d, 'SANCTION', ['cancel'], '16', None, 'a annulé', 1, actor=[A('Boris Eltsine', 1, 'RUS', 'GOV')], recip=[A('Jose Maria Aznar', 1, 'ESP', 'GOV')],
  date='1999-05-18',
  note="'hier' (Tue. 18 May) Yeltsin cancelled a meeting with the Spanish head of government: the table's 'annuler une visite' -> SANCTION/cancel (convention 6); "
       "unsure: the stated reason is a bronchitis, not a diplomatic move, so a reader may code only the cancelled meeting (#2); the Spanish embassy in Moscow is the "
       "source, not the place: location null. The Kremlin's denial (sent. 2) is a denial: not coded; sent. 3 (his weakness) no act")
R(d, 'CONSULT', [], '04', None, 'une rencontre', 1, actor=[A('Boris Eltsine', 1, 'RUS', 'GOV')], recip=[A('Jose Maria Aznar', 1, 'ESP', 'GOV')],
  neg=True, fut=True,
  note="the cancelled meeting itself: CONSULT with future and negated (convention 6, the cancelled summit); its own date and place are not given (null); sent. 2's "
       "'l'entretien' is the same meeting")

# 1999-05-21-0102 (an old man hit by a car in Belfort): a road accident; the firemen's transport is no PLOVER act; 0 events.

# ---------------------------------------------------------------- news in brief (Fri. 21 May 1999)
d = '1999-05-21-0530'
R(d, 'ASSAULT', ['abduct'], '18', ABD, "la prise d'otages", 1, actor=[A('Carlos', 1, None, 'IMG'), A('Hans-Joachim Klein', 1, 'DEU', 'IMG')],
  recip=[A("l'OPEP", 1, None, 'IGO')], loc=L('Vienne', 1, 48.21, 16.37, 'AUT'),
  note="a past event described with actor, place and year (convention 11): the OPEC hostage-taking at Vienna in 1975 by the terrorist Carlos, Klein his presumed "
       "accomplice (the article's own attribution; both actors); year only: date null; no toll given. Sent. 0 (Havel hospitalised) is no act")
R(d, 'COOPERATE', ['legal'], '06', None, "devait être d'extrader", 1, actor=[], recip=[A('Hans-Joachim Klein', 1, 'DEU', 'IMG')],
  date='1999-05-20', fut=True,
  note="Klein was due to be extradited 'hier soir' (Thu. 20 May) to Germany, as announced by the Frankfurt prosecutors: extradition is judicial cooperation "
       "(CAMEO 06, the table's 'coopération judiciaire'); the extraditing state is not named: actor [] (the Parquet de Francfort is the announcer, not the actor); "
       "'devait être' = planned, not told as done: future; Germany is the destination, not the place: location null (unsure)")
R(d, 'SANCTION', ['convict'], '11', None, 'a été condamné à mort', 2, actor=[A('un tribunal turc', 2, 'TUR', 'JUD')], recip=[A('Semdim Sakik', 2, 'TUR', 'REB')],
  date='1999-05-20',
  note="'hier' (20 May) the Kurdish separatist leader sentenced to death by a Turkish court: SANCTION/convict; PKK cadre: REB; the court's town is not named: "
       "location null. '191 attentats perpétrés par le PKK' (283 dead) is an aggregate: not coded")
R(d, 'SANCTION', ['convict'], '11', None, 'une sentence identique', 3, actor=[], recip=[A('Abdullah Ocalan', 3, 'TUR', 'REB')], fut=True, hyp=True,
  note="the article's speculation that Ocalan will get the same sentence ('laisse présager'), presented as a possible event: hypothetical and future (unsure: "
       "speculation not coded would be the other reading); no court named: actor []")
R(d, 'SANCTION', ['convict'], '11', None, 'a été condamné', 4, actor=[], recip=[A('Alfons Goetzfrid', 4, 'DEU', 'CVL')], date='1999-05-20',
  note="'hier' (20 May) a former Gestapo member sentenced to 10 years for complicity in the murder of 17,000 Jews: SANCTION/convict; the court is not named: "
       "actor [] and location null (Majdanek is the crime's place, #6). His admission (sent. 5) is a statement: not coded")
R(d, 'ASSAULT', [], '20', VAC, 'le meurtre', 4, actor=[A('Alfons Goetzfrid', 4, 'DEU', 'CVL')], recip=[A('17.000 juifs', 4, None, 'CVL')],
  loc=L('Majdanek', 4, 51.22, 22.60, 'POL'), dead=17000,
  note="a past mass killing told with place and toll (convention 11): 17,000 Jews murdered at the Majdanek extermination camp; CAMEO 20 (mass violence); actor the "
       "convicted accomplice, the article's attribution through the verdict (unsure: [] for the unnamed 'bourreaux' of sent. 5); date null (World War II only); "
       "'où 400.000 personnes ont péri pendant la seconde guerre mondiale' is an aggregate, not coded; ACLED Attack (unsure: out of ACLED's time range)")
R(d, 'CONSULT', [], '04', None, 'deux jours de négociations', 6, actor=[A('Tony Blair', 6, 'GBR', 'GOV')],
  recip=[A("les dirigeants d'Irlande du Nord", 6, 'GBR', 'POL')], date='1999-05-20',
  note="Blair ended 'hier' (20 May) two days of talks with the Northern Irish leaders without breaking the deadlock: CONSULT dated by the end named in the text "
       "(unsure: the start, 19 May, is computed, not named); the talks' place is not named: location null")
R(d, 'REJECT', ['meet'], '12', None, 'ont même décliné', 7, actor=[A('Les Unionistes protestants', 7, 'GBR', 'POL')], recip=[A('Tony Blair', 6, 'GBR', 'GOV')],
  note="the Protestant Unionists declined Blair's last invitation: REJECT/meet; 'sa' is Blair's, recipient the nearest explicit noun phrase (sent. 6); the "
       "invitation itself is folded in (only told as the object of the refusal); undated")
R(d, 'REQUEST', ['yield'], '10', None, "continue d'exiger", 8, actor=[A("L'UUP", 8, 'GBR', 'POL')], recip=[A("l'IRA", 8, 'GBR', 'REB')],
  note="the UUP keeps demanding IRA disarmament before the government is formed: REQUEST/10 (exiger), mode yield (disarm); ongoing, undated")
R(d, 'REQUEST', ['change'], '10', None, "a donné jusqu'au 30 juin", 9, actor=[A('M. Blair', 9, 'GBR', 'GOV')],
  recip=[A('responsables catholiques et protestants', 9, 'GBR', 'POL')],
  note="Blair gave Catholic and Protestant leaders until 30 June to unblock the file: a demand with a deadline (REQUEST/10; unsure: THREATEN/ultimatum, but no "
       "threat is stated); 30 June is the deadline, not the act's date: date null. The Sinn Fein chief's view that the Good Friday agreement would be 'caduc' "
       "(sent. 10) is an assessment: not coded")
R(d, 'RETREAT', ['resign'], '08', None, 'la démission du gouvernement', 13, actor=[A('gouvernement du Premier ministre travailliste Wim Kok', 13, 'NLD', 'GOV')],
  loc=L('Pays-Bas', 13, 52.13, 5.29, 'NLD'), date='1999-05-19',
  note="the resignation of the Kok government ('au lendemain' of 'hier' 20 May = 19 May): leaving office after a coalition crisis, RETREAT/resign (the earlier "
       "sets' resignations under pressure; unsure: a government crisis may be read as an organisational change, not coded); country centre. Not coded: "
       "Stepashin's confirmation by the Duma (a vote) and his announcement (sent. 11, a statement), Primakov's fall (sent. 12, a bare mention), the early "
       "elections and the 'replâtrage' (sent. 13-14, speculation on elections)")

# 1999-05-26-1342 (a village clean-up day): a municipal leisure event; 0 events.

# ---------------------------------------------------------------- the Nivel trial at Essen (Thu. 27 May 1999)
d = '1999-05-27-0530b'
R(d, 'ACCUSE', ['disapprove'], '11', None, 'juge', 0, actor=[A("Cour d'assises d'Essen", 0, 'DEU', 'JUD')], recip=[A('quatre hooligans', 0, None, 'CVL')],
  loc=L('Essen', 0, 51.46, 7.01, 'DEU'), date='1999-05-26',
  note="the Essen assize court trying four hooligans: a court hearing, ACCUSE/11 (convention 7), dated by the hearing of 'hier' (26 May) the article tells; "
       "the hooligans' nationality is not said: country null; the defence's use of a confused testimony and Walke's deposition (sent. 1) "
       "are statements: not coded")
R(d, 'ASSAULT', ['beat'], '18', MOB, 'le lynchage', 0, actor=[A('quatre hooligans', 0, None, 'CVL')], recip=[A('Daniel Nivel', 0, FRA, 'GOV')],
  loc=L('Lens', 0, 50.43, 2.83, FRA), date='1998-06-21',
  note="the past lynching of the French gendarme at Lens 'le 21 juin' (of 1998, the trial being in May 1999), told with actor, target, place and date "
       "(convention 11); ACLED Riots/Mob violence (a hooligan mob; unsure: null as for lone attacks on police, convention 9); no toll given: injured null")

# ---------------------------------------------------------------- Indian air strikes in Kashmir (Thu. 27 May 1999)
d = '1999-05-27-0530d'
R(d, 'ASSAULT', ['aerial'], '19', AIR, 'est entrée en action', 0, actor=[A("L'aviation indienne", 0, 'IND', 'MIL')],
  recip=[A('des guérilleros musulmans', 0, None, 'IMG')], loc=L('Cachemire', 0, 34.0, 75.5, 'IND'), date='1999-05-26',
  note="'hier' (26 May) the Indian air force went into action in Kashmir to dislodge Muslim guerrillas: air strikes (ASSAULT/aerial/19, 'ces frappes' in sent. 1); "
       "region centre (approximate, Indian-administered side); the guerrillas' state is not said: null")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'a accusé', 1, actor=[A('Le Pakistan', 1, 'PAK', 'GOV')], recip=[A("l'aviation indienne", 1, 'IND', 'MIL')],
  date='1999-05-26',
  note="'hier' Pakistan accused the Indian air force of bombing its territory three times during these strikes: ACCUSE/disapprove; the alleged bombing of "
       "Pakistani territory is the accusation's content, part of #1's strikes: no record of its own")

# ---------------------------------------------------------------- Kosovo: reactions, indictment, strikes (Sat. 29 May 1999)
d = '1999-05-29-0517'
R(d, 'CONSULT', [], '04', None, 'sommet franco-allemand', 7, actor=[A('Paris', 4, FRA, 'GOV'), A('Bonn', 4, 'DEU', 'GOV')],
  loc=L('Toulouse', 7, 43.60, 1.44, FRA),
  note="the Franco-German summit of Toulouse, where the French spokeswoman spoke: a meeting named with its place (convention 11; unsure: a setting told in "
       "passing); actors 'Paris et Bonn' of sent. 4; undated. Not coded: the reactions of NATO, Washington, Paris and Bonn (sent. 1-7: 'précaution', "
       "'prudence', 'sceptiques', comments)")
R(d, 'AGREE', [], '03', None, 'avait été élaboré', 8,
  actor=[A('les ministres des Affaires étrangères des sept puissances industrialisées et de la Russie', 8, None, 'GOV')],
  loc=L('Bonn', 8, 50.73, 7.10, 'DEU'), date='1999-05-06',
  note="the G8 foreign ministers' accord (principles) for a Kosovo settlement worked out 'le 6 mai à Bonn': a past agreement in principle among the G8, AGREE/03 "
       "(unsure: SUPPORT/057 for a concluded formal text); transnational group of states: country null")
R(d, 'CONSULT', ['visit'], '04', None, "s'est rendu hier à Belgrade", 9, actor=[A('Viktor Tchernomyrdine', 9, 'RUS', 'GOV')],
  recip=[A('président yougoslave', 9, 'SRB', 'GOV')], loc=L('Belgrade', 9, 44.80, 20.47, 'SRB'), date='1999-05-28',
  note="'hier' (Fri. 28 May) the Russian envoy went to Belgrade for talks with the Yugoslav president ('entretiens' of sent. 28 the same): CONSULT/visit; his "
       "satisfaction is a comment; Yugoslavia given as SRB")
R(d, 'SUPPORT', [], '05', None, 'ont accueilli favorablement', 11, actor=[A('Les alliés', 11, None, 'GOV')], recip=[A('TPI', 11, None, 'JUD')],
  note="the allies welcomed the ICTY's decision to indict: SUPPORT (praise); NATO members, no single state: country null; undated. Not coded: Annan's, the Serb "
       "opposition's, Albright's and Solana's assessments of the indictment (sent. 12-15, comments; Albright's 'justifie l'action de l'OTAN' unsure)")
R(d, 'COERCE', ['arrest'], '17', None, "d'inculper", 11, actor=[A('TPI', 11, None, 'JUD')], recip=[A('le président serbe', 11, 'SRB', 'GOV')],
  note="the ICTY's indictment of Milosevic (for crimes against humanity, sent. 14): COERCE/arrest with arrested null (the table's 'inculper', a charge without "
       "detention); placed on the first sentence with its actor and target; its date is not given: null; a court act: ACLED null")
R(d, 'REQUEST', ['change'], '10', None, 'doivent maintenant', 16, actor=[A('Louise Arbour', 16, None, 'JUD')], recip=[A('Les diplomates', 16, None, 'GOV')],
  note="the ICTY prosecutor says the diplomats must take the judicial agenda into account and grant Milosevic no immunity: a demand aimed at the negotiators "
       "(REQUEST/10); her warning to Milosevic (sent. 17) folded in as the same statement (unsure: a separate record); undated, no place")
R(d, 'REJECT', ['yield'], '12', None, 'ne cèderait pas aux pressions', 18, actor=[A('Borislav Milosevic', 18, 'SRB', 'GOV')], recip=[A("l'OTAN", 18, None, 'IGO')],
  loc=L('Moscou', 18, 55.75, 37.62, 'RUS'),
  note="in Moscow the Yugoslav ambassador asserts that his brother will not yield to NATO's pressure and will hold out 'jusqu'au bout' (sent. 19 folded): a refusal "
       "uttered for Belgrade, REJECT/yield (unsure: a statement; actor the speaker, Slobodan Milosevic the other reading); undated")
R(d, 'ASSAULT', ['aerial'], '19', AIR, 'ont touché de nombreuses cibles', 22, actor=[A("l'Alliance", 22, None, 'MIL')],
  loc=L('Belgrade', 22, 44.80, 20.47, 'SRB'), date='1999-05-28',
  note="NATO's 790 sorties 'ces dernières 24 heures' hitting many targets across Serbia, notably electricity transformers and relays of Belgrade: one record for "
       "the strikes in Serbia (sent. 21 'a intensifié ses frappes' and sent. 27 'poursuit ... ses bombardements' are summaries of the campaign, folded); located "
       "at Belgrade, the only town named; the last 24 hours before a Saturday paper: 28 May (unsure: null); infrastructure targets: recipient []; NATO: country null")
R(d, 'ASSAULT', ['aerial'], '19', AIR, 'ont frappé fort', 23, actor=[A("les avions de l'OTAN", 23, None, 'MIL')], recip=[A('les forces serbes', 23, 'SRB', 'MIL')],
  loc=L('Kosovo', 23, 42.60, 20.90, 'XKX'),
  note="NATO planes 'hit hard' the Serb forces in Kosovo (the Alliance's communiqué): a second place, a second record; Kosovo centre, territory code XKX (then a "
       "province of Yugoslavia); undated (unsure: 28 May as #8)")
R(d, 'AID', ['humanitarian'], '07', None, 'contribuer au parachutage', 25,
  actor=[A('la France', 25, FRA, 'GOV'), A('les Etats-Unis', 25, 'USA', 'GOV'), A('le Royaume-Uni', 25, 'GBR', 'GOV'),
         A('International Rescue Committee', 25, None, 'NGO')],
  recip=[A('populations déplacées', 25, None, 'CVL')], loc=L('Kosovo', 25, 42.60, 20.90, 'XKX'), fut=True,
  note="France, the US and the UK decided to fund airdrops of humanitarian aid by the NGO IRC to the displaced inside Kosovo ('vont être effectués', sent. 24, and "
       "the title sent. 20 the same): AID/humanitarian, future; the sentence with actors, recipients and place; undated")
R(d, 'CONCEDE', [], '08', None, 'accepter «les principes généraux du G8»', 26, actor=[A('Belgrade', 26, 'SRB', 'GOV')], recip=[A('G8', 26, None, 'IGO')],
  date='1999-05-28',
  note="'hier' (28 May) Belgrade said it accepts the G8's general principles for a Kosovo settlement: accepting the other side's demands, CONCEDE/08 (unsure: "
       "AGREE/03); the presidency's communiqué of sent. 28 (the same acceptance, plus agreeing to a Security Council resolution) folded; the G8 as a group: IGO, null")

# 1999-06-04-0535b (Carla Bruni in a Suzuki advertisement): business and celebrity news; 0 events.

# ---------------------------------------------------------------- a contact between Madrid and ETA (Tue. 8 June 1999)
d = '1999-06-08-0480c'
R(d, 'CONSULT', [], '04', None, "l'existence d'un contact", 1, actor=[A("l'exécutif", 1, 'ESP', 'GOV')],
  recip=[A('ETA', 1, 'ESP', 'IMG')],
  note="Aznar confirmed 'hier' the existence of a contact (a meeting, sent. 2) between the executive and ETA: the contact itself is the event (CONSULT); its date "
       "is not given (the confirmation is of 7 June): date null; ETA an armed separatist group: IMG; title sent. 0 the same")
R(d, 'CONSULT', [], '04', None, 'une conférence de presse avec le leader kosovar albanais Ibrahim Rugova', 2, actor=[A('M. Aznar', 2, 'ESP', 'GOV')],
  recip=[A('Ibrahim Rugova', 2, 'XKX', 'POL')], date='1999-06-07',
  note="a joint press conference of Aznar and the Kosovo Albanian leader: a meeting (CONSULT; unsure: a setting told in passing), on the day of the statement, "
       "'hier' of sent. 1 (7 June); no place named")

# 1999-07-09-0441 (France's two European commissioners, the Prodi Commission): personnel appointments, the EP hearings and investiture and
#   the Commission's first meeting (an internal meeting) are no PLOVER acts; 0 events.
# 1999-07-18-1092 (a tea dance at Luxeuil): leisure; 0 events.

# ---------------------------------------------------------------- Jospin's government dinner (Wed. 28 July 1999)
d = '1999-07-28-0348a'
R(d, 'CONSULT', [], '04', None, 'avait réuni', 2, actor=[A('Lionel Jospin', 2, FRA, 'GOV')],
  recip=[A('les chefs de parti de la majorité plurielle', 2, FRA, 'POL')], date='1999-07-21',
  note="a dinner of the Prime Minister with the leaders of the parties of his coalition 'mercredi dernier' (21 July, the publication being Wed. 28 July): a "
       "meeting between the head of government and parties, CONSULT (unsure: a social dinner); place not named. Not coded: tonight's dinner with his own "
       "ministers (sent. 0, inside one government, no second party) and the cabinet meeting planned on 3 August (sent. 1, internal)")

# 1999-07-28-0348d (an adviser of Chevènement resigns for 'raisons personnelles'): a personnel change, not a resignation under pressure; 0 events.
# 1999-07-28-0438 (two videos from the CICV on Arte): culture; 0 events.
# 1999-08-06-0305 (foreign newspapers sold in summer in the Vosges): commerce; 0 events.

# ---------------------------------------------------------------- Clinton's veto of a tax cut (Sat. 7 Aug. 1999)
d = '1999-08-07-0376d'
R(d, 'REJECT', [], '12', None, 'mettra son veto', 0, actor=[A('Bill Clinton', 0, 'USA', 'GOV')], recip=[A('le Congrès à majorité républicaine', 0, 'USA', 'GOV')],
  note="Clinton announced he will veto the tax cut adopted by the Republican Congress: an uttered rejection of the bill (REJECT/12; unsure: THREATEN/13 for a "
       "veto threat); the announcement is a past verbal act: not future; undated; the Congress's vote is a legislative vote: not coded")

# 1999-08-10-0788 (a car rally in the Argonne): leisure; 0 events.

# ---------------------------------------------------------------- FO calls for a boycott of the pre-term days (Sat. 4 Sept. 1999)
d = '1999-09-04-0583'
R(d, 'PROTEST', ['strike'], '14', PEACE, 'à boycotter', 1, actor=[A('une dizaine de délégués de la FNEC FP Force Ouvrière', 1, FRA, 'CVL')],
  fut=True,
  note="'Hier à 10 h' (3 Sept.) union delegates called on their colleagues to boycott the second pre-term day: a call to a work boycott, PROTEST/strike, future "
       "(the shared example 4, a strike call); the boycotted day is not dated (null); place not named; ACLED Peaceful protest as the earlier sets' future "
       "protests; their criticism of the longer pre-term (sent. 2-3) folded in as the boycott's reasons; title sent. 0 the same")
R(d, 'REJECT', [], '12', None, "s'opposer à la mise en place des chartes", 4, actor=[A('les différents délégués', 4, FRA, 'CVL')],
  recip=[A('Allègre-Royal', 4, FRA, 'GOV')], date='1999-09-03',
  note="the delegates decided to gather colleagues in the schools to oppose the Allègre-Royal charters, 'qui organisent la destruction du service public': "
       "opposition to a government measure, REJECT (unsure: ACCUSE for the accusation, or a planned PROTEST for the gatherings); recipient the ministers in the "
       "charters' name; the end of Friday's meeting: 3 Sept.")

# 1999-09-05-0496 (a day-care centre reopens): local services; 0 events.

# ---------------------------------------------------------------- Chirac praises Emmaüs (Mon. 27 Sept. 1999)
d = '1999-09-27-0132'
R(d, 'SUPPORT', [], '05', None, '«a fait déplacer des montagnes»', 0, actor=[A('Jacques Chirac', 0, FRA, 'GOV')],
  recip=[A('Emmaüs', 0, FRA, 'NGO'), A("l'abbé Pierre", 0, FRA, 'REL')], loc=L("jardins de l'Elysée", 0, 48.87, 2.32, FRA),
  note="Chirac told abbé Pierre that the brotherhood preached by Emmaüs 'moved mountains': praise, SUPPORT/05; said during the filmed meeting in the Élysée "
       "gardens (location, Paris coordinates); the film was shown 'hier' at Orléans, the meeting's own date is not given: null")
R(d, 'CONSULT', [], '04', None, 'une rencontre filmée', 0, actor=[A('Jacques Chirac', 0, FRA, 'GOV')], recip=[A("l'abbé Pierre", 0, FRA, 'REL')],
  loc=L("jardins de l'Elysée", 0, 48.87, 2.32, FRA),
  note="the meeting of the president with abbé Pierre in the Élysée gardens: CONSULT (unsure: a filmed tribute for a show); undated (shown 'hier' at Orléans, "
       "filmed earlier); the 50th-anniversary show at Orléans is a celebration: not coded")

# ---------------------------------------------------------------- the Lebanon hostages' ransom (Thu. 3 Jan. 2002)
d = '2002-01-03-0106'
R(d, 'COERCE', ['arrest'], '17', None, 'ont été mises en examen', 0, actor=[],
  recip=[A('Christiane Marchiani', 0, FRA, 'CVL'), A('Marie-Danièle Faure', 0, FRA, 'POL')], date='2001-12-21',
  note="both charged (mises en examen) 'le 21 décembre' (2001, before this January): one record with two recipients, COERCE/arrest with arrested null (a "
       "charge, no detention told); the judge is not named: actor []; Faure a close collaborator of Pasqua: POL; Marchiani, the MEP's wife: CVL; court act: ACLED null")
R(d, 'RETREAT', ['release'], '08', None, 'avaient été libérés', 2, actor=[],
  recip=[A('Jean-Paul Kauffmann', 2, FRA, 'CVL'), A('Marcel Carton', 2, FRA, 'CVL'), A('Marcel Fontaine', 2, FRA, 'CVL')],
  loc=L('Liban', 1, 33.85, 35.86, 'LBN'), date='1988-05',
  note="the three Lebanon hostages freed 'en mai 1988': a past release told with its date (convention 11), RETREAT/release by the captors (not named: actor []); "
       "location Lebanon from sent. 1 ('otages du Liban'), country centre; month only. Not coded: the ransom said to have been paid by the French state (the "
       "suspicion's content, denied by the government, sent. 3) and the denial itself")

# ---------------------------------------------------------------- Bush opens the Salt Lake City Games (Sat. 9 Feb. 2002)
d = '2002-02-09-0883'
R(d, 'MOBILIZE', ['police'], '15', None, 'Le renforcement sans précédent de la sécurité', 4, actor=[],
  loc=L('Salt Lake City', 4, 40.76, -111.89, 'USA'),
  note="the unprecedented security reinforcement for the Salt Lake City Games: a deployment of security forces (MOBILIZE/police; unsure: told in passing in a "
       "poll sentence, a reader may code 0); no agent named: actor []; undated. Not coded: Bush's arrival and opening of the Games (ceremonial), the poll, the "
       "bare mention of the 11 September attacks (sent. 8), the Post's mail rule at the request of the security services (sent. 12-13, a service decision), "
       "the skater's luggage")

# ---------------------------------------------------------------- shots at TGV trains near Angers (Tue. 2 April 2002)
d = '2002-04-02-0412a'
R(d, 'ASSAULT', ['firearms'], '18', None, 'Les premiers tirs', 2, actor=[], recip=[A('le train Paris-Nantes', 2, FRA, 'CVL')],
  loc=L('Briollay', 2, 47.56, -0.51, FRA), date='2002-03-31',
  note="'dimanche après-midi' (31 March, the publication being Tue. 2 April) the first shots, around 18h55, at the Paris-Nantes train 15 km north of Angers at "
       "the junction of Ecouflant, Tiercé and Briollay (Briollay, the middle one); a large-calibre rifle (sent. 4); unknown shooter: actor []; no victim: no toll; "
       "unknown motive, ordinary crime: ACLED null (unsure); the lead sent. 1 ('Trois rames ... ont essuyé des coups de feu') covers #1 and #2")
R(d, 'ASSAULT', ['firearms'], '18', None, 'ont alors été prises elles aussi pour cibles', 5, actor=[],
  recip=[A('deux nouvelles rames', 5, FRA, 'CVL')], loc=L('Briollay', 2, 47.56, -0.51, FRA), date='2002-03-31',
  note="at 20h two more trains (Nantes-Paris and Nantes-Lille) targeted in another zone a few hundred metres from the first: a second shooting at another time "
       "and spot, a record of its own (unsure: one series); located as #1 (no place named in the sentence, a few hundred metres away)")
R(d, 'MOBILIZE', ['police'], '15', None, 'ont sécurisé la zone', 7, actor=[A('la police des chemins de fer', 7, FRA, 'GOV'), A('les gendarmes locaux', 7, FRA, 'GOV')],
  loc=L('Briollay', 2, 47.56, -0.51, FRA), date='2002-03-31',
  note="railway police and local gendarmes secured the zone until late at night: a police deployment (MOBILIZE/police; unsure: routine response); Sunday "
       "night: 31 March; located as the shootings. The traffic diversion (sent. 6) and the train's delay are no acts")

# 2002-04-03-1077 (the waste collection centre closed): local services; 0 events.
# 2002-04-30-0498d (Chirac's campaign trip to Toulouse): an electoral campaign meeting, elections are not coded; 0 events.
# 2002-05-11-0410 (a theatre evening, a jogging trophy): leisure; 0 events.
# 2002-08-25-0493b (death of the oldest American, 114): a natural death; 0 events.
# 2002-09-07-0602 (Pierre Moscovici's political comeback): his views on the PS's strategy, identity and ideology, his rejection of 'catastrophisme'
#   and of a label, his wishes for a united PS and his career plans are opinions with no identifiable addressee outside his party (comments); 0 events.
# 2002-09-29-0965 (a wedding announcement): private life; 0 events.
# 2002-11-21-0215 (a municipal council meeting's agenda): a routine council session; 0 events.
# 2003-01-15-0002 (a Nancy co-driver third in the Dakar rally): sports; 0 events.

# ---------------------------------------------------------------- a botched circumcision in Egypt (Tue. 21 Jan. 2003)
d = '2003-01-21-0477b'
R(d, 'COERCE', ['arrest'], '17', None, 'a été déféré au parquet', 3, actor=[], recip=[A('Le médecin-boucher', 3, 'EGY', 'CVL')],
  note="the doctor was brought before the prosecutor for questioning: COERCE/arrest (a suspect handed to the prosecution; arrested null: no detention told, unsure: "
       "1); no agent named: actor []; where is not said (the hospital of Abou Tacht, sent. 2, is the act's setting, not the deferral's): location null; undated; "
       "ordinary case: ACLED null. The mutilation itself (sent. 2) is medical malpractice, an accident, not an attack: not coded")

# ---------------------------------------------------------------- CRIF's dinner: Cukierman's 'alliance brun-vert-rouge' (Mon. 27 Jan. 2003)
d = '2003-01-27-0129'
R(d, 'ACCUSE', ['disapprove'], '11', None, 'en dénonçant', 0, actor=[A('Roger Cukierman', 0, FRA, 'REL')],
  recip=[A('«alliance brun-vert-rouge»', 0, None, 'POL')],
  note="at the CRIF's annual dinner its president denounced an 'alliance brun-vert-rouge' (far right, Greens, far left), equating anti-Zionism with "
       "antisemitism (folded): ACCUSE/disapprove; recipient the named alliance (a label for political camps: POL, country null; unsure: too vague a target); CRIF "
       "a body of Jewish institutions: REL; dinner undated and unplaced")
R(d, 'PROTEST', [], '14', None, 'le départ', 1, actor=[A('Gilles Lemaire', 1, FRA, 'POL')], recip=[A('Roger Cukierman', 0, FRA, 'REL')],
  note="the Greens' new national secretary walked out of the dinner after the speech: a walk-out in protest (PROTEST, no mode of the list fits; unsure: ACCUSE/11 "
       "for a gesture of disapproval, or no event); recipient the speaker (sent. 0); one person at a dinner: ACLED null; undated")

# 2003-01-31-1112 (Fernande Garnier's funeral): an obituary; 0 events.
# 2003-02-04-0456a (a general power cut in Algeria): an accident; the plant's earlier inauguration is no act; 0 events.
# 2003-02-04-0456d (Algeria creates a Mufti of the Republic): an institutional creation by the government (organisational change); 0 events.
# 2003-02-21-0862 (a girl of 6 drowns near Obernai): an accident; 'Les gendarmes d'Obernai enquêtent' is a routine inquiry into an accidental
#   death with no suspect or target (accidents are not coded); 0 events.

# ---------------------------------------------------------------- ADPA: Zumkeller against Proust (Sun. 23 Feb. 2003)
d = '2003-02-23-0082'
R(d, 'ACCUSE', ['disapprove'], '11', None, 'la prise de position', 1, actor=[A('Damien Meslot', 1, FRA, 'POL')], recip=[A('Christian Proust', 1, FRA, 'GOV')],
  note="Damien Meslot's stand on Christian Proust's attitude about the ADPA (reported in 'notre édition d'hier'): a verbal act aimed at Proust, read as criticism "
       "(unsure: its content is not told, a bare mention would not be coded); Proust, head of the department's council: GOV; the act's own date is not given "
       "(reported on 22 Feb.): null")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'sans prévoir les sources de financement', 2, actor=[A('Michel Zumkeller', 1, FRA, 'POL')],
  recip=[A('Le gouvernement Jospin', 2, FRA, 'GOV')], date='2003-02-22',
  note="in his communiqué of 'hier' (22 Feb.) the deputy blames the Jospin government for setting up the ADPA without funding it ('sanctionné' by the voters, sent. "
       "3, folded: elections): ACCUSE/disapprove; actor from sent. 1 (the quote's speaker)")
R(d, 'ACCUSE', ['disapprove'], '11', None, "dilapide l'argent du contribuable", 4, actor=[A('Michel Zumkeller', 1, FRA, 'POL')],
  recip=[A('Christian Proust', 4, FRA, 'GOV')], date='2003-02-22',
  note="same communiqué: Proust squanders taxpayers' money buying newspaper pages for his own campaign: a second accusation, another target, a record of its own; "
       "his work with deputies on the ADPA (sent. 1) and his appointment (sent. 5) are no acts")

# 2003-02-24-0122 (the CFCM's elections on 6 and 13 April; its creation under Sarkozy): elections and an institutional creation; 0 events.

HERE = os.path.dirname(os.path.abspath(__file__))
recs = sorted(RECS, key=lambda r: r['doc'])
with open(os.path.join(HERE, '..', 'part_a.jsonl'), 'w') as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, '..', 'coded_a.txt'), 'w') as f:
    for i in IDS:
        f.write('%s\t%d\t%s\n' % (i, sum(1 for r in RECS if r['doc'] == i), D[i]['title']))
print(len(RECS))
