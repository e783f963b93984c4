"""Annuaire des contacts du guide de santé mentale à destination des professionnels du logement.

Contenu rédigé pour le programme Repères. À faire relire par les cliniciens du programme.

Les numéros nationaux (15, 17, 18, 112, 114, 115, 3114, lignes d'aide à distance) sont
réels. Les contacts marqués ``is_example: True`` sont fictifs : leurs numéros sont pris dans
la tranche 01 99 00 xx xx, réservée par l'Arcep aux œuvres de fiction, et leurs adresses
portent la mention « (adresse fictive) ». Chaque bailleur remplace ces exemples par ses
propres contacts.

Catégories : urgence, ecoute, equipe_dediee, cmp, social, bailleur.
Situations : danger-immediat, risque-suicidaire, agressivite, incurie, confusion, isolement,
addiction, conflit-voisinage, difficultes-sociales, soutien-professionnel.
"""

CONTACTS = [
    # --- Urgences -------------------------------------------------------------------------
    {
        "slug": "samu-15",
        "name": "SAMU – 15",
        "category": "urgence",
        "arrondissements": [],
        "situations": ["danger-immediat", "risque-suicidaire", "confusion", "addiction"],
        "when_to_call": (
            "Urgence médicale, y compris psychique : personne en danger de mort, projet de "
            "suicide avec passage à l'acte possible à tout moment, tentative de suicide, "
            "malaise, personne inconsciente, grande confusion, intoxication. Un médecin "
            "régulateur vous conseille et décide de l'envoi des secours."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "15",
        "address": "",
        "website": "",
        "is_example": False,
    },
    {
        "slug": "police-17",
        "name": "Police secours – 17",
        "category": "urgence",
        "arrondissements": [],
        "situations": ["danger-immediat", "agressivite", "conflit-voisinage"],
        "when_to_call": (
            "Menace, violence en cours, personne armée, agression, ou personne qui ne répond "
            "plus derrière sa porte quand vous craignez pour elle. Mettez-vous d'abord à "
            "l'abri."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "17",
        "address": "",
        "website": "",
        "is_example": False,
    },
    {
        "slug": "pompiers-18",
        "name": "Sapeurs-pompiers – 18",
        "category": "urgence",
        "arrondissements": [],
        "situations": ["danger-immediat", "incurie"],
        "when_to_call": (
            "Incendie, odeur de gaz, fumée, dégât des eaux important, personne blessée ou "
            "bloquée, personne qui ne donne plus signe de vie derrière sa porte. À Paris, les "
            "secours sont assurés par la Brigade de sapeurs-pompiers de Paris."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "18",
        "address": "",
        "website": "",
        "is_example": False,
    },
    {
        "slug": "urgence-112",
        "name": "Numéro d'urgence européen – 112",
        "category": "urgence",
        "arrondissements": [],
        "situations": ["danger-immediat", "agressivite", "risque-suicidaire"],
        "when_to_call": (
            "Toute urgence, si vous ne savez pas quel service appeler. Fonctionne depuis "
            "n'importe quel téléphone portable, dans toute l'Union européenne. Votre appel "
            "est orienté vers le service adapté."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "112",
        "address": "",
        "website": "",
        "is_example": False,
    },
    {
        "slug": "urgence-114",
        "name": "Urgence 114 – par SMS, tchat ou visio",
        "category": "urgence",
        "arrondissements": [],
        "situations": ["danger-immediat", "risque-suicidaire", "agressivite"],
        "when_to_call": (
            "Numéro d'urgence pour les personnes sourdes, malentendantes, aphasiques ou "
            "dysphasiques, et pour toute personne qui ne peut pas parler sans se mettre en "
            "danger. On le contacte par SMS au 114, ou par tchat et visio via l'application "
            "Urgence 114. Il transmet l'alerte au SAMU, à la police ou aux pompiers."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "114",
        "address": "",
        "website": "",
        "is_example": False,
    },
    # --- Écoute et information -------------------------------------------------------------
    {
        "slug": "prevention-suicide-3114",
        "name": "3114 – Numéro national de prévention du suicide",
        "category": "ecoute",
        "arrondissements": [],
        "situations": ["risque-suicidaire", "soutien-professionnel", "isolement"],
        "when_to_call": (
            "Une personne pense au suicide, ou vous vous inquiétez pour quelqu'un et vous "
            "voulez un avis. Des soignants formés répondent aux personnes en souffrance, à "
            "leurs proches, aux personnes endeuillées et aux professionnels. Vous pouvez "
            "aussi appeler pour vous-même. Gratuit et confidentiel."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "3114",
        "address": "",
        "website": "https://3114.fr",
        "is_example": False,
    },
    {
        "slug": "drogues-info-service",
        "name": "Drogues Info Service",
        "category": "ecoute",
        "arrondissements": [],
        "situations": ["addiction"],
        "when_to_call": (
            "Questions sur les drogues, les consommations, les lieux d'aide (CSAPA) : pour la "
            "personne concernée, ses proches ou un professionnel. Appel anonyme et gratuit. "
            "Le site propose aussi un tchat et un annuaire des lieux d'aide."
        ),
        "hours": "7 j/7, de 8 h à 2 h",
        "phone": "0 800 23 13 13",
        "address": "",
        "website": "https://www.drogues-info-service.fr",
        "is_example": False,
    },
    {
        "slug": "alcool-info-service",
        "name": "Alcool Info Service",
        "category": "ecoute",
        "arrondissements": [],
        "situations": ["addiction"],
        "when_to_call": (
            "Questions sur la consommation d'alcool, pour soi, pour un proche ou en tant "
            "que professionnel ; orientation vers une consultation ou un CSAPA. Appel "
            "anonyme et non surtaxé."
        ),
        "hours": "7 j/7, de 8 h à 2 h",
        "phone": "0 980 980 930",
        "address": "",
        "website": "https://www.alcool-info-service.fr",
        "is_example": False,
    },
    {
        "slug": "joueurs-info-service",
        "name": "Joueurs Info Service",
        "category": "ecoute",
        "arrondissements": [],
        "situations": ["addiction", "difficultes-sociales"],
        "when_to_call": (
            "Difficultés avec les jeux d'argent et de hasard (paris, jeux en ligne, "
            "grattage), dettes liées au jeu : pour le joueur ou ses proches. Appel anonyme "
            "et non surtaxé."
        ),
        "hours": "7 j/7, de 8 h à 2 h",
        "phone": "09 74 75 13 13",
        "address": "",
        "website": "https://www.joueurs-info-service.fr",
        "is_example": False,
    },
    {
        "slug": "sos-amitie",
        "name": "SOS Amitié",
        "category": "ecoute",
        "arrondissements": [],
        "situations": ["isolement", "risque-suicidaire"],
        "when_to_call": (
            "Écoute anonyme par des bénévoles formés, pour toute personne qui se sent seule, "
            "angoissée ou en détresse et a besoin de parler. Utile à conseiller à un "
            "locataire isolé. En cas d'idées suicidaires, le 3114 reste la référence."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "09 72 39 40 50",
        "address": "",
        "website": "https://www.sos-amitie.com",
        "is_example": False,
    },
    {
        "slug": "psycom",
        "name": "Psycom – information sur la santé mentale",
        "category": "ecoute",
        "arrondissements": [],
        "situations": ["soutien-professionnel", "confusion", "isolement"],
        "when_to_call": (
            "Pas de ligne téléphonique : un site d'information public et gratuit. Pour "
            "comprendre un trouble, un traitement, les droits des personnes, et trouver des "
            "brochures à remettre à un locataire ou à ses proches."
        ),
        "hours": "Site accessible en permanence",
        "phone": "",
        "address": "",
        "website": "https://www.psycom.org",
        "is_example": False,
    },
    # --- Urgence sociale et services sociaux -----------------------------------------------
    {
        "slug": "samu-social-115",
        "name": "115 – Samu social / SIAO (urgence sociale)",
        "category": "social",
        "arrondissements": [],
        "situations": ["difficultes-sociales", "isolement"],
        "when_to_call": (
            "Une personne se retrouve sans solution pour dormir ce soir (perte de logement, "
            "sortie de squat, personne à la rue dans le hall) : demande d'hébergement "
            "d'urgence, maraude. Gratuit."
        ),
        "hours": "24 h/24, 7 j/7",
        "phone": "115",
        "address": "",
        "website": "",
        "is_example": False,
    },
    {
        "slug": "service-social-proximite-13",
        "name": "Service social de proximité – Paris 13e (exemple)",
        "category": "social",
        "arrondissements": [13],
        "situations": ["difficultes-sociales", "isolement", "incurie", "addiction"],
        "when_to_call": (
            "Accompagnement social d'un locataire : accès aux droits, budget, impayés, "
            "aide à domicile, perte d'autonomie, demande de mesure de protection. Le "
            "locataire peut s'y présenter lui-même ; votre conseiller social peut prendre "
            "contact avec son accord."
        ),
        "hours": "Du lundi au vendredi, 9 h – 17 h (horaires d'exemple)",
        "phone": "01 99 00 13 50",
        "address": "24 rue des Glycines-Hautes, 75013 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "service-social-proximite-20",
        "name": "Service social de proximité – Paris 20e (exemple)",
        "category": "social",
        "arrondissements": [20],
        "situations": ["difficultes-sociales", "isolement", "incurie", "addiction"],
        "when_to_call": (
            "Accompagnement social d'un locataire : accès aux droits, budget, impayés, "
            "aide à domicile, perte d'autonomie, demande de mesure de protection. Le "
            "locataire peut s'y présenter lui-même ; votre conseiller social peut prendre "
            "contact avec son accord."
        ),
        "hours": "Du lundi au vendredi, 9 h – 17 h (horaires d'exemple)",
        "phone": "01 99 00 20 50",
        "address": "9 passage des Ormeaux-Bleus, 75020 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    # --- Équipes dédiées bailleurs – psychiatrie -------------------------------------------
    {
        "slug": "equipe-dediee-13",
        "name": "Équipe dédiée bailleurs sociaux – psychiatrie, Paris 13e (exemple)",
        "category": "equipe_dediee",
        "arrondissements": [13],
        "situations": [
            "incurie",
            "confusion",
            "isolement",
            "conflit-voisinage",
            "agressivite",
            "addiction",
        ],
        "when_to_call": (
            "Locataire du 13e en difficulté psychosociale, situation qui dure ou "
            "s'aggrave, sans danger immédiat. Le signalement passe par le circuit de votre "
            "bailleur (manager ou référent santé mentale), qui transmet à l'équipe. Ce n'est "
            "pas un service d'urgence : en cas de danger, appelez le 15, le 17 ou le 18."
        ),
        "hours": "Du lundi au vendredi, heures ouvrables (exemple)",
        "phone": "01 99 00 13 00",
        "address": "Adresse communiquée aux bailleurs partenaires",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "equipe-dediee-20",
        "name": "Équipe dédiée bailleurs sociaux – psychiatrie, Paris 20e (exemple)",
        "category": "equipe_dediee",
        "arrondissements": [20],
        "situations": [
            "incurie",
            "confusion",
            "isolement",
            "conflit-voisinage",
            "agressivite",
            "addiction",
        ],
        "when_to_call": (
            "Locataire du 20e en difficulté psychosociale, situation qui dure ou "
            "s'aggrave, sans danger immédiat. Le signalement passe par le circuit de votre "
            "bailleur (manager ou référent santé mentale), qui transmet à l'équipe. Ce n'est "
            "pas un service d'urgence : en cas de danger, appelez le 15, le 17 ou le 18."
        ),
        "hours": "Du lundi au vendredi, heures ouvrables (exemple)",
        "phone": "01 99 00 20 00",
        "address": "Adresse communiquée aux bailleurs partenaires",
        "website": "",
        "is_example": True,
    },
    # --- CMP (un par secteur, exemples) ------------------------------------------------------
    {
        "slug": "cmp-13-secteur-a",
        "name": "CMP Paris 13e – secteur 75X13A (exemple)",
        "category": "cmp",
        "arrondissements": [13],
        "situations": ["confusion", "isolement", "incurie"],
        "when_to_call": (
            "Consultations de psychiatrie publique, gratuites, pour les adultes qui habitent "
            "le secteur. Le locataire ou un proche peut appeler pour un rendez-vous. Si la "
            "personne est déjà suivie, c'est l'équipe qui la connaît : l'équipe dédiée fait "
            "le lien avec elle."
        ),
        "hours": "Du lundi au vendredi, 9 h – 18 h (horaires d'exemple)",
        "phone": "01 99 00 13 11",
        "address": "15 rue du Verger-Fleuri, 75013 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "cmp-13-secteur-b",
        "name": "CMP Paris 13e – secteur 75X13B (exemple)",
        "category": "cmp",
        "arrondissements": [13],
        "situations": ["confusion", "isolement", "incurie"],
        "when_to_call": (
            "Consultations de psychiatrie publique, gratuites, pour les adultes qui habitent "
            "le secteur. Le locataire ou un proche peut appeler pour un rendez-vous. Si la "
            "personne est déjà suivie, c'est l'équipe qui la connaît : l'équipe dédiée fait "
            "le lien avec elle."
        ),
        "hours": "Du lundi au vendredi, 9 h – 18 h (horaires d'exemple)",
        "phone": "01 99 00 13 12",
        "address": "42 avenue des Peupliers-d'Argent, 75013 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "cmp-13-secteur-c",
        "name": "CMP Paris 13e – secteur 75X13C (exemple)",
        "category": "cmp",
        "arrondissements": [13],
        "situations": ["confusion", "isolement", "incurie"],
        "when_to_call": (
            "Consultations de psychiatrie publique, gratuites, pour les adultes qui habitent "
            "le secteur. Le locataire ou un proche peut appeler pour un rendez-vous. Si la "
            "personne est déjà suivie, c'est l'équipe qui la connaît : l'équipe dédiée fait "
            "le lien avec elle."
        ),
        "hours": "Du lundi au vendredi, 9 h – 18 h (horaires d'exemple)",
        "phone": "01 99 00 13 13",
        "address": "7 villa des Sorbiers-Clairs, 75013 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "cmp-20-secteur-a",
        "name": "CMP Paris 20e – secteur 75X20A (exemple)",
        "category": "cmp",
        "arrondissements": [20],
        "situations": ["confusion", "isolement", "incurie"],
        "when_to_call": (
            "Consultations de psychiatrie publique, gratuites, pour les adultes qui habitent "
            "le secteur. Le locataire ou un proche peut appeler pour un rendez-vous. Si la "
            "personne est déjà suivie, c'est l'équipe qui la connaît : l'équipe dédiée fait "
            "le lien avec elle."
        ),
        "hours": "Du lundi au vendredi, 9 h – 18 h (horaires d'exemple)",
        "phone": "01 99 00 20 11",
        "address": "31 rue des Coteaux-Verts, 75020 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "cmp-20-secteur-b",
        "name": "CMP Paris 20e – secteur 75X20B (exemple)",
        "category": "cmp",
        "arrondissements": [20],
        "situations": ["confusion", "isolement", "incurie"],
        "when_to_call": (
            "Consultations de psychiatrie publique, gratuites, pour les adultes qui habitent "
            "le secteur. Le locataire ou un proche peut appeler pour un rendez-vous. Si la "
            "personne est déjà suivie, c'est l'équipe qui la connaît : l'équipe dédiée fait "
            "le lien avec elle."
        ),
        "hours": "Du lundi au vendredi, 9 h – 18 h (horaires d'exemple)",
        "phone": "01 99 00 20 12",
        "address": "18 impasse du Belvédère-Gris, 75020 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "cmp-20-secteur-c",
        "name": "CMP Paris 20e – secteur 75X20C (exemple)",
        "category": "cmp",
        "arrondissements": [20],
        "situations": ["confusion", "isolement", "incurie"],
        "when_to_call": (
            "Consultations de psychiatrie publique, gratuites, pour les adultes qui habitent "
            "le secteur. Le locataire ou un proche peut appeler pour un rendez-vous. Si la "
            "personne est déjà suivie, c'est l'équipe qui la connaît : l'équipe dédiée fait "
            "le lien avec elle."
        ),
        "hours": "Du lundi au vendredi, 9 h – 18 h (horaires d'exemple)",
        "phone": "01 99 00 20 13",
        "address": "5 rue des Lilas-Blancs, 75020 Paris (adresse fictive)",
        "website": "",
        "is_example": True,
    },
    # --- Chez votre employeur --------------------------------------------------------------
    {
        "slug": "referent-sante-mentale-bailleur",
        "name": "Référent santé mentale de votre bailleur",
        "category": "bailleur",
        "arrondissements": [],
        "situations": [
            "incurie",
            "confusion",
            "isolement",
            "conflit-voisinage",
            "agressivite",
            "addiction",
            "difficultes-sociales",
            "soutien-professionnel",
        ],
        "when_to_call": (
            "Votre premier interlocuteur pour toute situation qui vous inquiète, hors "
            "urgence. C'est la chaîne d'alerte interne définie par chaque bailleur dans "
            "Repères : manager de proximité, référent santé mentale, conseiller social. Elle "
            "décide avec vous des suites et transmet, si besoin, à l'équipe dédiée. Les "
            "coordonnées sont celles indiquées par votre employeur."
        ),
        "hours": "Selon l'organisation de votre bailleur",
        "phone": "",
        "address": "",
        "website": "",
        "is_example": True,
    },
    {
        "slug": "sante-au-travail-bailleur",
        "name": "Service de prévention et de santé au travail de votre employeur",
        "category": "bailleur",
        "arrondissements": [],
        "situations": ["soutien-professionnel", "agressivite"],
        "when_to_call": (
            "Vous êtes éprouvé par une situation (agression, découverte d'un décès, "
            "tentative de suicide, situation qui vous pèse) ou vous sentez la fatigue "
            "s'installer. Le médecin du travail et l'équipe de santé au travail sont tenus "
            "au secret médical vis-à-vis de votre employeur. Renseignez-vous aussi sur "
            "l'éventuel dispositif de soutien psychologique proposé par votre bailleur."
        ),
        "hours": "Selon l'organisation de votre bailleur",
        "phone": "",
        "address": "",
        "website": "",
        "is_example": True,
    },
]
