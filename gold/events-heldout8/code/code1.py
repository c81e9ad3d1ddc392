"""The eighth held-out set's records (coded blind, 28 Nov. 2026); `python3 code1.py` rewrites ../events_dev.jsonl.
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
# ---------------------------------------------------------------- Grasse: shooting at the Tocqueville high school
d='2017_03_17-003'
R(d,'ASSAULT',['firearms'],'18',None,'Une fusillade',2,actor=[A('Le suspect',4,'FRA','CVL')],recip=[A('le proviseur',3,'FRA','EDU')],
  loc=L('lycée Alexis de Tocqueville',2,43.66,6.93,'FRA'),date='2017-03-16',inj=8,
  note="the shooting 'hier' (Thursday 16 March) in the Tocqueville high school at Grasse by a 16- or 17-year-old pupil (sent. 4, 12): sent. 2 carries place and date, sent. 12 actor and target (tie: the earlier sentence); 'huit blessés, dont le proviseur' (sent. 3; sent. 14-15 detail them): injured 8, no death; the headmaster, shot at (sent. 12), as recipient; terrorism ruled out by the prosecutor (sent. 9-10): ordinary crime, ACLED null (unsure: 'mass-casualty' could give Attack)")
R(d,'COERCE',['arrest'],'17',None,'a été arrêté',4,actor=[],recip=[A('Le suspect',4,'FRA','CVL')],
  date='2017-03-16',arr=1,
  note="the suspect arrested 'au bout de cinq minutes' (of the shooting, 16 March) and then placed in police custody for attempted murders (sent. 5): one COERCE/arrest record (guideline: arrest and custody one record); no agent named: actor []; no place named for the arrest; ACLED null (an ordinary suspect). The parents' questioning (sent. 5) is part of the investigation, #10")
R(d,'COERCE',['restrict'],'17',None,'a été évacué et fouillé',6,actor=[],
  loc=L('lycée Alexis de Tocqueville',2,43.66,6.93,'FRA'),
  note="the school evacuated and searched: one COERCE/restrict record (the sixth set's station evacuation; 'fouilles', guideline 4; the two acts on the one building in one clause kept as one); no agent named; place from sent. 2; no temporal expression: date null")
R(d,'MOBILIZE',['police'],'15',None,'a été mobilisée',7,actor=[A("L'antenne de Nice du Raid",7,'FRA','GOV')],
  loc=L('Grasse',2,43.66,6.93,'FRA'),
  note="the Nice branch of the RAID police unit mobilised (to Grasse, sent. 2): MOBILIZE/police; undated")
R(d,'MOBILIZE',['police'],'15',None,"L'alerte attentat a été déclenchée",9,actor=[],
  note="the 'alerte attentat' (the Vigipirate plan's top level) triggered: an increased police alert status (CAMEO 151; the fourth set's raised alert level MOBILIZE/police); no authority named: actor []; its area is not said: location null; undated. The terrorist lead ruled out (same sentence, sent. 10) and the prefect's reassurance (sent. 8) are statements: not coded")
R(d,'COERCE',['restrict'],'17',None,'ont été confinés',24,actor=[],recip=[A('tous les élèves des écoles, collèges et lycées de la ville',24,'FRA','CVL')],
  loc=L('Grasse',2,43.66,6.93,'FRA'),
  note="all pupils of the town's schools confined (lockdown): COERCE/restrict, no agent named; 'la ville' is Grasse (sent. 2); undated. The victim support service activated (same sentence) and the crisis cell set up (sent. 26) are emergency organisation: not coded")
R(d,'REQUEST',[],'02',None,'demandé aux riverains de rester chez eux',25,actor=[A('La sécurité civile du département',25,'FRA','GOV')],recip=[A('riverains',25,'FRA','CVL')],
  note="civil protection asked residents to stay at home (and called for caution, folded in): REQUEST/02, mode [] (the shared gold's 'demande aux habitants de rester cloîtrés chez eux'); undated; no place named but the department")
R(d,'ASSAULT',['explosives'],'18',IED,"l' explosion d'une enveloppe piégée",27,actor=[],recip=[A('FMI',27,None,'IGO')],
  loc=L('siège du FMI',27,48.87,2.29,'FRA'),
  note="a letter bomb exploded at the IMF's office in Paris: a past event told with its place (convention 11), told in passing as the cause of the reactions; no perpetrator named: actor []; the IMF as target institution (IGO); no toll or date given: null; Explosions/Remote violence, Remote explosive/IED. Not coded in this sentence: Cazeneuve cutting short a visit to the Somme and the ministers' trips to Grasse (sent. 28: visits without a host, the sixth set's precedent), Hollande's remark on the state of emergency (a statement)")
R(d,'SUPPORT',[],'05',None,"qualifie d' « héroïque »",31,actor=[A('Vallaud-Belkacem',29,'FRA','GOV')],recip=[A('le proviseur',30,'FRA','EDU')],
  note="the Education minister praises the headmaster's attempt to reason with the attacker as 'héroïque': praise aimed at a person (SUPPORT/05, the fourth set's 'a salué'); 'elle' is a pronoun: actor the nearest explicit noun phrase (sent. 29); undated. Her other remarks (sent. 29-33) are statements: not coded")
R(d,'ACCUSE',['investigate'],'09',None,'Les investigations qui sont en cours',34,actor=[],recip=[A("l'agresseur",34,'FRA','CVL')],
  note="the investigations under way into possible accomplices and motives: ACCUSE/investigate with actor [] (the investigators are not named as a body; 'les enquêteurs' who heard his parents, sent. 5, folded in); the attacker as recipient; undated")
R(d,'REQUEST',[],'02',None,'a demandé',35,actor=[A('Éric Ciotti',35,'FRA','POL')],recip=[A("la ministre de l'Éducation",35,'FRA','GOV')],
  note="the LR deputy asks the Education minister that the headmaster be given the Légion d'honneur: REQUEST/02 (asking for an honour, no mode of the four fits); undated")
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
# ---------------------------------------------------------------- Gilets jaunes, Friday 28 Dec. 2018 (live blog)
d='2018_12_28-001'
R(d,'PROTEST',['obstruct'],'14',PEACE,'journée des « Gilets jaunes »',4,actor=[A('Gilets jaunes',4,'FRA','CVL')],
  date='2018-12-28',
  note="the national Gilets jaunes day of the live blog, Friday 28 Dec. 2018 (convention 4 and the earlier sets' blogs: one national record plus one record per named place); the text never names France: location null (the third and fourth sets' blogs); the motorway actions (sent. 22) folded in. The days of 27 Dec. and 17 Nov. (same sentence) are bare mentions: not coded")
R(d,'COERCE',[],'17',None,'ont expulsé',9,actor=[A('les gendarmes',9,'FRA','GOV')],recip=[A('les Gilets jaunes',9,'FRA','CVL')],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="'Dans la matinée' the gendarmes evict the Gilets jaunes of the A16 roundabout at Argœuves (sent. 8): forced eviction, COERCE/17 with no mode (the fifth set's 'ont expulsé'); blog day; ACLED on the PROTEST record #3. The night fire that destroyed their hut (sent. 8) is not coded: no author or intent is told (it could be an accident); the speed cameras out of order in Loir-et-Cher and Sarthe (sent. 6) are department totals and sent. 7 a statistic: not coded")
R(d,'PROTEST',['demo'],'14',PINT,'sont revenu',9,actor=[A('les Gilets jaunes',9,'FRA','CVL')],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="the evicted Gilets jaunes came back in the afternoon to light a fire: their protest at the roundabout, ended by two interventions (#2, #4): Protest with intervention; blog day")
R(d,'COERCE',[],'17',None,'sont intervenus',9,actor=[A("les agents de l'ordre",9,'FRA','GOV')],recip=[A('les Gilets jaunes',9,'FRA','CVL')],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="the afternoon intervention of the police (with the firemen, who are not a coercing party) against the returned protesters: a second police action, another time (guideline 3); ACLED on #3")
R(d,'ASSAULT',['destroy'],'17',None,'quelques dégâts matériels ont été commis',9,actor=[],
  loc=L('Argœuves',8,49.93,2.23,'FRA'),date='2018-12-28',
  note="damage done to the intervention vehicles during the intervention: vandalism, ASSAULT/destroy/17; the passive names no author: actor []; vehicles are things: recipient []; ACLED null as the earlier sets' vandalism (the protest's label is on #3)")
R(d,'PROTEST',['demo'],'14',PEACE,'se sont massés',10,actor=[A('une soixantaine de Gilets jaunes',10,'FRA','CVL')],recip=[A('la raffinerie',10,'FRA','BUS')],
  loc=L('Feyzin',10,45.67,4.86,'FRA'),date='2018-12-28',
  note="some sixty Gilets jaunes gathered 'Vers 8h00' at the gates of the Feyzin refinery until the gathering ended about 12:30 (blog day); the refinery as recipient (the earlier blogs' depots and shops); no blockade stated: demo; police vans sent (#7) but no act against the gathering is told: Peaceful protest (unsure: Protest with intervention if the end is read as the police's doing)")
R(d,'MOBILIZE',['police'],'15',None,'ont été dépêchés',10,actor=[A('7 fourgons de police',10,'FRA','GOV')],
  loc=L('Feyzin',10,45.67,4.86,'FRA'),date='2018-12-28',
  note="seven police vans dispatched to the refinery: MOBILIZE/police (the first set's 'ont été dépêchés'); the vans stand for the police units: actor span; blog day")
R(d,'PROTEST',['demo'],'14',PEACE,'ont déménagé',11,actor=[A('une trentaine de Gilets jaunes',11,'FRA','CVL')],
  loc=L('Saint-Vaury',11,46.20,1.76,'FRA'),date='2018-12-28',
  note="some thirty Gilets jaunes moved their camp to a private plot below the former roundabout camp at Saint-Vaury: their camp goes on (a continuing protest, as the earlier blogs' 'occupent toujours'); no blockade: demo; blog day. Unsure: the move could be left uncoded (no act against a party)")
R(d,'PROTEST',['obstruct'],'14',PINT,'se sont installés',12,actor=[A("une quinzaine de Gilets jaunes",12,'FRA','CVL')],
  loc=L('Fouqueville',12,49.20,0.97,'FRA'),date='2018-12-28',
  note="'En début de matinée' some fifteen Gilets jaunes occupy the roundabout at Fouqueville (Eure): occupation, obstruct (the fifth set's 'occupaient'); evicted late morning (#10): Protest with intervention; Fouqueville is not in GeoNames cities500: approximate coordinates between Le Neubourg and Elbeuf")
R(d,'COERCE',[],'17',None,"l’ordre d'expulsion préfectoral",13,actor=[A('les gendarmes',13,'FRA','GOV')],recip=[A('les Gilets jaunes',13,'FRA','CVL')],
  loc=L('Fouqueville',12,49.20,0.97,'FRA'),date='2018-12-28',
  note="'En fin de matinée' the gendarmes serve the prefect's eviction order and the protesters leave with their gear: one eviction record (COERCE/17, no mode; their leaving is compliance, folded in); place from sent. 12; ACLED on #9")
R(d,'COERCE',[],'17',PINT,'a expulsé',14,actor=[A('la police',14,'FRA','GOV')],recip=[A('les Gilets Jaunes',14,'FRA','CVL')],
  loc=L('rond-point de L’Escapade',14,48.31,4.04,'FRA'),date='2018-12-28',
  note="'Ce matin' the police evict the Gilets jaunes from the L'Escapade roundabout between Sainte-Savine and La Chapelle-Saint-Luc (Aube) and dump their camp (folded in); the occupation is only implied ('leur campement'), no PROTEST record for it, so this record carries the Protest with intervention label (the fourth set's blog, shared guideline 5); coordinates between the two towns")
R(d,'PROTEST',['obstruct'],'14',PEACE,'une opération escargot',15,actor=[A('les Gilets Jaunes',15,'FRA','CVL')],
  loc=L('rond-point de L’Escapade',14,48.31,4.04,'FRA'),date='2018-12-28',
  note="'Dans l'après-midi' the same Gilets jaunes run a go-slow operation (traffic obstruction); place of the paragraph (sent. 14); blog day. The traffic tickets written during it (for horn use) are not coded (administrative fines, no guideline row) and not read as an intervention: Peaceful protest")
R(d,'PROTEST',['demo'],'14',PINT,'sont partis',16,actor=[A('une cinquantaine de Gilets jaunes',16,'FRA','CVL')],
  loc=L('Brégançon',16,43.09,6.32,'FRA'),date='2018-12-28',
  note="'Vers 13h00' some fifty Gilets jaunes march from Manjastre towards the presidential fort of Brégançon, escorted by the gendarmes and the municipal police, stopped before 15:00 (#14): a march, Protest with intervention; located at Brégançon (the fort, its goal and the entry's place; Manjastre is not in GeoNames)")
R(d,'COERCE',['restrict'],'17',None,'étaient stoppés',16,actor=[A('les gendarmes',16,'FRA','GOV'),A('la police municipale',16,'FRA','GOV')],recip=[A('une cinquantaine de Gilets jaunes',16,'FRA','CVL')],
  loc=L('Bormes-les-Mimosas',16,43.15,6.34,'FRA'),date='2018-12-28',
  note="the marchers stopped at Bormes-les-Mimosas shortly before 15:00 and kept to the public beach below the fort: COERCE/restrict (the sixth set's marchers stopped short of the Élysée); the passive names no agent but the sentence says the march was escorted by the gendarmes and the municipal police: they are the actors (unsure: [] as the sixth set's record, whose sentence named no force); ACLED on #13")
R(d,'PROTEST',['obstruct'],'14',PINT,'ont bloqué',17,actor=[A('les Gilets jaunes',17,'FRA','CVL')],recip=[A("l'entreprise Amazon",17,'USA','BUS')],
  loc=L('Lux',17,46.76,4.86,'FRA'),date='2018-12-28',
  note="'Vers 18h00' the Gilets jaunes block the Amazon site at Lux (Saône-et-Loire) and keep the blockade until about 21:30 despite being gassed (sent. 18): Protest with intervention; the firm as recipient (the third set's 'le Leclerc de Morières-lès-Avignon'); GeoNames cities500 has only the Côte-d'Or Lux: approximate coordinates of the Saône-et-Loire village south of Chalon. Some leaving for the Chalon-Sud toll (sent. 18) is not told as an action: not coded")
R(d,'COERCE',[],'17',None,'ont gazé',18,actor=[A('les gendarmes',18,'FRA','GOV')],recip=[A('les Gilets jaunes',18,'FRA','CVL')],
  loc=L('Lux',17,46.76,4.86,'FRA'),date='2018-12-28',
  note="'Vers 19h00' the gendarmes use tear gas on the blockaders: COERCE/17 without live fire or injuries (guideline 4); ACLED on #15")
R(d,'COERCE',[],'17',PINT,'sont intervenus',19,actor=[A('les gendarmes',19,'FRA','GOV')],recip=[A('Gilets jaunes du rond-point de Charleville',19,'FRA','CVL')],
  loc=L('Hirson',19,49.92,4.08,'FRA'),date='2018-12-28',inj=3,
  note="'Vers 18h00' the gendarmes intervene against the Gilets jaunes of the Charleville roundabout at Hirson (the text's 'Aine' is the Aisne); three gendarmes injured (sent. 21; how is not told, no assault record): injured 3 on this record; the occupation is only implied: no PROTEST record, so this record carries Protest with intervention (as #11)")
R(d,'COERCE',['arrest'],'17',None,'a été interpellé',20,actor=[A('les gendarmes',19,'FRA','GOV')],recip=[A('Un Gilet jaune',20,'FRA','CVL')],
  loc=L('Hirson',19,49.92,4.08,'FRA'),date='2018-12-28',arr=1,
  note="a Gilet jaune arrested during the intervention: COERCE/arrest, arrested 1; the gendarmes of sent. 19 as actor (the arrest is part of their stated intervention); ACLED on #17")
R(d,'RETREAT',['release'],'08',None,'relâché',20,actor=[],recip=[A('Un Gilet jaune',20,'FRA','CVL')],
  loc=L('Hirson',19,49.92,4.08,'FRA'),date='2018-12-28',
  note="then released, his health being incompatible with police custody: authorities letting a person go, RETREAT/release (convention 8; the fifth set's 'a finalement été relâché'); no agent named for the release: actor []; blog day")
R(d,'COERCE',['restrict'],'17',None,'ont encore été partiellement ou complètement fermés',23,actor=[],
  date='2018-12-28',
  note="three motorway interchanges closed 'Sur décision préfectorale' near the protesters' actions: COERCE/restrict with actor [] (the third to sixth sets' blogs); the list that should follow the colon is not in the text: location null; blog day")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Thuin',24,50.34,4.29,'BEL'),date='2018-12-28',
  note="actions in Belgium (Hainaut): one record per named place (convention 4; the third set's blockades in the Gard, one record each), this one the Thuin business park; the sentence names no party (the Belgian protesters are named nowhere): actor []; their form is not told: mode []; blog day")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Jeumont',24,50.31,4.11,'BEL'),date='2018-12-28',
  note="the N54 at the Jeumont border post: on the Belgian side per the sentence ('En Belgique'): BEL, coordinates of the crossing (Erquelinnes); same trigger as #21")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Courcelles',24,50.46,4.37,'BEL'),date='2018-12-28',
  note="the roundabout of the Courcelles business park; same trigger as #21")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Couillet',24,50.39,4.46,'BEL'),date='2018-12-28',
  note="the N5 at Couillet; same trigger as #21")
R(d,'PROTEST',[],'14',PEACE,'plusieurs actions se sont déroulés',24,actor=[],
  loc=L('Houdeng',24,50.49,4.18,'BEL'),date='2018-12-28',
  note="the E16 (E19/E42) at the Houdeng motorway station (Houdeng-Goegnies); same trigger as #21")
write(__file__, by_doc=True)
