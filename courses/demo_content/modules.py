"""Modules en ligne (cas pratiques) et quiz du programme Repères.

Contenu rédigé pour le programme Repères, à partir du guide public (``guide/demo_content`` :
chapitres, annuaire, glossaire), du travail engagé depuis 2012 par le CLSM du 20e
arrondissement de Paris, l'AORIF, douze bailleurs sociaux et la psychiatrie de secteur (équipes
dédiées des 13e et 20e arrondissements), et de références publiques françaises : Psycom, 3114,
PSSM France, CMP et CLSM.

À faire relire par les cliniciens du programme avant toute publication.

Les personnes des cas sont fictives et désignées par une initiale. Rien dans ces modules ne
décrit un locataire réel, et Repères ne conserve aucune information sur les locataires.

Format
------
``MODULES`` : liste ordonnée de modules de 10 à 20 minutes. ``audience`` : codes de métier
(gardien, mediateur, conseiller_social, encadrant, autre). ``requires`` : slugs des modules à
terminer avant. ``steps`` : étapes dans l'ordre, de type ``narrative`` (le cas), ``decision``
(3 ou 4 options, une seule « best »), ``lesson`` (``guide_links`` : slugs de chapitres du
guide) et ``debrief`` (``contacts`` : slugs de l'annuaire ; la plateforme ajoute la chaîne
d'alerte interne de l'organisation de la personne quand ``include_organisation_referent`` est
vrai). Les textes des étapes sont en HTML simple (p, strong, em, ul, li) ; les retours des
décisions n'utilisent que p, strong et em. Les questions, réponses, retours et explications des
quiz sont en texte brut.

``LEARNING_PATHS`` : parcours ordonnés de modules, par public.

Notation des quiz
-----------------
- Chaque question vaut 1 point. La note d'une tentative est la somme des points divisée par
  le nombre de questions posées, en pourcentage ; elle est comparée à ``pass_mark``.
- ``single`` et ``scenario`` : une seule bonne réponse ; 1 point si elle est choisie, 0 sinon.
- ``true_false`` : 1 point si la réponse correspond à ``answer``.
- ``multiple`` : deux bonnes réponses ou plus ; note = max(0, (bonnes cochées − mauvaises
  cochées) / nombre de bonnes). Chaque question à choix multiple compte au moins autant de
  mauvaises réponses que de bonnes, de sorte que tout cocher rapporte 0.
- ``ordering`` : ``items`` est donné dans le bon ordre ; tout ou rien.
- ``draw`` : chaque tentative tire N questions au hasard dans le pool, en évitant celles de la
  tentative précédente ; le pool en compte au moins 2 N, pour qu'une nouvelle tentative pose
  d'autres questions. ``None`` : toutes les questions, à chaque fois.
- ``step`` : le numéro de l'étape du module qui traite la question. Après une erreur, la
  correction y renvoie ; les bonnes réponses n'apparaissent qu'une fois le quiz réussi ou les
  tentatives épuisées.
- ``max_attempts`` tentatives au plus, espacées d'au moins ``wait_minutes`` minutes.
"""

REVIEW_NOTE = "Contenu à valider par l'équipe clinique du programme."

ALL_STAFF = ["gardien", "mediateur", "conseiller_social", "encadrant"]

MODULES = [
    # ------------------------------------------------------------------------------------
    # 1. Signaux faibles dans le logement
    # ------------------------------------------------------------------------------------
    {
        "slug": "signaux-faibles-logement",
        "title": "Odeurs, encombrement, courrier qui s'entasse : les signaux faibles",
        "summary": (
            "Une odeur sur le palier, une porte qui ne s'ouvre plus qu'à moitié, un refus "
            "d'entretien : apprenez à observer, à garder le lien sans forcer et à transmettre "
            "des faits datés."
        ),
        "duration_minutes": 15,
        "audience": ALL_STAFF,
        "objectives": [
            "Repérer les signes d'une difficulté dans le rapport au logement : odeurs, "
            "encombrement, courrier, refus d'accès.",
            "Décrire ce que vous observez par des faits datés, sans étiquette ni diagnostic.",
            "Garder le lien avec le locataire sans forcer la porte ni jeter ses affaires.",
            "Distinguer ce qui se transmet à votre manager de ce qui relève des secours (18, 17).",
        ],
        "requires": [],
        "review_note": REVIEW_NOTE,
        "steps": [
            {
                "type": "narrative",
                "title": "Le palier du 3e",
                "text": (
                    "<p>Dans la résidence où vous travaillez, Mme M., 74 ans, vit seule au 3e "
                    "étage depuis plus de vingt ans. Elle descendait chaque jour chercher son "
                    "pain et s'arrêtait souvent pour parler du quartier.</p>"
                    "<p>Depuis environ un mois, vous la voyez beaucoup moins. Ce matin, en "
                    "faisant l'entretien des parties communes, vous remarquez :</p>"
                    "<ul>"
                    "<li>une odeur forte sur le palier du 3e, et quelques mouches près de sa "
                    "porte ;</li>"
                    "<li>sa boîte aux lettres qui déborde, avec deux avis de passage jamais "
                    "retirés ;</li>"
                    "<li>des sacs fermés entassés sur son balcon, visibles depuis la cour.</li>"
                    "</ul>"
                    "<p>Mme Q., sa voisine de palier, vous arrête dans l'escalier : « Ça sent de "
                    "plus en plus mauvais. Il faut faire quelque chose, c'est "
                    "insalubre ! »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Le premier pas",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous remerciez Mme Q. sans commenter, puis vous sonnez chez Mme M. "
                            "pour prendre de ses nouvelles, simplement. Le soir, vous notez ce "
                            "que vous avez vu, avec la date."
                        ),
                        "feedback": (
                            "<p>C'est la bonne démarche. Un mot simple (« Je ne vous vois plus, "
                            "tout va bien ? ») montre à Mme M. qu'on pense à elle, sans "
                            "l'accuser. Vos notes datées serviront si la situation dure : c'est "
                            "la durée et l'accumulation des signes qui comptent.</p>"
                            "<p>Avec Mme Q., vous restez poli sans rien dire de Mme M. : vous "
                            "avez bien noté sa plainte.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous déposez dans la boîte de Mme M. le courrier type qui rappelle "
                            "les obligations d'hygiène et d'entretien du logement."
                        ),
                        "feedback": (
                            "<p>Le rappel au règlement n'est pas interdit, mais envoyé seul et "
                            "en premier, il risque de manquer sa cible. Si Mme M. traverse une "
                            "période difficile, un courrier officiel peut renforcer sa honte et "
                            "son repli, sans rien vous apprendre de sa situation. Une visite "
                            "simple, d'abord, vous en dira beaucoup plus.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous photographiez le balcon et la boîte aux lettres avec votre "
                            "téléphone, et vous envoyez les photos au groupe de discussion des "
                            "gardiens du secteur pour avoir leur avis."
                        ),
                        "feedback": (
                            "<p>Vous cherchez conseil, c'est une bonne intention. Mais ces "
                            "photos circulent hors de tout cadre : elles exposent Mme M. et "
                            "peuvent être transférées à d'autres. Ce que vous savez d'un "
                            "locataire ne se partage qu'avec les personnes prévues par votre "
                            "employeur. Décrivez plutôt par écrit, avec la date, et parlez-en à "
                            "votre manager.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous dites à Mme Q. que vous allez faire intervenir rapidement une "
                            "entreprise de débarras."
                        ),
                        "feedback": (
                            "<p>Cette promesse rassure Mme Q. sur le moment, mais vous ne "
                            "pourrez pas la tenir : on ne vide pas un logement sans l'accord de "
                            "la personne. Un débarras forcé, sans accompagnement, échoue souvent "
                            "et peut être vécu très violemment. Vous risquez aussi de perdre la "
                            "confiance des deux voisines.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "lesson",
                "title": "Ce que vous pouvez observer",
                "text": (
                    "<p>On appelle <strong>signaux faibles</strong> les petits changements qui "
                    "peuvent montrer qu'une personne va moins bien. Pris un par un, ils ne "
                    "prouvent rien. C'est <strong>leur durée et leur accumulation</strong> qui "
                    "doivent alerter.</p>"
                    "<p><strong>Autour du logement :</strong></p>"
                    "<ul>"
                    "<li>odeur forte et persistante, insectes qui apparaissent chez les "
                    "voisins ;</li>"
                    "<li>courrier qui s'accumule, volets fermés jour et nuit ;</li>"
                    "<li>sacs ou objets entassés sur le palier, le balcon, dans la cave ;</li>"
                    "<li>fuite signalée par les voisins, jamais par le locataire ;</li>"
                    "<li>refus répétés de laisser entrer pour un entretien obligatoire.</li>"
                    "</ul>"
                    "<p><strong>Chez la personne :</strong> hygiène ou tenue qui se dégrade, "
                    "amaigrissement, retrait, premiers impayés après des années sans "
                    "retard.</p>"
                    "<p><strong>Décrivez, n'étiquetez pas.</strong> Écrivez « 12 mars, 9 h : "
                    "odeur forte sur le palier du 3e, mouches près de la porte », pas « elle "
                    "vit dans la saleté ». Vos notes restent dans les outils de votre "
                    "employeur : Repères ne conserve rien sur les locataires.</p>"
                ),
                "guide_links": ["reperer-signaux-faibles", "comprendre-sante-mentale"],
            },
            {
                "type": "narrative",
                "title": "Quelques jours plus tard…",
                "text": (
                    "<p>Vous repassez chez Mme M. en fin de matinée. Elle ouvre la porte d'une "
                    "vingtaine de centimètres : elle ne peut pas l'ouvrir davantage, l'entrée "
                    "est remplie de piles de journaux et de sacs jusqu'à hauteur d'épaule. "
                    "L'odeur est forte.</p>"
                    "<p>Mme M. a maigri. Son gilet est taché. Elle reste polie : « Je fais du "
                    "tri, ça prend du temps. Je n'ai besoin de personne. »</p>"
                    "<p>Vous lui rappelez que le plombier doit passer jeudi : une fuite a taché "
                    "le plafond de l'appartement du dessous. Elle se ferme : « Personne "
                    "n'entre chez moi. »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Devant la porte",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous n'insistez pas. Vous lui dites que vous repasserez et que vous "
                            "êtes là si besoin. Puis vous transmettez à votre manager vos "
                            "observations datées, dont la fuite et le refus du plombier."
                        ),
                        "feedback": (
                            "<p>Vous gardez le lien et vous passez le relais : c'est exactement "
                            "votre rôle. La fuite chez le voisin et les papiers entassés sont "
                            "des risques réels (dégâts, incendie) : ils justifient d'agir, avec "
                            "méthode. Votre manager ou le référent santé mentale décidera d'un "
                            "signalement à l'équipe dédiée, qui pourra rencontrer Mme M. et "
                            "construire une aide avec elle, à son rythme.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous lui laissez les coordonnées du CMP de son secteur, en lui "
                            "disant qu'on peut y parler de ses difficultés, et vous en restez là."
                        ),
                        "feedback": (
                            "<p>Donner une information n'est jamais inutile, et le ton est "
                            "respectueux. Mais Mme M. ne demande rien, et un papier seul a peu "
                            "de chances d'être suivi d'effet. Surtout, la situation comporte des "
                            "risques (fuite, encombrement) : elle doit être transmise à votre "
                            "manager pour que quelqu'un prenne le relais.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous la prévenez que, si elle refuse encore le plombier, le bailleur "
                            "fera vider le logement."
                        ),
                        "feedback": (
                            "<p>La menace obtient rarement ce qu'on cherche. Mme M. risque de se "
                            "fermer davantage, et de ne plus ouvrir du tout, y compris à ceux "
                            "qui pourraient l'aider. Et un débarras ne se décide pas ainsi : "
                            "sans son accord ni accompagnement, il échoue presque toujours.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Jeudi, si elle ne répond pas, vous ouvrez avec votre passe pour "
                            "laisser entrer le plombier."
                        ),
                        "feedback": (
                            "<p>Vous voulez protéger le voisin du dessous, et la fuite est un "
                            "vrai problème. Mais entrer sans l'accord de Mme M., hors urgence et "
                            "hors du cadre prévu par votre employeur, n'est pas possible, et "
                            "briserait sa confiance pour longtemps. Transmettez à votre "
                            "manager, qui connaît les procédures. Si l'eau coule fort ou "
                            "menace l'installation électrique, c'est une urgence : le 18.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "lesson",
                "title": "Encombrement et incurie : comprendre sans étiqueter",
                "text": (
                    "<p>Quand une personne ne prend plus soin d'elle ni de son logement, on "
                    "parle d'<strong>incurie</strong>. Quand s'y ajoutent une accumulation "
                    "d'objets ou de déchets, un isolement et un refus de l'aide, on parle "
                    "parfois de <em>syndrome de Diogène</em>. D'autres personnes gardent tout "
                    "dans un logement propre : c'est l'accumulation compulsive.</p>"
                    "<p>Ces mots servent à comprendre, pas à étiqueter. Ce n'est pas à vous de "
                    "les employer pour un locataire.</p>"
                    "<ul>"
                    "<li><strong>Ce n'est ni de la paresse ni un choix.</strong> Derrière, il "
                    "peut y avoir une dépression, des troubles de la mémoire, un trouble "
                    "psychique, un deuil, une grande solitude.</li>"
                    "<li><strong>La personne a souvent honte</strong>, ou ne voit pas le "
                    "problème.</li>"
                    "<li><strong>Forcer échoue.</strong> Un débarras imposé, sans "
                    "accompagnement, est vécu comme une violence, et le logement se remplit "
                    "de nouveau.</li>"
                    "<li><strong>Les risques sont réels</strong> (incendie, chute, nuisibles, "
                    "dégâts chez les voisins) : ils justifient d'alerter tôt.</li>"
                    "</ul>"
                    "<p>Ce qui marche : un lien régulier, des faits transmis à votre manager, "
                    "puis un accompagnement construit avec la personne, souvent pièce par "
                    "pièce, sur plusieurs mois.</p>"
                ),
                "guide_links": ["reperer-signaux-faibles", "signaler-equipe-dediee"],
            },
            {
                "type": "debrief",
                "title": "À retenir, et qui appeler",
                "text": (
                    "<ul>"
                    "<li>Un signe isolé ne dit rien ; des signes qui durent et s'additionnent "
                    "doivent être transmis.</li>"
                    "<li>Vous décrivez des faits datés, sans diagnostic ni jugement.</li>"
                    "<li>Vous gardez le lien : un bonjour, un mot, une visite. Vous n'entrez "
                    "pas et vous ne jetez rien sans l'accord de la personne.</li>"
                    "<li>Hors urgence, vous passez par votre manager ou le référent santé "
                    "mentale, qui décide d'un signalement à l'équipe dédiée.</li>"
                    "</ul>"
                    "<p><strong>Quand ce n'est plus un signal faible :</strong> odeur de gaz, "
                    "fumée, fuite importante : le 18 (ou le 112). Personne qui ne donne plus "
                    "signe de vie depuis plusieurs jours : le 18 ou le 17, qui peuvent ouvrir "
                    "la porte. N'entrez pas seul.</p>"
                ),
                "contacts": [
                    "pompiers-18",
                    "police-17",
                    "urgence-112",
                    "equipe-dediee-13",
                    "equipe-dediee-20",
                    "service-social-proximite-13",
                    "service-social-proximite-20",
                ],
                "include_organisation_referent": True,
            },
        ],
        "quiz": {
            "title": "Quiz : les signaux faibles dans le logement",
            "pass_mark": 70,
            "max_attempts": 3,
            "wait_minutes": 0,
            "draw": 6,
            "shuffle_questions": True,
            "shuffle_choices": True,
            "questions": [
                {
                    "kind": "single",
                    "step": 3,
                    "text": "Dans les signaux faibles, qu'est-ce qui doit surtout vous alerter ?",
                    "choices": [
                        {
                            "text": "Leur durée et leur accumulation.",
                            "correct": True,
                            "feedback": (
                                "Oui. Un signe isolé ne prouve rien ; plusieurs signes qui "
                                "durent doivent être transmis."
                            ),
                        },
                        {
                            "text": "Le premier signe, dès qu'il apparaît.",
                            "correct": False,
                            "feedback": (
                                "Un signe isolé (des volets fermés un jour, un sac sur le "
                                "palier) peut avoir mille explications. Observez sur quelques "
                                "jours."
                            ),
                        },
                        {
                            "text": "Le nombre de plaintes des voisins.",
                            "correct": False,
                            "feedback": (
                                "Les plaintes comptent, mais elles peuvent venir d'un conflit. "
                                "Ce sont les signes observés, leur durée et leur accumulation "
                                "qui alertent."
                            ),
                        },
                        {
                            "text": "L'âge du locataire.",
                            "correct": False,
                            "feedback": (
                                "Le grand âge peut rendre une personne plus fragile, mais ce "
                                "n'est pas un signe. Observez des changements, quel que soit "
                                "l'âge."
                            ),
                        },
                    ],
                    "explanation": (
                        "Les signaux faibles se lisent dans le temps : c'est leur durée et leur "
                        "accumulation qui alertent, pas un signe isolé."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 3,
                    "text": "Parmi ces observations, lesquelles sont des signaux faibles ?",
                    "choices": [
                        {
                            "text": "Un courrier qui s'accumule depuis plusieurs semaines.",
                            "correct": True,
                            "feedback": "Oui, surtout s'il s'ajoute à d'autres signes.",
                        },
                        {
                            "text": (
                                "Des refus répétés de laisser entrer le technicien de la chaudière."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Un refus répété d'entretien obligatoire est un signe, et "
                                "parfois un risque."
                            ),
                        },
                        {
                            "text": "Une odeur forte et persistante sur le palier.",
                            "correct": True,
                            "feedback": "Oui. Notez depuis quand, et où exactement.",
                        },
                        {
                            "text": "Un locataire qui part trois semaines en vacances en août.",
                            "correct": False,
                            "feedback": (
                                "Une absence annoncée et limitée dans le temps n'est pas un "
                                "changement inquiétant."
                            ),
                        },
                        {
                            "text": "Un locataire qui refait ses peintures un week-end.",
                            "correct": False,
                            "feedback": "Des travaux ponctuels ne disent rien de sa santé.",
                        },
                        {
                            "text": "Un locataire qui reçoit souvent sa famille.",
                            "correct": False,
                            "feedback": (
                                "Au contraire : une personne entourée est plutôt moins isolée."
                            ),
                        },
                    ],
                    "explanation": (
                        "Courrier qui s'accumule, refus d'entretien, odeurs : ce sont des "
                        "signaux faibles. Des habitudes de vie ordinaires n'en sont pas."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 5,
                    "text": (
                        "Si une locataire refuse qu'on entre chez elle, vous pouvez utiliser "
                        "votre passe pendant son absence pour vérifier l'état du logement."
                    ),
                    "answer": False,
                    "explanation": (
                        "Hors urgence et hors cadre prévu par votre employeur, on n'entre pas "
                        "dans un logement sans l'accord de la personne. En cas de danger (gaz, "
                        "fumée, personne qui ne donne plus signe de vie), on appelle le 18 ou "
                        "le 17, qui peuvent intervenir."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 6,
                    "text": (
                        "Un débarras imposé, sans accompagnement, échoue souvent : le logement "
                        "se remplit de nouveau et la confiance est perdue."
                    ),
                    "answer": True,
                    "explanation": (
                        "C'est pourquoi on alerte tôt, et on laisse l'équipe dédiée construire "
                        "une aide avec la personne, à son rythme."
                    ),
                },
                {
                    "kind": "single",
                    "step": 3,
                    "text": "Quelle note est la mieux rédigée ?",
                    "choices": [
                        {
                            "text": (
                                "« 12 mars, 9 h : odeur forte sur le palier du 3e, mouches près "
                                "de la porte. Boîte aux lettres pleine, deux avis de passage "
                                "non retirés. »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : des faits, une date, une heure, un lieu. Quelqu'un qui ne "
                                "connaît pas la résidence comprend la situation."
                            ),
                        },
                        {
                            "text": "« Mme M. vit dans la saleté, elle fait un Diogène. »",
                            "correct": False,
                            "feedback": (
                                "C'est un jugement et un diagnostic. Ni l'un ni l'autre ne vous "
                                "revient, et ils n'aident pas l'équipe à comprendre."
                            ),
                        },
                        {
                            "text": "« Mme M. ne va pas bien du tout, il faut faire vite. »",
                            "correct": False,
                            "feedback": (
                                "L'inquiétude est légitime, mais la note est trop vague : "
                                "quoi, depuis quand, où ?"
                            ),
                        },
                        {
                            "text": (
                                "« D'après les voisins, Mme M. boirait et ne se laverait plus. »"
                            ),
                            "correct": False,
                            "feedback": (
                                "Ce sont des rumeurs, invérifiables. Notez ce que vous avez "
                                "constaté vous-même."
                            ),
                        },
                    ],
                    "explanation": (
                        "Une bonne note décrit ce que vous avez vu, senti, entendu, avec la "
                        "date et l'heure, sans jugement ni diagnostic."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 7,
                    "text": (
                        "Une situation de signaux faibles s'installe, sans danger immédiat. "
                        "Remettez ces étapes dans l'ordre."
                    ),
                    "items": [
                        "Vous remarquez des signes qui durent et s'additionnent",
                        "Vous allez vers la personne et vous notez vos observations datées",
                        "Vous transmettez à votre manager ou au référent santé mentale",
                        "Le manager ou le référent adresse un signalement à l'équipe dédiée",
                        "L'équipe dédiée évalue la situation, souvent par une visite à domicile",
                    ],
                    "explanation": (
                        "Vous repérez, vous gardez le lien, vous passez le relais. Le "
                        "signalement est fait par votre manager ou le référent, puis l'équipe "
                        "dédiée prend la suite."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 7,
                    "text": (
                        "M. U., 81 ans, vit seul. Depuis trois jours, son courrier n'est pas "
                        "relevé, sa lumière reste allumée jour et nuit, il ne répond ni à la "
                        "sonnette ni au téléphone, et une odeur inhabituelle vient de chez lui. "
                        "Ses voisins ne l'ont pas vu. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous appelez le 18 (ou le 17), vous restez sur place pour "
                                "guider les secours et vous prévenez votre manager."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Une personne qui ne donne plus signe de vie depuis "
                                "plusieurs jours, ce n'est plus un signal faible : les secours "
                                "peuvent intervenir et ouvrir la porte si nécessaire."
                            ),
                        },
                        {
                            "text": (
                                "Vous ouvrez avec votre passe pour vérifier, seul, avant de "
                                "déranger les secours."
                            ),
                            "correct": False,
                            "feedback": (
                                "Vous ne dérangez pas les secours : c'est leur métier. Entrer "
                                "seul vous expose (découverte d'un décès, personne désorientée "
                                "qui prend peur) et peut compliquer leur intervention."
                            ),
                        },
                        {
                            "text": "Vous glissez un mot sous la porte et vous attendez demain.",
                            "correct": False,
                            "feedback": (
                                "Un mot convient quand il n'y a pas d'urgence. Ici, trois jours "
                                "sans signe de vie chez une personne âgée qui vit seule : "
                                "chaque heure compte."
                            ),
                        },
                        {
                            "text": "Vous demandez à votre manager de saisir l'équipe dédiée.",
                            "correct": False,
                            "feedback": (
                                "L'équipe dédiée n'est pas un service d'urgence. Appelez "
                                "d'abord le 18 ou le 17, puis prévenez votre manager."
                            ),
                        },
                    ],
                    "explanation": (
                        "Personne qui ne donne plus signe de vie depuis plusieurs jours : le 18 "
                        "ou le 17. N'entrez pas seul. L'équipe dédiée intervient sur des "
                        "situations qui durent, pas dans l'urgence."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 2,
                    "text": (
                        "Dans le hall, une voisine vous demande : « Elle est malade, la dame du "
                        "3e ? Elle a quoi ? » Que répondez-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« J'ai bien noté votre inquiétude, je fais le nécessaire. Je "
                                "ne peux pas vous en dire plus. »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Vous accusez réception, vous rassurez, et vous protégez la "
                                "discrétion due à chaque locataire."
                            ),
                        },
                        {
                            "text": "« Entre nous, je crois qu'elle perd un peu la tête. »",
                            "correct": False,
                            "feedback": (
                                "Cette confidence circulera dans l'immeuble, avec une étiquette "
                                "qui risque de coller à la personne. Vous êtes tenu à la "
                                "discrétion."
                            ),
                        },
                        {
                            "text": "« Je n'en sais rien, allez lui demander vous-même. »",
                            "correct": False,
                            "feedback": (
                                "Vous ne dévoilez rien, c'est bien. Mais vous renvoyez la "
                                "voisine vers la personne, ce qui peut créer une scène "
                                "pénible, et vous ne prenez pas en compte son inquiétude."
                            ),
                        },
                        {
                            "text": "« Faites une pétition, ça fera bouger le bailleur. »",
                            "correct": False,
                            "feedback": (
                                "Les pétitions isolent la personne visée et durcissent les "
                                "tensions, sans l'aider en rien."
                            ),
                        },
                    ],
                    "explanation": (
                        "Aux voisins, on répond avec respect, sans rien dévoiler de la santé ni "
                        "de la situation d'un locataire."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 6,
                    "text": (
                        "Derrière un logement très encombré ou négligé, que peut-il y avoir ?"
                    ),
                    "choices": [
                        {
                            "text": "Une dépression.",
                            "correct": True,
                            "feedback": "Oui, c'est une cause fréquente.",
                        },
                        {
                            "text": "Des troubles de la mémoire.",
                            "correct": True,
                            "feedback": "Oui, notamment chez les personnes âgées.",
                        },
                        {
                            "text": "Un deuil ou une grande solitude.",
                            "correct": True,
                            "feedback": "Oui. Les événements de vie comptent beaucoup.",
                        },
                        {
                            "text": (
                                "Un simple manque de volonté : la personne pourrait ranger si "
                                "elle le voulait."
                            ),
                            "correct": False,
                            "feedback": (
                                "C'est une idée reçue. Ce n'est ni de la paresse ni un choix."
                            ),
                        },
                        {
                            "text": "Un mode de vie que rien ne pourra faire évoluer.",
                            "correct": False,
                            "feedback": (
                                "Avec un accompagnement patient, beaucoup de situations "
                                "s'améliorent."
                            ),
                        },
                        {
                            "text": "Forcément une maladie psychiatrique grave.",
                            "correct": False,
                            "feedback": (
                                "Pas forcément : les causes sont multiples, et ce n'est pas à "
                                "vous de trancher."
                            ),
                        },
                    ],
                    "explanation": (
                        "Les causes sont multiples : dépression, troubles de la mémoire, trouble "
                        "psychique, deuil, solitude. C'est pour cela qu'on décrit sans "
                        "diagnostiquer, et qu'on passe le relais."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 6,
                    "text": (
                        "L'expression « syndrome de Diogène » aide à comprendre certaines "
                        "situations, mais ce n'est pas à vous de l'employer pour décrire un "
                        "locataire."
                    ),
                    "answer": True,
                    "explanation": (
                        "Ce n'est pas un diagnostic à poser par un professionnel du logement. "
                        "Dans vos notes, décrivez ce que vous voyez."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 2,
                    "text": (
                        "Pour avoir l'avis de vos collègues, vous pouvez envoyer au groupe de "
                        "discussion des gardiens du secteur une photo du balcon encombré d'une "
                        "locataire."
                    ),
                    "answer": False,
                    "explanation": (
                        "Une photo envoyée hors de tout cadre expose la personne et peut être "
                        "transférée à d'autres. Ce que vous savez d'un locataire ne se partage "
                        "qu'avec les personnes prévues par votre employeur : décrivez par écrit, "
                        "avec la date, et parlez-en à votre manager."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 5,
                    "text": (
                        "Mme M. refuse que le plombier entre chez elle. Ce matin, l'eau coule "
                        "fort du plafond de l'appartement du dessous, près du tableau "
                        "électrique. Mme M. ne répond pas. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous appelez le 18, vous restez sur place pour guider les "
                                "secours et vous prévenez votre manager."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. L'eau qui menace une installation électrique, c'est une "
                                "urgence : les pompiers peuvent intervenir et entrer si "
                                "nécessaire."
                            ),
                        },
                        {
                            "text": (
                                "Vous ouvrez avec votre passe pour couper l'eau vous-même, "
                                "seul."
                            ),
                            "correct": False,
                            "feedback": (
                                "Vous voulez bien faire, mais entrer seul vous expose (eau et "
                                "électricité, encombrement) et brise la confiance de Mme M. "
                                "C'est aux secours d'entrer."
                            ),
                        },
                        {
                            "text": (
                                "Vous glissez un mot sous sa porte pour lui demander de rappeler "
                                "le plombier."
                            ),
                            "correct": False,
                            "feedback": (
                                "Un mot convient quand rien ne presse. Ici, l'eau près du "
                                "tableau électrique crée un danger immédiat pour tout "
                                "l'immeuble."
                            ),
                        },
                        {
                            "text": (
                                "Vous demandez à votre manager de saisir l'équipe dédiée dans "
                                "la journée."
                            ),
                            "correct": False,
                            "feedback": (
                                "L'équipe dédiée n'est pas un service d'urgence. D'abord le "
                                "18 ; la transmission à votre manager viendra ensuite."
                            ),
                        },
                    ],
                    "explanation": (
                        "Une fuite importante, surtout près de l'électricité, c'est le 18, même "
                        "quand la personne refuse l'accès. L'équipe dédiée intervient sur ce "
                        "qui dure, pas dans l'urgence."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    # 2. Locataire confus, qui entend des voix
    # ------------------------------------------------------------------------------------
    {
        "slug": "locataire-confus",
        "title": "Un locataire confus, ou qui entend des voix",
        "summary": (
            "M. E. parle seul dans le hall et dit que ses voisins parlent de lui à travers les "
            "murs. Apprenez à lui parler sans discuter ce qu'il vit, à transmettre vite un "
            "changement net, et à savoir quand appeler le 15."
        ),
        "duration_minutes": 15,
        "audience": ALL_STAFF,
        "objectives": [
            "Parler calmement à une personne qui entend des voix ou se sent menacée, sans "
            "contester ni confirmer ce qu'elle vit.",
            "Reconnaître un changement net de comportement qui doit être transmis rapidement.",
            "Distinguer ce qui relève d'un appel au 15 de ce qui relève d'un signalement.",
            "Protéger la discrétion due au locataire face aux voisins.",
        ],
        "requires": [],
        "review_note": REVIEW_NOTE,
        "steps": [
            {
                "type": "narrative",
                "title": "Près des boîtes aux lettres",
                "text": (
                    "<p>M. E., 38 ans, vit dans la résidence depuis six ans. Vous le "
                    "connaissez comme un homme discret, qui dit toujours bonjour et sort "
                    "chaque matin faire ses courses.</p>"
                    "<p>Depuis une dizaine de jours, il a changé. Vous l'avez vu plusieurs "
                    "fois parler seul dans le hall, à voix basse, comme s'il répondait à "
                    "quelqu'un. Hier, il a collé du papier aluminium sur la fenêtre de sa "
                    "cuisine.</p>"
                    "<p>Ce matin, il vous arrête près des boîtes aux lettres. Il a l'air "
                    "épuisé et inquiet. Il chuchote : « Vous les entendez, vous aussi ? Les "
                    "voisins du 5e. Ils parlent de moi à travers les murs, jour et nuit. Ils "
                    "veulent que je parte. »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Ce que vous lui répondez",
                "question": "Que lui répondez-vous ?",
                "choices": [
                    {
                        "text": (
                            "Calmement, avec des phrases courtes : « Je vois que ça vous fait "
                            "très peur. Ça a l'air épuisant. Qu'est-ce qui vous aiderait "
                            "aujourd'hui ? »"
                        ),
                        "feedback": (
                            "<p>Vous reconnaissez l'émotion sans discuter le contenu : M. E. se "
                            "sent entendu, sans que vous confirmiez ce qu'il croit. Pour lui, "
                            "ce qu'il vit est bien réel, et angoissant. En le ramenant au "
                            "concret, vous gardez le lien.</p>"
                            "<p>S'il insiste pour savoir si vous entendez les voix, vous pouvez "
                            "répondre simplement que non, sans chercher à le convaincre.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "« Mais non, personne ne parle de vous. Les voisins du 5e sont très "
                            "gentils, c'est dans votre tête. »"
                        ),
                        "feedback": (
                            "<p>C'est la réaction la plus naturelle, et la plus fréquente. Mais "
                            "une conviction de ce type ne cède pas aux arguments : M. E. risque "
                            "de se sentir incompris, voire de vous ranger parmi ceux qui lui "
                            "veulent du mal. Vous perdez alors le lien dont vous aurez besoin "
                            "ensuite.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "« Oui, je les entends aussi parfois. Ne vous inquiétez pas, je vais "
                            "aller leur parler. »"
                        ),
                        "feedback": (
                            "<p>Vous voulez le rassurer. Mais en confirmant ce qu'il croit, vous "
                            "renforcez sa peur et ses soupçons contre les voisins du 5e, et vous "
                            "vous engagez dans une démarche qui peut créer un conflit. On ne "
                            "confirme pas, on ne conteste pas : on reconnaît l'émotion.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous lui dites que vous n'avez pas le temps maintenant, mais qu'il "
                            "peut passer à la loge cet après-midi."
                        ),
                        "feedback": (
                            "<p>Proposer un autre moment peut convenir : vous n'êtes pas obligé "
                            "de tout arrêter. Mais dit ainsi, sans un mot sur ce qu'il ressent, "
                            "M. E. peut se sentir rejeté et ne pas venir. Une phrase qui "
                            "reconnaît sa peur, avant de proposer un rendez-vous, change "
                            "tout.</p>"
                        ),
                        "quality": "acceptable",
                    },
                ],
            },
            {
                "type": "lesson",
                "title": "Parler à une personne qui entend des voix ou se sent menacée",
                "text": (
                    "<p>Entendre des voix que les autres n'entendent pas (des "
                    "<strong>hallucinations</strong>), se sentir surveillé ou persécuté (des "
                    "<strong>idées délirantes</strong>) : pour la personne, c'est bien réel, "
                    "et souvent très angoissant.</p>"
                    "<p>Les causes possibles sont nombreuses : un trouble psychique, mais aussi "
                    "une grande angoisse, une consommation ou un sevrage d'alcool ou de "
                    "drogue, une fièvre, une maladie neurologique, des troubles de la mémoire "
                    "chez une personne âgée. <strong>Ce n'est pas à vous de trancher.</strong> "
                    "Votre rôle : décrire, apaiser, alerter.</p>"
                    "<ul>"
                    "<li>Présentez-vous, parlez calmement, avec des phrases courtes.</li>"
                    "<li>Ne discutez pas le contenu, et ne le confirmez pas non plus.</li>"
                    "<li>Reconnaissez l'émotion : « Je vois que ça vous fait peur. »</li>"
                    "<li>Ramenez à du concret : « Qu'est-ce qui vous aiderait "
                    "aujourd'hui ? »</li>"
                    "<li>Si la tension monte, n'insistez pas : vous reviendrez plus tard.</li>"
                    "</ul>"
                    "<p>À garder en tête : les personnes qui vivent avec un trouble psychique "
                    "sont bien plus souvent victimes de violences qu'auteures.</p>"
                ),
                "guide_links": ["comportements-voisinage-conflits", "comprendre-sante-mentale"],
            },
            {
                "type": "narrative",
                "title": "Quelques jours plus tard…",
                "text": (
                    "<p>M. E. ne sort presque plus. Deux nuits de suite, ses voisins du "
                    "dessous ont entendu des coups contre les murs et des meubles déplacés. "
                    "L'une d'eux vous dit : « Il a arrêté ses médicaments, c'est sûr. Il va "
                    "finir par faire du mal à quelqu'un. »</p>"
                    "<p>Vous sonnez chez M. E. Il ouvre, poli mais tendu, et dit qu'il dort "
                    "mal « à cause d'eux ». Vous remarquez qu'il a recouvert de ruban adhésif "
                    "le détecteur de fumée de l'entrée : « C'est par là qu'ils écoutent. » Il "
                    "ne menace personne, et ne veut pas parler davantage.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Transmettre",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Le jour même, vous transmettez à votre manager des faits datés : "
                            "le changement depuis une dizaine de jours, ses propos entre "
                            "guillemets, les bruits la nuit signalés par les voisins, le "
                            "détecteur de fumée recouvert."
                        ),
                        "feedback": (
                            "<p>Un changement brutal chez une personne que vous connaissiez "
                            "stable doit être transmis rapidement : il peut s'agir d'une "
                            "décompensation, par exemple après une interruption du suivi. Le "
                            "détecteur recouvert est un risque concret, à signaler. Votre "
                            "manager ou le référent santé mentale pourra saisir l'équipe "
                            "dédiée, qui saura, s'il y a lieu, renouer avec les soignants qui "
                            "connaissent déjà M. E.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous appelez la sœur de M. E., dont vous avez le numéro, pour lui "
                            "demander s'il prend toujours son traitement."
                        ),
                        "feedback": (
                            "<p>Vous cherchez à comprendre, c'est humain. Mais la santé de M. E. "
                            "et son traitement ne vous regardent pas : ce sont des informations "
                            "médicales, protégées. Cet appel peut aussi le blesser s'il "
                            "l'apprend. Transmettez ce que vous observez : l'équipe dédiée "
                            "saura faire les liens utiles.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous attendez encore une ou deux semaines, pour voir si les choses "
                            "rentrent dans l'ordre avant d'en parler."
                        ),
                        "feedback": (
                            "<p>Observer sur quelques jours est souvent une bonne idée. Mais "
                            "ici, le changement est net, il dure depuis plus d'une semaine et "
                            "s'aggrave : attendre retarde l'aide. Plus une décompensation est "
                            "prise tôt, plus la personne a de chances d'aller mieux "
                            "rapidement.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous répondez à la voisine qu'elle a raison et que vous allez "
                            "demander son hospitalisation."
                        ),
                        "feedback": (
                            "<p>Une hospitalisation ne se demande pas ainsi : les soins sans "
                            "consentement sont une exception très encadrée, décidée par des "
                            "médecins, des proches ou le préfet, jamais par le bailleur. Et "
                            "vous confirmez devant une voisine des suppositions sur la santé de "
                            "M. E. Vous pouvez lui dire : « J'ai bien noté, je fais le "
                            "nécessaire. »</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "narrative",
                "title": "Un soir de janvier",
                "text": (
                    "<p>Il est 19 h, vous fermez la loge. M. E. est dans la cour, pieds nus et "
                    "en tee-shirt, alors qu'il fait 2 °C. Il marche vite, parle fort à "
                    "quelqu'un qu'on ne voit pas, et répète qu'il doit « partir avant qu'ils "
                    "viennent ».</p>"
                    "<p>Il ne semble pas vous reconnaître. Il ne menace personne, mais il se "
                    "dirige vers le portail qui donne sur le boulevard.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Dans la cour",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous appelez le 15 et vous décrivez ce que vous voyez. Vous suivez "
                            "les conseils du médecin régulateur, vous restez à distance sans le "
                            "retenir, en lui parlant calmement, et vous demandez à un collègue "
                            "de vous rejoindre."
                        ),
                        "feedback": (
                            "<p>C'est la bonne réponse. M. E. est très confus, exposé au froid "
                            "et à la circulation : c'est une urgence médicale, y compris "
                            "psychique. Le médecin du SAMU décide de la réponse adaptée. Vous "
                            "restez présent, à distance, sans vous mettre en danger. Le "
                            "lendemain, vous prévenez votre manager.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous le faites monter dans votre voiture pour l'emmener vous-même "
                            "aux urgences."
                        ),
                        "feedback": (
                            "<p>C'est généreux, mais dangereux pour lui comme pour vous : dans "
                            "une voiture, une personne très angoissée peut paniquer, ouvrir la "
                            "portière, s'en prendre au conducteur. En cas d'urgence, on ne "
                            "conduit pas soi-même la personne : on appelle le 15, qui "
                            "décide.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous appelez le 17 en expliquant qu'un homme agité erre dans la cour."
                        ),
                        "feedback": (
                            "<p>Les secours viendront, et c'est mieux que de ne rien faire. "
                            "Mais le 17 est fait pour les menaces et les violences ; ici, M. E. "
                            "ne menace personne, il est en détresse. Le 15 est la bonne porte "
                            "d'entrée : un médecin vous conseille et envoie la réponse qui "
                            "convient. Si la situation devenait violente, ce serait alors le "
                            "17.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous le laissez passer : il est majeur et n'a rien fait de mal. "
                            "Vous en parlerez demain à votre manager."
                        ),
                        "feedback": (
                            "<p>Respecter la liberté de M. E. compte, et il n'a en effet rien "
                            "fait de mal. Mais ce soir, il ne semble pas savoir où il est, et "
                            "le froid comme la circulation le mettent en danger. Appeler le 15, "
                            "ce n'est pas le contraindre : c'est demander l'avis d'un "
                            "médecin.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "debrief",
                "title": "À retenir, et qui appeler",
                "text": (
                    "<ul>"
                    "<li>Ce que vit la personne est réel pour elle : on ne conteste pas, on ne "
                    "confirme pas, on reconnaît l'émotion.</li>"
                    "<li>Un changement net chez une personne que vous connaissiez stable se "
                    "transmet vite à votre manager, avec des faits datés.</li>"
                    "<li>La santé et le traitement d'un locataire ne vous regardent pas : ni "
                    "enquête auprès des proches, ni confidences aux voisins.</li>"
                    "<li>Personne très confuse ou en danger (froid, circulation, malaise) : le "
                    "15. Menace ou violence : le 17.</li>"
                    "</ul>"
                    "<p>Pour mieux comprendre les hallucinations et les idées délirantes, le "
                    "site Psycom propose des fiches claires.</p>"
                ),
                "contacts": [
                    "samu-15",
                    "police-17",
                    "equipe-dediee-13",
                    "equipe-dediee-20",
                    "psycom",
                ],
                "include_organisation_referent": True,
            },
        ],
        "quiz": {
            "title": "Quiz : un locataire confus, ou qui entend des voix",
            "pass_mark": 70,
            "max_attempts": 3,
            "wait_minutes": 0,
            "draw": 6,
            "shuffle_questions": True,
            "shuffle_choices": True,
            "questions": [
                {
                    "kind": "single",
                    "step": 3,
                    "text": (
                        "Un locataire vous dit que ses voisins l'espionnent par les prises "
                        "électriques. Quelle réponse est la plus aidante ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« Ça a l'air très inquiétant pour vous. Qu'est-ce qui vous "
                                "aiderait aujourd'hui ? »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : vous reconnaissez sa peur sans discuter ni confirmer, et "
                                "vous ramenez au concret."
                            ),
                        },
                        {
                            "text": "« C'est impossible, les prises ne servent pas à ça. »",
                            "correct": False,
                            "feedback": (
                                "Vrai, mais inutile : une conviction de ce type ne cède pas aux "
                                "arguments, et la personne se sent incomprise."
                            ),
                        },
                        {
                            "text": "« Bouchez-les, vous serez tranquille. »",
                            "correct": False,
                            "feedback": (
                                "Vous confirmez sa crainte, et boucher des prises peut créer un "
                                "risque électrique."
                            ),
                        },
                        {
                            "text": "« Allez voir un psychiatre, ce n'est pas normal. »",
                            "correct": False,
                            "feedback": (
                                "Dit ainsi, c'est vécu comme une étiquette. Proposer une aide "
                                "viendra plus tard, et passera souvent par l'équipe dédiée."
                            ),
                        },
                    ],
                    "explanation": (
                        "On ne conteste pas, on ne confirme pas : on reconnaît l'émotion et on "
                        "ramène au concret."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 3,
                    "text": (
                        "Discuter point par point avec une personne qui a des idées délirantes "
                        "finit en général par la convaincre."
                    ),
                    "answer": False,
                    "explanation": (
                        "Une idée délirante ne cède pas aux arguments. Discuter le contenu peut "
                        "même augmenter la tension et abîmer le lien."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 3,
                    "text": (
                        "Entendre des voix peut avoir plusieurs origines. Lesquelles sont "
                        "possibles ?"
                    ),
                    "choices": [
                        {
                            "text": "Un trouble psychique.",
                            "correct": True,
                            "feedback": "Oui, c'est une origine possible parmi d'autres.",
                        },
                        {
                            "text": "La consommation ou le sevrage d'alcool ou de drogue.",
                            "correct": True,
                            "feedback": "Oui. Le sevrage d'alcool, en particulier.",
                        },
                        {
                            "text": "Une fièvre ou une maladie neurologique.",
                            "correct": True,
                            "feedback": "Oui, d'où l'importance d'un avis médical.",
                        },
                        {
                            "text": "Un manque de volonté.",
                            "correct": False,
                            "feedback": "Non. La volonté n'a rien à voir avec des hallucinations.",
                        },
                        {
                            "text": "Une envie d'attirer l'attention.",
                            "correct": False,
                            "feedback": (
                                "C'est une idée reçue. Pour la personne, ces voix sont réelles "
                                "et souvent très angoissantes."
                            ),
                        },
                        {
                            "text": "Un mauvais caractère.",
                            "correct": False,
                            "feedback": "Non. Le caractère n'explique pas des hallucinations.",
                        },
                    ],
                    "explanation": (
                        "Les origines sont nombreuses, et seul un médecin peut les évaluer. "
                        "C'est pour cela que vous décrivez, sans diagnostiquer."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 3,
                    "text": (
                        "Les personnes qui vivent avec un trouble psychique sont plus souvent "
                        "victimes de violences qu'auteures de violences."
                    ),
                    "answer": True,
                    "explanation": (
                        "C'est bien établi. L'idée qu'elles seraient « dangereuses » fait partie "
                        "de la stigmatisation, qui isole et retarde l'accès aux soins."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 5,
                    "text": (
                        "Mme K., 82 ans, vous dit qu'un homme entre chez elle la nuit pour "
                        "voler ses bijoux. Depuis quelques semaines, elle se perd dans la "
                        "résidence et ne retrouve plus sa boîte aux lettres. Aujourd'hui, elle "
                        "est calme et bien couverte. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous l'écoutez, vous la raccompagnez chez elle, puis vous "
                                "transmettez ces faits datés à votre manager."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Chez une personne âgée, ces signes peuvent venir de "
                                "troubles de la mémoire : ce n'est pas à vous de trancher. Pas "
                                "de danger immédiat : on passe le relais. Votre manager pourra "
                                "solliciter l'équipe dédiée ou le service social."
                            ),
                        },
                        {
                            "text": (
                                "Vous appelez le 17 pour qu'une patrouille passe chez elle "
                                "chaque nuit."
                            ),
                            "correct": False,
                            "feedback": (
                                "Vous voulez la rassurer, mais rien n'indique une intrusion "
                                "réelle ni un danger immédiat. Une inquiétude qui dure se "
                                "transmet à votre manager."
                            ),
                        },
                        {
                            "text": (
                                "Vous lui expliquez que c'est impossible, puisque sa porte est "
                                "blindée."
                            ),
                            "correct": False,
                            "feedback": (
                                "L'argument est logique, mais il ne la rassurera pas. "
                                "Reconnaissez plutôt sa peur."
                            ),
                        },
                        {
                            "text": (
                                "Vous n'en parlez à personne : à son âge, c'est normal de perdre "
                                "un peu ses repères."
                            ),
                            "correct": False,
                            "feedback": (
                                "Perdre ses repères n'est pas « normal » avec l'âge : cela "
                                "mérite une évaluation, et des aides existent. En n'en parlant "
                                "pas, vous privez Mme K. d'une aide possible."
                            ),
                        },
                    ],
                    "explanation": (
                        "Sans danger immédiat, on écoute, on décrit les faits et on les "
                        "transmet à son manager. Ce n'est pas à vous de trouver la cause."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 5,
                    "text": (
                        "Un locataire change nettement de comportement, sans danger immédiat. "
                        "Remettez ces actions dans l'ordre."
                    ),
                    "items": [
                        "Lui parler calmement, sans discuter ce qu'il dit",
                        "Noter les faits : dates, heures, propos entre guillemets",
                        "Transmettre à votre manager ou au référent santé mentale",
                        "Le manager saisit l'équipe dédiée si besoin",
                    ],
                    "explanation": (
                        "Apaiser, décrire, transmettre : c'est votre manager ou le référent qui "
                        "décide d'un signalement à l'équipe dédiée."
                    ),
                },
                {
                    "kind": "single",
                    "step": 7,
                    "text": "Quand appeler le 15 pour un locataire très confus ?",
                    "choices": [
                        {
                            "text": (
                                "Quand il est en danger maintenant : très désorienté, exposé au "
                                "froid ou à la circulation, ou pris d'un malaise."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Le 15 répond aux urgences médicales, y compris "
                                "psychiques. Un médecin vous conseille."
                            ),
                        },
                        {
                            "text": "Dès qu'il parle seul dans le hall.",
                            "correct": False,
                            "feedback": (
                                "Parler seul n'est pas un danger immédiat : cela se décrit et se "
                                "transmet à votre manager."
                            ),
                        },
                        {
                            "text": "Seulement s'il devient violent.",
                            "correct": False,
                            "feedback": (
                                "En cas de violence, c'est le 17. Mais le 15 répond aussi aux "
                                "urgences psychiques, sans violence."
                            ),
                        },
                        {
                            "text": "Jamais : c'est à sa famille de s'en occuper.",
                            "correct": False,
                            "feedback": (
                                "En cas de danger immédiat, tout le monde peut appeler le 15. "
                                "Et beaucoup de personnes n'ont pas de famille proche."
                            ),
                        },
                    ],
                    "explanation": (
                        "Danger immédiat, y compris psychique : le 15. Menace ou violence : le "
                        "17. Situation qui dure, sans danger immédiat : votre manager."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 5,
                    "text": (
                        "Une voisine vous dit : « Il a arrêté ses médicaments, c'est sûr. Il va "
                        "finir par faire du mal à quelqu'un. Vous allez faire quoi ? » Que "
                        "répondez-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« J'ai bien noté ce que vous avez entendu la nuit. Je fais le "
                                "nécessaire, mais je ne peux pas parler de la situation d'un "
                                "autre locataire. »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Vous prenez au sérieux la gêne de la voisine, sans "
                                "confirmer ses suppositions ni dévoiler quoi que ce soit."
                            ),
                        },
                        {
                            "text": "« Oui, je crois aussi qu'il a arrêté son traitement. »",
                            "correct": False,
                            "feedback": (
                                "Vous n'en savez rien, et ce n'est pas à vous d'en parler : "
                                "cette phrase fera le tour de l'immeuble."
                            ),
                        },
                        {
                            "text": "« Si ça continue, il sera expulsé, ne vous inquiétez pas. »",
                            "correct": False,
                            "feedback": (
                                "Vous promettez une issue que vous ne décidez pas, et la menace "
                                "d'expulsion n'aide pas quand une souffrance est en cause."
                            ),
                        },
                        {
                            "text": (
                                "« Ce n'est pas mon travail, je ne veux pas en entendre parler. »"
                            ),
                            "correct": False,
                            "feedback": (
                                "La fatigue des voisins est légitime. Écoutez-la et notez les "
                                "nuisances datées : elles sont utiles au signalement."
                            ),
                        },
                    ],
                    "explanation": (
                        "Aux voisins : écouter, noter les faits, rassurer sans rien dévoiler, ni "
                        "sur la santé ni sur le traitement d'un locataire."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 5,
                    "text": (
                        "Si un locataire refuse de voir un médecin alors qu'il semble aller mal, "
                        "le bailleur peut exiger un certificat médical pour régler la situation."
                    ),
                    "answer": False,
                    "explanation": (
                        "Un adulte est libre d'accepter ou de refuser des soins. Le bailleur ne "
                        "peut pas imposer de soins ni exiger de certificat : il alerte, propose, "
                        "et laisse l'équipe dédiée créer une relation de confiance."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 5,
                    "text": (
                        "Un locataire que vous connaissiez stable change brutalement de "
                        "comportement. Que transmettez-vous à votre manager ?"
                    ),
                    "choices": [
                        {
                            "text": "Depuis quand le changement a commencé.",
                            "correct": True,
                            "feedback": "Oui : la date aide à mesurer l'évolution.",
                        },
                        {
                            "text": "Ses propos, cités entre guillemets.",
                            "correct": True,
                            "feedback": "Oui : ses mots, sans interprétation.",
                        },
                        {
                            "text": "Les risques observés, comme un détecteur de fumée recouvert.",
                            "correct": True,
                            "feedback": "Oui : un risque concret doit toujours être signalé.",
                        },
                        {
                            "text": "Votre avis sur son diagnostic.",
                            "correct": False,
                            "feedback": "Non : le diagnostic revient aux médecins.",
                        },
                        {
                            "text": "Ce que les voisins disent de son traitement.",
                            "correct": False,
                            "feedback": (
                                "Non : ce sont des rumeurs, et des informations médicales qui "
                                "ne vous regardent pas."
                            ),
                        },
                        {
                            "text": "Vos suppositions sur sa consommation d'alcool.",
                            "correct": False,
                            "feedback": (
                                "Non : décrivez ce que vous avez vu, pas ce que vous supposez."
                            ),
                        },
                    ],
                    "explanation": (
                        "On transmet des faits datés, des propos cités et les risques observés. "
                        "Pas de diagnostic, pas de rumeur, pas de supposition."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 7,
                    "text": (
                        "Dans la cour, un locataire très agité crie qu'on le poursuit. Il "
                        "brandit un manche à balai vers un voisin qui s'approche. Qui "
                        "appelez-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Le 17 : il y a une menace. Vous vous tenez à distance, vous "
                                "demandez au voisin de s'éloigner et vous prévenez votre "
                                "manager ensuite."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Dès qu'il y a menace ou violence, c'est le 17 (ou le "
                                "112). Sa détresse est réelle, mais la sécurité de chacun "
                                "passe d'abord."
                            ),
                        },
                        {
                            "text": "Le 3114, pour qu'un soignant lui parle au téléphone.",
                            "correct": False,
                            "feedback": (
                                "Le 3114 est le numéro national de prévention du suicide. "
                                "Face à une menace, il faut une intervention sur place : le "
                                "17."
                            ),
                        },
                        {
                            "text": "L'équipe dédiée, qui le connaît peut-être déjà.",
                            "correct": False,
                            "feedback": (
                                "L'équipe dédiée n'intervient pas en urgence. Elle pourra "
                                "être sollicitée ensuite, par votre manager."
                            ),
                        },
                        {
                            "text": (
                                "Personne : vous vous approchez pour lui prendre le manche à "
                                "balai."
                            ),
                            "correct": False,
                            "feedback": (
                                "On ne cherche jamais à désarmer quelqu'un : vous risquez "
                                "d'être blessé, et la peur du locataire peut redoubler."
                            ),
                        },
                    ],
                    "explanation": (
                        "Personne très confuse ou en danger, sans menace : le 15. Menace ou "
                        "violence : le 17. Dans les deux cas, vous restez à distance."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 7,
                    "text": (
                        "En cas d'urgence, le plus sûr est de conduire vous-même aux urgences, "
                        "dans votre voiture, un locataire très confus."
                    ),
                    "answer": False,
                    "explanation": (
                        "Dans une voiture, une personne très angoissée peut paniquer, ouvrir la "
                        "portière ou s'en prendre au conducteur. On appelle le 15 : le médecin "
                        "régulateur décide de la réponse et du transport."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    # 3. Agressivité à la loge
    # ------------------------------------------------------------------------------------
    {
        "slug": "agressivite-loge",
        "title": "Un locataire agressif à la loge : désamorcer et se protéger",
        "summary": (
            "M. O. entre dans la loge en criant. Apprenez à repérer la montée de tension, à "
            "parler pour apaiser, à partir quand il le faut, et à prendre soin de vous après "
            "l'incident."
        ),
        "duration_minutes": 15,
        "audience": ALL_STAFF,
        "objectives": [
            "Repérer les signes qui montrent que la tension monte.",
            "Utiliser les gestes et les mots qui apaisent : distance, sortie dégagée, voix "
            "calme, colère reconnue.",
            "Décider de partir et d'appeler le 17 quand votre sécurité est menacée.",
            "Déclarer l'incident et demander du soutien après coup.",
        ],
        "requires": [],
        "review_note": REVIEW_NOTE,
        "steps": [
            {
                "type": "narrative",
                "title": "Lundi, 9 h, à la loge",
                "text": (
                    "<p>M. O., 52 ans, locataire du bâtiment B, entre dans la loge sans "
                    "frapper. Il parle très fort : son chauffage est en panne depuis trois "
                    "semaines, « personne ne fait rien », « tout le monde se fiche de "
                    "lui ».</p>"
                    "<p>Il tape du plat de la main sur le comptoir. Il a les mâchoires "
                    "serrées et fait des allers-retours devant le comptoir. Personne d'autre "
                    "n'est à la loge. La porte qui donne sur la cour, derrière vous, est "
                    "fermée.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Les premières secondes",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous restez derrière le comptoir, vous ouvrez la porte derrière "
                            "vous, et vous parlez lentement : « Monsieur O., je vois que vous "
                            "êtes à bout. Je vous écoute. » Discrètement, vous envoyez un SMS à "
                            "un collègue."
                        ),
                        "feedback": (
                            "<p>Vous cumulez les bons réflexes : la distance (le comptoir), une "
                            "sortie dégagée derrière vous, une voix calme, son nom, sa colère "
                            "reconnue, et un collègue prévenu. Souvent, une personne en colère "
                            "se calme quand elle se sent entendue.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous haussez le ton pour vous faire entendre : « Calmez-vous tout "
                            "de suite, ou j'appelle la police. »"
                        ),
                        "feedback": (
                            "<p>Vous voulez reprendre la main, c'est compréhensible. Mais la "
                            "menace et le ton qui monte font souvent monter la tension d'un "
                            "cran : M. O. peut se sentir humilié et devenir plus agressif. Le "
                            "17 reste possible si vous vous sentez en danger, mais on ne s'en "
                            "sert pas comme d'un argument.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous lui expliquez point par point que la panne dépend du "
                            "prestataire et que vous l'avez déjà relancé deux fois."
                        ),
                        "feedback": (
                            "<p>Ce que vous dites est vrai, et vous gardez votre calme. Mais "
                            "argumenter sur le fond l'aide peu tant qu'il est très en colère : "
                            "il n'est pas en état d'entendre des explications. Reconnaissez "
                            "d'abord sa colère ; les explications viendront quand il sera plus "
                            "calme.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous sortez de derrière le comptoir et posez la main sur son épaule "
                            "pour le calmer."
                        ),
                        "feedback": (
                            "<p>Le geste part d'une bonne intention, mais toucher une personne "
                            "très tendue peut être vécu comme une agression. Et en quittant le "
                            "comptoir, vous perdez votre distance et votre sortie. Restez à au "
                            "moins deux longueurs de bras.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "lesson",
                "title": "Désamorcer : distance, sortie, voix",
                "text": (
                    "<p><strong>Votre sécurité passe avant tout le reste.</strong> Aucune "
                    "réparation, aucun courrier ne vaut que vous preniez un risque.</p>"
                    "<p>L'agressivité exprime souvent autre chose : peur, sentiment "
                    "d'injustice, douleur, fatigue, alcool, confusion. Elle dépend d'une "
                    "situation plus que d'un diagnostic, et une situation, cela se désamorce "
                    "souvent.</p>"
                    "<p><strong>Signes que la tension monte :</strong> voix qui monte, débit "
                    "qui s'accélère, poings ou mâchoires serrés, allers-retours, coups sur une "
                    "porte ou un meuble, personne qui se rapproche ou vous bloque le passage, "
                    "menaces, même « pour rire », objet qui pourrait servir d'arme.</p>"
                    "<p><strong>Ce qui apaise :</strong></p>"
                    "<ul>"
                    "<li>Au moins deux longueurs de bras de distance, la sortie derrière "
                    "vous.</li>"
                    "<li>Une voix calme et lente, des phrases courtes, son nom.</li>"
                    "<li>La colère reconnue : « Je vois que vous êtes en colère. Je vous "
                    "écoute. »</li>"
                    "<li>Un choix simple : « On en parle maintenant, ou demain matin ? »</li>"
                    "<li>Un collègue prévenu : ne restez pas seul.</li>"
                    "</ul>"
                    "<p><strong>À éviter :</strong> toucher la personne, tourner le dos, "
                    "hausser le ton, ironiser, chercher à avoir raison.</p>"
                ),
                "guide_links": ["agressivite-desamorcer"],
            },
            {
                "type": "narrative",
                "title": "Le lendemain",
                "text": (
                    "<p>La veille, M. O. s'est calmé et il est reparti. Le chauffagiste est "
                    "passé, mais la pièce de rechange n'arrivera que dans une semaine.</p>"
                    "<p>Ce matin, M. O. revient. Il sent l'alcool. Il passe derrière le "
                    "comptoir et se place entre vous et la porte de la cour. Il a pris le "
                    "cutter qui sert à ouvrir les colis et le fait tourner dans sa main : "
                    "« Si ce n'est pas réparé ce soir, vous allez voir ce qui va vous "
                    "arriver. »</p>"
                    "<p>La porte du hall, elle, est libre.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Quand la menace est là",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous dites calmement « Je vais chercher quelqu'un », vous sortez "
                            "par la porte du hall et vous vous mettez à l'abri. Puis vous "
                            "appelez le 17."
                        ),
                        "feedback": (
                            "<p>C'est la bonne décision. Une menace, un objet qui peut servir "
                            "d'arme, l'alcool, une sortie bloquée : ce n'est plus le moment de "
                            "parler. Partir n'est pas un échec, c'est la consigne. Une fois à "
                            "l'abri : le 17 (ou le 112). Si vous ne pouvez pas parler sans "
                            "danger, un SMS au 114.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": "Vous essayez de lui reprendre le cutter des mains.",
                        "feedback": (
                            "<p>C'est un réflexe fréquent, et le plus dangereux : en vous "
                            "approchant, vous risquez d'être blessé. On ne cherche jamais à "
                            "désarmer quelqu'un. Partez, mettez-vous à l'abri, puis appelez le "
                            "17.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous restez derrière le comptoir, vous gardez votre calme et vous "
                            "composez le 17 devant lui."
                        ),
                        "feedback": (
                            "<p>Appeler le 17 est juste, et garder votre calme aussi. Mais en "
                            "restant dans la pièce avec une personne menaçante qui tient un "
                            "cutter, vous restez exposé, et l'appel passé devant lui peut "
                            "précipiter son geste. L'ordre est : partir, se mettre à l'abri, "
                            "puis appeler.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous lui promettez que le chauffage sera réparé ce soir, pour le "
                            "calmer."
                        ),
                        "feedback": (
                            "<p>On comprend l'envie que tout s'arrête au plus vite. Mais vous "
                            "ne pourrez pas tenir cette promesse, ce qui prépare un nouvel "
                            "incident ce soir, et vous restez exposé. Face à une menace, votre "
                            "priorité est de partir.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "narrative",
                "title": "Le soir même",
                "text": (
                    "<p>La police est intervenue. Personne n'a été blessé.</p>"
                    "<p>En fin de journée, vous avez encore les mains qui tremblent. Un "
                    "collègue vous dit : « Laisse tomber, c'est le métier. Demain, tu n'y "
                    "penseras plus. »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Et vous ?",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous appelez votre manager le jour même : vous racontez ce qui "
                            "s'est passé, vous déclarez l'incident par écrit avec des faits "
                            "datés, et vous demandez un temps d'échange."
                        ),
                        "feedback": (
                            "<p>Parler tôt fait partie du métier. La déclaration permet à votre "
                            "employeur de vous protéger et de réfléchir à la suite, avec "
                            "l'équipe dédiée si une souffrance semble en cause chez M. O. Vous "
                            "pouvez aussi porter plainte, avec l'appui de votre employeur. Si "
                            "le sommeil ou l'appréhension s'installent, le service de santé au "
                            "travail est là pour vous.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous suivez le conseil de votre collègue : vous n'en parlez pas, "
                            "pour ne pas passer pour quelqu'un de fragile."
                        ),
                        "feedback": (
                            "<p>Être touché n'est pas un signe de faiblesse. Le choc peut venir "
                            "après coup, dans les jours ou les semaines qui suivent. Et sans "
                            "déclaration, votre employeur ne peut ni vous soutenir, ni éviter "
                            "qu'un autre incident se produise.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous déclarez l'incident par écrit, mais vous n'en parlez à "
                            "personne : « ça va aller »."
                        ),
                        "feedback": (
                            "<p>La déclaration est faite, c'est essentiel. Mais garder pour vous "
                            "ce que vous avez vécu vous laisse porter seul le choc. Un échange "
                            "avec votre manager, le jour même, aide à tourner la page et à "
                            "préparer la suite.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous racontez l'incident aux locataires du bâtiment B et vous les "
                            "mettez en garde contre M. O."
                        ),
                        "feedback": (
                            "<p>Vous cherchez à protéger les locataires, c'est compréhensible. "
                            "Mais cela expose M. O., l'isole et peut rendre la suite plus "
                            "difficile pour tout le monde. Ce que vous savez d'un locataire ne "
                            "se partage qu'avec les personnes prévues par votre employeur.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "debrief",
                "title": "À retenir, et qui appeler",
                "text": (
                    "<ul>"
                    "<li>Votre sécurité d'abord : distance, sortie derrière vous, jamais "
                    "seul.</li>"
                    "<li>Apaisez par la voix : lente, des phrases courtes, son nom, sa colère "
                    "reconnue.</li>"
                    "<li>Menace, arme, sortie bloquée : partez, mettez-vous à l'abri, puis "
                    "appelez le 17 (ou le 112). Un blessé : le 15. Impossible de parler : SMS "
                    "au 114.</li>"
                    "<li>Après : votre manager le jour même, une déclaration écrite, du "
                    "soutien si besoin. Si une souffrance psychique semble en cause, votre "
                    "manager peut saisir l'équipe dédiée.</li>"
                    "</ul>"
                ),
                "contacts": [
                    "police-17",
                    "urgence-112",
                    "samu-15",
                    "urgence-114",
                    "sante-au-travail-bailleur",
                ],
                "include_organisation_referent": True,
            },
        ],
        "quiz": {
            "title": "Quiz : agressivité, désamorcer et se protéger",
            "pass_mark": 70,
            "max_attempts": 3,
            "wait_minutes": 0,
            "draw": 6,
            "shuffle_questions": True,
            "shuffle_choices": True,
            "questions": [
                {
                    "kind": "multiple",
                    "step": 3,
                    "text": "Quels signes montrent que la tension monte ?",
                    "choices": [
                        {
                            "text": "La voix monte et le débit s'accélère.",
                            "correct": True,
                            "feedback": "Oui, c'est souvent le premier signe.",
                        },
                        {
                            "text": "La personne serre les poings ou les mâchoires.",
                            "correct": True,
                            "feedback": "Oui. Le corps se prépare à l'affrontement.",
                        },
                        {
                            "text": "Elle se rapproche de vous ou vous bloque le passage.",
                            "correct": True,
                            "feedback": "Oui. Gardez votre distance et votre sortie.",
                        },
                        {
                            "text": "Elle vous regarde dans les yeux en parlant.",
                            "correct": False,
                            "feedback": "Non : c'est une façon ordinaire de se parler.",
                        },
                        {
                            "text": "Elle pose des questions précises sur sa réparation.",
                            "correct": False,
                            "feedback": "Non : c'est plutôt bon signe, elle revient au concret.",
                        },
                        {
                            "text": "Elle s'assoit quand vous le lui proposez.",
                            "correct": False,
                            "feedback": "Non : c'est plutôt un signe d'apaisement.",
                        },
                    ],
                    "explanation": (
                        "Voix, débit, corps tendu, distance qui se réduit, coups, menaces, "
                        "objet qui peut servir d'arme : autant de signes que la tension monte."
                    ),
                },
                {
                    "kind": "single",
                    "step": 3,
                    "text": "Quelle distance garder avec une personne très en colère ?",
                    "choices": [
                        {
                            "text": "Au moins deux longueurs de bras.",
                            "correct": True,
                            "feedback": "Oui, avec la sortie derrière vous.",
                        },
                        {
                            "text": "Une longueur de bras, pour pouvoir la calmer d'un geste.",
                            "correct": False,
                            "feedback": (
                                "Trop près, et le geste peut être vécu comme une agression."
                            ),
                        },
                        {
                            "text": "Tout près, pour montrer que vous n'avez pas peur.",
                            "correct": False,
                            "feedback": (
                                "Se rapprocher peut être vécu comme un défi, et vous expose."
                            ),
                        },
                        {
                            "text": "Peu importe, tant que vous restez poli.",
                            "correct": False,
                            "feedback": (
                                "La politesse compte, mais la distance vous protège et laisse "
                                "de l'espace à la personne."
                            ),
                        },
                    ],
                    "explanation": (
                        "Au moins deux longueurs de bras, la sortie derrière vous : vous êtes "
                        "protégé, et la personne ne se sent pas acculée."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 5,
                    "text": "Partir quand on se sent menacé est un échec professionnel.",
                    "answer": False,
                    "explanation": (
                        "Partir, c'est la consigne. Vous avez le droit de vous retirer d'une "
                        "situation dangereuse, et de ne pas y retourner seul."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 5,
                    "text": (
                        "Un locataire vous menace avec un objet. Remettez ces actions dans l'ordre."
                    ),
                    "items": [
                        "Quitter les lieux et vous mettre à l'abri",
                        "Appeler le 17 (ou le 112)",
                        "Prévenir votre manager",
                        "Déclarer l'incident par écrit, avec des faits datés",
                    ],
                    "explanation": (
                        "D'abord votre sécurité, puis l'appel, puis votre manager et la "
                        "déclaration écrite."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 3,
                    "text": (
                        "À la loge, Mme G. crie que personne ne répond à ses courriers. Elle ne "
                        "menace pas, mais elle parle fort et tape sur le comptoir. Que lui "
                        "dites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« Madame G., je vois que vous êtes très en colère. Je vous "
                                "écoute. On en parle maintenant, ou demain matin ? »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : son nom, la colère reconnue, un choix simple. Elle "
                                "reprend un peu la main, et la tension peut baisser."
                            ),
                        },
                        {
                            "text": (
                                "« Calmez-vous, vous n'êtes pas la seule à avoir des problèmes. »"
                            ),
                            "correct": False,
                            "feedback": (
                                "« Calmez-vous » produit souvent l'inverse, et la comparaison "
                                "peut être vécue comme une humiliation."
                            ),
                        },
                        {
                            "text": "« Si vous continuez, j'appelle la police. »",
                            "correct": False,
                            "feedback": (
                                "La menace fait monter la tension. Le 17 est fait pour les "
                                "situations de danger, pas pour faire pression."
                            ),
                        },
                        {
                            "text": (
                                "« Ce n'est pas moi qui gère les courriers, voyez avec l'agence. »"
                            ),
                            "correct": False,
                            "feedback": (
                                "C'est peut-être vrai, mais dit d'emblée, sans reconnaître sa "
                                "colère, cela risque de l'attiser. L'orientation viendra quand "
                                "elle sera plus calme."
                            ),
                        },
                    ],
                    "explanation": (
                        "Reconnaître la colère et proposer un choix simple apaise souvent. La "
                        "menace, l'ironie ou le renvoi sec l'attisent."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 3,
                    "text": "L'agressivité dépend davantage d'une situation que d'un diagnostic.",
                    "answer": True,
                    "explanation": (
                        "Peur, injustice ressentie, douleur, alcool, confusion : c'est la "
                        "situation qui compte. Et une situation, cela se désamorce souvent."
                    ),
                },
                {
                    "kind": "single",
                    "step": 5,
                    "text": (
                        "Vous êtes menacé et vous ne pouvez pas parler sans vous mettre en "
                        "danger. Comment alerter ?"
                    ),
                    "choices": [
                        {
                            "text": "Par SMS au 114.",
                            "correct": True,
                            "feedback": (
                                "Oui. Le 114 reçoit les SMS et transmet l'alerte à la police, "
                                "au SAMU ou aux pompiers."
                            ),
                        },
                        {
                            "text": "En appelant le 3114.",
                            "correct": False,
                            "feedback": (
                                "Le 3114 est le numéro de prévention du suicide, pas un numéro "
                                "d'alerte en cas de menace."
                            ),
                        },
                        {
                            "text": "En attendant que la personne parte pour appeler.",
                            "correct": False,
                            "feedback": (
                                "Attendre vous laisse exposé. Le 114 permet d'alerter tout de "
                                "suite."
                            ),
                        },
                        {
                            "text": "Par un e-mail à votre manager.",
                            "correct": False,
                            "feedback": (
                                "Votre manager ne peut pas envoyer de secours, et il ne le "
                                "lira peut-être pas à temps."
                            ),
                        },
                    ],
                    "explanation": (
                        "Quand on ne peut pas parler sans danger : SMS au 114. Il transmet "
                        "l'alerte aux secours."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 3,
                    "text": (
                        "Vous devez relever un compteur chez M. Z., qui vous a menacé la "
                        "semaine dernière. Sur le palier, vous l'entendez crier au téléphone, "
                        "très en colère. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous reportez la visite et vous en parlez à votre manager pour "
                                "l'organiser autrement : à deux, à un autre moment."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Aucun relevé ne vaut un risque. On n'entre pas seul chez "
                                "une personne agitée, surtout après une menace."
                            ),
                        },
                        {
                            "text": (
                                "Vous sonnez quand même : c'est une visite prévue, il doit ouvrir."
                            ),
                            "correct": False,
                            "feedback": (
                                "La visite peut attendre ; votre sécurité, non. Entrer seul "
                                "chez une personne déjà très tendue vous expose."
                            ),
                        },
                        {
                            "text": "Vous frappez fort pour être sûr qu'il vous entende.",
                            "correct": False,
                            "feedback": (
                                "Frapper fort sur la porte d'une personne en colère peut être "
                                "vécu comme une provocation."
                            ),
                        },
                        {
                            "text": (
                                "Vous appelez le 17 pour qu'une patrouille vous accompagne "
                                "pendant le relevé."
                            ),
                            "correct": False,
                            "feedback": (
                                "Le 17 répond aux menaces et aux violences en cours, pas à "
                                "l'organisation d'une visite. Votre manager, lui, peut "
                                "l'organiser autrement."
                            ),
                        },
                    ],
                    "explanation": (
                        "Ne jamais entrer seul chez une personne agitée : on reporte, on en "
                        "parle à son manager, on revient à deux."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 7,
                    "text": "Après un incident où vous avez été menacé, que faites-vous ?",
                    "choices": [
                        {
                            "text": "Vous en parlez à votre manager le jour même.",
                            "correct": True,
                            "feedback": "Oui, même si « tout s'est bien fini ».",
                        },
                        {
                            "text": (
                                "Vous déclarez l'incident selon la procédure de votre employeur."
                            ),
                            "correct": True,
                            "feedback": "Oui : des faits, datés, sans jugement.",
                        },
                        {
                            "text": (
                                "Vous consultez le service de santé au travail si le sommeil ou "
                                "l'appréhension s'installent."
                            ),
                            "correct": True,
                            "feedback": "Oui. Il est tenu au secret médical.",
                        },
                        {
                            "text": "Vous prévenez les autres locataires, pour qu'ils se méfient.",
                            "correct": False,
                            "feedback": (
                                "Non : cela expose et isole la personne, et n'apaise personne."
                            ),
                        },
                        {
                            "text": "Vous attendez quelques semaines pour voir si ça passe.",
                            "correct": False,
                            "feedback": (
                                "Non : parler tôt aide, et la déclaration doit être faite vite."
                            ),
                        },
                        {
                            "text": (
                                "Vous n'écrivez rien, pour ne pas aggraver le cas du locataire."
                            ),
                            "correct": False,
                            "feedback": (
                                "Non : déclarer permet de vous protéger, et d'aider le "
                                "locataire si une souffrance est en cause."
                            ),
                        },
                    ],
                    "explanation": (
                        "Après un incident : votre manager le jour même, une déclaration écrite, "
                        "du soutien si besoin. Vous pouvez aussi porter plainte."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 3,
                    "text": (
                        "Toucher le bras d'une personne très tendue aide en général à la calmer."
                    ),
                    "answer": False,
                    "explanation": (
                        "Le contact physique peut être vécu comme une agression. On apaise par "
                        "la voix et par la distance."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 5,
                    "text": (
                        "Quand un locataire vous menace avec un objet, le bon réflexe est "
                        "d'essayer de le lui reprendre des mains."
                    ),
                    "answer": False,
                    "explanation": (
                        "On ne cherche jamais à désarmer quelqu'un : en vous approchant, vous "
                        "risquez d'être blessé. Partez, mettez-vous à l'abri, puis appelez le "
                        "17 (ou le 112)."
                    ),
                },
                {
                    "kind": "single",
                    "step": 7,
                    "text": (
                        "Depuis un incident à la loge, il y a dix jours, vous dormez mal et vous "
                        "appréhendez d'y retourner. Vers qui pouvez-vous vous tourner ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Le service de santé au travail de votre employeur, et votre "
                                "manager."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Le service de santé au travail est tenu au secret "
                                "médical, et votre manager peut adapter l'organisation."
                            ),
                        },
                        {
                            "text": "Personne : ça finira par passer, c'est le métier.",
                            "correct": False,
                            "feedback": (
                                "Le choc peut venir après coup et durer. En parler n'est pas "
                                "une faiblesse : c'est ce qui aide à tourner la page."
                            ),
                        },
                        {
                            "text": "Les locataires du bâtiment qui ont vu la scène.",
                            "correct": False,
                            "feedback": (
                                "Leur soutien peut être sincère, mais vous exposeriez le "
                                "locataire en cause. Le soutien passe par votre employeur."
                            ),
                        },
                        {
                            "text": "Le 114, par SMS.",
                            "correct": False,
                            "feedback": (
                                "Le 114 sert à alerter les secours quand on ne peut pas "
                                "parler. Pour vous, après coup, c'est la santé au travail."
                            ),
                        },
                    ],
                    "explanation": (
                        "Être touché après un incident est fréquent. Parlez-en à votre manager, "
                        "et au service de santé au travail si le sommeil ou l'appréhension "
                        "s'installent."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    # 4. Risque suicidaire
    # ------------------------------------------------------------------------------------
    {
        "slug": "risque-suicidaire",
        "title": "Un locataire parle d'en finir : oser demander, ne pas laisser seul",
        "summary": (
            "M. H. vous dit que vous n'aurez bientôt « plus à vous occuper de lui ». Apprenez à "
            "poser la question du suicide directement, à appeler le 3114 avec la personne et, "
            "en cas de danger immédiat, à rester avec elle et appeler le 15."
        ),
        "duration_minutes": 20,
        "audience": ALL_STAFF,
        "objectives": [
            "Repérer les phrases et les comportements qui doivent faire penser au suicide.",
            "Poser la question du suicide directement, avec des mots simples.",
            "Orienter vers le 3114 et, en cas de danger immédiat, appeler le 15 sans laisser la "
            "personne seule.",
            "Informer votre manager le jour même et prendre soin de vous ensuite.",
        ],
        "requires": [],
        "review_note": REVIEW_NOTE,
        "steps": [
            {
                "type": "narrative",
                "title": "Un chèque de 20 euros",
                "text": (
                    "<p>M. H., 47 ans, vit seul au 6e. Il a perdu son emploi il y a six mois. "
                    "Depuis, ses loyers sont en retard, et il a reçu la semaine dernière une "
                    "relance plus ferme.</p>"
                    "<p>Ce matin, il passe à la loge déposer un chèque de 20 euros. Il a les "
                    "traits tirés. En vous tendant l'enveloppe, il dit à voix basse : « De "
                    "toute façon, d'ici la fin du mois, vous n'aurez plus à vous occuper de "
                    "moi. »</p>"
                    "<p>Il esquisse un sourire et se tourne vers la porte.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Sa phrase",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous l'invitez à s'asseoir un moment dans la loge, porte fermée, "
                            "et vous lui demandez : « Quand vous dites ça, est-ce que vous "
                            "pensez au suicide ? »"
                        ),
                        "feedback": (
                            "<p>C'est la bonne réaction. Parler du suicide n'en donne pas "
                            "l'idée et n'augmente pas le risque : poser la question "
                            "directement soulage souvent la personne, qui se sent enfin "
                            "entendue. Vous choisissez un endroit calme, et vous employez le "
                            "mot, sans détour.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous répondez en souriant : « Mais non, ne dites pas ça, tout va "
                            "s'arranger ! Vous allez retrouver du travail. »"
                        ),
                        "feedback": (
                            "<p>Vous voulez lui remonter le moral, et c'est sincère. Mais cette "
                            "réponse ferme la porte : M. H. comprend que le sujet met mal à "
                            "l'aise, et qu'il vaut mieux ne pas en parler. Toute allusion au "
                            "suicide se prend au sérieux, même dite avec un sourire.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous lui dites que vous vous inquiétez pour lui, et vous lui donnez "
                            "le numéro du 3114, au cas où."
                        ),
                        "feedback": (
                            "<p>Dire votre inquiétude et donner le 3114, c'est déjà beaucoup. "
                            "Mais sans poser la question, vous ne savez pas s'il y a un danger "
                            "aujourd'hui, et M. H. risque de repartir avec un papier qu'il "
                            "n'utilisera pas. Osez demander directement : c'est ce qui ouvre la "
                            "porte à l'aide.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous ne relevez pas : c'est sans doute une façon de parler, et vous "
                            "ne voulez pas lui donner des idées."
                        ),
                        "feedback": (
                            "<p>C'est une crainte très répandue, mais elle est fausse : parler "
                            "du suicide ne pousse pas à passer à l'acte. En revanche, ne rien "
                            "dire laisse M. H. seul avec ce qu'il vit. Une phrase comme la "
                            "sienne mérite toujours une question.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "narrative",
                "title": "Dans la loge",
                "text": (
                    "<p>M. H. s'assoit. Il se tait un long moment, puis répond : « Oui. J'y "
                    "pense. Surtout la nuit. Je suis un poids pour tout le monde. »</p>"
                    "<p>Vous lui demandez s'il a pensé à comment, ou à quand. Il secoue la "
                    "tête : « Non, je n'ai rien prévu. Il y a ma fille, quand même. »</p>"
                    "<p>Il a les larmes aux yeux, et s'excuse de vous « embêter avec "
                    "ça ».</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Et maintenant ?",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous le remerciez de vous l'avoir dit, vous l'écoutez, puis vous "
                            "lui proposez d'appeler le 3114 ensemble, maintenant, depuis la "
                            "loge. Vous prévenez votre manager le jour même."
                        ),
                        "feedback": (
                            "<p>Vous faites ce qu'il faut. Le remercier lui montre qu'il a bien "
                            "fait de parler. Le 3114 est gratuit, confidentiel, joignable jour "
                            "et nuit : des soignants formés vont parler avec lui et "
                            "l'orienter. S'il ne veut pas appeler, vous pouvez appeler vous-même "
                            "pour demander conseil.</p>"
                            "<p>Votre manager pourra envisager un signalement à l'équipe "
                            "dédiée, et voir avec le conseiller social comment traiter la "
                            "dette de loyer.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous lui promettez de ne rien dire à personne, pour qu'il garde "
                            "confiance en vous."
                        ),
                        "feedback": (
                            "<p>La confiance est précieuse, mais une promesse de secret vous "
                            "met dans une impasse : vous ne pourrez pas la tenir s'il est en "
                            "danger, et vous resteriez seul avec cette inquiétude. Dites-lui "
                            "plutôt que vous allez chercher de l'aide avec lui.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous lui donnez le numéro du 3114 et vous lui faites promettre "
                            "d'appeler ce soir."
                        ),
                        "feedback": (
                            "<p>Donner le 3114 est une bonne chose. Mais le soir, seul, il peut "
                            "ne pas oser appeler. Quand la personne est d'accord, appeler "
                            "ensemble, tout de suite, est plus sûr. Et n'oubliez pas de "
                            "prévenir votre manager le jour même.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous lui dites qu'il ne doit pas penser à ça, qu'il a une fille et "
                            "qu'il doit se battre pour elle."
                        ),
                        "feedback": (
                            "<p>Vous cherchez à lui redonner une raison de vivre, et sa fille "
                            "compte pour lui. Mais dit ainsi, cela sonne comme une leçon de "
                            "morale : il peut se sentir coupable de souffrir, et se taire. "
                            "Écoutez sans juger ni minimiser ; les soignants du 3114 l'aideront "
                            "à s'appuyer sur ce qui le retient.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "lesson",
                "title": "Repérer, demander, orienter",
                "text": (
                    "<p>La plupart des personnes qui pensent au suicide ne veulent pas mourir : "
                    "elles veulent que leur souffrance s'arrête. Cette crise est un moment, et "
                    "on peut en sortir.</p>"
                    "<p><strong>Ce qui doit vous alerter :</strong></p>"
                    "<ul>"
                    "<li>des phrases sur la mort ou le départ, même en plaisantant : "
                    "« Bientôt, je ne vous embêterai plus » ;</li>"
                    "<li>le sentiment d'être un poids, qu'il n'y a pas d'issue ;</li>"
                    "<li>des adieux, des objets précieux donnés, des affaires réglées ;</li>"
                    "<li>un calme soudain après une longue période de grande détresse ;</li>"
                    "<li>une perte récente : deuil, séparation, emploi, procédure "
                    "d'expulsion.</li>"
                    "</ul>"
                    "<p><strong>Demandez directement :</strong> « Est-ce que vous pensez au "
                    "suicide ? » Si oui : « Avez-vous pensé à comment ? À quand ? » Vous n'avez "
                    "pas à évaluer vous-même le danger : ces réponses aideront le 3114 ou le "
                    "15 à vous conseiller.</p>"
                    "<p><strong>Le 3114</strong> répond 24 h/24, gratuitement, à la personne, à "
                    "ses proches et aux professionnels qui s'inquiètent. <strong>Le 15</strong> "
                    "(ou le 112) si le danger est immédiat : projet précis, moyens à portée de "
                    "main, geste en cours. Dans ce cas, <strong>ne laissez pas la personne "
                    "seule</strong>.</p>"
                ),
                "guide_links": ["risque-suicidaire", "prendre-soin-de-soi"],
            },
            {
                "type": "narrative",
                "title": "Deux semaines plus tard",
                "text": (
                    "<p>M. H. a parlé au 3114, puis a vu son médecin. Votre manager a fait un "
                    "signalement à l'équipe dédiée, et le conseiller social l'a reçu pour sa "
                    "dette.</p>"
                    "<p>Ce vendredi, en fin d'après-midi, il revient à la loge. Il paraît "
                    "étonnamment calme, presque soulagé. Il vous tend un sac : « Ce sont les "
                    "plantes de mon balcon, vous en prendrez soin. Et cette lettre, vous la "
                    "donnerez à ma fille. »</p>"
                    "<p>Vous lui posez la question. Il répond calmement qu'il a mis ses "
                    "médicaments de côté depuis une semaine, et que « ce soir, ce sera "
                    "fini ».</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Danger immédiat",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous restez avec lui dans la loge, vous appelez le 15 et vous "
                            "suivez les consignes du médecin. Vous demandez à un collègue de "
                            "vous rejoindre."
                        ),
                        "feedback": (
                            "<p>C'est la bonne réponse. Un projet précis, un moyen à "
                            "disposition, un moment choisi : le danger est immédiat. On ne "
                            "laisse pas la personne seule, et on appelle le 15 (ou le 112). Le "
                            "médecin régulateur décide de la réponse. Si vous devez vous "
                            "éloigner, un collègue reste avec M. H.</p>"
                            "<p>Ensuite, prévenez votre manager, et pensez à vous : ces moments "
                            "sont éprouvants.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": "Vous appelez le 3114 avec lui, depuis la loge, sans le quitter.",
                        "feedback": (
                            "<p>Vous restez avec lui et vous appelez à l'aide : l'essentiel est "
                            "là. Le 3114 vous écoutera et fera intervenir les secours si "
                            "nécessaire. Mais quand le projet est précis et prévu pour ce soir, "
                            "le 15 est le chemin le plus direct vers une équipe médicale : "
                            "chaque minute compte.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous prenez ses clés et montez chez lui récupérer les médicaments, "
                            "pendant qu'il vous attend à la loge."
                        ),
                        "feedback": (
                            "<p>Éloigner ce qui pourrait servir au geste est une bonne idée "
                            "quand c'est possible sans risque. Mais ici, vous laissez M. H. "
                            "seul au moment le plus dangereux, et il peut avoir d'autres "
                            "moyens. Restez avec lui et appelez le 15 ; les secours s'occuperont "
                            "du reste.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous acceptez les plantes et la lettre, vous lui souhaitez un bon "
                            "week-end et vous prévenez votre manager lundi."
                        ),
                        "feedback": (
                            "<p>Ce calme soudain peut rassurer. Pourtant, après une longue "
                            "détresse, un calme inattendu et des objets donnés sont des signes "
                            "d'alerte majeurs. Avec un projet précis pour ce soir, attendre "
                            "lundi peut coûter une vie. Restez avec lui et appelez le 15 "
                            "maintenant.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "debrief",
                "title": "À retenir, et qui appeler",
                "text": (
                    "<ul>"
                    "<li>Toute allusion au suicide se prend au sérieux, même en "
                    "plaisantant.</li>"
                    "<li>Posez la question directement : cela ne donne pas l'idée, cela ouvre "
                    "la porte à l'aide.</li>"
                    "<li>Sans danger immédiat : écoutez, proposez d'appeler le 3114 ensemble, "
                    "prévenez votre manager le jour même.</li>"
                    "<li>Projet précis, moyens à portée de main, geste en cours : ne laissez "
                    "pas la personne seule et appelez le 15 (ou le 112). SMS au 114 si vous ne "
                    "pouvez pas parler.</li>"
                    "<li>Ne promettez jamais le secret, et ne vous mettez pas en danger pour "
                    "retenir quelqu'un.</li>"
                    "</ul>"
                    "<p>Ces situations sont éprouvantes. Parlez-en. Le 3114 répond aussi aux "
                    "professionnels, et à vous-même si vous en avez besoin. La formation "
                    "Premiers secours en santé mentale (PSSM) permet de s'exercer à ces "
                    "situations.</p>"
                ),
                "contacts": [
                    "prevention-suicide-3114",
                    "samu-15",
                    "urgence-112",
                    "urgence-114",
                    "sante-au-travail-bailleur",
                ],
                "include_organisation_referent": True,
            },
        ],
        "quiz": {
            "title": "Quiz : risque suicidaire, repérer, demander, orienter",
            "pass_mark": 80,
            "max_attempts": 3,
            "wait_minutes": 10,
            "draw": 6,
            "shuffle_questions": True,
            "shuffle_choices": True,
            "questions": [
                {
                    "kind": "true_false",
                    "step": 2,
                    "text": "Demander à quelqu'un s'il pense au suicide peut lui en donner l'idée.",
                    "answer": False,
                    "explanation": (
                        "C'est une idée reçue. Poser la question directement n'augmente pas le "
                        "risque ; cela soulage souvent la personne, qui se sent entendue."
                    ),
                },
                {
                    "kind": "single",
                    "step": 5,
                    "text": "Quelle question est la plus adaptée ?",
                    "choices": [
                        {
                            "text": "« Est-ce que vous pensez au suicide ? »",
                            "correct": True,
                            "feedback": (
                                "Oui : claire, directe, sans jugement. Elle permet de répondre oui."
                            ),
                        },
                        {
                            "text": "« Vous n'allez pas faire de bêtise, hein ? »",
                            "correct": False,
                            "feedback": (
                                "La tournure appelle un « non », et le mot « bêtise » juge ce "
                                "que la personne vit."
                            ),
                        },
                        {
                            "text": "« Ça va aller, non ? »",
                            "correct": False,
                            "feedback": (
                                "La question contient déjà la réponse attendue : il est très "
                                "difficile d'y répondre « non »."
                            ),
                        },
                        {
                            "text": "« Vous ne pensez quand même pas à des choses graves ? »",
                            "correct": False,
                            "feedback": (
                                "Elle tourne autour du mot et appelle un « non ». Osez le mot "
                                "« suicide »."
                            ),
                        },
                    ],
                    "explanation": (
                        "Employez le mot, simplement : « Est-ce que vous pensez au suicide ? » "
                        "Une question qui attend un « non » ferme la porte."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 5,
                    "text": "Quels signes doivent vous faire penser à un risque suicidaire ?",
                    "choices": [
                        {
                            "text": "La personne dit qu'elle est un poids pour tout le monde.",
                            "correct": True,
                            "feedback": "Oui. Le sentiment d'être un poids est un signe d'alerte.",
                        },
                        {
                            "text": "Elle donne des objets auxquels elle tenait.",
                            "correct": True,
                            "feedback": "Oui. Cela peut ressembler à des adieux.",
                        },
                        {
                            "text": (
                                "Elle paraît soudain calme après une longue période de grande "
                                "détresse."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Ce calme peut signifier qu'une décision a été prise."
                            ),
                        },
                        {
                            "text": "Elle se plaint du bruit de ses voisins.",
                            "correct": False,
                            "feedback": "Non : c'est une plainte ordinaire.",
                        },
                        {
                            "text": "Elle se met en colère à propos d'une réparation.",
                            "correct": False,
                            "feedback": (
                                "Non : la colère n'est pas en soi un signe de risque suicidaire."
                            ),
                        },
                        {
                            "text": (
                                "Elle refuse une visite d'entretien un jour où elle est pressée."
                            ),
                            "correct": False,
                            "feedback": "Non : un refus isolé n'est pas un signe d'alerte.",
                        },
                    ],
                    "explanation": (
                        "Sentiment d'être un poids, adieux, objets donnés, calme soudain après "
                        "une grande détresse, perte récente : autant de signes à prendre au "
                        "sérieux."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 4,
                    "text": (
                        "Une locataire laisse entendre qu'elle voudrait « en finir ». Il n'y a "
                        "pas de danger immédiat. Remettez ces actions dans l'ordre."
                    ),
                    "items": [
                        "Trouver un endroit calme et poser la question directement",
                        "Écouter sans juger ni minimiser",
                        "Proposer d'appeler le 3114 ensemble",
                        "Informer votre manager le jour même",
                    ],
                    "explanation": (
                        "Demander, écouter, orienter vers le 3114, puis prévenir votre manager : "
                        "un signalement à l'équipe dédiée peut suivre."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 7,
                    "text": (
                        "Une voisine vous appelle : M. F. est assis sur le rebord de sa fenêtre "
                        "du 4e, les jambes dans le vide. Vous arrivez dans l'appartement, dont "
                        "la porte est ouverte. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous appelez le 15 (ou le 112), vous restez avec lui, à "
                                "distance, en lui parlant calmement."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Le geste est en cours : on appelle les secours et on ne "
                                "le laisse pas seul, sans se mettre en danger."
                            ),
                        },
                        {
                            "text": "Vous vous précipitez pour le tirer en arrière.",
                            "correct": False,
                            "feedback": (
                                "Le réflexe est humain, mais un geste brusque peut provoquer "
                                "une chute, la sienne ou la vôtre. Ne vous mettez pas en danger "
                                "pour retenir physiquement quelqu'un."
                            ),
                        },
                        {
                            "text": "Vous descendez chercher votre manager.",
                            "correct": False,
                            "feedback": (
                                "Vous le laissez seul au moment le plus dangereux, et vous "
                                "perdez du temps. Appelez le 15 depuis l'appartement."
                            ),
                        },
                        {
                            "text": "Vous appelez le 3114 pour demander conseil.",
                            "correct": False,
                            "feedback": (
                                "Le 3114 est précieux pour parler et être orienté. Mais quand "
                                "le geste est en cours, c'est le 15 (ou le 112)."
                            ),
                        },
                    ],
                    "explanation": (
                        "Geste en cours ou danger immédiat : restez avec la personne, à "
                        "distance, et appelez le 15 (ou le 112)."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 5,
                    "text": (
                        "Le 3114 répond aussi aux professionnels qui s'inquiètent pour quelqu'un "
                        "et veulent un avis."
                    ),
                    "answer": True,
                    "explanation": (
                        "Le 3114 répond aux personnes en souffrance, à leurs proches, aux "
                        "personnes endeuillées et aux professionnels. Vous pouvez l'appeler "
                        "pour demander conseil, ou pour vous-même."
                    ),
                },
                {
                    "kind": "single",
                    "step": 4,
                    "text": (
                        "Un locataire vous confie qu'il pense au suicide et vous demande de ne "
                        "le dire à personne. Que répondez-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« Merci de me l'avoir dit. Je ne peux pas garder ça pour moi, "
                                "mais je vais chercher de l'aide avec vous. »"
                            ),
                            "correct": True,
                            "feedback": "Oui : vous êtes honnête, et vous restez à ses côtés.",
                        },
                        {
                            "text": "« C'est promis, ça restera entre nous. »",
                            "correct": False,
                            "feedback": (
                                "Vous ne pourriez pas tenir cette promesse s'il est en danger, "
                                "et vous porteriez seul cette inquiétude."
                            ),
                        },
                        {
                            "text": "« Je dois prévenir votre famille tout de suite. »",
                            "correct": False,
                            "feedback": (
                                "L'aide passe par le 3114, le 15 si le danger est immédiat, et "
                                "votre manager, pas par la famille sans son accord."
                            ),
                        },
                        {
                            "text": "« Je ne suis pas la bonne personne pour entendre ça. »",
                            "correct": False,
                            "feedback": (
                                "Il vous a choisi pour en parler : l'écouter quelques minutes, "
                                "puis l'orienter, peut tout changer."
                            ),
                        },
                    ],
                    "explanation": (
                        "Ne promettez jamais le secret. Dites que vous allez chercher de l'aide "
                        "avec la personne."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 5,
                    "text": "Dans quelles situations le danger est-il immédiat (appel au 15) ?",
                    "choices": [
                        {
                            "text": (
                                "La personne a un projet précis pour ce soir et les moyens chez "
                                "elle."
                            ),
                            "correct": True,
                            "feedback": "Oui : projet, moyen, moment. Restez avec elle.",
                        },
                        {
                            "text": "Elle vient d'avaler des médicaments.",
                            "correct": True,
                            "feedback": "Oui : le geste est en cours.",
                        },
                        {
                            "text": "Elle est assise sur le rebord d'un balcon.",
                            "correct": True,
                            "feedback": "Oui : le geste peut avoir lieu à tout moment.",
                        },
                        {
                            "text": "Elle dit y penser parfois la nuit, sans rien avoir prévu.",
                            "correct": False,
                            "feedback": (
                                "C'est sérieux, mais pas immédiat : proposez d'appeler le 3114 "
                                "ensemble et prévenez votre manager."
                            ),
                        },
                        {
                            "text": "Elle a perdu son emploi il y a six mois.",
                            "correct": False,
                            "feedback": (
                                "Une perte est un facteur de fragilité, pas un danger immédiat "
                                "à elle seule."
                            ),
                        },
                        {
                            "text": "Elle pleure en parlant de son deuil.",
                            "correct": False,
                            "feedback": (
                                "Pleurer un deuil est humain. Écoutez, et posez la question si "
                                "vous avez un doute."
                            ),
                        },
                    ],
                    "explanation": (
                        "Projet précis, moyens à portée de main, geste en cours : le 15 (ou le "
                        "112), sans laisser la personne seule. Sinon : le 3114 et votre manager."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 7,
                    "text": (
                        "Si vous devez vous éloigner d'une personne en danger immédiat, vous "
                        "demandez à un collègue ou à un voisin de confiance de rester avec elle."
                    ),
                    "answer": True,
                    "explanation": (
                        "Une personne en danger immédiat ne reste jamais seule. Si vous devez "
                        "vous éloigner, quelqu'un prend le relais auprès d'elle."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 8,
                    "text": (
                        "Un lundi, vous apprenez qu'un locataire s'est suicidé pendant le "
                        "week-end. Ses voisins sont choqués, et vous dormez mal depuis. Que "
                        "faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous en parlez à votre manager, et vous savez que le 3114 peut "
                                "aussi aider les voisins endeuillés, et vous-même."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Un suicide dans la résidence touche tout le monde, vous "
                                "compris. En parler tôt aide."
                            ),
                        },
                        {
                            "text": (
                                "Vous expliquez aux voisins ce qui s'est passé en détail, pour "
                                "couper court aux rumeurs."
                            ),
                            "correct": False,
                            "feedback": (
                                "Les détails blessent et exposent la personne et sa famille. "
                                "Écoutez les voisins, sans raconter."
                            ),
                        },
                        {
                            "text": "Vous gardez tout pour vous : ça finira par passer.",
                            "correct": False,
                            "feedback": (
                                "Le choc peut s'installer. Être touché n'est pas une faiblesse : "
                                "parlez-en à votre manager, ou au service de santé au travail."
                            ),
                        },
                        {
                            "text": (
                                "Vous dites aux voisins que ce n'est pas votre rôle d'en parler, "
                                "et vous changez de sujet."
                            ),
                            "correct": False,
                            "feedback": (
                                "Vous n'avez rien à raconter, c'est vrai. Mais les voisins ont "
                                "besoin d'être écoutés : vous pouvez aussi leur donner le 3114."
                            ),
                        },
                    ],
                    "explanation": (
                        "Après un suicide, voisins et professionnels peuvent être très choqués. "
                        "Le 3114 répond aussi aux personnes endeuillées ; parlez-en à votre "
                        "manager."
                    ),
                },
                {
                    "kind": "single",
                    "step": 5,
                    "text": "Le 3114, c'est :",
                    "choices": [
                        {
                            "text": (
                                "Le numéro national de prévention du suicide, gratuit, "
                                "confidentiel, 24 h/24 et 7 j/7."
                            ),
                            "correct": True,
                            "feedback": "Oui. Des soignants formés y répondent.",
                        },
                        {
                            "text": "Un numéro payant, ouvert aux heures de bureau.",
                            "correct": False,
                            "feedback": "Non : il est gratuit et répond jour et nuit.",
                        },
                        {
                            "text": "Le numéro de la police pour les urgences psychiatriques.",
                            "correct": False,
                            "feedback": (
                                "Non : ce sont des soignants qui répondent. En cas de danger "
                                "immédiat, c'est le 15 (ou le 112)."
                            ),
                        },
                        {
                            "text": "Un service réservé aux personnes déjà suivies en psychiatrie.",
                            "correct": False,
                            "feedback": (
                                "Non : il est ouvert à tous, personnes en souffrance, proches "
                                "et professionnels."
                            ),
                        },
                    ],
                    "explanation": (
                        "Le 3114 : gratuit, confidentiel, 24 h/24, pour les personnes en "
                        "souffrance, leurs proches, les personnes endeuillées et les "
                        "professionnels."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 7,
                    "text": (
                        "Un locataire a un projet précis pour ce soir. Remettez ces actions dans "
                        "l'ordre."
                    ),
                    "items": [
                        "Rester avec lui et appeler le 15 (ou le 112)",
                        "Suivre les consignes du médecin régulateur",
                        "Guider les secours jusqu'à lui à leur arrivée",
                        "Informer votre manager",
                    ],
                    "explanation": (
                        "Ne pas laisser seul et appeler le 15, suivre les consignes, accueillir "
                        "les secours, puis prévenir votre manager et parler de ce que vous avez "
                        "vécu."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    # 5. Troubles de voisinage
    # ------------------------------------------------------------------------------------
    {
        "slug": "troubles-voisinage",
        "title": "Plaintes de voisinage : conflit ordinaire ou souffrance ?",
        "summary": (
            "Des coups la nuit, des voisins à bout, une pétition qui circule. Apprenez à écouter "
            "chacun, à distinguer un conflit de voisinage d'une détresse, et à choisir entre "
            "médiation et signalement."
        ),
        "duration_minutes": 15,
        "audience": ALL_STAFF,
        "objectives": [
            "Écouter les plaintes des voisins et y répondre sans dévoiler la situation d'un "
            "locataire.",
            "Distinguer, à partir de faits, un conflit de voisinage ordinaire d'une situation où "
            "une souffrance semble en cause.",
            "Choisir la bonne réponse : rappel au règlement, médiation, ou transmission à votre "
            "manager pour l'équipe dédiée.",
            "Éviter ce qui aggrave : confrontation en pleine crise, pétition, menace d'expulsion.",
        ],
        "requires": [],
        "review_note": REVIEW_NOTE,
        "steps": [
            {
                "type": "narrative",
                "title": "Une pétition dans l'escalier A",
                "text": (
                    "<p>M. W., 60 ans, vient vous voir avec une feuille signée par six "
                    "voisins. Depuis un mois, Mme J., qui vit juste au-dessus de chez lui, fait "
                    "du bruit la nuit : des coups, des meubles traînés, parfois des cris vers "
                    "3 h du matin. M. W. dort mal, il est à bout : « Il faut qu'elle "
                    "parte. »</p>"
                    "<p>Vous connaissez peu Mme J. Arrivée il y a deux ans, elle salue "
                    "poliment et ne s'est jamais fait remarquer. Depuis quelques semaines, "
                    "vous la voyez rarement, et sa boîte aux lettres n'est plus relevée.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Face à M. W.",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous l'écoutez, vous reconnaissez sa fatigue et vous lui demandez "
                            "de noter les dates et les heures des bruits. Vous lui dites que "
                            "vous allez voir ce qui se passe, sans promettre de solution "
                            "immédiate."
                        ),
                        "feedback": (
                            "<p>M. W. se sent pris au sérieux, et sa fatigue est légitime. Les "
                            "dates et les heures vous donneront des faits précis, utiles quelle "
                            "que soit la suite. Vous ne vous engagez pas sur une issue que vous "
                            "ne maîtrisez pas. Quant à la pétition, vous pouvez dire calmement "
                            "qu'elle risque d'aggraver les tensions.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous prenez la pétition et promettez de la faire remonter pour "
                            "qu'une procédure soit lancée contre Mme J."
                        ),
                        "feedback": (
                            "<p>Vous voulez soulager M. W. Mais vous promettez une issue que "
                            "vous ne décidez pas, avant même d'avoir entendu Mme J. Les "
                            "pétitions isolent la personne visée et durcissent le conflit ; si "
                            "une souffrance est en cause, elles peuvent aggraver les "
                            "choses.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous lui conseillez d'appeler le 17 la prochaine fois qu'il y a du "
                            "bruit la nuit."
                        ),
                        "feedback": (
                            "<p>M. W. a le droit d'appeler la police pour un tapage nocturne, "
                            "et vous n'avez pas à l'en dissuader. Mais ce conseil, donné en "
                            "premier, ne vous apprend rien sur ce qui se passe chez Mme J. et "
                            "peut tendre encore la situation. Mieux vaut d'abord aller à sa "
                            "rencontre.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous lui répondez : « Ne vous inquiétez pas, je crois qu'elle ne va "
                            "pas bien dans sa tête, ça va s'arranger. »"
                        ),
                        "feedback": (
                            "<p>Vous cherchez à apaiser. Mais vous donnez une information que "
                            "vous n'avez pas, sur la santé d'une autre locataire. Cette phrase "
                            "circulera dans l'escalier, avec une étiquette qui risque de coller "
                            "à Mme J. On peut rassurer sans rien dévoiler : « J'ai bien noté, je "
                            "m'en occupe. »</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "narrative",
                "title": "Chez Mme J.",
                "text": (
                    "<p>Le lendemain, vous sonnez chez Mme J. Elle ouvre, le visage très "
                    "fatigué. Derrière elle, vous voyez des meubles poussés contre les "
                    "murs.</p>"
                    "<p>Quand vous évoquez le bruit, elle s'anime : « C'est eux qui font du "
                    "bruit ! Ils parlent de moi à travers le sol, toute la nuit. Ils disent que "
                    "je dois partir. Alors je tape pour qu'ils se taisent. » Elle ajoute "
                    "qu'elle ne dort presque plus et qu'elle a arrêté de travailler.</p>"
                    "<p>Elle ne menace personne. Elle accepte que vous repassiez.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "lesson",
                "title": "Conflit ordinaire ou souffrance ? Quelques repères",
                "text": (
                    "<p>Vous n'avez pas à poser de diagnostic. Mais quelques repères aident à "
                    "choisir la bonne réponse.</p>"
                    "<p><strong>Plutôt un conflit de voisinage ordinaire :</strong></p>"
                    "<ul>"
                    "<li>la gêne est concrète et reconnue de part et d'autre : un chien, des "
                    "horaires, des enfants, des travaux ;</li>"
                    "<li>chacun peut expliquer son point de vue et entendre celui de "
                    "l'autre ;</li>"
                    "<li>le rappel au règlement ou une médiation font bouger les choses.</li>"
                    "</ul>"
                    "<p><strong>Plutôt une souffrance qui demande un autre relais :</strong></p>"
                    "<ul>"
                    "<li>un changement net chez la personne : sommeil, travail, retrait, "
                    "courrier non relevé ;</li>"
                    "<li>des explications qui surprennent : voix à travers les murs, "
                    "sentiment d'être surveillé ou visé ;</li>"
                    "<li>une grande peur ou une grande détresse ;</li>"
                    "<li>des courriers et des rappels sans effet, ou qui aggravent la "
                    "situation.</li>"
                    "</ul>"
                    "<p>Dans ce second cas, les réponses habituelles restent possibles, mais "
                    "elles gagnent à être coordonnées avec l'équipe dédiée, par votre manager. "
                    "Certains CLSM réunissent aussi les partenaires autour des situations les "
                    "plus complexes.</p>"
                    "<p>Face à la personne : on ne discute pas ce qu'elle vit, on ne le "
                    "confirme pas ; on reconnaît sa peur.</p>"
                ),
                "guide_links": ["comportements-voisinage-conflits", "signaler-equipe-dediee"],
            },
            {
                "type": "decision",
                "title": "La suite",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous transmettez à votre manager des faits datés : les plaintes et "
                            "leurs dates, les propos de Mme J. entre guillemets, les "
                            "changements observés. Vous proposez d'attendre l'avis de l'équipe "
                            "dédiée avant toute rencontre entre voisins."
                        ),
                        "feedback": (
                            "<p>Vous avez repéré ce qui fait pencher vers une souffrance : un "
                            "changement net, des propos qui surprennent, une grande fatigue. "
                            "Vos faits permettront à votre manager de saisir l'équipe dédiée. "
                            "Les réponses habituelles ne sont pas abandonnées : elles seront "
                            "coordonnées avec l'équipe.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous organisez la semaine prochaine une rencontre de médiation "
                            "entre Mme J. et M. W., à la loge."
                        ),
                        "feedback": (
                            "<p>La médiation est un bon outil pour beaucoup de conflits, et "
                            "vous avez raison de vouloir renouer le dialogue. Mais ici, Mme J. "
                            "semble en grande détresse et convaincue qu'on parle d'elle : une "
                            "confrontation maintenant risque de tourner à l'affrontement et "
                            "d'aggraver sa peur. Passez d'abord le relais ; la médiation pourra "
                            "venir plus tard, en lien avec l'équipe dédiée.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous faites envoyer à Mme J. une mise en demeure rappelant qu'en "
                            "cas de troubles répétés, le bail peut être résilié."
                        ),
                        "feedback": (
                            "<p>Le rappel au règlement a sa place dans un conflit ordinaire. "
                            "Mais brandir la menace d'expulsion pour obtenir un changement de "
                            "comportement échoue quand une souffrance est en cause : Mme J. ne "
                            "tape pas par malveillance, mais parce qu'elle a peur. Le courrier "
                            "risque d'augmenter cette peur, sans faire cesser le bruit.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous expliquez à Mme J. que M. W. ne parle pas d'elle, et vous lui "
                            "proposez de venir écouter chez lui pour s'en assurer."
                        ),
                        "feedback": (
                            "<p>Vous cherchez à la rassurer par une preuve. Mais une conviction "
                            "de ce type ne cède pas aux arguments, et cette visite chez M. W. "
                            "peut créer une scène pénible pour tous les deux. On ne discute pas "
                            "le contenu : on reconnaît la peur (« Ça a l'air épuisant de ne "
                            "plus dormir ») et on passe le relais.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "narrative",
                "title": "Trois semaines plus tard",
                "text": (
                    "<p>L'équipe dédiée a rendu visite à Mme J. Votre manager vous a seulement "
                    "dit que « la situation est prise en charge », et que le bruit pourrait "
                    "mettre un peu de temps à diminuer. Les nuits sont déjà plus calmes, mais "
                    "pas toutes.</p>"
                    "<p>M. W. vous arrête dans la cour, agacé : « Alors ? Ça fait un mois ! "
                    "Qu'est-ce qu'elle a ? Vous faites quoi, au juste ? »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Répondre au voisin",
                "question": "Que lui répondez-vous ?",
                "choices": [
                    {
                        "text": (
                            "« Je comprends que vous soyez fatigué. La situation est suivie, "
                            "mais je ne peux pas vous en dire plus. Continuez à noter les nuits "
                            "difficiles, et revenez me voir quand vous voulez. »"
                        ),
                        "feedback": (
                            "<p>Vous reconnaissez sa fatigue, vous respectez la discrétion due "
                            "à Mme J., et vous gardez M. W. dans la boucle avec quelque chose "
                            "de concret à faire. Les dates qu'il note aideront à suivre "
                            "l'évolution.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "« Une équipe de psychiatrie est passée chez elle, ça va aller mieux. »"
                        ),
                        "feedback": (
                            "<p>Vous pensez rassurer M. W. en montrant que les choses bougent. "
                            "Mais vous dévoilez une information sur la santé de Mme J. : elle "
                            "circulera dans l'escalier, et Mme J. pourrait la vivre comme une "
                            "trahison. « La situation est suivie » suffit.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": "« Ce n'est pas de mon ressort, voyez avec l'agence. »",
                        "feedback": (
                            "<p>Vous ne dévoilez rien, c'est bien, et l'agence peut en effet "
                            "l'entendre. Mais M. W. risque de se sentir éconduit, et sa colère "
                            "peut se reporter sur Mme J. Un mot qui reconnaît sa fatigue, et "
                            "l'assurance que c'est suivi, apaisent davantage.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": "« Si vous voulez que ça aille plus vite, relancez la pétition. »",
                        "feedback": (
                            "<p>Vous partagez peut-être l'impatience de M. W. Mais une pétition "
                            "isole Mme J., ravive les tensions dans l'escalier et peut "
                            "compromettre l'accompagnement en cours. Mieux vaut lui laisser le "
                            "temps et continuer à noter les faits.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "debrief",
                "title": "À retenir, et qui appeler",
                "text": (
                    "<ul>"
                    "<li>Les voisins subissent parfois de vraies nuisances : écoutez-les, "
                    "prenez leurs plaintes au sérieux, faites noter les dates.</li>"
                    "<li>Ne dites rien de la santé ni de la situation d'un locataire : « La "
                    "situation est suivie, je ne peux pas vous en dire plus. »</li>"
                    "<li>Un changement net, des propos qui surprennent, une grande peur : "
                    "passez le relais à votre manager, qui peut saisir l'équipe dédiée.</li>"
                    "<li>Évitez ce qui aggrave : confrontation en pleine crise, pétition, "
                    "menace d'expulsion.</li>"
                    "<li>Menace ou violence : le 17. Personne en détresse médicale ou très "
                    "confuse : le 15.</li>"
                    "</ul>"
                ),
                "contacts": ["equipe-dediee-13", "equipe-dediee-20", "police-17", "samu-15"],
                "include_organisation_referent": True,
            },
        ],
        "quiz": {
            "title": "Quiz : plaintes de voisinage, conflit ou souffrance",
            "pass_mark": 70,
            "max_attempts": 3,
            "wait_minutes": 0,
            "draw": 6,
            "shuffle_questions": True,
            "shuffle_choices": True,
            "questions": [
                {
                    "kind": "single",
                    "step": 2,
                    "text": (
                        "Un voisin se plaint du bruit d'une locataire. Que lui dites-vous d'abord ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« J'ai bien noté. Pouvez-vous noter les dates et les heures ? "
                                "Je vais voir ce qui se passe. »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : vous le prenez au sérieux et vous recueillez des faits."
                            ),
                        },
                        {
                            "text": "« Elle est suivie en psychiatrie, il faut être patient. »",
                            "correct": False,
                            "feedback": (
                                "Vous dévoilez la santé d'une locataire : c'est contraire à la "
                                "discrétion qui vous est demandée."
                            ),
                        },
                        {
                            "text": "« Ce n'est pas mon problème, appelez la police. »",
                            "correct": False,
                            "feedback": (
                                "Il en a le droit, mais vous renvoyez le problème sans rien "
                                "savoir de la situation."
                            ),
                        },
                        {
                            "text": "« Je vais la faire expulser, ne vous inquiétez pas. »",
                            "correct": False,
                            "feedback": (
                                "Vous promettez une issue que vous ne décidez pas, avant même "
                                "d'avoir entendu la locataire."
                            ),
                        },
                    ],
                    "explanation": (
                        "Écouter, faire noter les dates, aller voir : des faits d'abord, sans "
                        "rien promettre ni dévoiler."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 4,
                    "text": (
                        "Quels éléments font penser qu'une souffrance, plus qu'un simple "
                        "conflit, est en cause ?"
                    ),
                    "choices": [
                        {
                            "text": "Un changement net de comportement par rapport à d'habitude.",
                            "correct": True,
                            "feedback": "Oui : c'est un signe à transmettre.",
                        },
                        {
                            "text": (
                                "Des explications qui surprennent, comme des voix à travers les "
                                "murs."
                            ),
                            "correct": True,
                            "feedback": "Oui : décrivez-les sans les discuter.",
                        },
                        {
                            "text": (
                                "Des rappels au règlement sans effet, ou qui aggravent la "
                                "situation."
                            ),
                            "correct": True,
                            "feedback": "Oui : les réponses habituelles ne suffisent plus.",
                        },
                        {
                            "text": "Les deux voisins ne s'apprécient pas depuis longtemps.",
                            "correct": False,
                            "feedback": "Non : c'est le cas de bien des conflits ordinaires.",
                        },
                        {
                            "text": "La gêne porte sur des travaux à des horaires interdits.",
                            "correct": False,
                            "feedback": "Non : c'est une gêne concrète, qui relève du règlement.",
                        },
                        {
                            "text": "Le voisin qui se plaint est très en colère.",
                            "correct": False,
                            "feedback": (
                                "Non : sa colère dit sa fatigue, pas ce que vit la personne visée."
                            ),
                        },
                    ],
                    "explanation": (
                        "Changement net, explications qui surprennent, grande peur, réponses "
                        "habituelles sans effet : autant de raisons de passer le relais."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 2,
                    "text": (
                        "Une pétition de voisins aide en général à régler une situation où une "
                        "souffrance psychique est en cause."
                    ),
                    "answer": False,
                    "explanation": (
                        "Les pétitions isolent la personne visée et durcissent les tensions. "
                        "Elles n'apportent aucune aide à la personne en souffrance."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 5,
                    "text": (
                        "Un voisin se plaint de bruits la nuit chez une locataire. Remettez ces "
                        "actions dans l'ordre."
                    ),
                    "items": [
                        "Écouter le voisin et lui demander de noter les dates et les heures",
                        "Aller à la rencontre de la locataire, calmement",
                        "Transmettre les faits à votre manager si une souffrance semble en cause",
                        "Revenir vers le voisin, sans rien dévoiler",
                    ],
                    "explanation": (
                        "Écouter, aller voir, transmettre, puis revenir vers celui qui s'est "
                        "plaint : chacun est entendu, et personne n'est exposé."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 4,
                    "text": (
                        "M. C. se plaint que le chien de sa voisine aboie toute la journée "
                        "pendant qu'elle travaille. La voisine, surprise, reconnaît qu'elle ne "
                        "s'en rendait pas compte. Quelle est la réponse la plus adaptée ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Proposer un échange ou une médiation entre eux, et rappeler le "
                                "règlement si besoin."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : la gêne est concrète et reconnue, chacun peut entendre "
                                "l'autre. C'est un conflit ordinaire."
                            ),
                        },
                        {
                            "text": "Demander à votre manager de saisir l'équipe dédiée.",
                            "correct": False,
                            "feedback": (
                                "Rien ici ne fait penser à une souffrance psychique. L'équipe "
                                "dédiée est faite pour les situations psychosociales."
                            ),
                        },
                        {
                            "text": "Conseiller à M. C. d'appeler le 17 à chaque aboiement.",
                            "correct": False,
                            "feedback": (
                                "Le 17 n'est pas adapté à une gêne de jour que la voisine est "
                                "prête à régler."
                            ),
                        },
                        {
                            "text": "Ne rien faire : les animaux sont autorisés dans le bail.",
                            "correct": False,
                            "feedback": (
                                "La gêne de M. C. est réelle. Un échange simple peut la régler."
                            ),
                        },
                    ],
                    "explanation": (
                        "Un conflit ordinaire se règle par l'échange, la médiation ou le "
                        "règlement. L'équipe dédiée intervient quand une souffrance semble en "
                        "cause."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 4,
                    "text": (
                        "Quand une souffrance psychique semble en cause, les réponses "
                        "habituelles (rappel au règlement, médiation) restent possibles, mais "
                        "gagnent à être coordonnées avec l'équipe dédiée."
                    ),
                    "answer": True,
                    "explanation": (
                        "On n'abandonne pas la gestion locative. On la coordonne avec l'équipe "
                        "dédiée, par votre manager."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 4,
                    "text": (
                        "Dans le hall, Mme L. accuse en criant son voisin de « lui envoyer des "
                        "ondes » ; le voisin hausse le ton à son tour. Personne n'est frappé, "
                        "mais la tension monte. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous vous interposez par la parole, à distance, et proposez à "
                                "chacun de vous parler séparément, au calme. Vous raccompagnez "
                                "Mme L. en reconnaissant sa peur."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : vous séparez sans affronter. Vous noterez ensuite les "
                                "faits pour votre manager. En cas de coups ou de menaces : le "
                                "17."
                            ),
                        },
                        {
                            "text": (
                                "Vous les faites asseoir ensemble à la loge pour qu'ils "
                                "s'expliquent."
                            ),
                            "correct": False,
                            "feedback": (
                                "Une confrontation en pleine crise aggrave presque toujours la "
                                "situation."
                            ),
                        },
                        {
                            "text": "Vous expliquez à Mme L. que les ondes n'existent pas.",
                            "correct": False,
                            "feedback": (
                                "Discuter sa conviction ne la fera pas changer d'avis, et peut "
                                "augmenter sa peur."
                            ),
                        },
                        {
                            "text": "Vous appelez le 15 pour Mme L.",
                            "correct": False,
                            "feedback": (
                                "Elle n'est ni en détresse médicale ni en danger immédiat. "
                                "Apaisez, puis transmettez à votre manager."
                            ),
                        },
                    ],
                    "explanation": (
                        "En pleine tension : séparer par la parole, parler à chacun au calme, "
                        "sans discuter les convictions. Puis noter et transmettre."
                    ),
                },
                {
                    "kind": "single",
                    "step": 5,
                    "text": "Gardien, qui décide de saisir l'équipe dédiée ?",
                    "choices": [
                        {
                            "text": (
                                "Votre manager ou le référent santé mentale, à qui vous "
                                "transmettez les faits."
                            ),
                            "correct": True,
                            "feedback": "Oui : vous ne signalez pas seul.",
                        },
                        {
                            "text": "Le voisin qui se plaint.",
                            "correct": False,
                            "feedback": (
                                "Non : le voisin peut alerter le bailleur, mais le signalement "
                                "suit le circuit du bailleur."
                            ),
                        },
                        {
                            "text": "Vous, en appelant directement l'équipe.",
                            "correct": False,
                            "feedback": (
                                "Non : le signalement passe par le circuit défini par votre "
                                "employeur."
                            ),
                        },
                        {
                            "text": "La locataire concernée, et seulement si elle le demande.",
                            "correct": False,
                            "feedback": (
                                "On l'informe autant que possible, et son accord compte pour "
                                "les soins. Mais si la situation dure ou s'aggrave, votre "
                                "manager peut saisir l'équipe : c'est une demande "
                                "d'évaluation, pas un soin imposé."
                            ),
                        },
                    ],
                    "explanation": (
                        "Vous transmettez vos observations ; votre manager ou le référent santé "
                        "mentale décide du signalement à l'équipe dédiée."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 8,
                    "text": (
                        "Qu'est-ce qui risque d'aggraver une situation de voisinage où une "
                        "souffrance est en cause ?"
                    ),
                    "choices": [
                        {
                            "text": "Organiser une confrontation entre voisins en pleine crise.",
                            "correct": True,
                            "feedback": "Oui : elle tourne souvent à l'affrontement.",
                        },
                        {
                            "text": "Brandir la menace d'expulsion pour obtenir un changement.",
                            "correct": True,
                            "feedback": "Oui : la peur augmente, le comportement ne change pas.",
                        },
                        {
                            "text": "Laisser circuler une pétition dans l'escalier.",
                            "correct": True,
                            "feedback": "Oui : elle isole la personne visée.",
                        },
                        {
                            "text": "Écouter chaque partie séparément.",
                            "correct": False,
                            "feedback": "Non : c'est ce qui aide.",
                        },
                        {
                            "text": "Noter les faits avec leur date.",
                            "correct": False,
                            "feedback": "Non : c'est utile pour la suite.",
                        },
                        {
                            "text": "Reconnaître la peur de la personne.",
                            "correct": False,
                            "feedback": "Non : c'est ce qui apaise.",
                        },
                    ],
                    "explanation": (
                        "Confrontation, menace d'expulsion, pétition : ce qui isole et fait "
                        "peur aggrave. Écouter, noter, reconnaître l'émotion aide."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 7,
                    "text": (
                        "Pour rassurer un voisin, vous pouvez lui dire qu'une équipe de "
                        "psychiatrie s'occupe de sa voisine."
                    ),
                    "answer": False,
                    "explanation": (
                        "C'est une information sur la santé d'une locataire. Dites seulement : "
                        "« La situation est suivie, je ne peux pas vous en dire plus. »"
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 4,
                    "text": (
                        "Une locataire vous explique qu'elle tape sur le sol la nuit pour faire "
                        "taire ses voisins du dessous, qui « parlent d'elle à travers le "
                        "plancher ». Elle a l'air épuisée. Que lui répondez-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "« Ça a l'air épuisant de ne plus dormir. Je repasserai vous "
                                "voir. » Puis vous transmettez les faits à votre manager."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : vous reconnaissez sa fatigue et sa peur, sans discuter "
                                "ni confirmer ce qu'elle vit, et vous passez le relais."
                            ),
                        },
                        {
                            "text": (
                                "« Ils ne parlent pas de vous. Venez écouter chez eux, vous "
                                "verrez. »"
                            ),
                            "correct": False,
                            "feedback": (
                                "Une conviction de ce type ne cède pas aux preuves, et la visite "
                                "peut tourner à la scène pénible pour tout le monde."
                            ),
                        },
                        {
                            "text": "« Je vais leur demander de se taire la nuit. »",
                            "correct": False,
                            "feedback": (
                                "Vous confirmez ce qu'elle croit, et vous risquez de créer un "
                                "conflit avec des voisins qui ne font rien."
                            ),
                        },
                        {
                            "text": "« Si vous continuez à taper, vous allez perdre votre logement. »",
                            "correct": False,
                            "feedback": (
                                "Elle tape parce qu'elle a peur : la menace augmente cette "
                                "peur, sans faire cesser le bruit."
                            ),
                        },
                    ],
                    "explanation": (
                        "Face à la personne, on ne discute pas ce qu'elle vit et on ne le "
                        "confirme pas : on reconnaît sa peur, puis on transmet des faits datés."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 5,
                    "text": (
                        "Quand une locataire en grande détresse est convaincue que son voisin "
                        "parle d'elle, une rencontre de médiation entre eux, au plus vite, est "
                        "la meilleure façon d'apaiser la situation."
                    ),
                    "answer": False,
                    "explanation": (
                        "Une confrontation en pleine crise risque de tourner à l'affrontement et "
                        "d'aggraver sa peur. On passe d'abord le relais ; la médiation pourra "
                        "venir plus tard, en lien avec l'équipe dédiée."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    # 6. Signaler à l'équipe dédiée
    # ------------------------------------------------------------------------------------
    {
        "slug": "signaler-equipe-dediee",
        "title": "Signaler à l'équipe dédiée : quoi transmettre, et ce qui se passe ensuite",
        "summary": (
            "De vos observations au signalement : écrire des faits datés, informer le "
            "locataire, respecter la confidentialité, et comprendre ce que l'équipe dédiée "
            "fera ensuite, et ce qu'elle ne vous dira pas."
        ),
        "duration_minutes": 15,
        "audience": ALL_STAFF,
        "objectives": [
            "Rédiger une transmission avec des faits datés, des propos cités et les démarches "
            "déjà tentées, sans diagnostic.",
            "Informer le locataire de votre inquiétude et de la démarche, en respectant son "
            "droit d'accepter ou de refuser l'aide.",
            "Suivre le circuit de votre employeur, sans rien conserver hors de ses outils.",
            "Expliquer ce que fait l'équipe dédiée et ce que le secret professionnel implique.",
        ],
        "requires": ["signaux-faibles-logement"],
        "review_note": REVIEW_NOTE,
        "steps": [
            {
                "type": "narrative",
                "title": "Six semaines d'observations",
                "text": (
                    "<p>Mme Y., 67 ans, vit seule au bâtiment C. Depuis six semaines, vous avez "
                    "noté plusieurs choses :</p>"
                    "<ul>"
                    "<li>elle ne relève plus son courrier ;</li>"
                    "<li>ses volets restent fermés, jour et nuit ;</li>"
                    "<li>elle a refusé deux fois l'entretien annuel de sa chaudière à "
                    "gaz ;</li>"
                    "<li>sa voisine vous a dit l'avoir entendue pleurer la nuit.</li>"
                    "</ul>"
                    "<p>Un soir, en lui montant un colis, vous l'avez entendue dire à travers "
                    "la porte : « Laissez-le devant, je ne peux pas ouvrir, c'est le "
                    "désordre. » Vous avez glissé un mot sous sa porte : il est resté sans "
                    "réponse.</p>"
                    "<p>Votre responsable vous demande de lui transmettre par écrit ce que "
                    "vous avez observé.</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Votre transmission",
                "question": "Quelle transmission envoyez-vous ?",
                "choices": [
                    {
                        "text": (
                            "« Depuis le 3 février : courrier non relevé, volets fermés jour et "
                            "nuit. 10 et 24 février : refus de l'entretien de la chaudière à "
                            "gaz. 2 mars, 18 h, à travers la porte : “Laissez-le devant, je ne "
                            "peux pas ouvrir, c'est le désordre.” Selon sa voisine, pleurs la "
                            "nuit. Mot laissé le 5 mars, sans réponse. »"
                        ),
                        "feedback": (
                            "<p>C'est une transmission utile : des faits datés, des propos "
                            "cités, ce que vous avez constaté distingué de ce qu'on vous a "
                            "rapporté, la démarche tentée, et un risque clair (une chaudière à "
                            "gaz non entretenue). Quelqu'un qui ne connaît pas la résidence "
                            "comprend la situation.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "« Mme Y. fait une dépression, et sans doute un Diogène. Il faudrait "
                            "l'hospitaliser rapidement. »"
                        ),
                        "feedback": (
                            "<p>Vous êtes inquiet, et vous avez raison de l'être. Mais ce texte "
                            "pose un diagnostic et propose une décision qui ne vous reviennent "
                            "pas. Il ne dit rien de ce que vous avez vu, ni depuis quand : "
                            "l'équipe dédiée ne peut pas s'en servir. Et une étiquette écrite "
                            "peut suivre Mme Y. longtemps.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "« Mme Y. ne va pas bien depuis quelque temps. Elle s'isole et "
                            "refuse les entretiens. Merci de faire le nécessaire. »"
                        ),
                        "feedback": (
                            "<p>Le ton est respectueux, sans étiquette : c'est un bon début. "
                            "Mais c'est trop vague : depuis quand ? quels entretiens ? "
                            "qu'avez-vous tenté ? Sans faits datés, votre responsable devra "
                            "revenir vers vous, et l'équipe ne pourra pas mesurer le risque lié "
                            "au gaz.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "« D'après les voisins, Mme Y. boirait, et son fils ne vient plus la "
                            "voir depuis une dispute d'argent. »"
                        ),
                        "feedback": (
                            "<p>Vous cherchez à donner du contexte. Mais ce sont des rumeurs, "
                            "invérifiables, qui touchent à la vie privée de Mme Y. et de sa "
                            "famille. Un signalement reprend ce que vous avez constaté "
                            "vous-même, et ce qu'on vous a rapporté d'utile, présenté comme "
                            "tel.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "lesson",
                "title": "Un bon signalement",
                "text": (
                    "<p><strong>Le circuit.</strong> Gardien ou médiateur, vous ne signalez pas "
                    "seul : vous transmettez vos observations à votre manager ou au référent "
                    "santé mentale. C'est lui qui rédige ou valide le signalement et l'envoie "
                    "à l'équipe dédiée, selon la procédure de votre employeur.</p>"
                    "<p><strong>Ce qu'on y met :</strong></p>"
                    "<ul>"
                    "<li>des faits datés : vus, entendus, sentis ;</li>"
                    "<li>les propos entre guillemets, sans interprétation ;</li>"
                    "<li>ce que vous avez constaté, distingué de ce qu'on vous a rapporté "
                    "(« selon sa voisine… ») ;</li>"
                    "<li>l'évolution, les démarches déjà tentées, les risques (gaz, incendie, "
                    "enfants au domicile, grand âge) ;</li>"
                    "<li>si le locataire a été informé, et sa réaction.</li>"
                    "</ul>"
                    "<p><strong>Ce qu'on n'y met pas :</strong> diagnostic, jugement, rumeurs, "
                    "informations médicales entendues dans le hall.</p>"
                    "<p><strong>Confidentialité.</strong> Vos notes restent dans les outils de "
                    "votre employeur : pas de copies, de photos ou de carnet personnel. "
                    "Repères ne sert pas à signaler et ne conserve aucune information sur les "
                    "locataires.</p>"
                    "<p>L'équipe dédiée n'est pas un service d'urgence : en cas de danger "
                    "immédiat, le 15, le 17 ou le 18 d'abord.</p>"
                ),
                "guide_links": ["signaler-equipe-dediee", "systeme-de-soins"],
            },
            {
                "type": "narrative",
                "title": "Le lendemain",
                "text": (
                    "<p>Votre responsable a reçu votre transmission. Elle vous demande, si "
                    "c'est possible, de dire à Mme Y. que vous vous inquiétez et qu'une équipe "
                    "va être sollicitée.</p>"
                    "<p>Vous sonnez. Mme Y. entrouvre la porte. Elle a l'air épuisée et "
                    "gênée : « Qu'est-ce que vous voulez encore ? »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Informer Mme Y.",
                "question": "Que lui dites-vous ?",
                "choices": [
                    {
                        "text": (
                            "« Je m'inquiète pour vous. Il existe une équipe qui aide les "
                            "locataires quand ça ne va pas. Je vais leur demander de passer "
                            "vous voir. Qu'en pensez-vous ? »"
                        ),
                        "feedback": (
                            "<p>Vous êtes transparent : Mme Y. sait ce qui se passe, et "
                            "pourquoi. Vous lui laissez la parole ; sa réaction (accord, refus "
                            "ou silence) sera indiquée dans le signalement. Cette franchise "
                            "préserve la confiance. Même si elle refuse aujourd'hui, l'équipe "
                            "saura prendre le temps : les soins ne s'imposent pas, ils se "
                            "proposent.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "« C'est pour la chaudière : un technicien va passer avec une "
                            "collègue. »"
                        ),
                        "feedback": (
                            "<p>La ruse semble plus simple, et elle permettrait peut-être "
                            "d'entrer. Mais si Mme Y. découvre qu'on lui a menti, elle risque de "
                            "ne plus ouvrir à personne, ni à vous ni à l'équipe. La confiance "
                            "est le premier outil de l'accompagnement.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous ne dites rien de la démarche : vous lui demandez seulement si "
                            "elle a besoin de quelque chose, et vous laissez l'équipe se "
                            "présenter."
                        ),
                        "feedback": (
                            "<p>Vous gardez le lien. Et il est parfois justifié de ne pas "
                            "informer : si cela vous met en danger, ou en cas d'urgence ; on "
                            "l'indique alors dans le signalement. Mais ici, rien ne l'empêche : "
                            "en informant Mme Y., vous lui évitez de se sentir trahie par une "
                            "visite surprise.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "« Si vous ne laissez pas entrer l'équipe, le bailleur devra "
                            "engager une procédure. »"
                        ),
                        "feedback": (
                            "<p>Vous voulez obtenir son accord. Mais la menace change la nature "
                            "de la démarche : d'une aide, elle devient une contrainte. Le "
                            "bailleur ne peut ni imposer de soins, ni faire d'un suivi une "
                            "condition du bail. Mme Y. risque de se fermer complètement.</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "narrative",
                "title": "Un mois plus tard",
                "text": (
                    "<p>Mme Y. avait répondu : « Si vous voulez… mais je n'ai besoin de "
                    "personne. » Votre responsable l'a indiqué dans le signalement.</p>"
                    "<p>Depuis, sans que vous en connaissiez le détail, l'équipe dédiée a "
                    "étudié la situation, vérifié si Mme Y. était déjà connue d'un CMP ou d'un "
                    "service social, et lui a rendu visite avec la conseillère sociale qu'elle "
                    "connaît. Il a fallu deux visites pour qu'elle ouvre.</p>"
                    "<p>Votre responsable reçoit un retour : « Mme Y. est accompagnée. Vous "
                    "pouvez reprendre contact avec elle pour l'entretien de la chaudière. » "
                    "Vous n'en savez pas plus. Dans le hall, la voisine vous demande : "
                    "« Alors, elle a quoi, Mme Y. ? »</p>"
                ),
                "image_alt": "",
            },
            {
                "type": "decision",
                "title": "Ce qu'on sait, ce qu'on dit",
                "question": "Que faites-vous ?",
                "choices": [
                    {
                        "text": (
                            "Vous répondez à la voisine que vous ne pouvez pas parler de la "
                            "situation d'une autre locataire. Vous reprenez contact avec Mme Y. "
                            "pour la chaudière, vous continuez à la saluer, et vous prévenez "
                            "votre responsable si les choses se dégradent."
                        ),
                        "feedback": (
                            "<p>C'est exactement ce qu'on attend de vous. Le retour de l'équipe "
                            "porte sur la suite, pas sur la santé de la personne : c'est le "
                            "secret professionnel, et c'est normal. Votre rôle continue : "
                            "garder le lien, faire votre travail, signaler une "
                            "aggravation.</p>"
                        ),
                        "quality": "best",
                    },
                    {
                        "text": (
                            "Vous appelez directement l'équipe dédiée pour savoir ce qu'a "
                            "Mme Y., afin de mieux l'aider."
                        ),
                        "feedback": (
                            "<p>Votre intention est bonne : mieux comprendre pour mieux faire. "
                            "Mais les soignants sont tenus au secret professionnel : ils ne "
                            "vous donneront ni diagnostic ni traitement. Ce qu'il vous faut "
                            "savoir, ce que vous pouvez faire de votre côté, ils l'ont déjà "
                            "dit. Et les échanges avec l'équipe passent par votre "
                            "responsable.</p>"
                        ),
                        "quality": "poor",
                    },
                    {
                        "text": (
                            "Vous arrêtez de passer chez Mme Y., pour ne pas gêner le travail de "
                            "l'équipe."
                        ),
                        "feedback": (
                            "<p>Vous respectez le travail de l'équipe, c'est une attention "
                            "juste. Mais votre lien avec Mme Y. fait partie de "
                            "l'accompagnement : l'équipe vous invite justement à reprendre "
                            "contact. Un bonjour régulier, une visite pour la chaudière, cela "
                            "compte.</p>"
                        ),
                        "quality": "acceptable",
                    },
                    {
                        "text": (
                            "Vous dites à la voisine : « Ne vous en faites pas, elle est suivie "
                            "par les psys maintenant. »"
                        ),
                        "feedback": (
                            "<p>Vous voulez rassurer la voisine, qui s'inquiète sincèrement. "
                            "Mais cette phrase dévoile une information sur la santé de Mme Y. "
                            "et lui colle une étiquette. Vous pouvez dire simplement : « Je ne "
                            "peux pas en parler, mais merci de votre attention. »</p>"
                        ),
                        "quality": "poor",
                    },
                ],
            },
            {
                "type": "debrief",
                "title": "À retenir, et qui appeler",
                "text": (
                    "<ul>"
                    "<li>Vous transmettez des faits datés à votre manager ou au référent santé "
                    "mentale ; c'est lui qui signale à l'équipe dédiée.</li>"
                    "<li>Pas de diagnostic, pas de jugement, pas de rumeur.</li>"
                    "<li>Autant que possible, informez le locataire de votre inquiétude et de "
                    "la démarche ; sa réaction figure dans le signalement.</li>"
                    "<li>Rien hors des outils de votre employeur : ni copie, ni photo, ni "
                    "carnet. Repères ne conserve rien sur les locataires.</li>"
                    "<li>L'équipe étudie, vérifie si la personne est déjà suivie, la "
                    "rencontre, l'oriente et peut l'accompagner dans la durée. Cela prend "
                    "parfois des mois.</li>"
                    "<li>Elle ne vous dira ni diagnostic ni traitement : c'est le secret "
                    "professionnel. Elle vous dira ce que vous pouvez faire.</li>"
                    "<li>Danger immédiat : le 15, le 17 ou le 18, avant tout "
                    "signalement.</li>"
                    "</ul>"
                ),
                "contacts": [
                    "equipe-dediee-13",
                    "equipe-dediee-20",
                    "samu-15",
                    "police-17",
                    "pompiers-18",
                ],
                "include_organisation_referent": True,
            },
        ],
        "quiz": {
            "title": "Quiz : signaler à l'équipe dédiée",
            "pass_mark": 70,
            "max_attempts": 3,
            "wait_minutes": 10,
            "draw": 6,
            "shuffle_questions": True,
            "shuffle_choices": True,
            "questions": [
                {
                    "kind": "single",
                    "step": 3,
                    "text": "Gardien, à qui transmettez-vous vos observations ?",
                    "choices": [
                        {
                            "text": (
                                "À votre manager ou au référent santé mentale de votre bailleur."
                            ),
                            "correct": True,
                            "feedback": "Oui. C'est lui qui décide et envoie le signalement.",
                        },
                        {
                            "text": "Directement à l'équipe dédiée, par téléphone.",
                            "correct": False,
                            "feedback": (
                                "Non : le signalement suit le circuit défini par votre employeur."
                            ),
                        },
                        {
                            "text": "Au CMP du secteur, pour qu'il convoque le locataire.",
                            "correct": False,
                            "feedback": (
                                "Non : un CMP ne convoque pas. C'est l'équipe dédiée qui fera "
                                "le lien avec lui si la personne y est connue."
                            ),
                        },
                        {
                            "text": "Dans Repères, pour en garder une trace.",
                            "correct": False,
                            "feedback": (
                                "Non : Repères est un outil de formation, il ne conserve aucune "
                                "information sur les locataires."
                            ),
                        },
                    ],
                    "explanation": (
                        "Vous ne signalez pas seul : vos observations vont à votre manager ou "
                        "au référent santé mentale, par les outils de votre employeur."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 8,
                    "text": (
                        "L'équipe dédiée est un service d'urgence : on l'appelle quand une "
                        "personne est en danger immédiat."
                    ),
                    "answer": False,
                    "explanation": (
                        "Elle intervient sur des situations qui durent ou s'aggravent. En cas "
                        "de danger immédiat : le 15, le 17 ou le 18."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 3,
                    "text": "Que met-on dans un signalement ?",
                    "choices": [
                        {
                            "text": "Des faits datés.",
                            "correct": True,
                            "feedback": "Oui : quoi, où, quand.",
                        },
                        {
                            "text": "Les propos entendus, entre guillemets.",
                            "correct": True,
                            "feedback": "Oui : les mots de la personne, sans interprétation.",
                        },
                        {
                            "text": "Les démarches déjà tentées.",
                            "correct": True,
                            "feedback": "Oui : visites, mots, courriers, contacts.",
                        },
                        {
                            "text": "Votre hypothèse de diagnostic.",
                            "correct": False,
                            "feedback": "Non : le diagnostic revient aux médecins.",
                        },
                        {
                            "text": "Ce que les voisins racontent sur sa vie privée.",
                            "correct": False,
                            "feedback": "Non : ce sont des rumeurs.",
                        },
                        {
                            "text": (
                                "Des photos de l'intérieur du logement prises avec votre téléphone."
                            ),
                            "correct": False,
                            "feedback": (
                                "Non : on ne photographie pas l'intérieur d'un logement hors de "
                                "tout cadre."
                            ),
                        },
                    ],
                    "explanation": (
                        "Faits datés, propos cités, démarches tentées, risques, réaction du "
                        "locataire : oui. Diagnostic, rumeurs, photos personnelles : non."
                    ),
                },
                {
                    "kind": "ordering",
                    "step": 6,
                    "text": "Remettez dans l'ordre ce qui se passe après un signalement.",
                    "items": [
                        "L'équipe étudie le signalement et peut rappeler votre référent",
                        "Elle vérifie si la personne est déjà connue d'un CMP ou d'un service "
                        "social",
                        "Elle évalue la situation, souvent par une visite à domicile",
                        "Elle oriente : soins, médecin traitant, service social, aide à domicile…",
                        "Elle peut suivre la personne dans la durée et appuyer le bailleur",
                    ],
                    "explanation": (
                        "Étudier, vérifier, rencontrer, orienter, accompagner : cela prend "
                        "parfois des mois, et c'est normal."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 8,
                    "text": (
                        "Pour une situation qui vous inquiète, vous avez noté l'état du palier "
                        "et les plaintes des voisins dans un carnet personnel, avec des photos "
                        "sur votre téléphone. Votre responsable vous demande vos observations. "
                        "Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous transmettez les faits utiles par l'outil prévu par votre "
                                "employeur, puis vous supprimez vos notes et photos "
                                "personnelles."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Les informations sur un locataire restent dans les outils "
                                "de votre employeur."
                            ),
                        },
                        {
                            "text": (
                                "Vous envoyez les photos à votre responsable par votre "
                                "messagerie personnelle : c'est plus rapide."
                            ),
                            "correct": False,
                            "feedback": (
                                "C'est rapide, mais les photos restent sur votre téléphone et "
                                "sur une messagerie hors de tout cadre."
                            ),
                        },
                        {
                            "text": "Vous gardez le carnet, au cas où le dossier se perdrait.",
                            "correct": False,
                            "feedback": (
                                "On comprend le souci de ne rien perdre, mais ces notes n'ont "
                                "pas à être conservées hors des outils de votre employeur."
                            ),
                        },
                        {
                            "text": "Vous confiez le carnet à l'équipe dédiée lors de sa visite.",
                            "correct": False,
                            "feedback": (
                                "Les échanges avec l'équipe passent par votre responsable, et "
                                "par écrit, selon la procédure."
                            ),
                        },
                    ],
                    "explanation": (
                        "Ni copies, ni photos, ni notes personnelles : vos observations passent "
                        "par les outils et le circuit de votre employeur."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 7,
                    "text": (
                        "Le retour de l'équipe dédiée porte sur la suite à donner, pas sur le "
                        "diagnostic ni le traitement du locataire."
                    ),
                    "answer": True,
                    "explanation": (
                        "C'est le secret professionnel. L'équipe vous dit ce qui est engagé, ce "
                        "que vous pouvez faire et quand la recontacter."
                    ),
                },
                {
                    "kind": "single",
                    "step": 5,
                    "text": (
                        "Informer le locataire de votre démarche vous mettrait en danger. Que "
                        "faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous transmettez quand même, en indiquant qu'il n'a pas été "
                                "informé, et pourquoi."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. L'information du locataire se fait autant que possible, "
                                "pas au prix de votre sécurité."
                            ),
                        },
                        {
                            "text": "Vous renoncez : sans l'en informer, c'est impossible.",
                            "correct": False,
                            "feedback": (
                                "Non : l'informer est souhaitable, pas obligatoire quand cela "
                                "vous met en danger. Le signalement est une demande "
                                "d'évaluation, pas un soin imposé."
                            ),
                        },
                        {
                            "text": "Vous lui faites croire à une visite technique.",
                            "correct": False,
                            "feedback": (
                                "Mentir abîme la confiance dont l'équipe aura besoin pour l'aider."
                            ),
                        },
                        {
                            "text": "Vous demandez à un voisin de le prévenir à votre place.",
                            "correct": False,
                            "feedback": "Vous exposeriez la situation du locataire à un voisin.",
                        },
                    ],
                    "explanation": (
                        "On informe le locataire autant que possible. Si ce n'est pas possible "
                        "(danger, urgence), on l'indique simplement dans le signalement."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 8,
                    "text": (
                        "Informé de votre inquiétude, un locataire répond : « Je ne veux voir "
                        "personne. » La situation dure depuis deux mois et s'aggrave : odeurs, "
                        "dégât des eaux chez le voisin. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous notez sa réponse et transmettez à votre manager : le "
                                "signalement indiquera son refus, et l'équipe prendra le temps "
                                "de créer la confiance."
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Son refus compte, et il figurera dans le signalement. "
                                "Mais une situation qui dure et s'aggrave justifie une "
                                "évaluation."
                            ),
                        },
                        {
                            "text": (
                                "Vous classez l'affaire : il a refusé, vous respectez son choix."
                            ),
                            "correct": False,
                            "feedback": (
                                "Respecter son choix est important. Mais le signalement ne lui "
                                "impose aucun soin : c'est une demande d'évaluation, et la "
                                "situation présente des risques."
                            ),
                        },
                        {
                            "text": "Vous lui expliquez que, s'il refuse, il sera hospitalisé.",
                            "correct": False,
                            "feedback": (
                                "C'est faux, et menaçant. Les soins sans consentement sont une "
                                "exception très encadrée, qui ne dépend jamais du bailleur."
                            ),
                        },
                        {
                            "text": "Vous demandez à sa famille de demander son hospitalisation.",
                            "correct": False,
                            "feedback": (
                                "Ce n'est pas le rôle des équipes du bailleur de susciter une "
                                "telle démarche. Passez par votre manager et l'équipe dédiée."
                            ),
                        },
                    ],
                    "explanation": (
                        "Le locataire est libre d'accepter ou de refuser des soins. Quand la "
                        "situation dure ou s'aggrave, votre manager peut quand même saisir "
                        "l'équipe dédiée, en indiquant son refus."
                    ),
                },
                {
                    "kind": "multiple",
                    "step": 7,
                    "text": "Qu'est-ce que l'équipe dédiée peut vous dire en retour ?",
                    "choices": [
                        {
                            "text": "Que la situation est prise en charge.",
                            "correct": True,
                            "feedback": "Oui.",
                        },
                        {
                            "text": "Ce que vous pouvez faire de votre côté.",
                            "correct": True,
                            "feedback": "Oui : par exemple, reprendre contact pour un entretien.",
                        },
                        {
                            "text": "Quand la recontacter si la situation change.",
                            "correct": True,
                            "feedback": "Oui.",
                        },
                        {
                            "text": "Le diagnostic du locataire.",
                            "correct": False,
                            "feedback": "Non : c'est couvert par le secret professionnel.",
                        },
                        {
                            "text": "Le nom de ses médicaments.",
                            "correct": False,
                            "feedback": "Non : ce sont des informations médicales.",
                        },
                        {
                            "text": "Ce que le locataire a confié aux soignants.",
                            "correct": False,
                            "feedback": "Non : ces confidences restent entre lui et les soignants.",
                        },
                    ],
                    "explanation": (
                        "L'équipe vous dit ce qui est engagé et ce que vous pouvez faire. Elle "
                        "ne vous dit ni diagnostic, ni traitement, ni confidences."
                    ),
                },
                {
                    "kind": "true_false",
                    "step": 8,
                    "text": (
                        "Le bailleur peut faire du suivi d'un traitement une condition du "
                        "maintien dans le logement."
                    ),
                    "answer": False,
                    "explanation": (
                        "Un adulte est libre d'accepter ou de refuser des soins. Le bailleur "
                        "alerte et propose ; il ne peut pas imposer de soins ni en faire une "
                        "condition du bail."
                    ),
                },
                {
                    "kind": "single",
                    "step": 2,
                    "text": "Quelle phrase de signalement est la mieux formulée ?",
                    "choices": [
                        {
                            "text": (
                                "« 14 mars, 8 h : odeur forte sur le palier du 2e. Selon la "
                                "voisine de palier, pas de réponse à la porte depuis une "
                                "semaine. »"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui : un fait daté, et ce qui est rapporté est présenté comme tel."
                            ),
                        },
                        {
                            "text": "« Le locataire du 2e est sale et de mauvaise foi. »",
                            "correct": False,
                            "feedback": "Ce sont des jugements, pas des faits.",
                        },
                        {
                            "text": "« Le locataire du 2e est sûrement bipolaire. »",
                            "correct": False,
                            "feedback": "C'est un diagnostic : il ne vous revient pas.",
                        },
                        {
                            "text": "« Tout le monde sait que ça ne va pas au 2e. »",
                            "correct": False,
                            "feedback": "C'est vague, et cela relève de la rumeur.",
                        },
                    ],
                    "explanation": (
                        "Un fait, une date, une heure ; ce qui est rapporté, présenté comme "
                        "tel. Ni jugement, ni diagnostic."
                    ),
                },
                {
                    "kind": "scenario",
                    "step": 8,
                    "text": (
                        "La situation que vous avez signalée il y a un mois s'aggrave : ce "
                        "matin, de la fumée sort de sous la porte du locataire. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Vous appelez le 18 immédiatement, puis vous prévenez votre "
                                "manager."
                            ),
                            "correct": True,
                            "feedback": "Oui : c'est une urgence, les secours d'abord.",
                        },
                        {
                            "text": (
                                "Vous appelez l'équipe dédiée, puisqu'elle suit déjà la situation."
                            ),
                            "correct": False,
                            "feedback": (
                                "L'équipe dédiée n'est pas un service d'urgence. Fumée : le 18."
                            ),
                        },
                        {
                            "text": "Vous envoyez un complément de signalement à votre manager.",
                            "correct": False,
                            "feedback": (
                                "Vous le ferez ensuite. D'abord, le 18 : une vie peut être en jeu."
                            ),
                        },
                        {
                            "text": "Vous ouvrez avec votre passe pour éteindre le feu.",
                            "correct": False,
                            "feedback": (
                                "Ouvrir peut attiser le feu et vous mettre en danger. Appelez "
                                "le 18 et suivez ses consignes."
                            ),
                        },
                    ],
                    "explanation": (
                        "Même quand une situation est suivie, un danger immédiat appelle les "
                        "secours : fumée, gaz, incendie, c'est le 18."
                    ),
                },
            ],
        },
    },
]

LEARNING_PATHS = [
    {
        "slug": "sensibilisation-gardiens",
        "title": "Sensibilisation santé mentale — gardiens",
        "summary": (
            "Six cas pratiques pour repérer, garder le lien et passer le relais : du logement "
            "qui se dégrade au locataire qui parle d'en finir, jusqu'au signalement à l'équipe "
            "dédiée."
        ),
        "audience": ["gardien"],
        "modules": [
            "signaux-faibles-logement",
            "locataire-confus",
            "agressivite-loge",
            "risque-suicidaire",
            "troubles-voisinage",
            "signaler-equipe-dediee",
        ],
        "ordered": True,
    },
    {
        "slug": "mediation-et-accompagnement",
        "title": "Médiation et accompagnement — médiateurs et conseillers sociaux",
        "summary": (
            "Quatre cas pour les médiateurs et les conseillers sociaux : repérer ce qui se "
            "dégrade dans le logement, lire une situation de voisinage, parler à une personne "
            "qui se sent menacée, et construire un signalement utile à l'équipe dédiée."
        ),
        "audience": ["mediateur", "conseiller_social"],
        "modules": [
            "signaux-faibles-logement",
            "troubles-voisinage",
            "locataire-confus",
            "signaler-equipe-dediee",
        ],
        "ordered": True,
    },
]
