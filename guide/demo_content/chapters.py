"""Chapitres du guide de santé mentale à destination des professionnels du logement.

Contenu rédigé pour le programme Repères, à partir du travail engagé depuis 2012 par le
CLSM du 20e arrondissement de Paris, l'AORIF, douze bailleurs sociaux et la psychiatrie de
secteur de l'EPS Maison Blanche (équipes dédiées des 13e et 20e arrondissements), et de
références publiques françaises (Psycom, 3114, PSSM France, Code de la santé publique).

À faire relire par les cliniciens du programme avant toute publication.

Format : ``CHAPTERS`` est une liste ordonnée de dictionnaires. ``body`` est une liste de
blocs ``(type, value)`` ; types autorisés : heading, text, warning_signs, do_dont, vignette,
urgent, who_to_call. Dans les textes, ``[[slug|texte affiché]]`` renvoie au glossaire
(``glossary.py``) ; les blocs ``who_to_call`` renvoient aux slugs de ``contacts.py``.
Les personnes des vignettes sont fictives.
"""

REVIEW_NOTE = "Contenu à valider par l'équipe clinique du programme."

CHAPTERS = [
    # ------------------------------------------------------------------------------------
    # 1. Comprendre
    # ------------------------------------------------------------------------------------
    {
        "slug": "comprendre-sante-mentale",
        "title": "Comprendre les difficultés de santé mentale, sans stigmatiser",
        "summary": (
            "Ce que recouvre la santé mentale, pourquoi les mots comptent, et quelle est "
            "votre place : repérer, garder le lien, passer le relais, jamais diagnostiquer."
        ),
        "reading_minutes": 7,
        "related": ["reperer-signaux-faibles", "systeme-de-soins"],
        "review_note": REVIEW_NOTE,
        "body": [
            (
                "text",
                "<p>Dans une résidence, vous êtes souvent la première personne à remarquer "
                "qu'un locataire change. Ce guide vous aide à comprendre ce qui se passe, à "
                "trouver les bons mots et à savoir à qui passer le relais.</p>"
                "<p>Il est né d'un travail commun engagé en 2012, au sein du "
                "[[clsm|conseil local de santé mentale]] du 20e arrondissement de Paris, "
                "entre des bailleurs sociaux, l'AORIF et la psychiatrie de secteur.</p>",
            ),
            ("heading", {"text": "La santé mentale, l'affaire de tous", "anchor": "sante-mentale"}),
            (
                "text",
                "<p>La santé mentale ne se résume pas à l'absence de maladie. C'est ce qui "
                "permet à chacun de faire face aux difficultés ordinaires, de travailler, "
                "d'avoir des liens avec les autres. Elle bouge au cours de la vie : un deuil, "
                "une séparation, une perte d'emploi peuvent la fragiliser chez n'importe "
                "qui.</p>"
                "<p>Les [[troubles-psychiques|troubles psychiques]] sont fréquents : environ "
                "une personne sur quatre sera concernée au cours de sa vie. Dépression, "
                "troubles anxieux, troubles bipolaires, schizophrénie, addictions : ces mots "
                "recouvrent des réalités très différentes d'une personne à l'autre.</p>"
                "<p>Ce qu'il faut retenir : <strong>ces troubles se soignent</strong>. Beaucoup "
                "de personnes vont mieux, vivent dans leur logement, travaillent, ont une vie "
                "de famille. On parle de [[retablissement|rétablissement]].</p>",
            ),
            ("heading", {"text": "Les mots comptent", "anchor": "les-mots-comptent"}),
            (
                "text",
                "<p>La [[stigmatisation|stigmatisation]] fait parfois plus de mal que le "
                "trouble lui-même. Elle isole, fait honte, et pousse les personnes à cacher "
                "leurs difficultés au lieu de demander de l'aide. Les mots du quotidien y "
                "participent. Quelques repères :</p>"
                "<ul>"
                "<li>Dites « une personne qui vit avec un trouble psychique », plutôt que "
                "« un malade mental », « un fou » ou « un schizo ».</li>"
                "<li>Décrivez ce que vous voyez, pas une étiquette : « M. K. parle seul dans le "
                "hall depuis une semaine », plutôt que « M. K. est schizophrène ».</li>"
                "<li>Évitez « dangereux » : les personnes qui vivent avec un trouble psychique "
                "sont bien plus souvent victimes de violences qu'auteures.</li>"
                "</ul>",
            ),
            (
                "do_dont",
                {
                    "do": [
                        "Saluer la personne comme d'habitude, l'appeler par son nom.",
                        "Décrire des faits précis : ce que vous avez vu, entendu, et quand.",
                        "Parler de la situation à votre manager ou au référent prévu par "
                        "votre employeur.",
                        "Garder pour vous ce que vous savez de la santé d'un locataire.",
                    ],
                    "dont": [
                        "Poser un diagnostic, même « pour aider » : « il est bipolaire », "
                        "« elle fait un Diogène ».",
                        "Commenter la situation d'un locataire avec les voisins ou dans le hall.",
                        "Utiliser des surnoms ou des plaisanteries sur la « folie ».",
                        "Conseiller de prendre ou d'arrêter un traitement.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": "Votre place : repérer, garder le lien, passer le relais",
                    "anchor": "votre-place",
                },
            ),
            (
                "text",
                "<p>Vous n'êtes pas soignant, et personne ne vous demande de l'être. Mais vous "
                "voyez ce que d'autres ne voient pas : le courrier qui s'entasse, les volets "
                "fermés, un bonjour qui ne vient plus. Votre rôle tient en trois verbes :</p>"
                "<ul>"
                "<li><strong>Repérer</strong> : remarquer un changement qui dure.</li>"
                "<li><strong>Garder le lien</strong> : un mot, un bonjour, une porte ouverte. "
                "Ce lien sera précieux pour la suite.</li>"
                "<li><strong>Passer le relais</strong> : informer votre hiérarchie, qui peut "
                "saisir l'[[equipe-dediee|équipe dédiée]] ou les services sociaux.</li>"
                "</ul>"
                "<p><strong>Sur les informations :</strong> Repères ne conserve aucune "
                "information sur les locataires. De votre côté, ne gardez rien au-delà de ce "
                "que prévoient les procédures de votre employeur. Ce que vous transmettez, ce "
                "sont des faits, datés, sans jugement, à votre manager.</p>",
            ),
            (
                "vignette",
                {
                    "title": "Mme R. ne dit plus bonjour",
                    "text": (
                        "<p>Mme R. vit seule au 4e depuis quinze ans. Elle passait chaque "
                        "matin à la loge pour parler du quartier. Depuis un mois, elle ne "
                        "descend plus. Ses volets restent fermés, sa boîte aux lettres "
                        "déborde. Une voisine lance dans le hall : « Elle est devenue folle, "
                        "celle-là. »</p>"
                        "<p>Le gardien, M. A., ne relance pas la conversation. Il sonne chez "
                        "Mme R. Elle ouvre à peine, dit qu'elle est « fatiguée » et qu'elle "
                        "n'a besoin de rien. Il lui dit qu'il est là si besoin. Le soir, il "
                        "note les faits et les dates, et en parle à sa responsable, qui "
                        "transmet à l'équipe dédiée.</p>"
                    ),
                    "takeaway": (
                        "Un changement qui dure se signale par des faits, sans étiquette, et "
                        "le lien gardé avec la personne compte autant que l'alerte."
                    ),
                },
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>Observez sur quelques jours : qu'est-ce qui a changé ? Depuis quand ?</li>"
                "<li>Allez vers la personne simplement : « Je ne vous vois plus, tout va "
                "bien ? »</li>"
                "<li>Écoutez sans juger, et sans promettre ce que vous ne pourrez pas "
                "tenir.</li>"
                "<li>Notez les faits, datés, selon la procédure de votre employeur.</li>"
                "<li>Parlez-en à votre manager ou au référent santé mentale.</li>"
                "<li>En cas de danger immédiat, appelez les secours sans attendre : 15, 17, "
                "18 ou 112.</li>"
                "</ol>"
                "<p>Pour aller plus loin, le site [[psycom|Psycom]] propose des fiches claires "
                "sur les troubles psychiques et les soins.</p>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Hors urgence, votre premier interlocuteur est interne : votre manager ou "
                "le référent santé mentale de votre bailleur. En cas de danger immédiat pour "
                "la personne ou pour d'autres : le 15 (SAMU) ou le 112.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "referent-sante-mentale-bailleur",
                        "samu-15",
                        "urgence-112",
                        "psycom",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 2. Signaux faibles
    # ------------------------------------------------------------------------------------
    {
        "slug": "reperer-signaux-faibles",
        "title": "Repérer les signaux faibles dans le logement",
        "summary": (
            "Hygiène, encombrement, incurie, dégradations : ce que vous pouvez observer, "
            "comment le décrire sans juger et quand alerter."
        ),
        "reading_minutes": 8,
        "related": ["signaler-equipe-dediee", "comprendre-sante-mentale", "addictions-logement"],
        "review_note": REVIEW_NOTE,
        "body": [
            (
                "text",
                "<p>Les difficultés psychiques se voient souvent d'abord dans le rapport au "
                "logement. Une personne qui va mal peut ne plus réussir à ranger, à jeter, à "
                "se laver, à ouvrir son courrier ou à payer son loyer.</p>"
                "<p>On appelle [[signaux-faibles|signaux faibles]] ces petits changements. Un "
                "seul ne veut rien dire. C'est <strong>leur durée et leur "
                "accumulation</strong> qui doivent alerter. Là où les équipes dédiées sont "
                "intervenues, dans les 13e et 20e arrondissements, ces signaux ont baissé de "
                "moitié : les repérer tôt, cela sert.</p>",
            ),
            ("heading", {"text": "Ce que vous pouvez observer", "anchor": "observer"}),
            (
                "warning_signs",
                {
                    "title": "Autour et dans le logement",
                    "items": [
                        "Odeur forte et persistante sur le palier ou dans la colonne d'aération.",
                        "Insectes ou rongeurs qui apparaissent chez les voisins.",
                        "Courrier qui s'accumule, avis de passage jamais retirés.",
                        "Volets fermés jour et nuit, ou lumière allumée en permanence.",
                        "Sacs, objets ou déchets entassés sur le palier, dans la cave, sur le "
                        "balcon.",
                        "Porte qui ne s'ouvre plus complètement, entrée encombrée.",
                        "Fuite ou panne signalée par les voisins, jamais par le locataire.",
                        "Refus répétés de laisser entrer pour un entretien obligatoire "
                        "(chaudière, détecteur de fumée, désinsectisation).",
                        "Dégradations : porte ou fenêtre abîmée, fils arrachés, équipements "
                        "démontés.",
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Chez la personne",
                    "items": [
                        "Tenue ou hygiène qui se dégrade nettement par rapport à d'habitude.",
                        "Amaigrissement visible.",
                        "Retrait : la personne ne sort plus, ne répond plus, évite tout contact.",
                        "Premiers impayés après des années de paiement régulier.",
                        "Propos inhabituels, confus ou répétitifs.",
                    ],
                },
            ),
            (
                "heading",
                {"text": "Incurie, accumulation, syndrome de Diogène", "anchor": "incurie"},
            ),
            (
                "text",
                "<p>L'[[incurie|incurie]] désigne le fait de ne plus prendre soin de soi ni de "
                "son logement. Quand elle s'accompagne d'accumulation, d'isolement et d'un "
                "refus de toute aide, on parle parfois de "
                "[[syndrome-de-diogene|syndrome de Diogène]]. D'autres personnes gardent tout "
                "sans que le logement soit sale : c'est "
                "l'[[syllogomanie|accumulation compulsive]].</p>"
                "<p>Ces mots servent à comprendre, pas à étiqueter. Ce n'est pas à vous de "
                "les employer pour un locataire : décrivez ce que vous voyez.</p>"
                "<ul>"
                "<li>Ce n'est ni de la paresse ni un choix. Derrière, il peut y avoir une "
                "[[depression|dépression]], des troubles de la mémoire, un trouble psychique, un deuil, une "
                "grande solitude.</li>"
                "<li>La personne a souvent honte, ou ne voit pas le problème.</li>"
                "<li>Un débarras forcé, sans accompagnement, échoue souvent : le logement se "
                "remplit de nouveau, et la confiance est perdue.</li>"
                "<li>Les risques sont réels : incendie, chute, nuisibles, dégâts chez les "
                "voisins. Ils justifient d'agir, avec méthode.</li>"
                "</ul>",
            ),
            (
                "vignette",
                {
                    "title": "Le palier de M. K.",
                    "text": (
                        "<p>Les voisins de M. K., 70 ans, se plaignent d'une odeur sur le "
                        "palier. La gardienne, Mme S., remarque que la porte ne s'ouvre plus "
                        "qu'à moitié : l'entrée est pleine de journaux et de sacs. M. K. est "
                        "poli, mais refuse qu'on entre : « Je fais le tri, ça me "
                        "regarde. »</p>"
                        "<p>Mme S. ne force rien. Elle note les dates des plaintes et ce "
                        "qu'elle a vu depuis la porte, et en parle à son manager. L'équipe "
                        "dédiée rencontre M. K. chez lui, avec la conseillère sociale. En "
                        "plusieurs mois, avec son accord, une aide à domicile est mise en "
                        "place et le logement est dégagé pièce par pièce.</p>"
                    ),
                    "takeaway": (
                        "Face à l'encombrement, forcer ne mène à rien : on décrit, on alerte, "
                        "et l'accompagnement se fait avec la personne, à son rythme."
                    ),
                },
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "do_dont",
                {
                    "do": [
                        "Décrire ce que vous voyez, sentez, entendez, avec la date : "
                        "« 14 mars : odeur forte sur le palier du 3e, porte bloquée à moitié "
                        "par des sacs ».",
                        "Rester poli et régulier avec la personne : le lien facilitera l'aide.",
                        "Signaler tôt, avant que la situation devienne dangereuse.",
                        "Alerter immédiatement en cas de risque d'incendie, de fuite ou de gaz.",
                    ],
                    "dont": [
                        "Entrer dans le logement sans accord ni cadre prévu, hors urgence.",
                        "Jeter ou faire jeter des affaires sans l'accord de la personne.",
                        "Faire des remarques humiliantes, ou photographier l'intérieur pour "
                        "le montrer à d'autres.",
                        "Promettre aux voisins une solution rapide, ou leur donner des "
                        "informations sur la personne.",
                    ],
                },
            ),
            (
                "text",
                "<ol>"
                "<li>Regroupez vos observations, datées, sur deux ou trois semaines.</li>"
                "<li>Essayez d'entrer en contact : sonnez, laissez un mot simple et "
                "bienveillant.</li>"
                "<li>Transmettez à votre manager ou au référent santé mentale, qui décide "
                "d'un [[signalement|signalement]] à l'équipe dédiée.</li>"
                "<li>Si la personne a un curateur ou est suivie par un service social, votre "
                "conseiller social peut les contacter.</li>"
                "</ol>",
            ),
            (
                "urgent",
                {
                    "title": "Quand ce n'est plus un signal faible",
                    "text": (
                        "<p>Odeur de gaz, fumée, fuite importante : appelez le "
                        "<strong>18</strong> (ou le 112). Si une personne ne donne plus signe "
                        "de vie depuis plusieurs jours (courrier, lumière, odeur, aucune "
                        "réponse), appelez le <strong>18</strong> ou le <strong>17</strong> : "
                        "ils peuvent intervenir et ouvrir la porte si nécessaire. N'entrez "
                        "pas seul.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Hors urgence : votre manager ou le référent santé mentale, qui saisit "
                "l'équipe dédiée de votre arrondissement. Le service social de proximité "
                "peut être sollicité pour une aide à domicile ou un accompagnement.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "referent-sante-mentale-bailleur",
                        "equipe-dediee-13",
                        "equipe-dediee-20",
                        "service-social-proximite-13",
                        "service-social-proximite-20",
                        "pompiers-18",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 3. Comportements et voisinage
    # ------------------------------------------------------------------------------------
    {
        "slug": "comportements-voisinage-conflits",
        "title": "Comportements, troubles de voisinage et conflits",
        "summary": (
            "Propos étranges, accusations, bruit, courriers répétés : comment réagir face à "
            "la personne, comment répondre aux voisins, et quand passer le relais."
        ),
        "reading_minutes": 8,
        "related": ["agressivite-desamorcer", "signaler-equipe-dediee", "systeme-de-soins"],
        "review_note": REVIEW_NOTE,
        "body": [
            ("heading", {"text": "Quand un comportement inquiète", "anchor": "comportements"}),
            (
                "text",
                "<p>Certains locataires ont des comportements qui surprennent ou inquiètent : "
                "ils parlent seuls, accusent un voisin de les surveiller, bouchent leurs "
                "aérations contre des « ondes », écrivent chaque jour au bailleur. Pour eux, "
                "ce qu'ils vivent est bien réel.</p>"
                "<p>Ces comportements peuvent être liés à des "
                "[[hallucinations|hallucinations]] ou à des [[delire|idées délirantes]], mais "
                "aussi à une grande angoisse, à une consommation de substances, à une maladie "
                "physique ou à des troubles de la mémoire chez une personne âgée. Ce n'est pas "
                "à vous de trancher. Votre rôle : décrire, apaiser, alerter.</p>"
                "<p>Un changement brutal chez une personne que vous connaissiez stable peut "
                "signaler une [[decompensation|décompensation]], par exemple après un arrêt "
                "du suivi ou du traitement (on parle de [[rupture-de-soins|rupture de soins]]). "
                "Il mérite d'être transmis rapidement.</p>",
            ),
            (
                "warning_signs",
                {
                    "title": "Ce que vous pouvez observer",
                    "items": [
                        "La personne parle ou crie seule, répond à quelqu'un qui n'est pas là.",
                        "Accusations répétées contre un voisin : « il entre chez moi », "
                        "« elle m'empoisonne ».",
                        "Aérations, judas ou prises bouchés, papier aluminium aux fenêtres.",
                        "Courriers, appels ou passages à la loge très fréquents, sur le même "
                        "sujet.",
                        "Bruits la nuit : coups, meubles déplacés, musique forte, cris.",
                        "Tenue inadaptée à la saison, errance dans les parties communes.",
                        "Changement net de comportement par rapport à d'habitude.",
                    ],
                },
            ),
            ("heading", {"text": "Parler avec la personne", "anchor": "parler"}),
            (
                "text",
                "<ul>"
                "<li>Présentez-vous, parlez calmement, avec des phrases courtes.</li>"
                "<li>Ne discutez pas le contenu : inutile de prouver que le voisin n'entre "
                "pas chez elle. Ne le confirmez pas non plus.</li>"
                "<li>Reconnaissez l'émotion : « Je vois que ça vous fait peur. » « Ça a l'air "
                "très difficile à vivre. »</li>"
                "<li>Ramenez à du concret : « Qu'est-ce qui vous aiderait aujourd'hui ? »</li>"
                "<li>Si la tension monte, n'insistez pas : vous reviendrez plus tard.</li>"
                "</ul>",
            ),
            (
                "heading",
                {"text": "Les voisins aussi ont besoin d'être entendus", "anchor": "voisins"},
            ),
            (
                "text",
                "<p>Les voisins subissent parfois des nuisances réelles : bruit, odeurs, "
                "accusations. Leur fatigue est légitime. Écoutez-les, et prenez leurs "
                "plaintes au sérieux.</p>"
                "<p>Mais ne leur dites rien de la santé ni de la situation du locataire : "
                "vous êtes tenu à la discrétion. Vous pouvez dire : « J'ai bien noté, la "
                "situation est suivie, je ne peux pas vous en dire plus. » Découragez les "
                "pétitions et les règlements de compte dans le hall : ils aggravent "
                "l'isolement et la tension.</p>"
                "<p>Les réponses habituelles aux troubles de voisinage (rappel au règlement, "
                "médiation) restent possibles. Quand une souffrance psychique semble en cause, "
                "elles gagnent à être coordonnées avec l'équipe dédiée. Certains "
                "[[clsm|CLSM]] réunissent aussi les partenaires autour des situations les plus "
                "complexes.</p>",
            ),
            (
                "vignette",
                {
                    "title": "Les lettres de Mme D.",
                    "text": (
                        "<p>Mme D. dépose chaque matin une lettre à la loge : son voisin du "
                        "dessous entrerait chez elle la nuit, par le mur, pour déplacer ses "
                        "affaires. Elle a mis du ruban adhésif autour de ses prises. Le "
                        "voisin, M. B., excédé, parle de porter plainte.</p>"
                        "<p>La gardienne écoute Mme D. sans contester ni approuver : « Vous "
                        "avez peur la nuit, je l'entends. » Elle assure M. B. que la "
                        "situation est prise en compte, sans rien dévoiler. Elle transmet à "
                        "son manager les dates des lettres et ce qu'elle a observé. L'équipe "
                        "dédiée rend visite à Mme D. et renoue le lien avec le CMP qui la "
                        "suivait autrefois. Les lettres s'espacent.</p>"
                    ),
                    "takeaway": (
                        "On ne discute pas une conviction : on reconnaît la peur, on protège "
                        "la discrétion de chacun et on passe le relais."
                    ),
                },
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "do_dont",
                {
                    "do": [
                        "Écouter la personne et reconnaître son émotion.",
                        "Noter les faits datés, y compris les plaintes des voisins, sans les "
                        "interpréter.",
                        "Répondre aux voisins avec respect, sans dévoiler la situation du "
                        "locataire.",
                        "Signaler à votre manager une situation qui dure ou s'aggrave.",
                    ],
                    "dont": [
                        "Argumenter pour « ramener à la raison ».",
                        "Se moquer, ou laisser d'autres se moquer dans le hall.",
                        "Organiser une confrontation entre voisins en pleine crise.",
                        "Brandir la menace d'expulsion pour obtenir un changement de comportement.",
                    ],
                },
            ),
            (
                "text",
                "<ol>"
                "<li>Si la personne ou quelqu'un d'autre est en danger, appelez le 15 ou le "
                "17.</li>"
                "<li>Sinon, parlez à la personne calmement, sans débat.</li>"
                "<li>Notez les faits : dates, heures, ce que vous avez vu et entendu.</li>"
                "<li>Transmettez à votre manager ou au référent santé mentale, qui peut "
                "saisir l'équipe dédiée.</li>"
                "<li>Revenez vers les voisins qui se sont plaints, sans rien dévoiler.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Hors urgence, passez par votre chaîne interne, qui saisit l'équipe "
                "dédiée. En cas de menace ou de violence : le 17. Si la personne semble en "
                "détresse médicale ou très confuse : le 15.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "referent-sante-mentale-bailleur",
                        "equipe-dediee-13",
                        "equipe-dediee-20",
                        "police-17",
                        "samu-15",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 4. Agressivité
    # ------------------------------------------------------------------------------------
    {
        "slug": "agressivite-desamorcer",
        "title": "Agressivité : comprendre, désamorcer, se protéger",
        "summary": (
            "Votre sécurité passe en premier. Repérer la montée de tension, parler pour "
            "apaiser, savoir partir et appeler le 17."
        ),
        "reading_minutes": 8,
        "related": ["comportements-voisinage-conflits", "prendre-soin-de-soi"],
        "review_note": REVIEW_NOTE,
        "body": [
            (
                "text",
                "<p><strong>Votre sécurité passe avant tout le reste.</strong> Aucune "
                "démarche, aucune réparation, aucun courrier ne vaut que vous preniez un "
                "risque. Vous avez le droit de vous retirer d'une situation dangereuse, et de "
                "ne pas y retourner seul.</p>",
            ),
            ("heading", {"text": "Comprendre ce qui se joue", "anchor": "comprendre"}),
            (
                "text",
                "<p>L'agressivité exprime souvent autre chose : peur, sentiment d'injustice, "
                "douleur, humiliation, fatigue, effet de l'alcool ou d'une drogue, confusion. "
                "Une personne qui vit un [[delire|délire]] de persécution peut se sentir "
                "menacée par vous, sans raison apparente.</p>"
                "<p>Attention aux idées reçues : les personnes qui vivent avec un "
                "[[troubles-psychiques|trouble psychique]] sont plus souvent victimes de "
                "violences qu'auteures. L'agressivité dépend d'une situation plus que d'un "
                "diagnostic. Et une situation, cela se désamorce souvent.</p>"
                "<p>Là où les équipes dédiées interviennent, les partenaires ont constaté "
                "une baisse des comportements agressifs : un accompagnement adapté apaise "
                "aussi la résidence.</p>",
            ),
            ("heading", {"text": "Repérer la montée de tension", "anchor": "tension"}),
            (
                "warning_signs",
                {
                    "title": "Signes que la tension monte",
                    "items": [
                        "La voix monte, le débit s'accélère, les phrases deviennent hachées.",
                        "La personne s'agite, fait les cent pas, serre les poings ou les "
                        "mâchoires.",
                        "Elle se rapproche trop de vous, ou vous bloque le passage.",
                        "Elle frappe une porte, un mur, un objet.",
                        "Elle profère des menaces, même « pour rire ».",
                        "Elle tient un objet qui pourrait servir d'arme.",
                        "Elle semble sous l'effet de l'alcool ou d'un produit.",
                    ],
                },
            ),
            ("heading", {"text": "Désamorcer", "anchor": "desamorcer"}),
            (
                "do_dont",
                {
                    "do": [
                        "Garder une distance d'au moins deux longueurs de bras.",
                        "Vous placer de façon à toujours avoir la sortie derrière vous, "
                        "porte ouverte.",
                        "Parler calmement, lentement, avec des phrases courtes.",
                        "Appeler la personne par son nom et vous présenter.",
                        "Reconnaître la colère : « Je vois que vous êtes en colère. Je vous "
                        "écoute. »",
                        "Proposer un choix simple : « On en parle maintenant, ou demain à la "
                        "loge ? »",
                        "Prévenir un collègue : ne restez pas seul.",
                    ],
                    "dont": [
                        "Entrer seul dans un logement quand la tension monte.",
                        "Tourner le dos, ou acculer la personne dans un coin.",
                        "Toucher la personne, même pour la calmer.",
                        "Hausser le ton, menacer, ironiser.",
                        "Argumenter sur le fond ou chercher à avoir raison.",
                        "Rester par fierté : partir n'est pas un échec.",
                    ],
                },
            ),
            (
                "urgent",
                {
                    "title": "Menace ou violence : partez, puis appelez",
                    "text": (
                        "<p>Si la personne vous menace, tient une arme ou devient violente : "
                        "<strong>quittez les lieux</strong> et mettez-vous à l'abri, puis "
                        "appelez le <strong>17</strong> (ou le 112). S'il y a un blessé, "
                        "appelez le <strong>15</strong>. Si vous ne pouvez pas parler sans "
                        "vous mettre en danger, envoyez un SMS au <strong>114</strong>.</p>"
                    ),
                },
            ),
            (
                "vignette",
                {
                    "title": "M. T. à la loge",
                    "text": (
                        "<p>M. T. entre dans la loge en criant : sa fuite n'est toujours pas "
                        "réparée, « tout le monde se moque de lui ». Il tape sur le "
                        "comptoir. La gardienne, Mme L., reste derrière le comptoir, la "
                        "porte de la loge ouverte derrière elle. Elle parle lentement : "
                        "« Monsieur T., je vois que vous êtes à bout. Je vous écoute. »</p>"
                        "<p>Elle le laisse parler, reformule, propose d'appeler l'entreprise "
                        "devant lui. Son collègue, prévenu par SMS, passe la tête par la "
                        "porte. M. T. se calme et repart. Le soir, Mme L. déclare l'incident "
                        "selon la procédure et en parle à son manager, qui réfléchit avec "
                        "elle à une éventuelle souffrance chez M. T.</p>"
                    ),
                    "takeaway": (
                        "Distance, sortie dégagée, voix calme et collègue prévenu : on "
                        "désamorce sans se mettre en danger."
                    ),
                },
            ),
            ("heading", {"text": "Après l'incident", "anchor": "apres"}),
            (
                "text",
                "<p>Même si « tout s'est bien fini », un incident laisse des traces. Parlez-en "
                "à votre manager le jour même. Déclarez-le selon la procédure de votre "
                "employeur : des faits, datés, sans jugement. Si vous avez été menacé ou "
                "agressé, vous pouvez porter plainte ; votre employeur peut vous accompagner "
                "dans cette démarche.</p>"
                "<p>Si l'incident semble lié à une souffrance psychique, votre manager peut "
                "faire un [[signalement|signalement]] à l'équipe dédiée. Et pensez à vous : le "
                "chapitre « Prendre soin de soi » est fait pour cela.</p>",
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>Vous vous sentez en danger : partez, mettez-vous à l'abri, appelez le "
                "17.</li>"
                "<li>Sinon : gardez vos distances et la sortie derrière vous, parlez "
                "calmement.</li>"
                "<li>Ne restez jamais seul : prévenez un collègue.</li>"
                "<li>Après coup : déclarez l'incident, parlez-en à votre manager.</li>"
                "<li>Prenez soin de vous : vous avez droit à un soutien.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Menace ou violence : le 17 ou le 112. Blessé : le 15. Si vous ne pouvez "
                "pas parler : SMS au 114. Après l'incident : votre manager, et le service de "
                "santé au travail de votre employeur.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "police-17",
                        "urgence-112",
                        "samu-15",
                        "urgence-114",
                        "referent-sante-mentale-bailleur",
                        "sante-au-travail-bailleur",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 5. Risque suicidaire
    # ------------------------------------------------------------------------------------
    {
        "slug": "risque-suicidaire",
        "title": "Risque suicidaire : repérer, parler, orienter (3114)",
        "summary": (
            "Oser poser la question, ne jamais laisser seule une personne en danger, "
            "appeler le 3114 ou le 15."
        ),
        "reading_minutes": 9,
        "related": ["prendre-soin-de-soi", "comprendre-sante-mentale", "addictions-logement"],
        "review_note": REVIEW_NOTE,
        "body": [
            (
                "text",
                "<p>Le suicide n'est pas une fatalité. La plupart des personnes qui pensent au "
                "suicide ne veulent pas mourir : elles veulent que leur souffrance s'arrête. "
                "Cette [[crise-suicidaire|crise suicidaire]] est un moment, et on peut en "
                "sortir.</p>"
                "<p>Vous n'avez pas à soigner. Mais votre regard, une question, un appel au "
                "bon moment peuvent changer le cours des choses.</p>",
            ),
            ("heading", {"text": "Repérer", "anchor": "reperer"}),
            (
                "warning_signs",
                {
                    "title": "Signes qui doivent vous alerter",
                    "items": [
                        "La personne parle de mort ou de suicide, même sur le ton de la "
                        "plaisanterie : « Bientôt, je ne vous embêterai plus. »",
                        "Elle dit qu'elle est un poids, que rien ne sert à rien, qu'il n'y a "
                        "pas d'issue.",
                        "Elle fait ses adieux, donne des objets auxquels elle tenait, règle "
                        "ses affaires.",
                        "Elle paraît soudain calme après une longue période de grande détresse.",
                        "Elle se replie : ne sort plus, ne répond plus, semble ne plus "
                        "s'alimenter.",
                        "Elle boit davantage ou consomme d'autres produits.",
                        "Elle vient de vivre une perte : deuil, séparation, perte d'emploi, "
                        "procédure d'expulsion.",
                        "Elle a déjà fait une tentative de suicide.",
                    ],
                },
            ),
            ("heading", {"text": "Oser poser la question", "anchor": "poser-la-question"}),
            (
                "text",
                "<p><strong>Parler du suicide n'en donne pas l'idée et n'augmente pas le "
                "risque.</strong> C'est l'inverse : poser la question directement soulage "
                "souvent la personne, qui se sent enfin entendue.</p>"
                "<p>Trouvez un endroit calme. Puis demandez clairement :</p>"
                "<ul>"
                "<li>« Est-ce que vous pensez au suicide ? »</li>"
                "<li>« Est-ce que vous avez pensé à mettre fin à vos jours ? »</li>"
                "</ul>"
                "<p>Si la réponse est oui, demandez : « Avez-vous pensé à comment ? À "
                "quand ? » Vous n'avez pas à évaluer vous-même le danger : ces réponses "
                "aideront le 3114 ou le 15 à vous conseiller.</p>"
                "<p>Écoutez sans juger, sans minimiser (« Mais vous avez tout pour être "
                "heureux ! »), sans faire la morale. Ne promettez pas de garder le secret : "
                "dites que vous allez chercher de l'aide avec la personne.</p>",
            ),
            (
                "do_dont",
                {
                    "do": [
                        "Poser la question directement, avec des mots simples.",
                        "Écouter, laisser parler, supporter les silences.",
                        "Prendre au sérieux toute allusion au suicide.",
                        "Appeler le 3114 avec la personne, ou pour demander conseil.",
                        "Informer votre manager le jour même.",
                    ],
                    "dont": [
                        "Éviter le sujet par peur de « donner des idées ».",
                        "Minimiser, faire la morale, culpabiliser.",
                        "Promettre de ne rien dire à personne.",
                        "Laisser seule une personne qui a un projet précis.",
                        "Vous mettre en danger pour retenir physiquement quelqu'un.",
                    ],
                },
            ),
            (
                "urgent",
                {
                    "title": "Danger immédiat : ne laissez pas la personne seule",
                    "text": (
                        "<p>Si la personne a un projet précis, les moyens à portée de main, "
                        "ou si un geste est en cours (balcon, fenêtre, médicaments avalés) : "
                        "<strong>ne la laissez pas seule</strong> et appelez le "
                        "<strong>15</strong> (ou le 112). Si vous devez vous éloigner, "
                        "demandez à un collègue ou à un voisin de confiance de rester avec "
                        "elle. Si c'est possible sans risque pour vous, éloignez ce qui "
                        "pourrait servir au geste. Si vous ne pouvez pas parler, ou pour une "
                        "personne sourde ou malentendante : SMS au <strong>114</strong>.</p>"
                    ),
                },
            ),
            (
                "vignette",
                {
                    "title": "Les mots de M. L.",
                    "text": (
                        "<p>M. L. a perdu sa femme au printemps. Depuis, il descend peu. Un "
                        "matin, en rendant à la gardienne le double de ses clés, il dit : "
                        "« Gardez-les, bientôt je ne vous embêterai plus. »</p>"
                        "<p>La gardienne, Mme N., l'invite à s'asseoir dans la loge et lui "
                        "demande : « Quand vous dites ça, est-ce que vous pensez au "
                        "suicide ? » Il baisse les yeux et répond que oui, souvent, la nuit. "
                        "Elle le remercie de le lui avoir dit. Avec son accord, elle appelle "
                        "le 3114 et lui passe le téléphone. L'infirmière du 3114 parle "
                        "longuement avec lui, puis organise avec lui un rendez-vous rapide "
                        "chez son médecin traitant. Mme N. prévient sa responsable, qui fait "
                        "un signalement à l'équipe dédiée pour la suite.</p>"
                    ),
                    "takeaway": (
                        "Poser la question directement ne met pas en danger : cela ouvre la "
                        "porte à l'aide."
                    ),
                },
            ),
            ("heading", {"text": "Le 3114, pour la personne et pour vous", "anchor": "le-3114"}),
            (
                "text",
                "<p>Le [[3114|3114]] est le numéro national de prévention du suicide. Il est "
                "<strong>gratuit, confidentiel et joignable 24 h/24, 7 j/7</strong>. Des "
                "soignants formés répondent :</p>"
                "<ul>"
                "<li>aux personnes qui pensent au suicide ;</li>"
                "<li>à leur entourage, voisins compris ;</li>"
                "<li>aux professionnels qui s'inquiètent pour quelqu'un et veulent un "
                "avis ;</li>"
                "<li>aux personnes endeuillées par un suicide.</li>"
                "</ul>"
                "<p>Après un suicide ou une tentative dans la résidence, voisins et collègues "
                "peuvent être très choqués : le 3114 peut aussi les aider. Si c'est vous qui "
                "avez été témoin, parlez-en (voir le chapitre « Prendre soin de soi »). La "
                "formation [[pssm|Premiers secours en santé mentale]] permet de s'exercer à "
                "ces situations.</p>",
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>Danger immédiat : restez avec la personne et appelez le 15.</li>"
                "<li>Sinon : trouvez un endroit calme et posez la question directement.</li>"
                "<li>Écoutez, sans juger ni minimiser.</li>"
                "<li>Proposez d'appeler le 3114 ensemble, ou appelez-le pour demander "
                "conseil.</li>"
                "<li>Informez votre manager le jour même ; un signalement à l'équipe dédiée "
                "peut suivre.</li>"
                "<li>Pensez à vous ensuite : ces moments sont éprouvants.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Le 3114 pour parler, demander conseil et être orienté, jour et nuit. Le 15 "
                "(ou le 112) si le danger est immédiat : le médecin du SAMU peut envoyer une "
                "équipe ou orienter vers les "
                "[[urgences-psychiatriques|urgences psychiatriques]]. Le 114 par SMS si la "
                "personne ne peut pas téléphoner.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "prevention-suicide-3114",
                        "samu-15",
                        "urgence-112",
                        "urgence-114",
                        "referent-sante-mentale-bailleur",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 6. Addictions
    # ------------------------------------------------------------------------------------
    {
        "slug": "addictions-logement",
        "title": "Addictions (alcool, drogues, jeux) et logement",
        "summary": (
            "Comprendre l'addiction sans juger, repérer ses effets dans la résidence, "
            "réagir à une urgence et orienter vers l'aide."
        ),
        "reading_minutes": 8,
        "related": ["risque-suicidaire", "agressivite-desamorcer", "reperer-signaux-faibles"],
        "review_note": REVIEW_NOTE,
        "body": [
            (
                "heading",
                {"text": "Une maladie, pas un manque de volonté", "anchor": "comprendre"},
            ),
            (
                "text",
                "<p>Une [[addiction|addiction]], c'est une perte de contrôle : la personne "
                "continue à consommer de l'alcool, une drogue, des médicaments, ou à jouer, "
                "alors que cela lui fait du tort. Ce n'est pas un vice. C'est une maladie, "
                "qui se soigne.</p>"
                "<p>Les addictions vont souvent de pair avec d'autres difficultés : anxiété, "
                "dépression, solitude, précarité. Elles peuvent peser sur le logement : "
                "impayés, bruit, allées et venues, dégradations, négligence.</p>"
                "<p>Deux points importants :</p>"
                "<ul>"
                "<li>Arrêter brutalement l'alcool ou certains médicaments peut être "
                "dangereux. Le [[sevrage|sevrage]] se fait avec un médecin.</li>"
                "<li>Les [[csapa|CSAPA]] accueillent gratuitement les personnes concernées et "
                "leurs proches, de façon anonyme si elles le souhaitent.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Ce que vous pouvez observer", "anchor": "observer"}),
            (
                "warning_signs",
                {
                    "title": "Signes possibles dans la résidence",
                    "items": [
                        "Nombreuses bouteilles vides près d'une porte, odeur d'alcool persistante.",
                        "Seringues, pipes ou papiers aluminium brûlés dans les parties communes.",
                        "Chutes, blessures, démarche instable, à toute heure.",
                        "Nombreuses allées et venues chez un même locataire, la nuit.",
                        "Bruit, disputes, musique forte la nuit, de façon répétée.",
                        "Premiers impayés, demandes d'argent aux voisins ou au gardien.",
                        "Changement net d'humeur ou d'apparence selon les moments de la journée.",
                    ],
                },
            ),
            ("heading", {"text": "Parler sans juger", "anchor": "parler"}),
            (
                "do_dont",
                {
                    "do": [
                        "Parler de ce que vous constatez, pas du produit : « Je vous ai vu "
                        "tomber dans l'escalier hier, je me suis inquiété. »",
                        "Choisir un moment où la personne semble disponible, pas en pleine "
                        "ivresse.",
                        "Donner les numéros d'aide : Alcool Info Service, Drogues Info "
                        "Service, Joueurs Info Service.",
                        "Alerter tôt votre conseiller social en cas de premiers impayés.",
                        "Ramasser une seringue uniquement avec des gants épais et une pince, "
                        "dans un collecteur, selon la procédure de votre employeur.",
                    ],
                    "dont": [
                        "Faire la morale, ou parler de « l'alcoolique du 2e ».",
                        "Conseiller d'arrêter d'un coup.",
                        "Prêter de l'argent, ou acheter quelque chose pour la personne.",
                        "Ramasser une seringue à mains nues, ou la jeter dans un sac poubelle.",
                        "Entrer seul chez une personne très alcoolisée ou agitée.",
                    ],
                },
            ),
            (
                "vignette",
                {
                    "title": "La chute de Mme F.",
                    "text": (
                        "<p>Mme F. est tombée deux fois en un mois dans l'escalier. Le "
                        "gardien, M. R., trouve souvent des bouteilles vides près de sa "
                        "porte. Ses loyers, toujours payés jusque-là, ont trois mois de "
                        "retard. Dans le hall, un voisin ricane : « Elle a encore bu. »</p>"
                        "<p>M. R. recadre calmement le voisin. Le lendemain, il dit à Mme F. "
                        "qu'il s'est inquiété après sa chute. Elle répond qu'elle dort mal "
                        "depuis son licenciement et qu'un verre l'aide. Il l'écoute, lui "
                        "donne le numéro d'Alcool Info Service et lui propose de rencontrer "
                        "la conseillère sociale pour le loyer. Il transmet les faits à son "
                        "manager. Un plan d'apurement est trouvé avec le service social, et "
                        "Mme F. prend rendez-vous dans un CSAPA.</p>"
                    ),
                    "takeaway": (
                        "Partir des faits et de votre inquiétude, plutôt que du produit, "
                        "ouvre la discussion sans humilier."
                    ),
                },
            ),
            (
                "urgent",
                {
                    "title": "Urgence : malaise, surdose, piqûre",
                    "text": (
                        "<p>Personne inconsciente, qui respire mal ou plus du tout, lèvres "
                        "bleues, impossible à réveiller : appelez le <strong>15</strong> "
                        "immédiatement et suivez les consignes du médecin. Si elle respire, "
                        "mettez-la sur le côté (position latérale de sécurité) et restez près "
                        "d'elle.</p>"
                        "<p>Si vous vous piquez avec une seringue trouvée : ne faites pas "
                        "saigner, lavez à l'eau et au savon, désinfectez, puis allez aux "
                        "urgences au plus vite, idéalement dans les 4 heures. Prévenez votre "
                        "employeur : c'est un accident du travail.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Le jeu aussi", "anchor": "jeux"}),
            (
                "text",
                "<p>Les jeux d'argent (paris sportifs, jeux en ligne, grattage) peuvent créer "
                "une addiction sans aucun produit. Cela se voit peu, sauf dans le budget : "
                "impayés soudains, emprunts, demandes d'argent. Joueurs Info Service répond "
                "aux joueurs et à leurs proches. Le service social peut aider à faire face "
                "aux dettes et, si besoin, à demander une "
                "[[mesures-de-protection|mesure de protection]].</p>",
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>Malaise, personne inconsciente : le 15.</li>"
                "<li>Sinon, parlez de ce que vous constatez et de votre inquiétude, sans "
                "juger.</li>"
                "<li>Donnez les numéros d'aide : ils sont anonymes, gratuits ou non "
                "surtaxés.</li>"
                "<li>Signalez tôt les impayés au conseiller social : plus c'est tôt, plus les "
                "solutions sont simples.</li>"
                "<li>Si s'y ajoutent une détresse psychique ou un logement qui se dégrade, "
                "parlez-en à votre manager pour un signalement à l'équipe dédiée.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Les lignes nationales répondent à la personne, à ses proches et à vous. "
                "Le [[services-sociaux-de-proximite|service social de proximité]] accompagne "
                "sur le budget et les droits. En cas d'urgence médicale : le 15.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "alcool-info-service",
                        "drogues-info-service",
                        "joueurs-info-service",
                        "samu-15",
                        "service-social-proximite-13",
                        "service-social-proximite-20",
                        "referent-sante-mentale-bailleur",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 7. Système de soins
    # ------------------------------------------------------------------------------------
    {
        "slug": "systeme-de-soins",
        "title": "Le système de soins : secteur, CMP, CLSM, équipe dédiée et consentement",
        "summary": (
            "Qui soigne, où, et à quelles conditions. Pourquoi le bailleur ne peut pas "
            "imposer de soins, et dans quels cas la loi le permet."
        ),
        "reading_minutes": 10,
        "related": ["signaler-equipe-dediee", "comprendre-sante-mentale"],
        "review_note": REVIEW_NOTE,
        "body": [
            ("heading", {"text": "La psychiatrie de secteur", "anchor": "secteur"}),
            (
                "text",
                "<p>En France, la psychiatrie publique est organisée en "
                "[[secteur-psychiatrique|secteurs]]. Chaque secteur couvre un territoire : à "
                "Paris, quelques quartiers. Une même équipe y suit les adultes qui y "
                "habitent : en consultation, à domicile, en hôpital de jour, à "
                "l'hôpital.</p>"
                "<p>C'est donc <strong>l'adresse du locataire</strong> qui détermine l'équipe "
                "compétente. Les enfants et les adolescents relèvent d'équipes de "
                "pédopsychiatrie.</p>",
            ),
            ("heading", {"text": "Le CMP, la porte d'entrée", "anchor": "cmp"}),
            (
                "text",
                "<p>Le [[cmp|centre médico-psychologique (CMP)]] est le lieu de consultation "
                "de chaque secteur. À retenir :</p>"
                "<ul>"
                "<li><strong>C'est gratuit</strong> : pas d'avance de frais.</li>"
                "<li>L'équipe est <strong>pluridisciplinaire</strong> : psychiatres, "
                "psychologues, infirmiers, assistants sociaux…</li>"
                "<li>La personne peut appeler elle-même pour un rendez-vous ; un proche peut "
                "aussi appeler pour demander conseil.</li>"
                "<li>Les équipes peuvent se déplacer à domicile.</li>"
                "</ul>"
                "<p>Beaucoup de locataires en difficulté ont déjà été suivis par un CMP. "
                "Quand le suivi s'est interrompu, renouer avec l'équipe qui les connaît est "
                "souvent la meilleure piste.</p>",
            ),
            ("heading", {"text": "Le CLSM, pour travailler ensemble", "anchor": "clsm"}),
            (
                "text",
                "<p>Le [[clsm|conseil local de santé mentale (CLSM)]] réunit la mairie, la "
                "psychiatrie, les services sociaux, les bailleurs, la police, les "
                "associations, les usagers et leurs familles. On n'y soigne pas : on y "
                "construit des réponses communes. C'est au CLSM du 20e, en 2012, qu'est né le "
                "partenariat à l'origine de ce guide.</p>",
            ),
            (
                "heading",
                {"text": "L'équipe dédiée bailleurs – psychiatrie", "anchor": "equipe-dediee"},
            ),
            (
                "text",
                "<p>Une convention entre la Ville de Paris, l'EPS Maison Blanche, l'AORIF – "
                "l'Union sociale pour l'habitat d'Île-de-France et douze bailleurs sociaux a "
                "créé des [[equipe-dediee|équipes de psychiatrie dédiées]] aux signalements "
                "des bailleurs :</p>"
                "<ul>"
                "<li>dans le <strong>20e</strong>, depuis le 1er février 2017 ;</li>"
                "<li>dans le <strong>13e</strong>, depuis le 15 mai 2017.</li>"
                "</ul>"
                "<p>Chacune réunit deux psychiatres, une assistante sociale et un infirmier, "
                "sous la conduite d'une coordonnatrice. Objectifs : simplifier les "
                "signalements, prévenir les crises, sensibiliser les équipes des "
                "bailleurs.</p>"
                "<p>Les premiers résultats publiés par les partenaires sont encourageants : "
                "une prise en charge psychiatrique pour 40 % des locataires signalés, une "
                "orientation vers d'autres partenaires de santé dans une situation sur cinq, "
                "une prise en charge sociale dans la moitié des cas, et un lien avec les "
                "services sociaux de la Ville de Paris dans deux situations sur trois. Les "
                "« signaux faibles » liés au logement ont baissé de moitié, et les "
                "comportements agressifs ont diminué.</p>",
            ),
            ("heading", {"text": "Le consentement, c'est la règle", "anchor": "consentement"}),
            (
                "text",
                "<p>Comme pour tout soin, <strong>une personne adulte est libre d'accepter ou "
                "de refuser des soins psychiatriques</strong>. Vivre avec un trouble "
                "psychique ne retire pas ce droit.</p>"
                "<p>Pour vous, cela veut dire que <strong>le bailleur ne peut pas imposer de "
                "soins</strong>, ni faire d'un traitement une condition du bail. Il peut "
                "alerter, proposer, et laisser à l'équipe dédiée le temps de créer une "
                "relation de confiance. Cela prend parfois des mois : c'est normal.</p>",
            ),
            (
                "do_dont",
                {
                    "do": [
                        "Encourager la personne à consulter, en lui donnant les coordonnées "
                        "du CMP de son secteur.",
                        "Faire un signalement par le circuit prévu, avec des faits.",
                        "Poursuivre la gestion locative habituelle, avec respect.",
                        "Appeler les secours en cas de danger immédiat.",
                    ],
                    "dont": [
                        "Exiger un certificat médical ou un traitement pour régler un "
                        "problème de voisinage.",
                        "Demander des informations médicales sur le locataire à l'équipe ou "
                        "au CMP.",
                        "Menacer d'une hospitalisation pour obtenir un comportement.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": "Les soins sans consentement : trois voies, très encadrées",
                    "anchor": "soins-sans-consentement",
                },
            ),
            (
                "text",
                "<p>Les [[soins-sans-consentement|soins sans consentement]] sont une "
                "exception. Ils ne sont possibles que si les troubles empêchent la personne "
                "de consentir et qu'elle a besoin de soins immédiats, ou si la sûreté des "
                "personnes est gravement menacée. Il existe trois voies :</p>"
                "<ul>"
                "<li><strong>À la demande d'un tiers ([[sdt|SDT]])</strong> : un proche "
                "demande les soins, avec l'appui de certificats médicaux.</li>"
                "<li><strong>En cas de péril imminent ([[spi|SPI]])</strong> : aucun proche "
                "ne peut faire la demande et la santé de la personne est en danger "
                "immédiat ; un médecin l'atteste.</li>"
                "<li><strong>Sur décision du représentant de l'État ([[sdre|SDRE]])</strong> : "
                "à Paris, le préfet de police décide, quand les troubles compromettent la "
                "sûreté des personnes ou portent gravement atteinte à l'ordre public.</li>"
                "</ul>"
                "<p>En cas d'hospitalisation, un juge contrôle la mesure avant le 12e jour. "
                "Les soins peuvent ensuite se poursuivre hors de l'hôpital. Ces décisions "
                "reviennent aux médecins, aux proches et aux autorités, jamais au bailleur. "
                "En cas de danger, votre rôle est d'appeler le 15 ou le 17 et de décrire les "
                "faits.</p>",
            ),
            (
                "heading",
                {"text": "Les mesures de protection juridique", "anchor": "protection-juridique"},
            ),
            (
                "text",
                "<p>Ce ne sont pas des soins : une mesure de protection aide un adulte à "
                "gérer son budget et ses démarches. De la plus légère à la plus complète : la "
                "[[sauvegarde-de-justice|sauvegarde de justice]], la "
                "[[curatelle|curatelle]] et la [[tutelle|tutelle]]. C'est un juge qui décide. "
                "Si un locataire a un curateur ou un tuteur, celui-ci est un interlocuteur "
                "précieux pour le loyer et le logement.</p>",
            ),
            (
                "vignette",
                {
                    "title": "Mme B. ne va plus au CMP",
                    "text": (
                        "<p>Mme B. vivait sans difficulté dans la résidence depuis des "
                        "années. Depuis l'hiver, elle ne sort plus qu'à la nuit tombée, parle "
                        "fort à travers sa porte et a collé des journaux sur ses fenêtres. La "
                        "conseillère sociale du bailleur fait un signalement à l'équipe "
                        "dédiée.</p>"
                        "<p>L'équipe retrouve le CMP qui suivait Mme B. avant qu'elle "
                        "n'arrête d'y aller. Avec l'infirmier du CMP, elle lui rend visite. "
                        "Il faut trois visites pour que Mme B. accepte un rendez-vous ; "
                        "personne ne l'y a obligée. La conseillère sociale, elle, apprend "
                        "seulement que la situation est prise en charge, et qu'on la "
                        "recontactera si besoin.</p>"
                    ),
                    "takeaway": (
                        "Souvent, la personne est déjà connue : l'enjeu est de renouer, avec "
                        "son accord, le lien avec les soignants."
                    ),
                },
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>La personne semble avoir besoin de soins et l'accepte : donnez-lui les "
                "coordonnées du CMP de son secteur.</li>"
                "<li>Elle refuse, mais la situation dure ou s'aggrave : passez par votre "
                "manager pour un signalement à l'équipe dédiée.</li>"
                "<li>Danger immédiat pour elle ou pour d'autres : appelez le 15 ou le 17. Les "
                "secours et les médecins décideront.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Le CMP dépend de l'adresse du locataire. Les coordonnées ci-dessous sont "
                "des exemples, à remplacer par celles de votre territoire.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "referent-sante-mentale-bailleur",
                        "equipe-dediee-13",
                        "equipe-dediee-20",
                        "cmp-13-secteur-a",
                        "cmp-13-secteur-b",
                        "cmp-13-secteur-c",
                        "cmp-20-secteur-a",
                        "cmp-20-secteur-b",
                        "cmp-20-secteur-c",
                        "samu-15",
                        "psycom",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 8. Signaler
    # ------------------------------------------------------------------------------------
    {
        "slug": "signaler-equipe-dediee",
        "title": "Signaler une situation à l'équipe dédiée : comment, et ce qui se passe ensuite",
        "summary": (
            "Quand signaler, quoi écrire, par quel circuit, et ce que l'équipe fera ensuite, "
            "dans le respect du secret professionnel."
        ),
        "reading_minutes": 9,
        "related": [
            "systeme-de-soins",
            "reperer-signaux-faibles",
            "comportements-voisinage-conflits",
        ],
        "review_note": REVIEW_NOTE,
        "body": [
            ("heading", {"text": "Quand signaler ?", "anchor": "quand-signaler"}),
            (
                "text",
                "<p>Le [[signalement|signalement]] à l'[[equipe-dediee|équipe dédiée]] "
                "concerne un locataire en difficulté psychosociale, quand :</p>"
                "<ul>"
                "<li>la situation dure ou s'aggrave ;</li>"
                "<li>les réponses habituelles (courriers, visites, médiation, service "
                "social) n'ont pas suffi ;</li>"
                "<li>vous observez des signes qui font penser à une souffrance "
                "psychique.</li>"
                "</ul>"
                "<p>Ce n'est <strong>pas</strong> un service d'urgence. En cas de danger "
                "immédiat, appelez d'abord le 15, le 17 ou le 18 ; le signalement viendra "
                "ensuite.</p>",
            ),
            (
                "warning_signs",
                {
                    "title": "Situations qui justifient souvent un signalement",
                    "items": [
                        "Logement qui se dégrade : odeurs, encombrement, nuisibles, dégâts "
                        "répétés.",
                        "Personne qui ne sort plus, ne répond plus, refuse tout contact "
                        "depuis des semaines.",
                        "Propos ou comportements inhabituels, accusations répétées contre "
                        "des voisins.",
                        "Épisodes d'agressivité à répétition.",
                        "Impayés récents chez un locataire jusque-là régulier, sans réponse "
                        "aux relances.",
                        "Inquiétude exprimée par des voisins, la famille ou d'autres "
                        "professionnels.",
                    ],
                },
            ),
            ("heading", {"text": "Le circuit", "anchor": "circuit"}),
            (
                "text",
                "<p>Gardien ou médiateur, vous ne signalez pas seul. Vous transmettez vos "
                "observations à votre manager ou au référent santé mentale de votre bailleur. "
                "C'est lui qui rédige ou valide le signalement et l'envoie à l'équipe dédiée "
                "de l'arrondissement, selon le circuit défini par votre employeur.</p>"
                "<p>Repères ne sert pas à signaler et ne conserve aucune information sur les "
                "locataires : le signalement passe par les outils et les procédures de votre "
                "bailleur.</p>",
            ),
            ("heading", {"text": "Que mettre dans un signalement ?", "anchor": "contenu"}),
            (
                "text",
                "<ul>"
                "<li><strong>Des faits datés</strong> : « 3 mars, 8 h : odeur forte sur le "
                "palier du 2e. »</li>"
                "<li><strong>Les signes observés</strong> : ce que vous avez vu, entendu, "
                "senti, et depuis quand.</li>"
                "<li><strong>L'évolution</strong> : est-ce stable, ou est-ce que ça "
                "s'aggrave ?</li>"
                "<li><strong>Les démarches déjà tentées</strong> : visites, courriers, "
                "contact avec la famille, le service social, un curateur.</li>"
                "<li><strong>Les risques</strong> : incendie, enfants au domicile, personne "
                "très âgée ou très isolée.</li>"
                "<li><strong>Si le locataire a été informé</strong> de votre inquiétude et "
                "de la démarche, et sa réaction.</li>"
                "<li>La personne à contacter chez le bailleur pour en savoir plus.</li>"
                "</ul>",
            ),
            (
                "do_dont",
                {
                    "do": [
                        "Écrire ce que vous avez constaté vous-même, avec la date et l'heure.",
                        "Citer entre guillemets les propos entendus, sans les interpréter.",
                        "Distinguer ce que vous avez vu de ce qu'on vous a rapporté "
                        "(« selon un voisin… »).",
                        "Vous relire : quelqu'un qui ne connaît pas la résidence comprendrait-il ?",
                    ],
                    "dont": [
                        "Poser un diagnostic : « il est schizophrène », « elle fait une "
                        "dépression ».",
                        "Écrire des jugements : « sale », « fou », « de mauvaise foi ».",
                        "Recopier des rumeurs, ou des informations médicales entendues dans "
                        "le hall.",
                        "Garder des copies, des photos ou des notes personnelles en dehors "
                        "des outils de votre employeur.",
                    ],
                },
            ),
            ("heading", {"text": "Informer le locataire", "anchor": "informer"}),
            (
                "text",
                "<p>Autant que possible, dites au locataire que vous vous inquiétez pour lui "
                "et que vous allez demander l'aide d'une équipe qui peut venir le rencontrer. "
                "Par exemple : « Je m'inquiète pour vous. Il existe une équipe qui aide les "
                "locataires quand ça ne va pas. Je vais leur demander de passer vous "
                "voir. »</p>"
                "<p>Cette transparence préserve la confiance. Si elle vous met en danger ou "
                "si la situation est urgente, vous pouvez vous en passer : indiquez-le "
                "simplement dans le signalement.</p>",
            ),
            ("heading", {"text": "Ce qui se passe ensuite", "anchor": "ensuite"}),
            (
                "text",
                "<ol>"
                "<li><strong>L'équipe étudie le signalement</strong> et peut rappeler votre "
                "référent pour des précisions.</li>"
                "<li><strong>Elle vérifie</strong> si la personne est déjà connue d'un CMP "
                "ou d'un service social.</li>"
                "<li><strong>Elle évalue la situation</strong>, souvent par une visite à "
                "domicile, parfois avec un professionnel du bailleur que le locataire "
                "connaît.</li>"
                "<li><strong>Elle oriente</strong> : reprise de soins, médecin traitant, "
                "service social, aide à domicile, mesure de protection…</li>"
                "<li><strong>Elle peut suivre la personne dans la durée</strong>, et appuie "
                "les équipes du bailleur dans les situations complexes.</li>"
                "</ol>",
            ),
            (
                "heading",
                {
                    "text": "Secret professionnel : ce qu'on vous dira, ce qu'on ne vous dira pas",
                    "anchor": "secret",
                },
            ),
            (
                "text",
                "<p>Les soignants et l'assistante sociale de l'équipe sont tenus au "
                "[[secret-professionnel|secret professionnel]]. Ils ne vous diront ni "
                "diagnostic, ni traitement, ni détails de la vie de la personne.</p>"
                "<p>En revanche, ils vous diront ce qui suit : que la situation est prise en "
                "charge, qu'une visite a eu lieu, ce que vous pouvez faire de votre côté, et "
                "quand les rappeler. Et ce que vous savez reste dans le circuit prévu : pas un "
                "mot aux voisins.</p>",
            ),
            (
                "vignette",
                {
                    "title": "Le signalement pour Mme P.",
                    "text": (
                        "<p>Dans le 13e, Mme P. ne répond plus au courrier depuis l'automne. "
                        "Ses volets restent fermés, trois loyers sont impayés, et un voisin "
                        "dit avoir entendu des pleurs la nuit. Le gardien transmet ses "
                        "observations datées à la conseillère sociale. Celle-ci glisse un mot "
                        "sous la porte de Mme P. : elle s'inquiète et va demander à une "
                        "équipe de passer.</p>"
                        "<p>Le signalement décrit les faits, les relances restées sans "
                        "réponse et le mot laissé. Peu après, l'équipe dédiée rend visite à "
                        "Mme P. avec la conseillère. Celle-ci reçoit ensuite un retour "
                        "simple : « Mme P. est accompagnée. Vous pouvez reprendre contact "
                        "avec elle pour le loyer, avec le service social. » Elle n'en sait "
                        "pas plus, et c'est normal.</p>"
                    ),
                    "takeaway": (
                        "Un bon signalement décrit des faits datés et les démarches tentées ; "
                        "le retour de l'équipe porte sur la suite, pas sur la santé de la "
                        "personne."
                    ),
                },
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>Rassemblez vos observations datées.</li>"
                "<li>Si possible, dites au locataire que vous vous inquiétez et que vous "
                "demandez de l'aide.</li>"
                "<li>Transmettez à votre manager ou au référent santé mentale.</li>"
                "<li>Continuez à saluer la personne et à faire votre travail "
                "normalement.</li>"
                "<li>Si la situation s'aggrave, prévenez de nouveau ; en cas de danger, "
                "appelez les secours.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Votre manager ou le référent santé mentale, qui transmet à l'équipe "
                "dédiée de votre arrondissement. En cas de danger immédiat : le 15 ou le "
                "17.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "referent-sante-mentale-bailleur",
                        "equipe-dediee-13",
                        "equipe-dediee-20",
                        "samu-15",
                        "police-17",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------------------------
    # 9. Prendre soin de soi
    # ------------------------------------------------------------------------------------
    {
        "slug": "prendre-soin-de-soi",
        "title": "Prendre soin de soi quand on est professionnel de proximité",
        "summary": (
            "Ce que ces situations vous font, les signes de fatigue à ne pas ignorer, et où "
            "trouver du soutien."
        ),
        "reading_minutes": 7,
        "related": ["agressivite-desamorcer", "risque-suicidaire"],
        "review_note": REVIEW_NOTE,
        "body": [
            ("heading", {"text": "Vous êtes en première ligne", "anchor": "premiere-ligne"}),
            (
                "text",
                "<p>Gardiens, médiateurs, conseillers sociaux : vous êtes souvent seuls face à "
                "des situations lourdes. Vous vivez parfois sur place, vous connaissez "
                "certains locataires depuis des années. Une agression, une tentative de "
                "suicide, la découverte d'une personne décédée, des plaintes qui n'en "
                "finissent pas : tout cela laisse des traces.</p>"
                "<p>Être touché n'est pas un signe de faiblesse. C'est le signe que vous "
                "faites un métier humain.</p>"
                "<p>Rappelez-vous aussi les limites de votre rôle : vous repérez, vous gardez "
                "le lien, vous passez le relais. Vous n'avez pas à tout régler seul, ni à "
                "soigner.</p>",
            ),
            (
                "warning_signs",
                {
                    "title": "Signes de fatigue chez vous",
                    "items": [
                        "Vous dormez mal, vous repensez sans cesse à un locataire ou à un "
                        "incident.",
                        "Vous appréhendez d'entrer dans un bâtiment ou de croiser une personne.",
                        "Vous êtes plus irritable, avec les locataires ou avec vos proches.",
                        "Vous vous sentez inutile, ou au contraire responsable de tout.",
                        "Vous buvez, fumez ou grignotez davantage pour tenir.",
                        "Vous avez plus souvent mal à la tête, au dos ou au ventre.",
                        "Vous évitez d'en parler, vous vous isolez de vos collègues.",
                    ],
                },
            ),
            ("heading", {"text": "Ce qui aide", "anchor": "ce-qui-aide"}),
            (
                "do_dont",
                {
                    "do": [
                        "Parler à votre manager après une situation difficile, le jour même "
                        "si possible.",
                        "Demander un temps d'échange (débriefing) après un incident grave.",
                        "Échanger avec vos collègues, qui vivent les mêmes situations.",
                        "Vous former : sessions de sensibilisation, Premiers secours en santé "
                        "mentale.",
                        "Respecter vos horaires et vos temps de repos.",
                        "Consulter votre médecin traitant ou le médecin du travail si la "
                        "fatigue s'installe.",
                    ],
                    "dont": [
                        "Garder pour vous une situation qui vous pèse.",
                        "Donner votre numéro personnel à un locataire.",
                        "Promettre ce que vous ne pourrez pas tenir (« je m'occupe de tout »).",
                        "Sortir de votre rôle : gérer des médicaments, prêter de l'argent, "
                        "héberger quelqu'un.",
                        "Vous reprocher la suite : les décisions de soins ne dépendent pas de "
                        "vous.",
                    ],
                },
            ),
            (
                "vignette",
                {
                    "title": "Mme V., trois semaines après",
                    "text": (
                        "<p>Mme V., gardienne, a découvert un locataire décédé chez lui, seul "
                        "depuis plusieurs jours. Sur le moment, elle a tenu bon : appel aux "
                        "secours, accueil de la famille, questions des voisins. Elle a dit à "
                        "sa responsable que « ça allait ».</p>"
                        "<p>Trois semaines plus tard, elle dort mal et évite l'escalier B. "
                        "Lors d'un point d'équipe, sa responsable la trouve épuisée et lui en "
                        "parle. Mme V. accepte de voir le médecin du travail, qui l'oriente "
                        "vers un soutien psychologique. Elle dit aujourd'hui qu'elle aurait "
                        "dû en parler plus tôt.</p>"
                    ),
                    "takeaway": (
                        "Le choc peut venir après coup : en parler tôt, même quand « ça va », "
                        "fait partie du métier."
                    ),
                },
            ),
            ("heading", {"text": "Se former et s'entourer", "anchor": "se-former"}),
            (
                "text",
                "<p>Les sessions de sensibilisation animées avec l'équipe dédiée et la "
                "formation [[pssm|Premiers secours en santé mentale]] donnent des repères "
                "concrets et permettent d'échanger avec d'autres professionnels. Le site "
                "[[psycom|Psycom]] propose aussi des ressources fiables.</p>"
                "<p>Le [[3114|3114]] n'est pas réservé aux locataires : si vous avez "
                "vous-même des idées noires, ou si un suicide dans la résidence vous a "
                "secoué, vous pouvez l'appeler, jour et nuit, gratuitement. Le médecin du "
                "travail est tenu au [[secret-professionnel|secret médical]] : votre "
                "employeur ne saura rien de ce que vous lui confiez sans votre accord.</p>",
            ),
            (
                "urgent",
                {
                    "title": "Si c'est vous qui n'allez pas bien",
                    "text": (
                        "<p>Si vous pensez au suicide, appelez le <strong>3114</strong>, "
                        "24 h/24, gratuitement. Si vous êtes en danger immédiat, appelez le "
                        "<strong>15</strong> ou le 112, ou envoyez un SMS au "
                        "<strong>114</strong>.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            (
                "text",
                "<ol>"
                "<li>Après une situation difficile, parlez-en le jour même à votre manager "
                "ou à un collègue.</li>"
                "<li>Demandez un temps d'échange si l'incident a été grave.</li>"
                "<li>Surveillez les signes de fatigue dans les semaines qui suivent.</li>"
                "<li>Si cela ne passe pas, consultez le médecin du travail ou votre médecin "
                "traitant.</li>"
                "<li>Inscrivez-vous aux sessions de sensibilisation proposées dans "
                "Repères.</li>"
                "</ol>",
            ),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
            (
                "text",
                "<p>Au travail : votre manager et le service de santé au travail. Pour parler, "
                "à toute heure : le 3114 si vous avez des idées noires, SOS Amitié si vous "
                "avez besoin d'être écouté.</p>",
            ),
            (
                "who_to_call",
                {
                    "title": "Contacts utiles",
                    "contacts": [
                        "sante-au-travail-bailleur",
                        "referent-sante-mentale-bailleur",
                        "prevention-suicide-3114",
                        "sos-amitie",
                    ],
                },
            ),
        ],
    },
]
