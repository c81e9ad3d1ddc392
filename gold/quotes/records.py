# Hand-coded quotations (GUIDELINE.md), one dict a record; build_gold.py
# turns them into offsets.  Coded from the article texts alone, before any
# system output on these articles was looked at.
DOCS = set()
QUOTES = []
NEGATIVES = []


def Q(doc, direct, text, cue, speaker, kind, mentions):
    DOCS.add(doc)
    QUOTES.append({'doc': doc, 'direct': direct, 'text': text, 'cue': cue,
                   'speaker': speaker, 'kind': kind, 'mentions': mentions})


def N(doc, text, why):
    DOCS.add(doc)
    NEGATIVES.append({'doc': doc, 'text': text, 'why': why})


# ---- 2016_03_08-002: parents of a jihadist vs. the mayor of Sevran
D = '2016_03_08-002'
ROY = ["les parents d'un jihadiste", 'Thierry et Véronique Roy', 'les parents de Quentin Roy', 'Le couple']
Q(D, False, 'porter plainte contre le maire de Sevran', 'menacent#0', 'Thierry et Véronique Roy', 'group', ROY)
Q(D, True, "Nous, les parents, n'en pouvons plus de voir partir nos jeunes radicalisés, dont l'avenir se résume à la mort certaine dans des conditions effroyables",
  'écrivent', 'Thierry et Véronique Roy', 'group', ROY)
Q(D, False, 'Jusqu’à ce jour, pas moins de six jeunes Sevranais ont en effet déjà perdu la vie en Syrie et en Irak',
  'indiquent-ils', 'Thierry et Véronique Roy', 'group', ROY + ['@ils'])
Q(D, False, "« d'autres recruteurs-rabatteurs-endoctrineurs sévissent » toujours dans le quartier de Rougemont",
  'rapportent', 'Thierry et Véronique Roy', 'group', ROY)
Q(D, True, "votre statut [...] aurait dû vous imposer le dépôt d'une plainte auprès du procureur de la République contre ces mouvances radicales extrémistes qui veulent nous soumettre",
  'ajouter', 'Thierry et Véronique Roy', 'group', ROY + ['Eux'])
Q(D, False, 'porter plainte contre le maire UDE pour « non-assistance à personne en danger »',
  'menacent-ils', 'Thierry et Véronique Roy', 'group', ROY + ['@ils'])
N(D, 'immobilisme#0', 'single word, noun-phrase object of pointer du doigt')
N(D, 'immobilisme#1', 'single word, object of déplorer')
N(D, 'au nom de tous les parents', 'short fragment describing the letter')
N(D, 'association de malfaiteurs en relation avec une entreprise terroriste', 'name of a criminal charge')
N(D, 'financement du terrorisme', 'name of a criminal charge')

# ---- 2017_01_28-006: Fillon ready to give up if charged
D = '2017_01_28-006'
FIL = ['François Fillon', 'Fillon#0', 'Fillon#3']
Q(D, False, "être prêt à renoncer à sa candidature s'il est mis en examen dans le cadre de l' affaire des emplois fictifs présumés de son épouse",
  'a assuré', 'François Fillon', 'person', FIL)
Q(D, False, "il n'y avait « pas le moindre doute » sur l’emploi « légal » et « parfaitement transparent » de sa femme",
  'affirmant#0', 'François Fillon', 'person', FIL)
Q(D, True, 'Ce travail est réel, je m’en expliquerai évidemment avec la justice', 'a aussi ajouté',
  'François Fillon', 'person', FIL + ['Il~Il a aussi ajouté'])
Q(D, False, 'Penelope Fillon travaillait pour lui « depuis toujours »', 'a aussi ajouté',
  'François Fillon', 'person', FIL)
Q(D, True, 'on voit bien que, derrière ça, la vraie question c’est comment combattre celui qui a gagné la primaire de la droite et du centre',
  'Pour', 'François Fillon', 'person', FIL + ['lui#1'])
Q(D, True, 'elle n’a jamais fait de politique au sens où elle n’a jamais été en première ligne. [...] Elle faisait un travail pour moi qui était quotidien. [...] Tout le monde le savait, il y a des services de l’ Assemblée nationale , une alternance politique, des déclarations au fisc. Tout cela est transparent.',
  'explique', 'François Fillon', 'person', FIL + ['il~il explique'])
Q(D, False, 'il avait employé deux de ses enfants, avocats, lorsqu’il était sénateur de la Sarthe, de 2005 à 2007',
  'révéler', 'François Fillon', 'person', FIL + ['Il~Il en a aussi'])
Q(D, True, 'porter plainte contre les journaux qui affirment que [s]a femme avait un emploi fictif',
  'affirmant#1', 'François Fillon', 'person', FIL + ['Il~Il a terminé'])
Q(D, False, "il ne serait pas « une solution de repêchage » dans le cas où Fillon renoncerait à la présidentielle",
  'a affirmé', 'Alain Juppé', 'person', ['Alain Juppé'])
Q(D, True, 'Non, c’est clairement non, certes, la polémique est préoccupante, mais cela ne change rien à ma décision.',
  'a-t-il ajouté', 'Alain Juppé', 'person', ['Alain Juppé', '@il'])
N(D, '20 Heures', 'name of a television news programme')
N(D, 'abjectes', 'single word')
N(D, 'abattre', 'single word')

# ---- 2017_03_01-001: Fillon summoned by the judges
D = '2017_03_01-001'
FF = ['François Fillon']
Q(D, False, 'il « se rendra à la convocation des juges »', 'a précisé', 'François Fillon', 'person', FF + ['il~il a précisé'])
Q(D, False, "vouloir « continuer le combat jusqu'au bout »", 'a malgré tout confié', 'François Fillon', 'person', FF)
Q(D, False, 'il se retirerait en cas de mise en examen', 'avait un temps annoncé', 'François Fillon', 'person', FF + ['il~il avait un temps'])
Q(D, True, "Il est sans exemple qu’une convocation aux fins de mise en examen soit lancée quelques jours à peine après la désignation des juges sans qu'ils n'aient pris connaissance du dossier, (...) sur la simple base d'un rapport de police manifestement à charge.",
  'a-t-il ainsi fustigé', 'François Fillon', 'person', FF + ['@il'])
Q(D, True, "[ne pas reconnaître] les faits, [ne] pas [avoir] détourné d'argent public, [et avoir confié] comme près d'un tiers des parlementaires des travaux à des proches [qui l]'ont effectivement assisté",
  'affirmant', 'François Fillon', 'person', FF)
Q(D, False, 'Je le « démontrerai »', 'a-t-il conclu', 'François Fillon', 'person', FF + ['@il'])
Q(D, False, 'avoir le sentiment de ne pas être traité « comme un justiciable comme les autres »', 'ajoutant',
  'François Fillon', 'person', FF)
N(D, "détournement de fonds publics, abus de biens sociaux, complicité et recel, ainsi que trafic d'influence et manquement aux obligations déclaratives",
  'names of criminal charges')
N(D, 'assassinat politique', 'short nominal fragment, object of dénoncer')
N(D, 'fauche', 'single word')

# ---- 2017_03_12-006: the Troadec case
D = '2017_03_12-006'
MERE = ['La mère de Pascal Troadec', 'la mère~la mère avait été']
Q(D, False, "un trésor d' or était la cause du drame", 'a confirmé', 'La mère de Pascal Troadec', 'person', MERE)
Q(D, True, "Cette affaire terrifiante trouve son origine dans un trésor composé de lingots et de pièces d'or que mon mari avait caché dans le garage de notre maison",
  'ajoute-t-elle', 'La mère de Pascal Troadec', 'person', MERE + ['@elle'])
Q(D, True, 'cet or a tout brisé', 'précisant#0', 'La mère de Pascal Troadec', 'person', MERE)
Q(D, False, 'Cet or était « volé peut-être » , « à la Banque de France » , « lors de la seconde guerre mondiale »',
  'selon', 'La mère de Pascal Troadec', 'person', MERE + ['elle~selon elle'])
Q(D, True, "Pascal m'a demandé la clé de la maison et a profité de mon absence pour s'emparer de cet or ! Il a spolié sa sœur Lydie ! J'ai bien essayé d'intervenir et d'arbitrer. J'ai dit que je n'étais pas d'accord, mais Pascal est devenu très autoritaire et m'a dit de me taire.",
  'précise-t-elle', 'La mère de Pascal Troadec', 'person', MERE + ['@elle'])
Q(D, True, "(il) se vantait d'avoir placé l'or à Monaco et en Andorre et qu'il y en avait assez pour vivre longtemps. Mais qu'on ne pouvait pas y toucher",
  'ajoutant', 'La mère de Pascal Troadec', 'person', MERE)
N(D, 'fragments de corps humains et des bijoux appartenant à la famille', 'object of a verb of finding (ont retrouvé)')
N(D, 'légende familiale', 'short nominal fragment, object of qualifier de')

# ---- 2016_07_15-001: coup attempt in Turkey
D = '2016_07_15-001'
ARMY = ["L'armée turque", "l'armée"]
Q(D, False, "avoir pris le pouvoir en Turquie avec pour objectif de « rétablir la démocratie »", 'annonce#0',
  "L'armée turque", 'organization', ARMY)
Q(D, False, 'désormais, un « conseil de paix » serait au pouvoir', 'Selon', "L'armée turque", 'organization', ARMY)
YIL = ['Le Premier ministre', 'Binali Yildirim']
Q(D, False, 'ceux impliqués dans cette action « illégale » paieront « le prix le plus élevé »', 'averti',
  'Binali Yildirim', 'person', YIL)
Q(D, False, 'le « gouvernement élu par le peuple reste en place. Ce gouvernement ne partira que lorsque le peuple le dira »',
  'déclare', 'Binali Yildirim', 'person', YIL + ['Il~Il déclare'])
Q(D, False, "Le président Recep Tayyp Erdogan est annoncé en sécurité et le chef d'état-major serait l'otage des militaires putschistes",
  'selon#0', "l'agence Anatolie", 'organization', ['Anatolie'])
Q(D, False, "Un couvre-feu et de la loi martiale seraient mis en place par l'armée", 'selon#1',
  'la chaîne publique TRT', 'organization', ['TRT'])
Q(D, False, 'rester chez eux', 'recommandent', 'Le consulat français et le gouvernement fédéral belge',
  'organization', ['Le consulat français', 'le gouvernement fédéral belge'])

# ---- 2016_12_29-004: Trump and the Sprint jobs
D = '2016_12_29-004'
TRUMP = ['Donald Trump', 'Trump#0', 'le président élu#0', 'Le président élu#0']
SPRINT = ['Sprint#0', "L'opérateur", 'Sprint~Sprint a déclaré', 'Sprint~Sprint a affirmé', 'Sprint~opérateur Sprint a']
Q(D, False, "l'opérateur de téléphonie mobile Sprint...allaient relocaliser 8 000 emplois aux États-Unis", 'a annoncé',
  'Donald Trump', 'person', TRUMP)
Q(D, False, '5 000 emplois seraient « créés ou rapatriés »...du support', 'a affirmé#0', 'Sprint', 'organization', SPRINT)
Q(D, False, 'vouloir engager « immédiatement » des discussions afin de définir le lieu de relocalisation de ces emplois',
  'a déclaré#0', 'Sprint', 'organization', SPRINT)
Q(D, True, 'Les dirigeants de Sprint viennent de m’appeler...ils les ramènent d’autres pays', 'a déclaré#1',
  'Donald Trump', 'person', TRUMP)
Q(D, True, 'Et aussi, OneWeb, une nouvelle entreprise, va embaucher...C’est formidable', 'a-t-il ajouté',
  'Donald Trump', 'person', TRUMP + ['@il'])
Q(D, True, 'Nous nous réjouissons de travailler...la prospérité de tous les Américains.', 'a affirmé#1',
  'Marcelo Claure', 'person', ['le directeur général de Sprint', 'Marcelo Claure'])

# ---- 2017_03_17-002: 5 000 Boko Haram hostages freed in Cameroon
D = '2017_03_17-002'
MIN = ['Issa Tchiroma Bakary', 'ministre camerounais des Communications', 'le ministre']
Q(D, False, "5 000 otages de Boko Haram ont été libérés au Cameroun au terme d'une opération militaire qualifiée d' « inédite »",
  'selon#0', 'le gouvernement camerounais', 'organization', ['gouvernement camerounais'])
Q(D, False, 'Les otages sont surtout des femmes, des enfants et des personnes âgées', 'selon#1',
  'Issa Tchiroma Bakary', 'person', MIN)
Q(D, False, "l'opération s'est soldée par la mort de « plus de 60 terroristes »", 'ajoute',
  'Issa Tchiroma Bakary', 'person', MIN + ['Il~Il ajoute'])
Q(D, True, 'Les otages libérés - en majorité...via le Cameroun', 'précise', 'Issa Tchiroma Bakary', 'person', MIN)
Q(D, False, 'Des Camerounais pourraient faire partie des civils libérés', 'a-t-il enfin confié',
  'Issa Tchiroma Bakary', 'person', MIN + ['@il'])
Q(D, False, "Lors de l'opération menée dans les monts Mandara...ne soit tué", 'selon#2',
  'Issa Tchiroma Bakary', 'person', MIN)
N(D, 'objets de propagande', 'short nominal fragment')

# ---- 2018_08_28-001: Nicolas Hulot resigns
D = '2018_08_28-001'
HUL = ['Nicolas Hulot', "ministre d'État"]
Q(D, True, 'Je prends la décision de quitter le gouvernement#0', None, 'Nicolas Hulot', 'person', HUL)
Q(D, False, "il quittait le gouvernement d' Édouard Philippe", 'a annoncé', 'Nicolas Hulot', 'person', HUL)
Q(D, True, 'Je prends la décision de quitter le gouvernement#1', 'a-t-il expliqué', 'Nicolas Hulot', 'person', HUL + ['@il'])
Q(D, True, "C'est la décision la plus douloureuse", None, 'Nicolas Hulot', 'person', HUL)
Q(D, False, "il « n'avai[t] peut-être pas les épaules pour être ministre »", 'explique', 'Nicolas Hulot', 'person',
  HUL + ['il~il explique'])
N(D, "regrette pas d'avoir accepté", 'short fragment in a conditional clause, no verb of saying')

# ---- 2017_03_31-001: Fillon and Bérégovoy's suicide
D = '2017_03_31-001'
FI = ['François Fillon#0', 'François Fillon#1', 'le candidat LR à la présidentielle française',
      'Le candidat de droite à la présidentielle']
Q(D, False, 'comprendre comment ce dernier avait pu en venir à cette extrémité', 'déclarant', 'François Fillon', 'person',
  FI)
Q(D, False, 'faire du « chantage au suicide »', 'avait accusé', 'Christine Angot', 'person', ['Christine Angot'])
Q(D, True, "Je n'ai pas dit qu'il était malhonnête, j'ai dit que sa parole l'était. On voit, on entend quand ça sonne faux",
  'a-t-elle déclaré', 'Christine Angot', 'person', ['Christine Angot', '@elle'])
Q(D, True, "Pierre Bérégovoy est quelqu'un qui venait du peuple. François Fillon est un type qui confond ses intérêts particuliers avec les intérêts de la France",
  'Selon', 'Jean-Michel Bérégovoy', 'person',
  ['Jean-Michel Bérégovoy', 'élu écologiste à Rouen et neveu du défunt Premier ministre', 'lui~Selon lui'])
Q(D, True, "Ne me jugez pas d'après les actes d'accusation de ces nouveaux inquisiteurs, jugez-moi sur mon parcours.",
  'a-t-il déclaré', 'François Fillon', 'person', FI + ['@il'])
N(D, 'malhonnête#0', 'single word, in a noun-phrase object of dénoncer')

# ---- 2018_12_25-001: gilets jaunes, 25 December
D = '2018_12_25-001'
Q(D, True, 'est peut-être aussi une réplique aux mouvements des Gilets jaunes', None, 'François de Rugy', 'person',
  ['François de Rugy', 'ministre de la Transition écologique'])
Q(D, False, "l'insécurité routière coûte « 50 milliards d'euros chaque année »", 'rappelant', 'Chantal Perrichon',
  'person', ['Chantal Perrichon', 'la présidente de la Ligue contre la violence routière'])
Q(D, True, 'se qui se cachent derrière le mouvement des Gilets jaunes', 'a dénoncé', 'Chantal Perrichon', 'person',
  ['Chantal Perrichon', 'la présidente de la Ligue contre la violence routière'])
Q(D, False, 'les radars « soient remplacés par des voitures banalisées »', 'demande', 'Chantal Perrichon', 'person',
  ['Chantal Perrichon', 'la présidente de la Ligue contre la violence routière'])
N(D, 'Gilets jaunes#1', 'name of a movement')
N(D, 'agréablement surpris', 'short fragment (2 words)')
N(D, 'Force aux gilets jaunes', 'slogan written in a mail, 4 words')
