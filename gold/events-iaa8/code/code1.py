"""Independent second coding (inter-annotator agreement) of 9 WiNER-fr dev articles that other sets already code
(the shared dev gold: 6; gold/events: 1; gold/events-heldout: 2), coded 28 Nov. 2026 (twenty-first session) from the
texts only, without seeing those sets' records or any system output. The records were first made as part of
gold/events-heldout8 and moved here unchanged when that set was restricted to unseen articles (see ../README.md).
`python3 code1.py` rewrites ../events_dev.jsonl.
R(doc, event, modes, cameo, acled, trigger, sentence_no, actor=[A(surface, sentence_no, country, sector)],
recip=[...], loc=L(surface, sentence_no, lat, lon, country_code), date, dead, inj, arr, neg, fut, hyp, note);
sentence numbers are those printed by `python3 ../../events-heldout/code/sents.py DOC`; "text|k" is the k-th occurrence in the sentence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events-heldout', 'code'))
from lib import *   # the first held-out set's record builder and sentence splitter

# ---------------------------------------------------------------- Russia: two traffic policemen shot dead in Ingushetia
d='2017_04_08-001'
R(d,'ASSAULT',['firearms'],'18',CLASH,'a été visé par des tirs',2,actor=[A('les tireurs',3,None,'UNK')],recip=[A('deux policiers',2,'RUS','GOV')],
  loc=L('Malgobek',2,43.51,44.59,'RUS'),date='2017-04-07',dead=2,
  note="the police car shot at 'cette nuit' at Malgobek (Ingushetia); the two officers died in hospital 'Ce samedi' (8 April, the dateline's day): their deaths are the attack's toll; 'cette nuit' said on Saturday is the night of Friday 7 to Saturday 8, dated by its first day (the sets' convention for nights; the shots may have been fired after midnight, 2017-04-08 would be the other reading); shooters unidentified (sent. 3, 'automatic weapon', several bursts): actor 'les tireurs', UNK, country null; several gunmen attacking a police vehicle in an insurgency region, not a lone attacker: Battles/Armed clash (ACLED codes armed attacks on security forces as battles; convention 9's null is for lone attackers; unsure)")
R(d,'ASSAULT',[],'18',CLASH,"l'assassinat",4,actor=[A("l' EI",4,None,'IMG')],recip=[A('deux policiers appartenant également à la police routière',4,'RUS','GOV')],
  loc=L('Astrakhan',4,46.35,48.04,'RUS'),dead=2,
  note="the killing of two traffic policemen at Astrakhan, claimed by IS on Thursday (6 April): a past event told with a place, a toll and a claim (convention 11); the claim fills in the actor (convention 10); the killing's own day is not given (only the claim's): date null; no weapon told: mode []; ACLED as #1 (unsure: null if read as a lone attack). 'Ce genre d'attaques est courant' (same sentence) is habitual: not coded")
# ---------------------------------------------------------------- Baghdad: two bombings, about a hundred dead
d='2016_07_03-001'
R(d,'ASSAULT',['suicide-attack'],'18',SUI,'Deux attentats à la bombe',2,actor=[A("L'État Islamique",4,None,'IMG')],recip=[A('au moins 91 personnes',2,'IRQ','CVL')],
  loc=L('Karada',3,33.31,44.42,'IRQ'),date='2016-07-03',dead=91,
  note="two bomb attacks in Baghdad, the deadliest in a crowded shopping centre of the Karada district (sent. 3; the title's 'attentat suicide'): two attacks, two records (guideline 3), this one the Karada bombing; 'au moins 91' is the combined toll of both, put on this first record; 'peu après minuit' in a report dated 3 July puts it on that day (convention 1): 2016-07-03; IS 'a revendiqué l'attaque' (singular, sent. 4): read as the deadliest, the title's suicide bombing (convention 10); the victims burnt or asphyxiated are part of the toll")
R(d,'ASSAULT',['explosives'],'18',IED,'Deux attentats à la bombe',2,actor=[],
  loc=L('Bagdad',2,33.34,44.40,'IRQ'),date='2016-07-03',
  note="the second bomb attack of sent. 2, at another (unnamed) site of Baghdad: a record of its own (attacks at different sites, guideline 3); its toll is inside #1's combined toll; the claim (sent. 4, singular) is read as #1's: actor []; a bomb, no suicide stated: explosives, ACLED Remote explosive/IED. Unsure: could be one record with #1 (the text locates only one site)")
# ---------------------------------------------------------------- Strasbourg: the Christmas market attacker still at large
d='2018_12_13-003'
R(d,'ASSAULT',['firearms'],'18',VAC,"l'attentat",2,actor=[A('Chérif Chekatt',2,'FRA','IMG')],
  loc=L('marché de Noël de Strasbourg',2,48.58,7.75,'FRA'),date='2018-12-11',dead=2,inj=13,
  note="the attack of 'mardi soir' (Tuesday 11 Dec., the dateline being Thursday 13) on the Strasbourg Christmas market; the text (title and sent. 2) names Chekatt as its author ('auteur présumé', radicalised, sent. 5): actor, IMG (suspect of terrorism); 'au moins 13 blessés et 2 morts' (the brain-dead victim not counted as dead); the victims are named by no noun phrase: recipient []; 'la fusillade' (sent. 8): firearms. His flight in a stolen taxi (sent. 8) and the possible departure from France (sent. 10) are not coded")
R(d,'REQUEST',[],'02',None,'ont été exhortés',4,actor=[],recip=[A('Les habitants de Strasbourg',4,'FRA','CVL')],
  loc=L('Strasbourg',4,48.58,7.75,'FRA'),
  note="residents urged to stay at home as much as possible: an appeal (REQUEST/02, mode [] as the shared gold's prefecture asking residents to stay at home); the authority is not named: actor []; no temporal expression in the sentence: date null. The mourning and the closed shops (sent. 3) are not coded (commemoration, business)")
R(d,'REQUEST',['assist'],'02',None,'a lancé un appel à témoins',5,actor=[A('la police nationale de la France',5,'FRA','GOV')],
  date='2018-12-12',
  note="'Hier' (12 Dec.) the national police issued an appeal for witnesses and published the suspect's face: an appeal for help (REQUEST/assist); addressed to the public, named by no noun phrase: recipient []; the publication of the face folded in; no place named for it")
R(d,'MOBILIZE',['police'],'15',None,'ont été mobilisés',6,actor=[A('Plus de 700 policiers, gendarmes et militaires',6,'FRA','GOV')],
  note="more than 700 police officers, gendarmes and soldiers mobilised: MOBILIZE/police; undated (no temporal expression); no place in the sentence. The manhunt of the same sentence is #5")
R(d,'COERCE',['arrest'],'17',None,'à la chasse',6,actor=[A('Plus de 700 policiers, gendarmes et militaires',6,'FRA','GOV')],recip=[A('Chekatt',6,'FRA','IMG')],
  note="the manhunt for Chekatt ('sont à la chasse pour retrouver'; 'toujours en fuite', title and sent. 2; 'n'a toujours pas été arrêté', sent. 9): COERCE/arrest with arrested null (the sixth set's 'est toujours recherché'), not negated (the hunt takes place, the arrest has not happened); undated")
R(d,'COERCE',['restrict'],'17',None,'ont été renforcées',7,actor=[],
  note="border controls reinforced: COERCE/restrict ('contrôles', guideline 4), no agent named: actor []; no place or date named for it")
R(d,'COERCE',['restrict'],'17',None,'une grande opération policière',8,actor=[],recip=[A('Chekatt',8,'FRA','IMG')],
  loc=L('quartier de Neudorf',8,48.57,7.76,'FRA'),date='2018-12-13',
  note="'Cet après-midi' (the dateline's Thursday 13 Dec.) a large police operation in the Neudorf district, where Chekatt fled: a search operation (COERCE/restrict, as house searches), a distinct act from the general hunt (#5, another time and place); the police are named by no noun phrase: actor []; its target Chekatt (same sentence) as recipient")
# ---------------------------------------------------------------- Jo Cox shot and stabbed (page updated: she died)
d='2016_06_16-002'
R(d,'ASSAULT',['firearms','primitive'],'18',VAC,'a été blessée par balle',3,actor=[A('un individu de 52 ans',8,'GBR','UNK')],recip=[A('La députée du Labour Jo Cox',3,'GBR','POL')],
  loc=L('Birstall',3,53.73,-1.66,'GBR'),date='2016-06-16',dead=1,inj=1,
  note="the Labour MP shot ('en début d'après-midi' of the report's day, 16 June: convention 1) at Birstall, and stabbed according to witnesses (sent. 9): firearms and primitive; she died (update line, sent. 1): dead 1; 'Un homme aurait également été blessé' (sent. 7): injured 1 (hedged, kept as reported); actor the 52-year-old arrested 'après l'altercation' (sent. 8), which the text ties to the attack (unsure: 'Les circonstances ... ne sont pas encore établies', sent. 6, so actor [] would be the other reading, convention 10); an attack on an MP campaigning: Violence against civilians/Attack. Not coded: the referendum (a vote), the campaigns' suspension (sent. 11), Cameron's prayers and Corbyn's reaction (sent. 12-15, sympathy statements)")
R(d,'COERCE',['arrest'],'17',None,'a interpellé',8,actor=[A('La police',8,'GBR','GOV')],recip=[A('un individu de 52 ans',8,'GBR','UNK')],
  date='2016-06-16',arr=1,
  note="the police arrest a 52-year-old man after the attack: COERCE/arrest, arrested 1; dated by the early-afternoon attack it follows, in the same day's report (2016-06-16); no place named for the arrest; an individual suspect: ACLED null")
# ---------------------------------------------------------------- Iraq: two Sunni mosques bombed, a muezzin shot
d='2016_01_04-002'
R(d,'ASSAULT',['explosives'],'18',IED,'a été attaquée',5,actor=[A('trois ou quatre hommes',9,None,'UNK')],recip=[A('la mosquée Ammar ben Yasser',5,'IRQ','REL')],
  loc=L('Hilla',5,32.46,44.42,'IRQ'),date='2016-01-04',inj=3,
  note="the Ammar ben Yasser mosque at Hilla bombed 'peu après minuit' ('Aujourd'hui avant l'aube', sent. 3: 4 Jan.); home-made explosive devices (sent. 6): explosives, Remote explosive/IED; the perpetrators per the police officer, 'trois ou quatre hommes' (sent. 9; the men in military uniform of sent. 7), country null; 'trois blessés au total' (sent. 3) is the combined toll of both mosque attacks, put on this first record; the mosque (an institution) as recipient; the damaged houses are part of it. Sent. 5 carries place, target and time; sent. 3 (both mosques, date, toll) is split into this record and #2")
R(d,'ASSAULT',['explosives'],'18',IED,'un attentat similaire',8,actor=[],recip=[A('La mosquée Al-Fateh de Sinjar',8,'IRQ','REL')],
  loc=L('Sinjar',8,32.50,44.40,'IRQ'),date='2016-01-04',
  note="the Al-Fateh mosque of Sinjar, 'un village proche de Hilla' (not the Sinjar of Nineveh), hit by a similar bombing: the second mosque of sent. 3, a site of its own (guideline 3); same morning (sent. 3); approximate coordinates near Hilla; no perpetrator named for it: actor []; toll on #1")
R(d,'ASSAULT',['firearms'],'18',VAC,'a été abattu',10,actor=[A('des hommes armés',4,None,'UNK')],recip=[A('le muezzin de la mosquée sunnite Mohammed Abdallah al-Joubouri',10,'IRQ','REL')],
  loc=L('Iskandariya',10,32.89,44.35,'IRQ'),date='2016-01-04',dead=1,
  note="the muezzin ambushed by gunmen (sent. 4) and shot dead near his home at Iskandariya (sent. 10, the sentence with the victim and the place); 'Parallèlement' ties it to the same morning as the bombings and the lead tells it as the day's news: 2016-01-04; actor from sent. 4; the 2000 tensions (sent. 11) are background: not coded")
R(d,'ASSAULT',[],'18',None,"l'exécution",12,actor=[],recip=[A('Nimr Baqer al-Nimr',12,'SAU','CVL')],
  loc=L('Arabie saoudite',12,23.89,45.08,'SAU'),date='2016-01-02',dead=1,
  note="the execution of Nimr Baqer al-Nimr in Saudi Arabia 'samedi dernier' (Saturday 2 Jan., the article being of Monday 4 Jan.): a past event told with place and date (convention 11); a killing by the state: ASSAULT/18 (no guideline row for executions; unsure); the text names no executioner (the country is only the place): actor []; his sector not told: CVL; a judicial execution: ACLED null")
R(d,'PROTEST',['demo'],'14',PEACE,'une vague de manifestations',12,actor=[],recip=[A('Arabie saoudite',12,'SAU','GOV')],
  loc=L('Irak',3,33.22,43.68,'IRQ'),
  note="a wave of demonstrations and indignation in Iraq ('Le pays') after the execution: one PROTEST record; no protester named: actor []; aimed at the executing state: recipient 'Arabie saoudite'; located at Iraq (sent. 3, the nearest place name for 'Le pays'); ongoing, no date: null. Al-Abadi's 'énorme choc' and his warning of possible unrest (sent. 13) are statements: not coded")
R(d,'ACCUSE',['disapprove'],'11',None,'qui ont visé ces mosquées',15,actor=[A('le chef du gouvernement',15,'IRQ','GOV')],recip=[A('les gangs de Daech et leurs semblables',15,None,'IMG')],
  note="the Prime Minister blames 'les gangs de Daech et leurs semblables' for targeting the mosques (an accusation, verbal; the article says the attacks are unclaimed, sent. 14, so the attribution does not fill the attacks' actors, convention 10); on Twitter, undated")
R(d,'COERCE',['arrest'],'17',None,'traquer',15,actor=[A('forces irakiennes',15,'IRQ','MIL')],recip=[A('les gangs de Daech et leurs semblables',15,None,'IMG')],
  fut=True,
  note="the Prime Minister has ordered the Iraqi forces to hunt the perpetrators ('seront « traqués »', sent. 14): the hunt coded as the ordered act (as the seen sets code an ordered deployment as the deployment), COERCE/arrest, announced: future; no date or place; a distinct act from the accusation #6")
# ---------------------------------------------------------------- Kabul: double suicide bombing near the intelligence HQ
d='2018_04_30-001'
R(d,'ASSAULT',['suicide-attack'],'18',SUI,'un double attentat suicide',2,actor=[A("L' État islamique",8,None,'IMG')],recip=[A('au moins 25 personnes',2,'AFG','CVL')],
  loc=L('Kaboul',2,34.53,69.17,'AFG'),date='2018-04-30',dead=25,inj=49,
  note="'Ce matin' (30 April) a double suicide bombing near the intelligence services' headquarters in Kabul: the two blasts half an hour apart 'sur le même endroit' (sent. 4) are one record (one site, convention 2); toll 'au moins 25' dead and 49 injured (sent. 2; the journalists of sent. 6-7 are among them); claimed by IS (sent. 8, convention 10); recipients the victims of the trigger sentence (the second blast's targets, journalists, rescuers and police, sent. 4, are among them)")
# ---------------------------------------------------------------- Cameroon: 5,000 Boko Haram hostages freed
d='2017_03_17-002'
R(d,'ASSAULT',[],'19',CLASH,'une opération militaire',2,actor=[A('des forces ouest-africaines',4,None,'MIL')],recip=[A('Boko Haram',2,None,'IMG')],
  loc=L('monts Mandara',10,10.90,13.80,'CMR'),date='2017-02-26',dead=60,
  note="the military operation that freed 5,000 Boko Haram hostages (convention 8: hostages freed by a military operation are the operation, ASSAULT/19, Battles/Armed clash); led by 'des forces ouest-africaines' at the Cameroon-Nigeria border (sent. 4); 'l'opération menée dans les monts Mandara du 26 février au 7 mars' (sent. 10, about ten days as sent. 4 says) is the same operation: place and start date from it (a long operation carries its start date); 'plus de 60 terroristes' killed (sent. 6): dead 60; 'ce mercredi' (15 March) is the announcement's day, not the operation's. The freed hostages' transfer to the Banki camp (sent. 7) and the possible Cameroonians among them (sent. 8) are not coded")
R(d,'COERCE',['arrest'],'17',ARR,'ont été arrêtés',10,actor=[A('des forces ouest-africaines',4,None,'MIL')],recip=[A('21 de ses membres présumés',10,None,'IMG')],
  loc=L('monts Mandara',10,10.90,13.80,'CMR'),arr=21,
  note="21 presumed Boko Haram members arrested during the operation: COERCE/arrest, arrested 21, militants: Strategic developments/Arrests; actor the operation's forces (sent. 4; the sentence ties the arrests to the operation); between 26 Feb. and 7 March with no day given: date null (unsure: the operation's start date would be the other reading)")
R(d,'COERCE',['seize'],'17',None,'permis de récupérer des armes',11,actor=[A('des forces ouest-africaines',4,None,'MIL')],recip=[A('Boko Haram',9,None,'IMG')],
  loc=L('monts Mandara',10,10.90,13.80,'CMR'),
  note="the operation destroyed a fuel depot and recovered weapons, motorbikes, bicycles and 'objets de propagande': seizure and destruction of an illegal installation by the authorities, one COERCE/seize record (guideline 4); actor as #1; undated (within the operation); ACLED on #1")
R(d,'ASSAULT',[],'19',CLASH,'une insurrection armée',9,actor=[A('Boko Haram',9,None,'IMG')],
  loc=L('nord-est du Nigeria',9,11.50,13.00,'NGA'),dead=None,
  note="Boko Haram launched an armed insurgency in north-eastern Nigeria in 2009: a past conflict told with actor, year and place (convention 11; a long conflict coded as the sixth set's Donbass war, ASSAULT/19 Armed clash); the year alone: date null; 'des milliers de morts' gives no number: dead null; the state is not named: recipient []. Its 'nombreux revers' (same sentence) are an aggregate: not coded")
R(d,'ASSAULT',[],'19',('Battles','Government regains territory'),'a permis de repousser',12,actor=[A("L'association des armées du Nigeria, du Cameroun, du Niger et du Tchad",12,None,'MIL')],recip=[A('le groupe djihadiste',12,None,'IMG')],
  note="the joint armies of Nigeria, Cameroon, Niger and Chad pushed Boko Haram back, which lost most of its territory (sent. 13): the coalition's campaign, Government regains territory; one multinational actor span, country null; no date or place: null. Unsure: could be read as an aggregate summary and left uncoded. Not coded: the group's continuing deadly attacks (sent. 14) and its use of women as suicide bombers (sent. 16), habitual")
R(d,'ASSAULT',['abduct'],'18',ABD,'capturées',15,actor=[A('Le groupe terroriste',14,None,'IMG')],recip=[A('environ 200 lycéennes parmi les 276',15,'NGA','CVL')],
  loc=L('Chibok',15,10.87,12.85,'NGA'),
  note="the Chibok abduction of 276 schoolgirls in 2014, about 200 still held: a past event told with actor, place and number (convention 11: the shared gold's Chibok 2014); 'Il' is a pronoun: actor the nearest explicit noun phrase (sent. 14); the year alone: date null; the continued detention folded in")
# ---------------------------------------------------------------- DR Congo: a Frenchman among people kidnapped in the east
d='2017_03_02-001'
R(d,'ASSAULT',['abduct'],'18',ABD,'ont été enlevées',2,actor=[],recip=[A('plusieurs personnes',2,None,'CVL')],
  loc=L('est de la République démocratique du Congo',5,-1.00,29.00,'COD'),date='2017-03-01',
  note="several people (a Frenchman, three Congolese and a Tanzanian, sent. 3-4) kidnapped 'Hier, mercredi 1er mars' in eastern DR Congo (sent. 5, the most specific place; approximate centre of the Kivus); 'aucune information concernant les auteurs' (sent. 6): actor []; one recipient entry for the group of the trigger sentence (its members named in sent. 3-4 are the same people); ACLED Abduction/forced disappearance. The ministries' confirmations (sent. 3, 5) are statements: not coded")
R(d,'ASSAULT',[],'19',CLASH,'de violents affrontements',8,actor=[A("l’armée nationale",8,'COD','MIL'),A('des factions rebelles',8,'COD','REB')],
  loc=L('est de la République démocratique du Congo',5,-1.00,29.00,'COD'),date='2017-01-31',dead=20,
  note="clashes between the national army and rebel factions on 31 January: two dated episodes in one sentence, two records (guideline 3: different times), this the first; 'une vingtaine de personnes dont deux soldats' killed (sent. 9) is the combined toll, put on this first record; 'La région' (sent. 7) is the east of sent. 5. The twenty years of conflict (sent. 7) are an aggregate: not coded")
R(d,'ASSAULT',[],'19',CLASH,'de violents affrontements',8,actor=[A("l’armée nationale",8,'COD','MIL'),A('des factions rebelles',8,'COD','REB')],
  loc=L('est de la République démocratique du Congo',5,-1.00,29.00,'COD'),date='2017-02-20',
  note="the second episode, 'du 20 au 22 février': its start date; toll inside #2's combined toll")
# ---------------------------------------------------------------- Mediterranean: thousands of migrants rescued
d='2016_05_27-001'
R(d,'AID',['humanitarian'],'07',None,'ont été secourues',1,actor=[],recip=[A('Environ 12 000 personnes',1,None,'CVL')],
  loc=L('au large de la Libye',1,33.50,13.50,None),
  note="about 12,000 migrants rescued off Libya during an exceptional wave of departures: rescue at sea as humanitarian aid (AID/humanitarian, CAMEO 07); the rescuers are not named (the Italian coastguards of sent. 6 only speak): actor []; open sea: country_code null, approximate position; several days: date null; the 4,000 rescued on Thursday (sent. 5) are part of it (folded in). The shipwrecks (the trawler on Wednesday, another wreck on Thursday, the April 2015 one) are accidents: not coded; the arrivals and deaths since January (sent. 8) are an aggregate")
write(__file__, by_doc=True)
