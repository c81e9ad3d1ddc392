"""The tenth held-out set's records (coded blind, 28 Nov. 2026, twenty-third session, by one annotator): all
12 articles; `python3 code1.py` rewrites ../events_dev.jsonl and ../coded_docs.txt.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th
occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# the set's 12 articles in the order of the draw (/work/wt/h10ids.txt)
IDS = ['2017_02_01-003', '2017_02_16-003', '2017_04_19-005', '2017_05_26-001', '2016_02_07-002', '2017_06_04-003',
       '2017_01_14-002', '2016_08_14-002', '2016_03_11-003', '2017_04_15-001', '2017_01_22-004', '2016_08_14-005']
FRA = 'FRA'

# ---------------------------------------------------------------- Fillon: new revelations (Wed. 1 Feb. 2017)
d = '2017_02_01-003'
R(d, 'ACCUSE', ['disapprove'], '11', None, "a tout d'abord soupçonné", 3, actor=[A('Le Canard enchaîné', 3, FRA, 'MED')],
  recip=[A('Penelope Fillon', 3, FRA, 'CVL')],
  note="the weekly's first accusation: Penelope Fillon suspected of fictitious paid jobs (600,000 euros): ACCUSE/disapprove by a newspaper (the seventh set's "
       "2017_01_26-001#1, same affair); 'Depuis une semaine' (sent. 2) is vague: date null. Not coded: sent. 2 (a summary), sent. 6 (the article's speculation "
       "on a possible withdrawal from the presidential race: an electoral matter, no act), sent. 10-13, 16, 19, 23-24, 28, 33-35 (the article's own statements and "
       "tallies), sent. 26-27 and 31-32 (Fillon's TV explanations of Thursday, statements)")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'a lui-même été accusé', 4, actor=[A('Médiapart', 4, FRA, 'MED')], recip=[A('Fillon', 4, FRA, 'POL')],
  note="Fillon accused, according to Médiapart, of pocketing seven cheques (21,000 euros) meant to pay assistants: the same accusation as the 'ristourne' of sent. "
       "67-71 ('Selon Médiapart ... se serait « mis dans la poche »', 'affirme Médiapart'), folded here (one accusation, the earlier of two equally complete "
       "sentences); the other senators it concerns (Henri de Raincourt, René Garrec, sent. 68) are not added as recipients (told as a comparison); undated. The "
       "JDD's own claim (sent. 72) is a record of its own (#14)")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'de nouvelles accusations', 7, actor=[A('Canard', 7, FRA, 'MED')], recip=[A('Fillon', 7, FRA, 'POL')],
  date='2017-02-01',
  note="'Aujourd'hui' (the publication day, Wed. 1 Feb.) the Canard's new accusations: Penelope Fillon's pay re-estimated at 831,440 euros, also for 1988-1990, "
       "plus 100,000 euros from the Revue des deux Mondes, over 900,000 in all (sent. 8, 14-17, 23-24, folded); the children's pay (sent. 29) is a separate charge "
       "told at length (#4; unsure: one record for the whole issue of the weekly would be the other reading); actor the span of the trigger sentence ('du « Canard »')")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'est accusé', 29, actor=[A("l'hebdomadaire satirique", 29, FRA, 'MED')], recip=[A('Fillon', 29, FRA, 'POL')],
  date='2017-02-01',
  note="Fillon accused by the satirical weekly of paying two of his children as parliamentary 'assistants' while senator of the Sarthe (2005-2007; 84,000 euros, "
       "sent. 30; 'évanescentes' activities, sent. 34-35 folded): a second accusation of the same weekly's new revelations (sent. 28 'nouvelles révélations du "
       "Canard'), dated like #3 by sent. 7's 'Aujourd'hui' (unsure: null, the sentence itself has no time); the years 2005-2007 are the facts', not the act's. "
       "The entourage's 'imprécision de langage' (sent. 36) is an explanation and the team's silence (sent. 37) no act: not coded")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'juge « totalement extravagante » cette affirmation', 22, actor=[A('Michel Crépu', 21, FRA, 'MED')],
  recip=[A('Marc Ladreit de Lacharrière', 20, FRA, 'BUS')],
  note="the former director of the Revue des deux Mondes calls the owner's claim of an informal strategic reflection 'totalement extravagante': criticism aimed at "
       "an identifiable party (ACCUSE/disapprove; unsure: a comment, or REJECT of a claim, would be the other readings); 'ce dernier' is not a name: actor the nearest "
       "explicit noun phrase, Michel Crépu (sent. 21); a review editor: MED; undated. Not coded: Crépu's testimony to Le Monde (sent. 18, a statement), "
       "Lacharrière's denial (sent. 20, a denial) and his praise of Penelope Fillon's work (sent. 21, a statement)")
R(d, 'ACCUSE', ['investigate'], '09', None, 'une enquête préliminaire', 25, actor=[],
  note="a preliminary investigation opened for embezzlement of public funds, misuse of company assets and receiving: ACCUSE/investigate (the seventh set's "
       "'ouvrir une enquête'); no prosecutor named: actor []; the sentence names 'ces affaires', no person: recipient [] (unsure: the Fillons would be the other "
       "reading); no date given. The investigation into the senators' 'ristourne' after 2009 (sent. 70, in which Fillon is not targeted) is a bare mention: not coded")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'une révélation', 38, actor=[A('Médiapart', 38, FRA, 'MED')], recip=[A('Alexia Demirdjian', 38, FRA, 'POL')],
  date='2017-01-31',
  note="Médiapart's revelation 'du mardi 31 janvier' that a head of Fillon's digital campaign was paid by the Fondation Culture et Diversité from March 2015 while "
       "leaving no trace there (sent. 39-40): an accusation of a fictitious job (sent. 9 'Médiapart a aussi pointé du doigt l'embauche d'une de ses collaboratrices "
       "par la Revue des deux Mondes' is the same revelation, the foundation belonging to the Revue's owner: folded here, the sentence with the date and the "
       "name); a campaign staffer: POL (unsure: CVL)")
R(d, 'ACCUSE', ['disapprove'], '11', None, "témoigne d'une forme d'acharnement", 42, actor=[A('Patrick Stefanini', 42, FRA, 'POL')],
  recip=[A('Médiapart', 38, FRA, 'MED')],
  note="Fillon's campaign director says the article shows a form of 'acharnement' against Fillon's team: criticism aimed at the newspaper (ACCUSE/disapprove), "
       "recipient the nearest explicit noun phrase for '[cet] article', its author Médiapart (sent. 38); undated. The team's denial (sent. 41) and his account of "
       "her work (sent. 43-47) are a denial and statements: not coded")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'soient salis', 48, actor=[A("L'intéressée", 48, FRA, 'POL')], recip=[A('la presse', 48, FRA, 'MED')],
  date='2017-01-31',
  note="'mardi' (31 Jan.) on BFMTV the staffer says she is shocked that her name and honour are 'traînés dans la presse et ... salis': a complaint aimed at the "
       "press (ACCUSE/disapprove; unsure: a denial or a comment, not coded, would be the other reading; 'la presse' is broad but stands for the papers that "
       "reported it); her defence of her work (sent. 49-50) folded in; a TV studio is not a place")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'avait révélé', 51, actor=[A('Le Canard enchaîné', 51, FRA, 'MED')], recip=[A('François Fillon', 51, FRA, 'POL')],
  date='2016-10',
  note="a past revelation described with actor, target and date (convention 11): 'en octobre' (of 2016, before this February) the weekly revealed Fillon's "
       "consultancy 2F Conseil and its earnings; counted by the article among the six 'affaires' (sent. 12-13): ACCUSE/disapprove (unsure: a revelation of a "
       "lawful company could be read as a report, not coded); month only: 2016-10")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'a pour sa part révélé', 52, actor=[A('Médiapart', 52, FRA, 'MED')], recip=[A('Fillon', 52, FRA, 'POL')],
  note="Médiapart revealed that Fillon has been since 2012 senior advisor of the Ricol Lasteyrie group, a contract he never disclosed (sent. 53-56 folded): a "
       "revelation aimed at him (ACCUSE/disapprove, as #10; unsure likewise); 'depuis 2012' dates the job, not the revelation: null. René Ricol's account (sent. 57) "
       "is a statement; 'Aucune procédure judiciaire' (sent. 61) is the absence of an act: not coded")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'la complaisance vis-à-vis de Vladimir Poutine', 60, actor=[A('Yannick Jadot', 60, FRA, 'POL')],
  recip=[A('François Fillon', 57, FRA, 'POL')],
  note="the ecologist candidate insinuates that Fillon worked for Russian companies, which would explain his 'complaisance' towards Putin: an accusation "
       "(ACCUSE/disapprove); the uttered insinuation is a past verbal act, not flagged hypothetical though its content is conditional; 'il' (sent. 59) is a pronoun: "
       "recipient the nearest explicit noun phrase, François Fillon (sent. 57); undated")
R(d, 'SUPPORT', [], '05', None, 'a défendu', 64, actor=[A('Bruno Retailleau', 64, FRA, 'POL')], recip=[A('le candidat', 64, FRA, 'POL')],
  note="the campaign coordinator defends the candidate on BFMTV ('il n'y a pas une société russe ...', sent. 64-66): verbal support, SUPPORT/05 (the sixth set's "
       "'l'avait défendu'); undated; a channel is not a place. Not coded: Fillon's refusal to speak about the consultancy (sent. 62) and his entourage's "
       "'se refuse à tout commentaire' (sent. 73): declining comment is a statement (CAMEO 01), not a rejection aimed at a party")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'affirme même', 72, actor=[A('Le Journal du dimanche', 72, FRA, 'MED')], recip=[A('François Fillon', 72, FRA, 'POL')],
  note="the Journal du dimanche's own claim that Fillon received seven cheques in his name (21,000 euros): an accusation by another paper than Médiapart's of #2 "
       "(another actor: a record of its own; unsure: folded into #2 would be the other reading, sent. 4 telling the same cheques 'selon Médiapart'); undated. "
       "Éric Ciotti's defence follows (#15)")
R(d, 'SUPPORT', [], '05', None, 'ne concerne ni directement ni personnellement', 74, actor=[A('Le député LR Éric Ciotti', 74, FRA, 'POL')],
  recip=[A('François Fillon', 74, FRA, 'POL')],
  note="the LR deputy says on France Info that the affair concerns not Fillon personally but all the senators of the time: a defence of Fillon (SUPPORT/05, "
       "'défendre (verbally)'; unsure: a comment, not coded, would be the other reading); undated")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'se dit victime', 75, actor=[A('François Fillon', 75, FRA, 'POL')],
  note="Fillon calls himself the victim of 'une opération d'une extrême ampleur, de calomnie très professionnelle' meant to eliminate a candidate (sent. 76 folded): "
       "a denunciation whose authors are not named: recipient [] (the seventh set's 'boules puantes'); 'À la suite de ces révélations' is no date: null. His "
       "'La justice est saisie et j'ai confiance en la justice' and 'Je ne m'exprimerai plus' (sent. 77-78) are statements: not coded")
R(d, 'ACCUSE', ['investigate'], '09', None, 'exprimé [lundi] devant les policiers', 79, actor=[A('les policiers', 79, FRA, 'GOV')],
  recip=[A('François Fillon', 75, FRA, 'POL')], date='2017-01-30',
  note="Fillon was heard by the police '[lundi]' (Monday 30 Jan., two days before Wed. 1 Feb.): a hearing by investigators (ACCUSE/investigate, the second set's "
       "'auditionnera'); 'Je' is a pronoun: recipient the nearest explicit noun phrase (sent. 75); no place named")
R(d, 'COERCE', ['restrict'], '17', None, 'aurait été perquisitionné', 81, actor=[], recip=[A('François Fillon', 81, FRA, 'POL')],
  loc=L('Assemblée nationale', 81, 48.86, 2.32, FRA),
  note="Fillon's office at the National Assembly reportedly searched, according to Christian Jacob: a house search is COERCE/restrict (convention 7; gold/events' "
       "search of the Fillon affair); the conditional reports a named source's statement, not a speculation: not hypothetical (unsure); no agent named: actor []; "
       "the office's holder as recipient; no date given (unsure: the Monday of #17)")
R(d, 'ACCUSE', ['investigate'], '09', None, 'sera aussi entendu', 82, actor=[A('les enquêteurs', 82, FRA, 'GOV')],
  recip=[A('Marc Joulaud', 82, FRA, 'POL')], date='2017-02-01', fut=True,
  note="Fillon's former assistant and substitute, now mayor and MEP, 'sera aussi entendu ce mercredi par les enquêteurs': a planned hearing by investigators "
       "(ACCUSE/investigate, the second set's 'auditionnera' flagged future), dated by the planned day (the publication day, Wed. 1 Feb.); no place named")

# ---------------------------------------------------------------- Hérault: a foiled attack (Thu. 16 Feb. 2017)
d = '2017_02_16-003'
SUS = [A('Thomas Sauret', 5, FRA, 'IMG'), A('Malik Hammami', 5, FRA, 'IMG'), A('Sarah', 5, FRA, 'IMG')]
R(d, 'ASSAULT', ['explosives'], '18', None, "Une tentative d' attentat", 2, actor=SUS, loc=L('Montpellier', 2, 43.61, 3.88, FRA), date='2017-02-10',
  neg=True,
  note="the plotted attack, foiled 'ce vendredi 10 février' in the Montpellier region: a foiled plot is an ASSAULT with negated (project guideline; the third "
       "set's record of the same plot, the fourth set's Rialto); the minister asserts it was imminent and TATP had been made (sent. 3, 9-10, 15): not hypothetical "
       "(unsure: the third set, on a later article saying 'aucun projet précis', had hypothetical); actors the three suspects named in sent. 5, Hammami's "
       "'soutien' (sent. 28) and the passport he would have provided (sent. 26) folded in; the target is unsure (Paris, the Eiffel Tower, sent. 4, 16, 26): "
       "recipient [], located where the trigger sentence puts it (Montpellier; unsure: Paris as the suspected target); dated by the foiling the sentence "
       "tells (the seventh set's 'tentative déjouée'; unsure: null, the attack's own date being unknown); TATP: explosives (Sauret's wish to die 'en kamikaze', "
       "sent. 26, conditional: suicide-attack not added); no attack happened: ACLED null. Not coded: the minister's and the source's statements (sent. 3-4, 15-16), "
       "the suspects' wishes to marry and to leave for Iraq and Syria (sent. 22, 26-27), Brisard's analysis (sent. 44-51), the 17 attacks foiled in 2016 "
       "(sent. 51) and Cazeneuve's 'plusieurs centaines d'interpellations' (sent. 57): aggregates")
R(d, 'COERCE', ['arrest'], '17', ARR, "l'interpellation de quatre individus", 3, actor=[], recip=[A('quatre individus', 3, FRA, 'IMG')],
  loc=L('Clapiers', 3, 43.66, 3.89, FRA), date='2017-02-10', arr=4,
  note="the anti-terrorist sweep of Friday 10 Feb. (sent. 2) arrests four people, three of them suspected of preparing an attack: one operation, one record "
       "(the third set's record of these arrests); located at Clapiers, where sent. 6 puts the arrests of the three suspects and of the fourth man (the sentence's "
       "Montpellier and Marseillan are places of the operation where no arrest is told: not records of their own; unsure); the police are not named as an agent "
       "('l'opération policière'): actor []; the fourth man's arrest (sent. 6 'avait lui aussi été arrêté') and the custody at the SDAT in Levallois-Perret from "
       "Saturday, prolonged (sent. 7), folded in (project guideline: an arrest followed by custody is one record); terrorism suspects: IMG, Arrests")
R(d, 'RETREAT', ['release'], '08', None, 'mis hors de cause', 6, actor=[], recip=[A('Un homme de 26 ans', 6, FRA, 'CVL')], date='2017-02-11',
  note="the fourth man, arrested in the Clapiers flat, 'finalement mis hors de cause samedi' (Sat. 11 Feb.): cleared and let go, RETREAT/release (the third set's "
       "'relâché' of a man of the same plot); cleared, so not a suspect: CVL; no agent named: actor []; where is not said: location null")
R(d, 'COERCE', ['arrest'], '17', None, 'ont été mis en examen', 7, actor=[], recip=[A('les trois suspects', 7, FRA, 'IMG')],
  loc=L('palais de justice', 7, 48.86, 2.35, FRA), date='2017-02-14', arr=3,
  note="'mardi soir' (Tue. 14 Feb.) the three suspects charged at the Paris courthouse with criminal terrorist conspiracy (Sauret and Sarah also with making "
       "explosives) and then remanded in custody: a charge with detention, COERCE/arrest, arrested 3 (the seventh set's 'mis en examen et placé en détention "
       "provisoire'); a record apart from the arrest of Friday #2 (another day, place and authority; unsure: the third set folded 'interpellés, mis en examen et "
       "écroués' told in one sentence); the judges are not named: actor []; a court step: ACLED null")
R(d, 'ACCUSE', ['investigate'], '09', None, 'Une information judiciaire a été ouverte', 8, actor=[], recip=[A('les trois suspects', 7, FRA, 'IMG')],
  note="a judicial investigation opened (ACCUSE/investigate); recipients the nearest explicit noun phrase (sent. 7); no date given (unsure: the Tuesday of #4)")
R(d, 'COERCE', ['seize'], '17', None, 'Les perquisitions', 9, actor=[], loc=L('Clapiers', 6, 43.66, 3.89, FRA), date='2017-02-10',
  note="the searches found 71 g of TATP, handwritten recipes, components and equipment, stored on the balcony (sent. 10) of the Clapiers flat (sent. 6): a search "
       "with seizures, COERCE/seize (the third set's record of these finds; unsure: 'restrict', convention 7's searches, would be the other mode); the computers and "
       "phones 'saisi' (sent. 16) folded in; no agent named: actor []; things: recipient []; dated by the operation of sent. 2 (unsure: the sentence has no time)")
R(d, 'ASSAULT', ['aerial'], '19', AIR, 'un bombardement de la coalition', 11, actor=[A('la coalition', 11, None, 'MIL')],
  recip=[A('Rachid Kassim', 11, FRA, 'IMG')], loc=L('Irak', 11, 33.22, 43.68, 'IRQ'), dead=1, hyp=True,
  note="Rachid Kassim, a French jihadist who guided several attacks in France, 'probablement mort en Irak ces derniers jours dans un bombardement de la coalition "
       "contre l'État islamique': a past air strike told with actor, target and place (convention 11), his death only probable: hypothetical; dead 1; 'ces derniers "
       "jours' is vague: null; a coalition: country null. His guiding of attacks (aggregate) is not coded")
R(d, 'ACCUSE', ['investigate'], '09', None, "l'enquête qui avait été ouverte le 2 février", 12, actor=[], recip=[A('Les suspects', 11, FRA, 'IMG')],
  date='2017-02-02',
  note="the investigation opened on 2 Feb. (an earlier step than the judicial investigation of #5), sped up by the purchase of acetone and hydrogen peroxide "
       "seen on 9 Feb. (a surveillance finding, folded in): ACCUSE/investigate; 'ils' is a pronoun: recipient the nearest explicit noun phrase (sent. 11); no "
       "investigator named: actor []")
R(d, 'SUPPORT', [], '05', None, 'prêtait allégeance', 13, actor=[A("l'adolescente", 13, FRA, 'IMG')], recip=[A("l'EI", 13, None, 'IMG')],
  date='2017-02-08',
  note="'la veille, 8 février' the teenager posted a video pledging allegiance to the Islamic State: a pledge of support to an identifiable party (SUPPORT/05; "
       "unsure: AGREE, or not an event); it made the anti-terrorist services act quickly (folded); online: location null; IS: country null")
R(d, 'ACCUSE', ['investigate'], '09', None, 'surveillé depuis', 14, actor=[A('la DGSI', 14, FRA, 'GOV')], recip=[A('Un de ses contacts', 14, FRA, 'IMG')],
  note="one of her contacts, identified at the end of 2015 as wanting to go to Iraq and Syria, watched by the domestic intelligence service since: surveillance "
       "as an investigation (ACCUSE/investigate, the fourth set's 'placés sur écoute'); 'fin 2015' is a vague period: date null; country of the contact not told "
       "(FRA assumed from the French network; unsure)")
R(d, 'COERCE', ['restrict'], '17', None, 'avait été assigné à résidence', 18, actor=[], recip=[A('Thomas Sauret', 17, FRA, 'IMG')], date='2015-12',
  note="Sauret under house arrest at his father's 'de décembre 2015 à décembre 2016' under the state of emergency after an attempt to leave for Iraq and Syria: "
       "a past restriction told with dates (convention 11), COERCE/restrict dated by its start month (long operations); 'Il' is a pronoun: recipient the nearest "
       "explicit noun phrase (sent. 17); no authority named: actor []; the father's home is not named here (Les Hautes-Rivières, sent. 52, only for the father "
       "in Feb. 2017): location null. The state of emergency itself (since Nov. 2015) is a bare mention: not coded")
R(d, 'COERCE', ['arrest'], '17', ARR, "il s'était fait arrêter", 19, actor=[], recip=[A('Thomas Sauret', 19, FRA, 'IMG')],
  loc=L('Orly', 19, 48.73, 2.37, FRA), arr=1,
  note="Sauret, as his friend tells it, had been arrested at Orly airport (the attempted departure of sent. 18, before his house arrest): a past arrest with a "
       "place (convention 11), arrested 1; 'Il' (the speaker's 'il') is Sauret, named in the sentence; no date: null; a militant's arrest: Arrests (unsure: the "
       "friend's hearsay could be left uncoded); the 'fiché S' file is a status: not coded")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'a été manipulée', 31, actor=[A('Thomas de la Morlais', 31, FRA, 'JUD')],
  recip=[A('son compagnon', 31, FRA, 'IMG')],
  note="the lawyer of the girl's mother says Sarah 'a été manipulée par son compagnon et par d'autres': an accusation aimed at Thomas Sauret (ACCUSE/disapprove; "
       "the unnamed 'd'autres' not added); undated; his account of Sauret's stay (sent. 32-34) and of the mother (sent. 38-43) folded or statements")
R(d, 'REJECT', [], '12', None, "a refusé de l'héberger", 32, actor=[A('la mère de cette dernière', 32, FRA, 'CVL')], recip=[A('Thomas', 32, FRA, 'IMG')],
  loc=L('Montpellier', 32, 43.61, 3.88, FRA),
  note="the girl's mother refused to house Sauret when he came to Montpellier to live at her daughter's: a refusal aimed at an identifiable person (REJECT/12, "
       "mode [] as none of the four fits; unsure: a private domestic matter, could be left uncoded); undated; that he then slept in the cellar and stayed at "
       "Clapiers (sent. 33-34, 23) is not an act of a type")
R(d, 'ACCUSE', ['disapprove'], '11', None, 'Il nous a tous manipulés', 36, actor=[A("la mère de l'adolescente", 37, FRA, 'CVL')],
  recip=[A('Thomas', 32, FRA, 'IMG')],
  note="the girl's mother: 'Il nous a tous manipulés', her daughter 'totalement' manipulated (sent. 37): an accusation of Sauret by another speaker than the "
       "lawyer's #13 (a record of its own); 'Il' is a pronoun: recipient the nearest explicit noun phrase naming him (sent. 32); her 'ma fille est innocente des "
       "accusations qu'on lui porte' (sent. 35) is a denial: not coded; undated")
for town, lat, lon in (('Charleville-Mézières|1', 49.77, 4.72), ('Hautes-Rivières', 49.89, 4.84)):
    R(d, 'COERCE', ['restrict'], '17', None, 'deux opérations de « vérification »', 52, actor=[A('la police judiciaire', 52, FRA, 'GOV')],
      recip=[A('ses parents', 52, FRA, 'CVL')], loc=L(town, 52, lat, lon, FRA), date='2017-02-10',
      note="'vendredi matin' (Fri. 10 Feb.) the judicial police carry out two 'vérification' operations at Sauret's separated parents' homes, at "
           "Charleville-Mézières (mother) and Les Hautes-Rivières (father), to check for documents or explosives: searches, COERCE/restrict (convention 7), one "
           "record per named place (two sites, guideline 3), this one %s; the prosecutor's confirmation (sent. 54, 'une opération ... ce matin par le SRPJ de "
           "Reims') folded in; 'Aucune interpellation n'a eu lieu' (sent. 53) is the absence of an act, not a foiled one: not coded" % town.split('|')[0])
R(d, 'REQUEST', ['change'], '02', None, 'en a enfin appelé à des « initiatives européennes', 59,
  actor=[A('le Premier ministre Bernard Cazeneuve', 55, FRA, 'GOV')], recip=[A('les institutions européennes', 59, None, 'IGO')],
  loc=L('Creuse', 55, 46.09, 2.02, FRA),
  note="the Prime Minister, on a trip to the Creuse (sent. 55), calls for European initiatives (file interconnection, entry-exit system, PNR, Schengen reform) to "
       "strengthen the protection the European institutions owe citizens: an appeal for policy change (REQUEST/change/02); 'Il' is a pronoun: actor the nearest "
       "explicit noun phrase (sent. 55); recipient the institutions the sentence names (IGO, country null); located where he spoke (the ninth set's Essonne); "
       "undated. Not coded: his statements on the threat level and the security services' work (sent. 55-58, 60), his refusal to comment (sent. 56), the trip "
       "itself (no host), the father's reporting of his daughter's radicalisation (sent. 29, told in passing, no date or place), Hammami's past convictions and "
       "charge for apology of terrorism and his meetings with the couple (sent. 30: aggregate or undated, no place)")

# ---------------------------------------------------------------- Fresno: a shooting (Wed. 19 April 2017)
d = '2017_04_19-005'
R(d, 'ASSAULT', ['firearms'], '18', VAC, 'Une fusillade', 2, actor=[A('Kori Ali Muhammad', 4, 'USA', 'CVL')],
  recip=[A('trois personnes', 2, 'USA', 'CVL'), A('Une quatrième personne', 3, 'USA', 'CVL')], loc=L('Fresno', 2, 36.75, -119.77, 'USA'),
  date='2017-04-18', dead=3, inj=1,
  note="'mardi' (Tue. 18 April) in Fresno a man shoots dead three people and wounds a fourth, 'vers 10 h 45 locales' (sent. 5), firing at four places of the "
       "centre in a few minutes (sent. 6): one spree with no named site, one record (unsure: four unnamed places could be four records under guideline 3); the "
       "victims from sent. 2-3, the shooter from sent. 4 (a private individual: CVL, USA; no group named, 'Allahou akbar' and his hatred of white people and "
       "the government, sent. 7-8, give a motive but no organisation); a random killing of white men out of stated hatred, three dead: "
       "Violence against civilians/Attack (unsure: null as ordinary crime, as the ninth set's Grimmie shooting). Not coded: his online statements of hatred "
       "(sent. 7, aimed at groups, undated), his criminal past (sent. 11, aggregate)")
R(d, 'COERCE', ['arrest'], '17', None, 'son arrestation', 7, actor=[], recip=[A('Kori Ali Muhammad', 4, 'USA', 'CVL')], loc=L('Fresno', 2, 36.75, -119.77, 'USA'),
  date='2017-04-18', arr=1,
  note="his arrest after he gave himself up ('avant de se rendre', sent. 4, folded: the surrender and the arrest are one act, the police's the one told as such; "
       "unsure: RETREAT for the surrender would be the other reading); 'son' is a pronoun: recipient the nearest explicit noun phrase naming him (sent. 4); no "
       "agent named: actor []; place and day of the shooting (sent. 2); an individual killer, no militant: ACLED null")
R(d, 'COERCE', ['arrest'], '17', None, 'était déjà recherché', 9, actor=[A('les autorités', 9, 'USA', 'GOV')], recip=[A("L'homme", 9, 'USA', 'CVL')],
  note="he was already wanted by the authorities: COERCE/arrest with arrested null (the second, fourth and fifth sets' 'était recherché'); no date or place")
R(d, 'ASSAULT', [], '18', None, "d'avoir tué", 10, actor=[A("L'homme", 9, 'USA', 'CVL')], recip=[A('un agent de sécurité', 10, 'USA', 'CVL')],
  loc=L('Fresno', 10, 36.75, -119.77, 'USA'), date='2017-04', dead=1,
  note="he is suspected of having killed a security guard (white too) in front of a motel in Fresno 'la semaine dernière': a past killing told with target, place "
       "and date (convention 11); the suspicion is the article's attribution of a killing that happened: not hypothetical; 'Il' is a pronoun: actor the nearest "
       "explicit noun phrase (sent. 9); last week = 10-16 April: month only, 2017-04; how he killed is not said: mode []; ordinary crime: ACLED null")
R(d, 'COERCE', ['arrest'], '17', None, "il encourt quatre chefs d'accusation", 12, actor=[], recip=[A("L'homme", 9, 'USA', 'CVL')],
  note="he faces four counts of murder and two of attempted murder: charges, COERCE/arrest with arrested null (the table's 'inculper'; the arrest of #2 holds "
       "his detention); 'encourt' is present, not an announcement: not future (unsure: ACCUSE/11 for the prosecution, or future, would be the other readings); "
       "recipient the nearest explicit noun phrase (sent. 9); no date or place")

# ---------------------------------------------------------------- Chambéry: a double murder (Fri. 26 May 2017)
d = '2017_05_26-001'
R(d, 'ASSAULT', ['primitive'], '18', None, "Un attaque à l'arme blanche", 3, actor=[A("L'auteur des faits", 9, None, 'UNK')],
  recip=[A('une serveuse', 4, None, 'CVL'), A('un homme', 4, None, 'CVL'), A('Une troisième personne', 6, None, 'CVL')],
  loc=L('Chambéry', 3, 45.57, 5.92, FRA), date='2017-05-26', dead=2, inj=1,
  note="'ce vendredi après-midi' (Fri. 26 May, the publication day) a knife attack in a Chinese restaurant of the Landiers zone at Chambéry: a waitress killed on "
       "the car park and a man found dead upstairs, both Tibetans (sent. 4-5), a third person seriously injured trying to intervene (sent. 6): one attack at one "
       "site, one record (dead 2, injured 1; lead sent. 1 the same); located at the town (the zone is within it; site coordinates not known more precisely); the "
       "perpetrator, unnamed, from sent. 9 (UNK, country null); the victims' country: Tibetans, not a state (null), the third person's not told: null; terrorism 'serait écartée', a settling of scores (sent. 7-8): ordinary crime, ACLED null")
R(d, 'COERCE', ['arrest'], '17', None, 'a été interpellé', 9, actor=[], recip=[A("L'auteur des faits", 9, None, 'UNK')], date='2017-05-26', arr=1,
  note="the perpetrator, 'activement recherché' (folded in), arrested 'en fin de journée' (of Friday 26 May): COERCE/arrest, arrested 1; no agent named: actor []; "
       "where is not said: location null (unsure: Chambéry); an ordinary criminal: ACLED null")

# ---------------------------------------------------------------- coded, no event (listed in coded_docs.txt with 0)
# The guideline's §1 would skip all eight; each was read whole and coded exhaustively all the same: no act of a PLOVER type.
# 2016_02_07-002 (the international winter bike-to-work day of 12 Feb. 2016): a leisure event, registrations and a survey.
# 2017_06_04-003 (death of Manuel Noriega at Panama, 29 May): a death from natural causes (one sentence, no act).
# 2017_01_14-002 (Thomas Pesquet's first spacewalk): science; the spacewalk and the mission are no PLOVER act.
# 2016_08_14-002 (Rio Olympics: the Russian women win the team sabre): sports; 'battant l'Ukraine' is a sports result.
# 2016_03_11-003 (death of Claude Estier): a death (obituary).
# 2017_04_15-001 (traffic jam at the Mont-Blanc tunnel): traffic figures and ATMB's forecast (a statement).
# 2017_01_22-004 (primates threatened with extinction): a study; Garber's recommendations (sent. 21-25, 27) are proposals
#   with no identifiable addressee (comments), 'Sont épinglés' (sent. 6) aims at activities, not parties: not coded.
# 2016_08_14-005 (Rio Olympics: Áron Szilágyi keeps his sabre title): sports.

HERE = os.path.dirname(os.path.abspath(__file__))
write(__file__, by_doc=True)
with open(os.path.join(HERE, '..', 'coded_docs.txt'), 'w') as f:
    for i in IDS:
        f.write('%s\t%d\t%s\n' % (i, sum(1 for r in RECS if r['doc'] == i), D[i]['title']))
