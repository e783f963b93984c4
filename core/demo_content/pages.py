"""Contenu éditorial de démonstration : page d'accueil et pages institutionnelles.

Les chiffres et l'historique proviennent exclusivement de deux textes publics :
l'information presse du 3 février 2017 (Département de Paris, EPS Maison Blanche,
AORIF, bailleurs sociaux) et la présentation des équipes dédiées 13e et 20e
« Bailleurs sociaux / Psychiatrie ». L'association éditrice, son adresse et ses
adresses électroniques (domaine réservé .example) sont fictives.

Format des blocs : tuples (type, valeur) avec
- ("heading", "texte")
- ("text", "<p>…</p>")  (HTML : p, ul, li, strong, em, a)
- ("callout", {"title": "…", "text": "<p>…</p>"})
"""

# ---------------------------------------------------------------------------
# Page d'accueil
# ---------------------------------------------------------------------------

HOME = {
    "title": "Accueil",
    "hero_title": "Repérer, comprendre, orienter",
    "hero_text": (
        "Des repères concrets pour les professionnels du logement social face à la "
        "souffrance psychique d'un locataire : un guide en accès libre, des modules "
        "courts et des sessions animées par des professionnels de la santé mentale."
    ),
    "intro": (
        "<p><strong>Repères</strong> est un programme de formation destiné aux "
        "professionnels du logement social : gardiens d'immeuble, médiateurs, "
        "conseillers sociaux et leurs encadrants. Il les aide à reconnaître les "
        "signes de détresse psychique chez un locataire, à adopter la bonne attitude "
        "et à savoir vers qui se tourner.</p>"
        "<p>Il met en ligne, pour tous les bailleurs, le travail mené à Paris depuis "
        "2012 par les bailleurs sociaux et la psychiatrie de secteur. "
        "<em>Repérer n'est pas diagnostiquer</em> : le rôle des équipes de proximité "
        "est d'observer, d'alerter et d'orienter, jamais de porter seules une "
        "situation difficile.</p>"
    ),
    "audiences": [
        {
            "title": "Gardiens et gardiennes d'immeuble",
            "text": (
                "Vous êtes souvent les premiers à remarquer qu'un locataire ne va pas "
                "bien. Repères vous aide à reconnaître les signaux faibles, à savoir "
                "quoi dire et à qui transmettre, en quelques minutes, depuis votre "
                "téléphone."
            ),
        },
        {
            "title": "Médiateurs et médiatrices",
            "text": (
                "Des repères pour apaiser une situation tendue, distinguer un conflit "
                "de voisinage d'une souffrance psychique et renouer le dialogue avec "
                "le locataire sans l'enfermer dans une étiquette."
            ),
        },
        {
            "title": "Conseillères et conseillers sociaux",
            "text": (
                "Des cas pratiques pour évaluer une situation, mobiliser les bons "
                "partenaires (soins, services sociaux, conseil local de santé mentale) "
                "et construire un accompagnement qui favorise le maintien dans le "
                "logement."
            ),
        },
        {
            "title": "Encadrants, RH et responsables formation",
            "text": (
                "Inscrivez vos équipes, assignez-leur des modules, suivez leurs "
                "présences et leur progression, et téléchargez leurs attestations, dans "
                "un espace réservé à votre organisation."
            ),
        },
    ],
    "offer": [
        {
            "title": "Le guide",
            "text": (
                "Le guide de santé mentale à destination des professionnels du "
                "logement, en accès libre et sans compte : à lire en ligne, à "
                "rechercher, à imprimer, avec une aide à la décision face aux "
                "« signaux faibles »."
            ),
        },
        {
            "title": "Modules en ligne",
            "text": (
                "Des modules courts construits à partir de situations de terrain, "
                "avec des quiz pour vérifier vos acquis. Vous reprenez là où vous vous "
                "étiez arrêté, sur téléphone comme sur ordinateur."
            ),
        },
        {
            "title": "Sessions de sensibilisation",
            "text": (
                "Des rencontres en présentiel animées par des psychiatres, des "
                "infirmiers et des travailleurs sociaux, pour échanger sur les "
                "situations que vous rencontrez. Inscription en ligne, liste "
                "d'attente et rappel avant la séance."
            ),
        },
        {
            "title": "Attestations vérifiables",
            "text": (
                "Chaque présence à une session et chaque module terminé donnent droit "
                "à une attestation. Son QR code permet à quiconque d'en vérifier "
                "l'authenticité en ligne."
            ),
        },
    ],
    "figures_intro": (
        "Créées en 2017 dans les 20e et 13e arrondissements de Paris par une "
        "convention réunissant douze bailleurs sociaux, les deux premières équipes de "
        "psychiatrie dédiées ont obtenu des premiers résultats encourageants."
    ),
    "figures": [
        {
            "value": "12",
            "label": "bailleurs sociaux signataires de la convention de 2017",
        },
        {
            "value": "40 %",
            "label": (
                "des locataires signalés aux équipes dédiées ont bénéficié d'une "
                "prise en charge psychiatrique"
            ),
        },
        {
            "value": "1 sur 5",
            "label": "situations orientées vers des partenaires sanitaires",
        },
        {
            "value": "50 %",
            "label": "des situations ont donné lieu à une prise en charge sociale",
        },
        {
            "value": "2 sur 3",
            "label": "situations suivies en lien avec les services sociaux de la Ville de Paris",
        },
        {
            "value": "−50 %",
            "label": (
                "de « signaux faibles », notamment dans la relation du locataire à son "
                "logement (hygiène, encombrement, dégradations)"
            ),
        },
    ],
    "partners_intro": (
        "Repères s'appuie sur le travail engagé en 2012 au sein du Conseil local de "
        "santé mentale du 20e arrondissement, puis formalisé en 2017 par une "
        "convention entre la Ville de Paris, l'EPS Maison Blanche, l'AORIF et douze "
        "bailleurs sociaux."
    ),
    "partners": [
        "Ville de Paris",
        "EPS Maison Blanche (GHT Paris Psychiatrie & Neurosciences)",
        "AORIF – l'Union sociale pour l'habitat d'Île-de-France",
        "Conseil local de santé mentale du 20e arrondissement",
        "Association Santé Mentale 13e",
        # Les douze bailleurs sociaux, orthographiés comme dans l'information presse.
        "Adoma",
        "Batigere",
        "Domaxis",
        "Efidis",
        "Elogie Siemp",
        "France Habitation",
        "Habitat Social Français",
        "I3F",
        "Logis Transports",
        "Paris Habitat",
        "La Résidence Immobilière de la Ville de Paris",
        "Résidence Le Logement des Fonctionnaires",
    ],
    "emergency_note": (
        "<p><strong>Repères n'est pas un service d'urgence.</strong> Si une personne "
        "est en danger immédiat, appelez le <strong>15</strong> (SAMU), le "
        "<strong>112</strong> (numéro d'urgence européen) ou le <strong>17</strong> "
        "(police secours) ; par SMS, le <strong>114</strong> pour les personnes "
        "sourdes, malentendantes ou ne pouvant pas parler. En cas d'idées "
        "suicidaires, pour vous ou pour quelqu'un d'autre : le <strong>3114</strong>, "
        "numéro national de prévention du suicide, gratuit, 24 h/24 et 7 j/7.</p>"
    ),
}


# ---------------------------------------------------------------------------
# Mentions légales
# ---------------------------------------------------------------------------

_MENTIONS_LEGALES = {
    "slug": "mentions-legales",
    "title": "Mentions légales",
    "intro": (
        "Qui édite la plateforme Repères, où elle est hébergée et à quelles "
        "conditions vous pouvez réutiliser ses contenus."
    ),
    "body": [
        ("heading", "Éditeur"),
        (
            "text",
            """<p>La plateforme Repères est éditée par l'<strong>Association Repères Habitat &amp; Santé mentale (structure de démonstration)</strong>, association régie par la loi du 1er juillet 1901.</p>"""
            """<ul><li>Adresse : Adresse de démonstration, 75020 Paris</li>"""
            """<li>Courriel : <a href="mailto:contact@reperes.example">contact@reperes.example</a></li></ul>""",
        ),
        (
            "callout",
            {
                "title": "Une structure de démonstration",
                "text": (
                    "<p>Cette instance de Repères sert de démonstration. L'association "
                    "éditrice, son adresse et ses adresses électroniques sont fictives "
                    "(le domaine <em>reperes.example</em> est réservé aux exemples et "
                    "ne reçoit pas de courrier). Les organismes cités dans l'historique "
                    "du programme n'éditent pas ce site ; leur mention ne signifie pas "
                    "qu'ils en valident les contenus.</p>"
                ),
            },
        ),
        ("heading", "Direction de la publication"),
        (
            "text",
            "<p>Le directeur ou la directrice de la publication est le président ou "
            "la présidente de l'association, en sa qualité de représentant légal.</p>",
        ),
        ("heading", "Hébergement"),
        (
            "text",
            """<p>Hébergement : serveurs situés dans l'Union européenne ; les coordonnées de l'hébergeur figurent dans le contrat de déploiement. Elles vous sont communiquées sur simple demande à <a href="mailto:contact@reperes.example">contact@reperes.example</a>.</p>""",
        ),
        ("heading", "Objet de la plateforme"),
        (
            "text",
            "<p>Repères forme et sensibilise les professionnels du logement social "
            "au repérage des difficultés psychiques chez les locataires et à "
            "l'orientation vers les bons interlocuteurs. Ses contenus ont une visée "
            "pédagogique : ils ne remplacent ni un avis médical, ni un diagnostic, ni "
            "les services d'urgence (15, 112, 17 ; 3114 pour la prévention du "
            "suicide).</p>"
            "<p>Repères n'est pas un outil de suivi des situations : aucune "
            "information concernant un locataire ne doit y être saisie.</p>",
        ),
        ("heading", "Propriété intellectuelle"),
        (
            "text",
            """<p>Sauf mention contraire, les contenus du guide sont proposés sous licence <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr">Creative Commons Attribution – Pas d'utilisation commerciale – Partage dans les mêmes conditions 4.0 International (CC BY-NC-SA 4.0)</a>. Vous pouvez les copier, les diffuser et les adapter à condition :</p>"""
            """<ul><li>de citer la source (« Repères – guide santé mentale et logement social ») et d'indiquer si vous avez modifié le texte ;</li>"""
            """<li>de ne pas en faire un usage commercial ;</li>"""
            """<li>de diffuser vos adaptations sous la même licence.</li></ul>"""
            """<p>Les autres éléments de la plateforme (modules en ligne, quiz, logo, charte graphique) sont protégés par le droit d'auteur : leur reproduction demande l'accord préalable de l'association. Les noms et logos des organismes cités appartiennent à leurs titulaires.</p>""",
        ),
        ("heading", "Liens"),
        (
            "text",
            "<p>Repères renvoie vers des sites extérieurs (services publics, "
            "numéros d'aide, partenaires). L'association n'a pas la maîtrise de ces "
            "sites et n'est pas responsable de leur contenu.</p>"
            "<p>Vous pouvez créer un lien vers n'importe quelle page publique de "
            "Repères sans autorisation préalable, à condition que la page s'ouvre "
            "telle quelle, et non à l'intérieur d'un autre site, et que le lien ne "
            "laisse pas croire à un partenariat qui n'existe pas.</p>",
        ),
        ("heading", "Crédits"),
        (
            "text",
            "<ul><li>Contenus : d'après le guide de santé mentale à destination des "
            "professionnels du logement et les sessions de sensibilisation nés du "
            "travail partenarial engagé en 2012 au sein du Conseil local de santé "
            "mentale du 20e arrondissement de Paris.</li>"
            "<li>Historique et chiffres : information presse du 3 février 2017 du "
            "Département de Paris, de l'EPS Maison Blanche, de l'AORIF et des "
            "bailleurs sociaux partenaires ; présentation publique des équipes "
            "dédiées 13e et 20e « Bailleurs sociaux / Psychiatrie ».</li>"
            "<li>Réalisation technique : logiciels libres Django et Wagtail.</li></ul>",
        ),
        ("heading", "Données personnelles et accessibilité"),
        (
            "text",
            """<p>L'utilisation de vos données est décrite dans la <a href="/confidentialite/">politique de confidentialité</a>. Le niveau d'accessibilité de la plateforme est décrit dans la <a href="/accessibilite/">déclaration d'accessibilité</a>.</p>""",
        ),
    ],
}


# ---------------------------------------------------------------------------
# Politique de confidentialité
# ---------------------------------------------------------------------------

_CONFIDENTIALITE = {
    "slug": "confidentialite",
    "title": "Politique de confidentialité",
    "intro": (
        "Comment Repères utilise les données des professionnels qui se forment, et "
        "comment exercer vos droits. En bref : le strict nécessaire à votre "
        "formation, et jamais aucune donnée sur les locataires."
    ),
    "body": [
        (
            "callout",
            {
                "title": "L'essentiel",
                "text": (
                    "<ul><li>Nous traitons vos données de compte et de formation, "
                    "rien de plus.</li>"
                    "<li>Votre employeur voit votre assiduité et vos résultats "
                    "(réussi ou non), pas vos scores, sauf s'il a activé cette "
                    "option.</li>"
                    "<li>Aucune autre organisation ne voit vos données.</li>"
                    "<li>Pas de publicité, pas de mesure d'audience, aucune donnée "
                    "vendue.</li>"
                    "<li>Depuis votre espace, vous pouvez télécharger vos données ou "
                    "supprimer votre compte à tout moment.</li></ul>"
                ),
            },
        ),
        ("heading", "Qui est responsable de vos données ?"),
        (
            "text",
            "<p>L'<strong>Association Repères Habitat &amp; Santé mentale (structure "
            "de démonstration)</strong> est responsable des traitements nécessaires "
            "au fonctionnement de la plateforme : comptes, accès aux contenus, "
            "sessions, attestations et sécurité.</p>"
            "<p><strong>Chaque employeur</strong> (bailleur social ou autre "
            "organisme) est responsable des traitements qu'il réalise sur les "
            "données de ses salariés : invitation ou import des comptes, inscription "
            "aux sessions, modules assignés, suivi de la formation et exports. Pour "
            "ces traitements, adressez-vous d'abord à votre employeur ; nous vous "
            "aiderons si besoin. Le rôle de chacun est précisé dans la convention "
            "signée entre l'association et chaque organisation.</p>",
        ),
        ("heading", "Quelles données traitons-nous ?"),
        (
            "text",
            "<ul><li><strong>Votre compte</strong> : nom, prénom, adresse "
            "électronique, fonction (par exemple gardien ou conseillère sociale), "
            "organisation employeuse, site ou agence de rattachement. Pour les "
            "comptes formateur, RH, coordination et édition, s'y ajoutent les "
            "éléments de la double authentification.</li>"
            "<li><strong>Votre formation</strong> : progression dans les modules, "
            "tentatives de quiz (réponses et résultats), inscriptions aux sessions "
            "et aux listes d'attente, présences, attestations délivrées.</li>"
            "<li><strong>Les journaux techniques</strong> : date et heure de "
            "connexion, adresse IP, navigateur, erreurs, utilisés pour la sécurité "
            "et la résolution des incidents.</li></ul>"
            "<p>Nous ne vous demandons aucune information sur votre santé.</p>",
        ),
        (
            "callout",
            {
                "title": "Jamais de données sur les locataires",
                "text": (
                    "<p>Repères forme les professionnels ; ce n'est pas un outil de "
                    "suivi des situations. La plateforme ne traite aucune donnée "
                    "concernant les locataires. <strong>Ne saisissez jamais le nom, "
                    "l'adresse, l'état de santé ou tout autre élément permettant de "
                    "reconnaître un locataire</strong>, dans aucun champ : profil, "
                    "question à un formateur, réponse à un exercice. Les situations "
                    "des modules sont fictives. Pour signaler une situation réelle, "
                    "utilisez les circuits prévus par votre organisme.</p>"
                ),
            },
        ),
        ("heading", "Pourquoi et sur quelle base légale ?"),
        (
            "text",
            "<ul>"
            "<li><strong>Créer et gérer votre compte, vous donner accès aux modules "
            "et aux sessions, vous envoyer les courriels du service</strong> (code "
            "de connexion, confirmation d'inscription, rappel avant une session) : "
            "exécution des conditions d'utilisation du service (article 6.1.b du "
            "RGPD). Lorsque c'est votre employeur qui vous inscrit, la base légale "
            "est celle de votre employeur, en général son intérêt légitime à former "
            "ses équipes ou ses obligations d'employeur en matière de formation ; il "
            "doit vous en informer.</li>"
            "<li><strong>Permettre à votre employeur de suivre la formation de ses "
            "équipes</strong> : intérêt légitime de l'employeur (article 6.1.f du "
            "RGPD).</li>"
            "<li><strong>Délivrer les attestations et permettre d'en vérifier "
            "l'authenticité</strong> : intérêt légitime à ce que vous puissiez "
            "prouver votre formation et à ce que personne ne puisse la "
            "falsifier.</li>"
            "<li><strong>Produire des indicateurs agrégés pour piloter et évaluer "
            "le programme</strong> : intérêt légitime de l'association. Ces "
            "indicateurs ne permettent d'identifier personne.</li>"
            "<li><strong>Protéger la plateforme</strong> (journaux, limitation des "
            "tentatives de connexion, double authentification) : intérêt légitime, "
            "dans le respect de l'obligation de sécurité de l'article 32 du "
            "RGPD.</li>"
            "</ul>"
            "<p>Nous n'envoyons pas de courriel publicitaire et ne faisons aucun "
            "profilage.</p>",
        ),
        ("heading", "Qui voit quoi ?"),
        (
            "text",
            "<ul>"
            "<li><strong>Vous</strong> : toutes vos données, dans votre espace "
            "personnel.</li>"
            "<li><strong>Le service RH ou formation de votre employeur</strong> : "
            "vos inscriptions, vos présences, les modules terminés et le fait qu'un "
            "quiz soit réussi ou non. Vos scores uniquement si votre organisation a "
            "activé cette option.</li>"
            "<li><strong>Les formateurs et formatrices</strong> : la liste des "
            "personnes inscrites à leurs sessions (nom, fonction, organisation) et "
            "leur présence.</li>"
            "<li><strong>La coordination du programme</strong> : des indicateurs "
            "agrégés. Elle n'accède aux données individuelles que pour administrer "
            "le service (assistance, correction d'une inscription, sécurité).</li>"
            "<li><strong>Les autres organisations</strong> : rien. Le service RH "
            "d'un organisme ne voit jamais les données des salariés d'un autre "
            "organisme.</li>"
            "<li><strong>Toute personne à qui vous remettez une attestation</strong> "
            ": les informations qui y figurent (nom, formation suivie, date), en "
            "vérifiant son authenticité en ligne.</li>"
            "<li><strong>Nos prestataires techniques</strong> (hébergement, envoi "
            "des courriels) : uniquement ce qui est nécessaire à leur mission, sur "
            "nos instructions et sous contrat (article 28 du RGPD).</li>"
            "</ul>"
            "<p>Vos données sont hébergées dans l'Union européenne. Elles ne sont "
            "ni vendues, ni cédées, ni transférées hors de l'Union européenne.</p>",
        ),
        ("heading", "Combien de temps les conservons-nous ?"),
        (
            "text",
            "<ul>"
            "<li><strong>Compte et données de formation</strong> (progression, "
            "quiz, inscriptions, présences) : jusqu'à la suppression de votre "
            "compte, ou jusqu'à deux ans après votre dernière connexion.</li>"
            "<li><strong>Attestations</strong> : conservées après la suppression du "
            "compte pour rester vérifiables par les personnes à qui vous les avez "
            "remises. Seul votre nom est alors conservé, avec l'intitulé et la date "
            "de la formation.</li>"
            "<li><strong>Journaux techniques</strong> : un an.</li>"
            "</ul>",
        ),
        ("heading", "Vos droits"),
        (
            "text",
            "<p>Vous disposez d'un droit d'accès, de rectification, d'effacement, de "
            "limitation et de portabilité de vos données, ainsi que d'un droit "
            "d'opposition aux traitements fondés sur l'intérêt légitime. Vous pouvez "
            "aussi définir des directives sur le sort de vos données après votre "
            "décès.</p>"
            "<p>Deux fonctions de votre espace personnel vous permettent d'agir "
            "directement :</p>"
            "<ul>"
            "<li><strong>« Télécharger mes données »</strong> produit un fichier "
            "qui rassemble votre profil, votre progression, vos tentatives de quiz, "
            "vos inscriptions, vos présences et vos attestations.</li>"
            "<li><strong>« Supprimer mon compte »</strong> efface votre compte et "
            "vos données de formation. Vos attestations restent vérifiables, avec "
            "votre seul nom. Votre employeur ne pourra plus consulter votre suivi. "
            "Cette action est définitive : téléchargez vos attestations avant.</li>"
            "</ul>"
            """<p>Pour toute autre demande, écrivez à <a href="mailto:dpo@reperes.example">dpo@reperes.example</a>. Nous répondons dans un délai d'un mois ; une preuve d'identité peut vous être demandée en cas de doute raisonnable. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (<a href="https://www.cnil.fr/fr/plaintes">www.cnil.fr/fr/plaintes</a>).</p>""",
        ),
        ("heading", "Cookies"),
        (
            "text",
            "<p>Repères n'utilise que des cookies strictement nécessaires, dispensés "
            "de consentement (article 82 de la loi Informatique et Libertés) :</p>"
            "<ul>"
            "<li>le <strong>cookie de session</strong>, qui vous garde connecté "
            "pendant votre visite ;</li>"
            "<li>le <strong>cookie de sécurité (CSRF)</strong>, qui protège les "
            "formulaires contre les envois frauduleux ;</li>"
            "<li>le <strong>cookie de langue</strong>, qui mémorise la langue que "
            "vous avez choisie.</li>"
            "</ul>"
            "<p>Aucun cookie de mesure d'audience, de publicité ou de réseau social, "
            "aucun traceur tiers. C'est pourquoi aucun bandeau de consentement ne "
            "s'affiche.</p>",
        ),
        ("heading", "Délégué à la protection des données"),
        (
            "text",
            """<p>Vous pouvez joindre le délégué à la protection des données de l'association à l'adresse <a href="mailto:dpo@reperes.example">dpo@reperes.example</a>, ou par courrier : Association Repères Habitat &amp; Santé mentale, à l'attention du délégué à la protection des données, Adresse de démonstration, 75020 Paris.</p>"""
            "<p>Dernière mise à jour : 23 novembre 2026.</p>",
        ),
    ],
}


# ---------------------------------------------------------------------------
# Déclaration d'accessibilité
# ---------------------------------------------------------------------------

_ACCESSIBILITE = {
    "slug": "accessibilite",
    "title": "Déclaration d'accessibilité",
    "intro": (
        "L'Association Repères Habitat & Santé mentale s'engage à rendre la "
        "plateforme Repères accessible à toutes et à tous, conformément à "
        "l'article 47 de la loi n° 2005-102 du 11 février 2005."
    ),
    "body": [
        ("heading", "Périmètre"),
        (
            "text",
            "<p>Cette déclaration s'applique à la plateforme Repères : site public "
            "(guide, recherche, aide à la décision, vérification des attestations), "
            "espace apprenant, espace RH et pages de pointage des présences "
            "utilisées par les formateurs. L'interface d'administration, réservée "
            "aux équipes éditoriales et aux formateurs, sera incluse dans "
            "l'audit.</p>",
        ),
        ("heading", "État de conformité"),
        (
            "text",
            "<p>La plateforme Repères est <strong>non conforme</strong> au "
            "référentiel général d'amélioration de l'accessibilité (RGAA), version "
            "4.1.2. Cette mention est celle qu'impose le RGAA tant qu'aucun audit de "
            "conformité n'a été réalisé ; elle ne préjuge pas du résultat de "
            "l'audit.</p>"
            "<p>L'objectif est le niveau AA des règles pour l'accessibilité des "
            "contenus web (WCAG 2.1), sur lesquelles le RGAA s'appuie. La plateforme "
            "a été conçue dans ce but : structure de page et zones de navigation "
            "balisées, lien d'évitement, formulaires étiquetés, contrastes, focus "
            "visible, alternatives textuelles aux images obligatoires, pages "
            "utilisables sans JavaScript.</p>",
        ),
        ("heading", "Vérifications réalisées"),
        (
            "text",
            "<p>Dans l'attente de l'audit, l'équipe de développement effectue les "
            "vérifications suivantes :</p>"
            "<ul>"
            "<li>tests automatisés avec <strong>axe-core</strong> dans le "
            "navigateur Chromium, intégrés aux tests automatisés de la "
            "plateforme ;</li>"
            "<li>parcours complets au <strong>clavier</strong> : connexion, module "
            "et quiz, inscription à une session, téléchargement d'une "
            "attestation ;</li>"
            "<li>consultation des pages avec JavaScript désactivé.</li>"
            "</ul>"
            "<p>Les tests automatisés ne détectent qu'une partie des défauts "
            "d'accessibilité. L'usage avec des <strong>lecteurs d'écran</strong> "
            "(NVDA avec Firefox, VoiceOver avec Safari sur iPhone, TalkBack avec "
            "Chrome sur Android) reste à auditer.</p>",
        ),
        ("heading", "Contenus non accessibles"),
        (
            "text",
            "<p><strong>Non-conformités connues</strong></p>"
            "<ul>"
            "<li>Les documents PDF (version imprimable du guide, attestations, "
            "feuilles d'émargement) ne sont pas encore entièrement accessibles "
            "(balisage, ordre de lecture). Leur mise en accessibilité est en cours. "
            "En attendant, le guide est intégralement consultable en HTML, et le "
            "contenu de chaque attestation est affiché dans votre espace et sur la "
            "page de vérification en ligne. Sur demande, nous vous adressons le "
            "document sous une autre forme.</li>"
            "</ul>"
            "<p><strong>Dérogations pour charge disproportionnée</strong> : "
            "aucune.</p>",
        ),
        ("heading", "Établissement de cette déclaration"),
        (
            "text",
            "<p>Déclaration établie le 23 novembre 2026.</p>"
            "<ul>"
            "<li><strong>Technologies utilisées</strong> : HTML5, CSS, JavaScript "
            "(en amélioration progressive uniquement).</li>"
            "<li><strong>Environnement de test</strong> : Chromium avec axe-core ; "
            "à compléter lors de l'audit par NVDA et Firefox sous Windows, VoiceOver "
            "et Safari sous iOS, TalkBack et Chrome sous Android.</li>"
            "<li><strong>Échantillon de pages retenu pour l'audit</strong> : "
            "accueil ; sommaire et chapitre du guide ; recherche ; aide à la "
            "décision « signaux faibles » ; connexion ; tableau de bord apprenant ; "
            "module et quiz ; inscription à une session ; vérification d'une "
            "attestation ; espace RH ; pointage des présences ; mentions légales et "
            "présente déclaration.</li>"
            "</ul>",
        ),
        ("heading", "Retour d'information et contact"),
        (
            "text",
            """<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous : nous vous orienterons vers une alternative accessible ou vous transmettrons le contenu sous une autre forme.</p>"""
            """<ul><li>Courriel : <a href="mailto:accessibilite@reperes.example">accessibilite@reperes.example</a></li>"""
            """<li>Courrier : Association Repères Habitat &amp; Santé mentale, Adresse de démonstration, 75020 Paris</li></ul>""",
        ),
        ("heading", "Voies de recours"),
        (
            "text",
            "<p>Si vous nous avez signalé un défaut d'accessibilité qui vous empêche "
            "d'accéder à un contenu ou à une fonctionnalité et que vous n'avez pas "
            "obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des "
            "droits :</p>"
            "<ul>"
            """<li>par le <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a> ;</li>"""
            """<li>auprès d'un <a href="https://www.defenseurdesdroits.fr/carte-des-delegues">délégué ou d'une déléguée</a> près de chez vous ;</li>"""
            "<li>par courrier gratuit, sans timbre : Défenseur des droits, Libre "
            "réponse 71120, 75342 Paris CEDEX 07.</li>"
            "</ul>",
        ),
    ],
}


# ---------------------------------------------------------------------------
# À propos du programme
# ---------------------------------------------------------------------------

_A_PROPOS = {
    "slug": "a-propos",
    "title": "À propos du programme",
    "intro": (
        "Repères met en ligne, pour tous les bailleurs sociaux, une démarche née à "
        "Paris en 2012 : rapprocher les professionnels du logement et la psychiatrie "
        "de secteur pour mieux accompagner les locataires en difficulté "
        "psychosociale."
    ),
    "body": [
        ("heading", "2012 : un constat partagé"),
        (
            "text",
            "<p>En 2012, à l'initiative du Conseil local de santé mentale (CLSM) du "
            "20e arrondissement de Paris, l'AORIF et les bailleurs sociaux se sont "
            "rapprochés des services de psychiatrie de secteur de l'EPS Maison "
            "Blanche (GHT Paris Psychiatrie &amp; Neurosciences), des services "
            "sociaux et des associations. Objectif : améliorer l'accès et le "
            "maintien dans le logement social des personnes en difficulté "
            "psychosociale.</p>"
            "<p>Les échanges au sein de ce groupe de travail ont mis en évidence deux "
            "difficultés des bailleurs parisiens : évaluer la situation de certains "
            "locataires fragiles, et mettre en place un accompagnement adapté ou une "
            "orientation vers des soins psychiatriques lorsque c'est nécessaire.</p>",
        ),
        ("heading", "Un guide et des sessions de sensibilisation"),
        (
            "text",
            "<p>Ce travail partenarial a d'abord donné naissance à un <strong>guide "
            "de santé mentale à destination des professionnels du logement</strong>, "
            "puis à des <strong>sessions de sensibilisation</strong> pour les "
            "gardiens d'immeuble. En 2017, de nouvelles actions de sensibilisation "
            "ont été prévues pour l'ensemble des équipes de terrain des bailleurs "
            "(gardiens, médiateurs, conseillers sociaux), afin de les aider à "
            "repérer les troubles psychiques et à y faire face au quotidien.</p>",
        ),
        ("heading", "2017 : deux équipes de psychiatrie dédiées"),
        (
            "text",
            "<p>Le réseau construit au sein du CLSM a conduit à créer une équipe "
            "pluridisciplinaire de psychiatrie de secteur dédiée aux signalements "
            "des bailleurs sociaux. Une convention a été signée le 1er février 2017 "
            "entre la Ville et le Département de Paris, l'EPS Maison Blanche, l'AORIF "
            "– l'Union sociale pour l'habitat d'Île-de-France et douze bailleurs "
            "sociaux : Adoma, Batigere, Domaxis, Efidis, Elogie Siemp, France "
            "Habitation, Habitat Social Français, I3F, Logis Transports, Paris "
            "Habitat, La Résidence Immobilière de la Ville de Paris et Résidence Le "
            "Logement des Fonctionnaires.</p>"
            "<ul>"
            "<li><strong>20e arrondissement</strong> (183 000 habitants) : équipe "
            "mise en place le 1er février 2017. Elle devait intervenir auprès de 50 "
            "à 100 locataires sur les douze mois de l'expérimentation.</li>"
            "<li><strong>13e arrondissement</strong> : équipe mise en place le 15 "
            "mai 2017, avec l'Association Santé Mentale 13e.</li>"
            "</ul>"
            "<p>Chaque équipe réunit deux psychiatres, une assistante sociale et un "
            "infirmier, sous la conduite d'une coordinatrice. Le projet a reçu en "
            "2017 le soutien financier du Département de Paris, dans le cadre du "
            "Pacte contre la grande exclusion, et celui des bailleurs sociaux, "
            "eux-mêmes appuyés par l'appel à projets « 10 000 logements HLM "
            "accompagnés » de l'État et de l'Union sociale pour l'habitat.</p>",
        ),
        ("heading", "Les objectifs"),
        (
            "text",
            "<ul>"
            "<li>Rendre plus fluide le signalement, par les bailleurs, des "
            "locataires en difficulté psychosociale.</li>"
            "<li>Prévenir les situations de crise.</li>"
            "<li>Faciliter le maintien dans le logement par une évaluation et, si "
            "nécessaire, une orientation vers les services sanitaires, "
            "médico-sociaux ou sociaux adaptés.</li>"
            "<li>Favoriser l'intégration des personnes dans leur lieu de vie, "
            "essentielle à leur rétablissement.</li>"
            "<li>Sensibiliser les équipes des bailleurs à la santé mentale, pour "
            "construire ensemble une prise en charge adaptée.</li>"
            "</ul>",
        ),
        ("heading", "Un volet recherche"),
        (
            "text",
            "<p>Un projet de recherche est adossé à l'expérimentation. Il vise à "
            "donner des outils supplémentaires pour mieux repérer et prendre en "
            "charge les situations de fragilité psychosociale ; dès 2017, les "
            "partenaires ont travaillé à l'élaboration d'indicateurs de "
            "signalement.</p>",
        ),
        ("heading", "Les premiers résultats"),
        (
            "text",
            "<p>Les premières conclusions décrivent une expérimentation réussie et "
            "prometteuse, à trois niveaux.</p>"
            "<ul>"
            "<li><strong>Pour les locataires, une prise en charge globale</strong> "
            "permettant un retour rapide aux soins ou une orientation adaptée : une "
            "prise en charge psychiatrique pour 40 % des locataires, une orientation "
            "vers des partenaires sanitaires dans une situation sur cinq, une prise "
            "en charge sociale dans 50 % des cas et un lien avec les services "
            "sociaux de la Ville de Paris dans deux situations sur trois.</li>"
            "<li><strong>Pour les équipes des bailleurs, un appui</strong> qui aide "
            "à rétablir le lien de confiance avec le locataire et à trouver des "
            "pistes de solution : sensibilisations régulières des acteurs de "
            "terrain, soutien des travailleurs sociaux et des gardiens dans les "
            "situations complexes, accompagnement long et rapproché du "
            "locataire.</li>"
            "<li><strong>Pour la résidence, un climat plus apaisé</strong> : les "
            "« signaux faibles » ont baissé de moitié, notamment dans la relation "
            "du locataire à son logement (hygiène, encombrement, dégradations), et "
            "les comportements agressifs ont diminué.</li>"
            "</ul>",
        ),
        ("heading", "Ce que Repères apporte"),
        (
            "text",
            "<p>Ce travail est né dans deux arrondissements parisiens. Repères le "
            "met en ligne pour que <strong>tout bailleur social</strong>, où qu'il "
            "se trouve, puisse former ses équipes :</p>"
            "<ul>"
            "<li>le guide en accès libre, consultable sur téléphone, avec une aide "
            "à la décision face aux « signaux faibles » ;</li>"
            "<li>des modules courts fondés sur des situations fictives inspirées du "
            "terrain, avec des quiz ;</li>"
            "<li>des sessions de sensibilisation en présentiel, gérées sur la "
            "plateforme : inscription, liste d'attente, présence, attestation ;</li>"
            "<li>un espace RH pour inscrire les équipes et suivre leur "
            "formation ;</li>"
            "<li>des attestations que chacun peut vérifier.</li>"
            "</ul>"
            "<p>Repères aide aussi chaque équipe à identifier ses interlocuteurs "
            "locaux : centre médico-psychologique (CMP) du secteur, services "
            "sociaux, conseil local de santé mentale.</p>",
        ),
        (
            "callout",
            {
                "title": "Ce que Repères n'est pas",
                "text": (
                    "<ul>"
                    "<li><strong>Pas un service d'urgence</strong> : en cas de danger, "
                    "appelez le 15, le 112 ou le 17 ; en cas d'idées suicidaires, le "
                    "3114 (gratuit, 24 h/24 et 7 j/7).</li>"
                    "<li><strong>Pas un outil de suivi des situations</strong> : "
                    "aucune information sur un locataire n'y est enregistrée.</li>"
                    "<li><strong>Pas un outil de diagnostic</strong> : repérer, "
                    "c'est observer et orienter ; l'évaluation revient aux "
                    "professionnels de santé.</li>"
                    "</ul>"
                ),
            },
        ),
        ("heading", "Nos principes"),
        (
            "text",
            "<p>Respect de la personne, discrétion et travail en réseau. Nous "
            "parlons de <em>personnes vivant avec un trouble psychique</em> ou de "
            "<em>personnes en difficulté psychosociale</em>, jamais d'étiquettes. "
            "Un trouble psychique se soigne, et le logement est l'une des conditions "
            "du rétablissement.</p>",
        ),
    ],
}


LEGAL_PAGES = [
    _MENTIONS_LEGALES,
    _CONFIDENTIALITE,
    _ACCESSIBILITE,
    _A_PROPOS,
]
