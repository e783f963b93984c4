"""Glossaire du guide de santé mentale à destination des professionnels du logement.

Contenu rédigé pour le programme Repères. À faire relire par les cliniciens du programme.

Chaque terme : ``slug`` (référencé dans les chapitres sous la forme ``[[slug|texte]]``),
``term``, ``definition`` (HTML, paragraphes ``<p>`` uniquement) et ``see_also``
(slugs d'autres termes de ce glossaire).
"""

GLOSSARY = [
    {
        "slug": "addiction",
        "term": "Addiction",
        "definition": (
            "<p>Perte de contrôle de la consommation d'une substance (alcool, tabac, "
            "cannabis, autres drogues, médicaments) ou d'un comportement (jeux d'argent, "
            "écrans), qui continue malgré ses conséquences négatives sur la santé, le budget "
            "ou les relations.</p>"
            "<p>Ce n'est pas un manque de volonté : c'est une maladie, qui se soigne. Les "
            "CSAPA accueillent gratuitement les personnes concernées et leurs proches, de "
            "façon anonyme si elles le souhaitent.</p>"
        ),
        "see_also": ["csapa", "sevrage"],
    },
    {
        "slug": "ccas",
        "term": "CCAS (centre communal d'action sociale)",
        "definition": (
            "<p>Établissement public de chaque commune qui met en œuvre l'action sociale "
            "locale : aides facultatives, domiciliation, accompagnement des personnes âgées "
            "ou isolées.</p>"
            "<p>À Paris, ce rôle est tenu par le Centre d'action sociale de la Ville de "
            "Paris (CASVP). Pour un accompagnement social, les habitants s'adressent au "
            "service social de proximité de leur arrondissement.</p>"
        ),
        "see_also": ["services-sociaux-de-proximite", "siao"],
    },
    {
        "slug": "clsm",
        "term": "CLSM (conseil local de santé mentale)",
        "definition": (
            "<p>Lieu de concertation qui réunit, sur un territoire, les élus, la psychiatrie "
            "publique, les personnes concernées et leurs proches, et les acteurs locaux : "
            "services sociaux, bailleurs, police, associations. Il est présidé par le maire "
            "ou son représentant.</p>"
            "<p>Il définit des actions locales en santé mentale : information, lutte contre "
            "la stigmatisation, coordination autour de situations complexes. C'est au sein "
            "du CLSM du 20e arrondissement de Paris qu'est né, en 2012, le partenariat entre "
            "bailleurs sociaux et psychiatrie dont est issu ce guide.</p>"
        ),
        "see_also": ["secteur-psychiatrique", "equipe-dediee"],
    },
    {
        "slug": "cmp",
        "term": "CMP (centre médico-psychologique)",
        "definition": (
            "<p>Lieu de consultation de proximité de la psychiatrie publique de secteur. On "
            "y trouve une équipe pluridisciplinaire : psychiatres, psychologues, infirmiers, "
            "assistants sociaux, parfois ergothérapeutes ou psychomotriciens.</p>"
            "<p>Les consultations sont gratuites pour la personne : elles sont prises en "
            "charge par l'Assurance maladie, sans avance de frais. Le CMP dont dépend une "
            "personne est déterminé par son adresse.</p>"
        ),
        "see_also": ["secteur-psychiatrique", "clsm"],
    },
    {
        "slug": "consentement-aux-soins",
        "term": "Consentement aux soins",
        "definition": (
            "<p>Principe selon lequel aucun soin ne peut être imposé à une personne majeure "
            "sans son accord libre et éclairé. Une personne qui vit avec un trouble psychique "
            "garde ce droit : elle peut accepter ou refuser un rendez-vous, un traitement, "
            "une visite.</p>"
            "<p>Les exceptions sont rares et strictement encadrées par la loi : ce sont les "
            "soins psychiatriques sans consentement.</p>"
        ),
        "see_also": ["soins-sans-consentement"],
    },
    {
        "slug": "crise-suicidaire",
        "term": "Crise suicidaire",
        "definition": (
            "<p>Période de souffrance intense pendant laquelle une personne ne voit plus "
            "d'autre issue que la mort. C'est un état temporaire et réversible.</p>"
            "<p>La personne est souvent partagée entre l'envie d'en finir et l'envie que la "
            "souffrance s'arrête. Une aide apportée à ce moment-là peut tout changer. Le 3114 "
            "répond 24 h/24.</p>"
        ),
        "see_also": ["3114", "urgences-psychiatriques"],
    },
    {
        "slug": "csapa",
        "term": "CSAPA (centre de soins, d'accompagnement et de prévention en addictologie)",
        "definition": (
            "<p>Structure spécialisée qui accueille les personnes en difficulté avec "
            "l'alcool, les drogues, les médicaments ou les jeux, ainsi que leurs proches. "
            "L'équipe associe médecins, infirmiers, psychologues et travailleurs sociaux.</p>"
            "<p>L'accueil est gratuit et peut être anonyme. Les lignes nationales Drogues "
            "Info Service et Alcool Info Service indiquent le CSAPA le plus proche.</p>"
        ),
        "see_also": ["addiction", "sevrage"],
    },
    {
        "slug": "curatelle",
        "term": "Curatelle",
        "definition": (
            "<p>Mesure de protection juridique pour un adulte qui a besoin d'être conseillé "
            "ou assisté pour les actes importants de la vie civile : gérer son budget, "
            "signer ou résilier un bail, vendre un bien. Elle est décidée par le juge des "
            "contentieux de la protection.</p>"
            "<p>Le curateur, un proche ou un mandataire professionnel, accompagne la "
            "personne, qui garde la plupart de ses droits. En curatelle renforcée, le "
            "curateur perçoit les revenus et règle les dépenses, dont le loyer : il devient "
            "alors un interlocuteur utile pour le bailleur.</p>"
        ),
        "see_also": ["tutelle", "sauvegarde-de-justice", "mesures-de-protection"],
    },
    {
        "slug": "decompensation",
        "term": "Décompensation",
        "definition": (
            "<p>Aggravation, souvent rapide, de l'état d'une personne qui vit avec un "
            "trouble psychique : l'équilibre trouvé jusque-là ne tient plus.</p>"
            "<p>Elle peut suivre un arrêt du traitement, un événement de vie difficile "
            "(deuil, séparation, procédure d'expulsion), une consommation de substances ou "
            "un épuisement. Pour l'entourage, elle se voit surtout à un changement net par "
            "rapport aux habitudes de la personne.</p>"
        ),
        "see_also": ["rupture-de-soins", "urgences-psychiatriques"],
    },
    {
        "slug": "delire",
        "term": "Délire (idées délirantes)",
        "definition": (
            "<p>Conviction forte, qui ne correspond pas à la réalité partagée et que les "
            "arguments ne font pas bouger : se sentir persécuté, surveillé, empoisonné, "
            "visé par des ondes, par exemple. La personne y croit sincèrement.</p>"
            "<p>Discuter le contenu ne sert à rien et peut aggraver la tension. On peut en "
            "revanche reconnaître l'émotion (la peur, la colère) et proposer de l'aide. Seul "
            "un médecin peut en évaluer la cause.</p>"
        ),
        "see_also": ["hallucinations", "troubles-psychiques"],
    },
    {
        "slug": "depression",
        "term": "Dépression",
        "definition": (
            "<p>Trouble fréquent qui associe, pendant au moins deux semaines, une tristesse "
            "ou une perte d'intérêt pour presque tout, de la fatigue, des troubles du sommeil "
            "et de l'appétit, des difficultés à se concentrer et parfois des idées de "
            "mort.</p>"
            "<p>Ce n'est pas une faiblesse de caractère. La dépression se soigne. Dans un "
            "logement, elle peut se traduire par un retrait, un courrier qui s'accumule, un "
            "laisser-aller inhabituel.</p>"
        ),
        "see_also": ["troubles-psychiques", "crise-suicidaire"],
    },
    {
        "slug": "equipe-dediee",
        "term": "Équipe dédiée bailleurs sociaux – psychiatrie",
        "definition": (
            "<p>Équipe de psychiatrie de secteur dédiée aux signalements des bailleurs "
            "sociaux. À Paris, une équipe intervient dans le 20e arrondissement depuis le "
            "1er février 2017, et une autre dans le 13e depuis le 15 mai 2017.</p>"
            "<p>Chacune réunit deux psychiatres, une assistante sociale et un infirmier, "
            "sous la conduite d'une coordonnatrice. Elle évalue la situation des locataires "
            "signalés, va à leur rencontre et les oriente vers les soins ou l'accompagnement "
            "social adaptés. Elle appuie aussi les équipes des bailleurs dans les situations "
            "complexes.</p>"
        ),
        "see_also": ["signalement", "secteur-psychiatrique", "clsm"],
    },
    {
        "slug": "hallucinations",
        "term": "Hallucinations",
        "definition": (
            "<p>Perceptions sans objet réel : entendre des voix, voir, sentir ou ressentir "
            "des choses que les autres ne perçoivent pas. Pour la personne, elles sont bien "
            "réelles et peuvent être très angoissantes.</p>"
            "<p>Elles peuvent avoir de nombreuses causes : trouble psychique, consommation "
            "ou sevrage de substances, fièvre, maladie neurologique. Seul un médecin peut en "
            "évaluer l'origine.</p>"
        ),
        "see_also": ["delire", "troubles-psychiques"],
    },
    {
        "slug": "incurie",
        "term": "Incurie",
        "definition": (
            "<p>Le fait de ne plus prendre soin de soi et/ou de son logement : hygiène très "
            "dégradée, déchets qui s'accumulent, équipements hors d'usage.</p>"
            "<p>Ce n'est ni de la paresse ni un choix de vie. L'incurie peut être liée à une "
            "dépression, à des troubles de la mémoire, à un trouble psychique, à un grand "
            "isolement ou à une perte d'autonomie. La personne en a rarement conscience, ou "
            "n'ose pas demander de l'aide.</p>"
        ),
        "see_also": ["syndrome-de-diogene", "syllogomanie", "signaux-faibles"],
    },
    {
        "slug": "mesures-de-protection",
        "term": "Mesures de protection juridique",
        "definition": (
            "<p>Dispositifs prévus par la loi pour protéger un adulte dont les facultés sont "
            "altérées et qui ne peut plus défendre seul ses intérêts : sauvegarde de "
            "justice, curatelle, tutelle, ou habilitation familiale.</p>"
            "<p>Elles sont demandées au juge par la personne elle-même, un proche ou le "
            "procureur de la République, souvent après le signalement d'un travailleur "
            "social. Elles protègent la personne ; elles ne la sanctionnent pas.</p>"
        ),
        "see_also": ["sauvegarde-de-justice", "curatelle", "tutelle"],
    },
    {
        "slug": "pair-aidant",
        "term": "Pair-aidant (médiateur de santé pair)",
        "definition": (
            "<p>Personne qui a elle-même vécu des troubles psychiques et qui, après une "
            "formation, met cette expérience au service d'autres personnes.</p>"
            "<p>Des médiateurs de santé pairs travaillent aujourd'hui dans certaines équipes "
            "de psychiatrie. Leur parcours montre concrètement qu'on peut se rétablir.</p>"
        ),
        "see_also": ["retablissement"],
    },
    {
        "slug": "pssm",
        "term": "PSSM (Premiers secours en santé mentale)",
        "definition": (
            "<p>Formation ouverte à tous pour apprendre à repérer une personne en difficulté "
            "psychique, lui apporter une première aide et l'orienter vers les professionnels, "
            "sur le modèle des gestes de premiers secours. Le module standard dure deux "
            "jours.</p>"
            "<p>Elle est proposée en France par PSSM France et ses organismes de formation "
            "partenaires. Elle n'apprend pas à soigner, mais à savoir réagir.</p>"
        ),
        "see_also": ["troubles-psychiques", "crise-suicidaire"],
    },
    {
        "slug": "psycom",
        "term": "Psycom",
        "definition": (
            "<p>Organisme public d'information sur la santé mentale. Son site psycom.org "
            "propose des brochures claires et gratuites sur les troubles psychiques, les "
            "traitements, les droits des personnes et les ressources d'aide.</p>"
            "<p>Psycom mène aussi des actions contre la stigmatisation. C'est une bonne "
            "référence à consulter vous-même ou à conseiller à un locataire ou à ses "
            "proches.</p>"
        ),
        "see_also": ["stigmatisation", "troubles-psychiques"],
    },
    {
        "slug": "retablissement",
        "term": "Rétablissement",
        "definition": (
            "<p>Chemin personnel par lequel une personne qui vit avec un trouble psychique "
            "reprend la main sur sa vie : logement, liens, activités, projets, même si "
            "certains symptômes persistent.</p>"
            "<p>Se rétablir ne veut pas forcément dire « guérir complètement », mais mener "
            "une vie satisfaisante et choisie. Un logement stable et un voisinage "
            "bienveillant y contribuent beaucoup.</p>"
        ),
        "see_also": ["pair-aidant", "troubles-psychiques"],
    },
    {
        "slug": "rupture-de-soins",
        "term": "Rupture de soins",
        "definition": (
            "<p>Interruption du suivi ou du traitement d'une personne qui était soignée : "
            "rendez-vous manqués, arrêt des médicaments, perte de contact avec le CMP ou le "
            "médecin.</p>"
            "<p>C'est une cause fréquente de décompensation. Renouer le lien avec l'équipe "
            "qui connaît déjà la personne est souvent la réponse la plus efficace.</p>"
        ),
        "see_also": ["decompensation", "cmp"],
    },
    {
        "slug": "sauvegarde-de-justice",
        "term": "Sauvegarde de justice",
        "definition": (
            "<p>Mesure de protection juridique courte et légère, souvent utilisée en urgence "
            "ou en attendant une curatelle ou une tutelle.</p>"
            "<p>La personne garde l'exercice de ses droits, mais les actes qui lui seraient "
            "préjudiciables peuvent être annulés ou corrigés. Le juge peut désigner un "
            "mandataire spécial pour certains actes. Décidée par le juge, elle dure au plus "
            "un an, renouvelable une fois.</p>"
        ),
        "see_also": ["curatelle", "tutelle", "mesures-de-protection"],
    },
    {
        "slug": "sdre",
        "term": "SDRE (soins sur décision du représentant de l'État)",
        "definition": (
            "<p>Voie de soins psychiatriques sans consentement décidée par le préfet (à "
            "Paris, le préfet de police), quand les troubles mentaux d'une personne "
            "nécessitent des soins et compromettent la sûreté des personnes ou portent "
            "gravement atteinte à l'ordre public.</p>"
            "<p>Elle s'appuie sur un certificat médical détaillé. Ce n'est pas une "
            "sanction : c'est une mesure de soins, contrôlée par le juge.</p>"
        ),
        "see_also": ["soins-sans-consentement", "sdt", "spi"],
    },
    {
        "slug": "sdt",
        "term": "SDT (soins à la demande d'un tiers)",
        "definition": (
            "<p>Voie de soins psychiatriques sans consentement engagée à la demande d'un "
            "tiers : un membre de la famille, ou une personne qui la connaissait déjà et "
            "agit dans son intérêt.</p>"
            "<p>La demande doit être accompagnée de deux certificats médicaux ; en cas "
            "d'urgence, avec un risque grave pour la santé de la personne, un seul "
            "certificat peut suffire. Dans le cadre de ce programme, ce n'est pas le rôle "
            "des équipes du bailleur de se porter tiers.</p>"
        ),
        "see_also": ["soins-sans-consentement", "spi", "sdre"],
    },
    {
        "slug": "secret-professionnel",
        "term": "Secret professionnel",
        "definition": (
            "<p>Obligation, pour certains professionnels (médecins, infirmiers, assistants "
            "sociaux notamment), de ne pas révéler ce qu'ils apprennent sur une personne. "
            "Les soignants de l'équipe dédiée ne vous communiqueront donc ni diagnostic ni "
            "traitement ; ils peuvent en revanche vous dire ce qui est engagé et ce que vous "
            "pouvez faire.</p>"
            "<p>De votre côté, vous êtes tenu à la discrétion professionnelle : ce que vous "
            "savez d'un locataire ne se partage qu'avec les personnes prévues par les "
            "procédures de votre employeur.</p>"
        ),
        "see_also": ["signalement", "equipe-dediee"],
    },
    {
        "slug": "secteur-psychiatrique",
        "term": "Secteur psychiatrique (psychiatrie de secteur)",
        "definition": (
            "<p>Depuis les années 1960, la psychiatrie publique française est organisée en "
            "secteurs. Chaque secteur couvre une zone géographique et dispose d'une équipe "
            "qui assure la prévention, les soins et le suivi des adultes qui y habitent : au "
            "CMP, à domicile, en hôpital de jour et à l'hôpital.</p>"
            "<p>Les enfants et adolescents relèvent de secteurs de pédopsychiatrie. C'est "
            "l'adresse de la personne qui détermine son secteur.</p>"
        ),
        "see_also": ["cmp", "clsm"],
    },
    {
        "slug": "services-sociaux-de-proximite",
        "term": "Services sociaux de proximité (Ville de Paris)",
        "definition": (
            "<p>Services sociaux polyvalents de la Ville de Paris, présents dans chaque "
            "arrondissement. Des travailleurs sociaux y reçoivent les habitants pour l'accès "
            "aux droits, les difficultés de budget et de logement, l'isolement, la perte "
            "d'autonomie.</p>"
            "<p>Ils sont des partenaires réguliers des bailleurs et de l'équipe dédiée. Leur "
            "appellation et leurs adresses peuvent évoluer : vérifiez-les sur paris.fr.</p>"
        ),
        "see_also": ["ccas", "mesures-de-protection"],
    },
    {
        "slug": "sevrage",
        "term": "Sevrage",
        "definition": (
            "<p>Arrêt de la consommation d'une substance dont le corps est devenu "
            "dépendant.</p>"
            "<p>Pour l'alcool et certains médicaments, un arrêt brutal sans accompagnement "
            "médical peut être dangereux : tremblements, convulsions, confusion grave. C'est "
            "pourquoi on ne conseille jamais d'arrêter « du jour au lendemain » sans avis "
            "médical.</p>"
        ),
        "see_also": ["addiction", "csapa"],
    },
    {
        "slug": "siao",
        "term": "SIAO (service intégré de l'accueil et de l'orientation) – 115",
        "definition": (
            "<p>Service présent dans chaque département qui centralise les demandes "
            "d'hébergement et de logement accompagné des personnes sans domicile ou en "
            "grande précarité.</p>"
            "<p>Il est joignable 24 h/24 par le 115, numéro gratuit de l'urgence sociale. À "
            "Paris, le 115 est assuré par le Samu social de Paris.</p>"
        ),
        "see_also": ["ccas", "services-sociaux-de-proximite"],
    },
    {
        "slug": "signalement",
        "term": "Signalement",
        "definition": (
            "<p>Dans ce guide : transmission écrite d'une situation préoccupante à l'équipe "
            "dédiée, selon le circuit défini par votre employeur.</p>"
            "<p>Un bon signalement décrit des faits datés, les signes observés et les "
            "démarches déjà tentées, sans diagnostic ni jugement. Ce n'est ni une plainte ni "
            "une sanction : c'est une demande d'évaluation et d'aide pour le locataire.</p>"
        ),
        "see_also": ["equipe-dediee", "secret-professionnel", "signaux-faibles"],
    },
    {
        "slug": "signaux-faibles",
        "term": "Signaux faibles",
        "definition": (
            "<p>Petits changements observables qui peuvent indiquer qu'une personne va moins "
            "bien : logement qui se dégrade, courrier qui s'accumule, odeurs, retrait, "
            "comportement inhabituel.</p>"
            "<p>Pris un par un, ils ne prouvent rien. C'est leur durée et leur accumulation "
            "qui doivent alerter. Les professionnels de proximité sont souvent les premiers "
            "à les voir.</p>"
        ),
        "see_also": ["incurie", "signalement"],
    },
    {
        "slug": "soins-sans-consentement",
        "term": "Soins psychiatriques sans consentement",
        "definition": (
            "<p>En règle générale, on ne soigne personne sans son accord. La loi prévoit une "
            "exception quand des troubles mentaux empêchent la personne de consentir et "
            "imposent des soins immédiats, ou quand ils compromettent gravement la sûreté "
            "des personnes.</p>"
            "<p>Il existe trois voies : à la demande d'un tiers (SDT), en cas de péril "
            "imminent (SPI) et sur décision du représentant de l'État (SDRE). Ces mesures "
            "sont contrôlées par le juge et peuvent se poursuivre hors de l'hôpital, dans le "
            "cadre d'un programme de soins.</p>"
        ),
        "see_also": ["sdt", "spi", "sdre", "consentement-aux-soins"],
    },
    {
        "slug": "spi",
        "term": "SPI (soins en cas de péril imminent)",
        "definition": (
            "<p>Voie de soins psychiatriques sans consentement utilisée quand aucun proche "
            "ne peut faire la demande et que la santé de la personne est en danger "
            "immédiat.</p>"
            "<p>Elle repose sur un certificat établi par un médecin extérieur à "
            "l'établissement qui accueille la personne. Elle est pensée pour les personnes "
            "isolées et, comme les autres mesures, elle est contrôlée par le juge.</p>"
        ),
        "see_also": ["soins-sans-consentement", "sdt", "sdre"],
    },
    {
        "slug": "stigmatisation",
        "term": "Stigmatisation",
        "definition": (
            "<p>Le fait de coller à une personne une étiquette négative (« fou », "
            "« dangereux », « incapable ») à cause de son trouble psychique.</p>"
            "<p>La stigmatisation isole, fait honte et retarde le recours aux soins. Elle "
            "passe souvent par les mots du quotidien : en changer est à la portée de "
            "chacun.</p>"
        ),
        "see_also": ["psycom", "troubles-psychiques"],
    },
    {
        "slug": "syllogomanie",
        "term": "Syllogomanie (accumulation compulsive)",
        "definition": (
            "<p>Difficulté persistante à se séparer d'objets, quelle que soit leur valeur, "
            "qui conduit à un encombrement du logement au point d'empêcher de s'en servir "
            "normalement. Jeter provoque une grande détresse chez la personne.</p>"
            "<p>Elle peut exister sans incurie : un logement peut être très encombré mais "
            "propre. Elle se soigne, le plus souvent par un accompagnement long et "
            "progressif.</p>"
        ),
        "see_also": ["incurie", "syndrome-de-diogene"],
    },
    {
        "slug": "syndrome-de-diogene",
        "term": "Syndrome de Diogène",
        "definition": (
            "<p>Expression utilisée pour décrire l'association d'une incurie importante, "
            "d'une accumulation d'objets ou de déchets, d'un isolement social et d'un refus "
            "de l'aide proposée.</p>"
            "<p>Ce n'est pas un diagnostic à poser par un professionnel du logement, mais une "
            "situation qui appelle une évaluation médicale et sociale. Un débarras forcé, "
            "sans accompagnement, échoue souvent et peut être vécu très violemment par la "
            "personne.</p>"
        ),
        "see_also": ["incurie", "syllogomanie"],
    },
    {
        "slug": "3114",
        "term": "3114 (numéro national de prévention du suicide)",
        "definition": (
            "<p>Numéro national, gratuit et confidentiel, joignable 24 h/24 et 7 j/7 depuis "
            "toute la France.</p>"
            "<p>Il s'adresse aux personnes qui pensent au suicide, à leurs proches, aux "
            "personnes endeuillées par un suicide, et aux professionnels qui s'inquiètent "
            "pour quelqu'un. Les appels sont pris par des soignants formés (infirmiers, "
            "psychologues), sous la supervision d'un médecin.</p>"
        ),
        "see_also": ["crise-suicidaire", "urgences-psychiatriques"],
    },
    {
        "slug": "troubles-psychiques",
        "term": "Troubles psychiques",
        "definition": (
            "<p>Troubles qui affectent les pensées, les émotions, les perceptions ou les "
            "comportements, au point de gêner la vie quotidienne : dépression, troubles "
            "anxieux, troubles bipolaires, schizophrénie, troubles liés à l'usage de "
            "substances, entre autres.</p>"
            "<p>Ils sont fréquents : environ une personne sur quatre sera concernée au cours "
            "de sa vie. Ils se soignent, et beaucoup de personnes se rétablissent.</p>"
        ),
        "see_also": ["depression", "retablissement", "stigmatisation", "psycom"],
    },
    {
        "slug": "tutelle",
        "term": "Tutelle",
        "definition": (
            "<p>Mesure de protection juridique la plus complète, pour un adulte qui a besoin "
            "d'être représenté de façon continue dans les actes de la vie civile. Le tuteur "
            "agit au nom de la personne, sous le contrôle du juge des contentieux de la "
            "protection.</p>"
            "<p>La personne reste consultée et garde des droits personnels, comme choisir "
            "son lieu de vie. Pour le bail et le loyer, le tuteur est votre "
            "interlocuteur.</p>"
        ),
        "see_also": ["curatelle", "sauvegarde-de-justice", "mesures-de-protection"],
    },
    {
        "slug": "urgences-psychiatriques",
        "term": "Urgences psychiatriques",
        "definition": (
            "<p>Accueil, jour et nuit, des personnes en crise psychique, dans les services "
            "d'urgences des hôpitaux. À Paris, le Centre psychiatrique d'orientation et "
            "d'accueil (CPOA) du GHU Paris psychiatrie &amp; neurosciences reçoit aussi "
            "24 h/24.</p>"
            "<p>En cas de danger immédiat, on ne conduit pas soi-même la personne : on "
            "appelle le 15 (ou le 112), qui décide de la réponse adaptée.</p>"
        ),
        "see_also": ["decompensation", "crise-suicidaire", "soins-sans-consentement"],
    },
]
