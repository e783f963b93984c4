"""The test site: the structure of content/ (home page, institutional pages, programme
settings, guide, glossary, directory, modules, quizzes, learning paths) with short texts
written for the tests, built with the factories of tests/factories.py.

Tests assert against the texts defined here, never against content/: the programme's
clinicians reword content/ without breaking a test. The slugs are those of content/ that the
application names (directory slugs of the decision aid, the demo's module slugs…) or that the
tests open. Only the checks of content/ itself read it: tests/test_content_files.py, the
glossary and quiz rules of the programme, the browser sweep (real use), and the decision aid,
whose rules the application reads from content/guide/decision.yaml.

Built once per test database by tests/conftest.py (and again, if missing, by the browser
tests' live server).
"""

import re

from wagtail.models import Page, Site

from tests.factories import (
    ContactFactory,
    CourseIndexPageFactory,
    GlossaryTermFactory,
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    HomePageFactory,
    LearningPathPageFactory,
    ModulePageFactory,
    NavigationSettingsFactory,
    ProgrammeSettingsFactory,
    QuizFactory,
    SituationFactory,
    StandardPageFactory,
)

# --- Home page, institutional pages, settings ---------------------------------------------

HOME = {
    "title": "Accueil",
    "seo_title": "Repères – site d'essai",
    "hero_title": "Repères, le site d'essai",
    "hero_text": "Un guide, des modules et des sessions d'essai, écrits pour les tests.",
    "intro": "<p>La présentation d'essai du programme.</p>",
    "audiences": [{"title": "Un public d'essai", "text": "Les personnes à qui s'adresse l'essai."}],
    "offer": [{"title": "Une offre d'essai", "text": "Ce que propose le site d'essai."}],
    "figures_intro": "Des chiffres d'essai.",
    "figures": [{"value": "7 sur 10", "label": "premier chiffre d'essai"},
                {"value": "25 %", "label": "second chiffre d'essai"}],
    "partners_intro": "Les partenaires d'essai.",
    "emergency_note": "<p>En cas de danger immédiat, appelez le 15.</p>",
}
PARTNERS = [
    {"name": "Bailleur d'essai Nord", "url": "https://bailleur-nord.example/"},
    {"name": "Hôpital d'essai Sud", "url": ""},
    {"name": "Association d'essai", "url": ""},
]
EMERGENCY_NUMBERS = [
    {"number": "15", "label": "SAMU (essai)", "when": "Urgence médicale."},
    {"number": "112", "label": "Urgence européenne (essai)", "when": "Depuis tout téléphone."},
    {"number": "17", "label": "Police (essai)", "when": "Violence, menace."},
    {"number": "18", "label": "Pompiers (essai)", "when": "Incendie, fuite."},
    {"number": "114", "label": "Urgence par SMS (essai)", "when": "Sans pouvoir parler."},
    {"number": "3114", "label": "Prévention du suicide (essai)", "when": "Jour et nuit."},
]
PROGRAMME = {"contact_email": "contact@reperes.test",
             "contact_hours": "Du lundi au vendredi (horaires d'essai)."}
# The institutional pages, by slug: each body is a heading and a paragraph.
PAGES = {
    "mentions-legales": {"title": "Mentions légales", "intro": "Qui édite le site d'essai.",
                         "heading": "Éditeur d'essai", "text": "Une association d'essai."},
    "confidentialite": {"title": "Confidentialité du site d'essai",
                        "intro": "Les données du site d'essai.",
                        "heading": "Aucune donnée de locataire",
                        "text": "Le site d'essai ne garde que le nécessaire."},
    "accessibilite": {"title": "Accessibilité du site d'essai",
                      "intro": "La conformité du site d'essai.",
                      "heading": "Conformité d'essai", "text": "Un audit d'essai est prévu."},
    "a-propos": {"title": "À propos de Repères", "intro": "L'histoire d'essai du programme.",
                 "heading": "Une histoire d'essai", "text": "Le programme d'essai est né en 2001.",
                 "show_in_menus": True},
}
# NavigationSettings field -> page slug, as core/content.py links them.
NAVIGATION = {"legal_notice_page": "mentions-legales", "privacy_page": "confidentialite",
              "accessibility_page": "accessibilite"}

# --- The guide ------------------------------------------------------------------------------

GUIDE = {
    "title": "Guide d'essai santé mentale",
    "intro": "<p>L'introduction d'essai du guide.</p>",
    "disclaimer": "<p>Ce guide d'essai ne remplace pas un avis médical. Danger : le 15.</p>",
}
GLOSSARY_URL = "/guide/glossaire/"
REVIEW_NOTE = "Relecture clinique : chapitre d'essai."
SITUATIONS = {
    "danger-immediat": "Danger immédiat",
    "risque-suicidaire": "Idées suicidaires",
    "agressivite": "Agressivité, menaces",
    "incurie": "Logement encombré, incurie",
    "addiction": "Alcool, drogues",
}
# The directory, in its order. Slugs: those the decision aid names, and the national numbers.
CONTACTS = [
    {"slug": "samu-15", "name": "SAMU – 15", "category": "urgence", "phone": "15",
     "when_to_call": "Urgence vitale, malaise grave : le 15.",
     "situations": ["danger-immediat", "risque-suicidaire"]},
    {"slug": "police-17", "name": "Police secours – 17", "category": "urgence", "phone": "17",
     "when_to_call": "Violence en cours ou menace : le 17.",
     "situations": ["danger-immediat", "agressivite"]},
    {"slug": "pompiers-18", "name": "Pompiers – 18", "category": "urgence", "phone": "18",
     "when_to_call": "Incendie, fuite de gaz, personne bloquée : le 18.",
     "situations": ["danger-immediat"]},
    {"slug": "urgence-112", "name": "Urgence européenne – 112", "category": "urgence",
     "phone": "112", "when_to_call": "Toute urgence, depuis tout téléphone.",
     "situations": ["danger-immediat"]},
    {"slug": "urgence-114", "name": "Urgence par SMS – 114", "category": "urgence",
     "phone": "114", "when_to_call": "Pour qui ne peut pas parler au téléphone.",
     "situations": ["danger-immediat"]},
    {"slug": "prevention-suicide-3114", "name": "Prévention du suicide – 3114",
     "category": "ecoute", "phone": "3114", "website": "https://prevention-suicide.example/",
     "when_to_call": "Idées suicidaires, pour soi ou pour un proche.",
     "situations": ["risque-suicidaire"]},
    {"slug": "drogues-info-service", "name": "Écoute drogues (essai)", "category": "ecoute",
     "phone": "01 99 00 00 01", "hours": "Tous les jours (essai).",
     "when_to_call": "Une consommation inquiète.", "situations": ["addiction"]},
    {"slug": "alcool-info-service", "name": "Écoute alcool (essai)", "category": "ecoute",
     "phone": "01 99 00 00 02", "when_to_call": "L'alcool pèse sur le quotidien.",
     "situations": ["addiction"]},
    {"slug": "samu-social-115", "name": "Samu social – 115", "category": "social",
     "phone": "115", "when_to_call": "Une personne est sans abri.", "situations": []},
    {"slug": "service-social-proximite-13", "name": "Service social de proximité – 13e",
     "category": "social", "arrondissement": 13, "phone": "01 99 00 00 13",
     "address": "Adresse d'essai, 75013 Paris", "check_locally": True,
     "when_to_call": "Difficultés sociales ou financières.", "situations": ["incurie"]},
    {"slug": "service-social-proximite-20", "name": "Service social de proximité – 20e",
     "category": "social", "arrondissement": 20, "phone": "01 99 00 00 20",
     "check_locally": True, "when_to_call": "Difficultés sociales ou financières.",
     "situations": ["incurie"]},
    {"slug": "equipe-dediee-13", "name": "Équipe dédiée – 13e", "category": "equipe_dediee",
     "arrondissement": 13, "phone": "01 99 00 01 13", "is_example": True,
     "when_to_call": "Inquiétude durable pour un locataire, transmise par l'encadrement.",
     "situations": ["incurie", "agressivite", "risque-suicidaire"]},
    {"slug": "equipe-dediee-20", "name": "Équipe dédiée – 20e", "category": "equipe_dediee",
     "arrondissement": 20, "phone": "01 99 00 01 20", "is_example": True,
     "when_to_call": "Inquiétude durable pour un locataire, transmise par l'encadrement.",
     "situations": ["incurie", "agressivite", "risque-suicidaire"]},
    {"slug": "cmp-13-secteur-a", "name": "CMP d'essai – 13e", "category": "cmp",
     "arrondissement": 13, "phone": "01 99 00 02 13", "is_example": True,
     "when_to_call": "Pour orienter une personne qui accepte de consulter.", "situations": []},
    {"slug": "cmp-20-secteur-a", "name": "CMP d'essai – 20e", "category": "cmp",
     "arrondissement": 20, "phone": "01 99 00 02 20", "is_example": True,
     "when_to_call": "Pour orienter une personne qui accepte de consulter.", "situations": []},
    {"slug": "referent-sante-mentale-bailleur", "name": "Référent santé mentale (essai)",
     "category": "bailleur", "phone": "01 99 00 00 10", "is_example": True,
     "when_to_call": "Toute inquiétude pour un locataire, d'abord.",
     "situations": ["incurie", "agressivite"]},
]
GLOSSARY = [
    {"slug": "cmp", "term": "CMP (centre médico-psychologique)",
     "definition": "<p>Lieu de consultation de secteur (définition d'essai).</p>"},
    {"slug": "clsm", "term": "CLSM",
     "definition": "<p>Conseil local de santé mentale (définition d'essai).</p>"},
    {"slug": "incurie", "term": "Incurie",
     "definition": "<p>Négligence grave de soi et du logement (définition d'essai).</p>"},
    {"slug": "decompensation", "term": "Décompensation",
     "definition": "<p>Rupture d'un équilibre psychique (définition d'essai).</p>"},
    {"slug": "soins-sans-consentement", "term": "Soins sans consentement",
     "definition": "<p>Hospitalisation décidée sans l'accord de la personne (essai).</p>"},
    {"slug": "curatelle", "term": "Curatelle", "see_also": ["tutelle"],
     "definition": "<p>Mesure de protection qui assiste la personne (définition d'essai).</p>"},
    {"slug": "tutelle", "term": "Tutelle", "see_also": ["curatelle"],
     "definition": "<p>Mesure de protection qui la représente (définition d'essai).</p>"},
    {"slug": "siao", "term": "SIAO",
     "definition": "<p>Service qui oriente vers l'hébergement (définition d'essai).</p>"},
]


def _heading(text, anchor):
    return ("heading", {"text": text, "anchor": anchor})


def _text(html):
    return ("text", html)


# Rich text links are written as in content/: glossaire:<slug> and guide:<chapter slug>.
CHAPTERS = [
    {"slug": "comprendre-sante-mentale", "title": "La santé mentale en quelques mots",
     "summary": "Ce que recouvre la santé mentale, en version d'essai.", "reading_minutes": 4,
     "related": ["reperer-signaux-faibles", "risque-suicidaire"],
     "body": [
         _heading("Un équilibre qui varie", "equilibre"),
         _text('<p>La santé mentale change au fil de la vie. Le '
               '<a href="glossaire:cmp">CMP</a> reçoit sans avance de frais.</p>'),
         _heading("Ce que vous pouvez faire", "que-faire"),
         _text("<p>Écouter, noter ce que vous voyez, passer le relais.</p>"),
     ]},
    {"slug": "reperer-signaux-faibles", "title": "Signaux faibles : ce qui doit alerter",
     "summary": "Les petits changements qui annoncent une difficulté, en version d'essai.",
     "reading_minutes": 6,
     "body": [
         _text('<p>Un logement qui se dégrade peut signaler une '
               '<a href="glossaire:incurie">incurie</a>.</p>'),
         _heading("Les signes", "signes"),
         ("warning_signs", {"title": "Signes à repérer", "items": [
             "Le courrier s'accumule devant la porte.",
             "Un encombrement gagne le palier.",
             "Des odeurs inhabituelles dans la cage d'escalier."]}),
         _heading("Réagir sans brusquer", "que-faire"),
         ("do_dont", {"do": ["Noter des faits datés."], "dont": ["Entrer sans accord."]}),
         ("vignette", {"title": "Le courrier de Mme A.",
                       "text": "<p>Mme A. ne relève plus son courrier depuis dix jours.</p>",
                       "takeaway": "Noter, puis prévenir."}),
         _heading("Les contacts utiles", "qui-appeler"),
         ("who_to_call", {"title": "Les numéros à connaître", "contacts": [
             "samu-15", "police-17", "pompiers-18", "referent-sante-mentale-bailleur"]}),
     ]},
    {"slug": "risque-suicidaire", "title": "Risque suicidaire : oser en parler",
     "summary": "Parler du suicide ne le provoque pas : version d'essai.", "reading_minutes": 8,
     "body": [
         _text('<p>Demander à quelqu\'un s\'il a des idées suicidaires le soulage. Relisez '
               '<a href="guide:reperer-signaux-faibles">les signaux faibles</a>.</p>'),
         _heading("Demander simplement", "que-faire"),
         ("urgent", {"title": "Danger immédiat",
                     "text": "<p>Appelez le <b>15</b>, ou le <b>3114</b> pour être conseillé."
                             "</p>"}),
         _heading("Les lignes d'écoute", "qui-appeler"),
         ("who_to_call", {"title": "Qui appeler", "contacts": [
             "prevention-suicide-3114", "samu-15"]}),
     ]},
    {"slug": "agressivite-desamorcer", "title": "Agressivité : désamorcer une tension",
     "summary": "Face à un locataire agressif, version d'essai.", "reading_minutes": 5,
     "body": [
         _text("<p>L'agressivité cache souvent une peur. Un ton calme apaise un locataire "
               "agressif.</p>"),
         _heading("Garder ses distances", "que-faire"),
         ("do_dont", {"do": ["Parler lentement."], "dont": ["Hausser le ton."]}),
         _heading("Si la menace grandit", "qui-appeler"),
         ("who_to_call", {"title": "Qui appeler", "contacts": ["police-17"]}),
     ]},
    {"slug": "comportements-voisinage-conflits", "title": "Comportements étranges et voisinage",
     "summary": "Des cris la nuit, des plaintes de voisins : version d'essai.",
     "reading_minutes": 5,
     "body": [
         _text('<p>Une <a href="glossaire:decompensation">décompensation</a> peut expliquer '
               "des cris la nuit.</p>"),
         ("vignette", {"title": "Les plaintes du troisième étage",
                       "text": "<p>M. C. frappe aux murs depuis une semaine.</p>"}),
     ]},
    {"slug": "systeme-de-soins", "title": "Le système de soins, pas à pas",
     "summary": "Qui fait quoi dans les soins, version d'essai.", "reading_minutes": 7,
     "body": [
         _text('<p>Le secteur organise les soins de proximité. Les '
               '<a href="glossaire:soins-sans-consentement">soins sans consentement</a> '
               "restent l'exception.</p>"),
         _text('<p>Une <a href="glossaire:curatelle">curatelle</a> ou une '
               '<a href="glossaire:tutelle">tutelle</a> protège ; le '
               '<a href="glossaire:siao">SIAO</a> oriente ; le '
               '<a href="glossaire:clsm">CLSM</a> réunit les acteurs.</p>'),
     ]},
]

# --- Modules, quizzes, paths ------------------------------------------------------------------

COURSES = {"title": "Formations d'essai", "intro": "<p>Les modules d'essai.</p>"}

ALL_JOB_ROLES = ["gardien", "mediateur", "conseiller_social", "encadrant"]
# Every step kind, in this order: its number in a module is its index + 1.
STEP_KINDS = ["narrative", "decision", "lesson", "debrief"]
DRAW_COUNT = 3
MODULES = [
    {"slug": "signaux-faibles-logement", "quiz": "Quiz : signaux faibles",
     "title": "Signaux faibles dans l'immeuble",
     "summary": "Du courrier qui s'accumule à l'encombrement du palier : module d'essai.",
     "story": "M. B. ne descend plus ses poubelles.", "chapters": ["reperer-signaux-faibles"],
     "contacts": ["referent-sante-mentale-bailleur", "equipe-dediee-13"]},
    {"slug": "locataire-confus", "quiz": "Quiz : une locataire désorientée",
     "title": "Une locataire désorientée",
     "summary": "Une locataire ne retrouve plus son étage : module d'essai.",
     "story": "Mme D. sonne chez ses voisins à minuit.", "chapters": ["comprendre-sante-mentale"],
     "contacts": ["referent-sante-mentale-bailleur", "cmp-13-secteur-a"]},
    {"slug": "agressivite-loge", "quiz": "Quiz : tension à la loge",
     "title": "Tension à la loge",
     "summary": "Un locataire crie dans la loge : module d'essai.",
     "story": "M. E. tape sur le comptoir de la loge.", "chapters": ["agressivite-desamorcer"],
     "contacts": ["police-17", "referent-sante-mentale-bailleur"]},
    {"slug": "risque-suicidaire", "quiz": "Quiz : risque suicidaire",
     "title": "Un locataire parle d'en finir",
     "summary": "Quand un locataire dit ne plus vouloir vivre : module d'essai.",
     "story": "M. F. dit qu'il ne sera plus là le mois prochain.",
     "chapters": ["risque-suicidaire"], "contacts": ["prevention-suicide-3114", "samu-15"],
     "content_note": "Ce module d'essai parle du suicide : arrêtez quand vous voulez.",
     "pass_mark": 80},
    {"slug": "troubles-voisinage", "quiz": "Quiz : du bruit la nuit",
     "title": "Du bruit la nuit",
     "summary": "Des voisins se plaignent de cris : module d'essai.",
     "story": "Les voisins de Mme G. entendent des cris chaque nuit.",
     "chapters": ["comportements-voisinage-conflits"],
     "contacts": ["service-social-proximite-20"]},
    {"slug": "signaler-equipe-dediee", "quiz": "Quiz : transmettre",
     "title": "Transmettre à l'équipe dédiée",
     "summary": "Écrire une transmission utile : module d'essai.",
     "story": "Vos notes sur M. H. couvrent six semaines.", "chapters": ["systeme-de-soins"],
     "contacts": ["equipe-dediee-13", "equipe-dediee-20"],
     "requires": ["signaux-faibles-logement"]},
]
PATHS = [
    {"slug": "sensibilisation-gardiens", "title": "Parcours d'essai des gardiens",
     "summary": "Les six modules d'essai.", "audience": ["gardien"],
     "modules": [module["slug"] for module in MODULES]},
    {"slug": "mediation-et-accompagnement", "title": "Parcours d'essai de la médiation",
     "summary": "Quatre modules d'essai.", "audience": ["mediateur", "conseiller_social"],
     "modules": ["signaux-faibles-logement", "troubles-voisinage", "locataire-confus",
                 "signaler-equipe-dediee"]},
]


def _items(values):
    """A list block's raw items, with the ids load_content gives them (a, b, c…)."""
    return [{"type": "item", "id": "abcdefghij"[index], "value": value}
            for index, value in enumerate(values)]


def module_steps(module, chapter_pks, contact_pks):
    """One step of each kind (ids s1…s4, as load_content numbers them)."""
    steps = [
        {"title": "La situation", "text": f"<p>{module['story']}</p>", "image": None},
        {"title": "Votre réaction", "question": "Que faites-vous ?", "choices": _items([
            {"text": "Je prends des nouvelles", "quality": "best",
             "feedback": "<p>Oui : le lien d'abord.</p>"},
            {"text": "Je préviens mon responsable", "quality": "acceptable",
             "feedback": "<p>Utile, après avoir pris des nouvelles.</p>"},
            {"text": "J'attends que ça passe", "quality": "poor",
             "feedback": "<p>La situation peut s'aggraver.</p>"}])},
        {"title": "À retenir", "text": "<ul><li>Noter des faits.</li><li>Passer le relais.</li></ul>",
         "guide_links": [chapter_pks[slug] for slug in module["chapters"]]},
        {"title": "Bilan", "text": "<p>Vous savez qui prévenir.</p>",
         "contacts": [contact_pks[slug] for slug in module["contacts"]],
         "include_organisation_referent": True},
    ]
    return [{"type": kind, "id": f"s{number}", "value": value}
            for number, (kind, value) in enumerate(zip(STEP_KINDS, steps, strict=True), 1)]


def quiz_questions(module):
    """Six questions, each kind at least once, each naming the step that covers it."""
    topic = module["title"]
    wrong, right = {"correct": False, "feedback": "Non."}, {"correct": True, "feedback": "Oui."}
    questions = [
        ("single", {"text": f"{topic} : que faites-vous d'abord ?", "step": 2,
                    "explanation": "Le lien passe avant tout.", "choices": _items([
                        {"text": "Prendre des nouvelles", **right},
                        {"text": "Ne rien faire", **wrong}])}),
        ("multiple", {"text": "Que notez-vous ?", "step": 3,
                      "explanation": "Des faits, pas un diagnostic.", "choices": _items([
                          {"text": "La date", **right}, {"text": "Ce que vous avez vu", **right},
                          {"text": "Un diagnostic", **wrong}, {"text": "Une rumeur", **wrong}])}),
        ("true_false", {"text": "Il faut garder l'information pour soi.", "answer": False,
                        "explanation": "Elle se transmet à l'encadrement.", "step": 4}),
        ("ordering", {"text": "Remettez les actions dans l'ordre.", "step": 4,
                      "explanation": "D'abord les faits.", "items": _items([
                          "Noter les faits", "Prévenir son responsable",
                          "Transmettre à l'équipe dédiée"])}),
        ("scenario", {"text": f"{module['story']} Votre première réaction ?", "step": 1,
                      "explanation": "Aller vers la personne.", "choices": _items([
                          {"text": "Aller le voir", **right},
                          {"text": "Attendre une plainte", **wrong}])}),
        ("true_false", {"text": "Le référent de votre organisme peut vous aider.",
                        "answer": True, "explanation": "C'est son rôle.", "step": 4}),
    ]
    return [{"type": kind, "id": f"q{number}", "value": value}
            for number, (kind, value) in enumerate(questions, 1)]


# --- Building it ------------------------------------------------------------------------------

def _stream(kind, items):
    return [{"type": kind, "value": value} for value in items]


def _links(html, chapter_pks):
    """content/'s link syntax to Wagtail's rich text (as load_content writes it)."""
    html = re.sub(r'href="glossaire:([a-z0-9-]+)"', rf'href="{GLOSSARY_URL}#\1"', html)
    return re.sub(r'href="guide:([a-z0-9-]+)"',
                  lambda match: f'linktype="page" id="{chapter_pks[match.group(1)]}"', html)


def _chapter_body(chapter, chapter_pks, contact_pks):
    body = []
    for kind, value in chapter["body"]:
        if kind == "text":
            value = _links(value, chapter_pks)
        elif kind == "who_to_call":
            value = {**value, "contacts": [contact_pks[slug] for slug in value["contacts"]]}
        elif kind == "do_dont":
            value = {"do": _items(value["do"]), "dont": _items(value["dont"])}
        elif kind == "warning_signs":
            value = {**value, "items": _items(value["items"])}
        body.append({"type": kind, "value": value})
    return body


def build():
    """Build the test site, unless it is there already (a transactional test's serialized
    rollback brings it back)."""
    from core.models import HomePage

    if HomePage.objects.exists():
        return
    home = _build_site()
    _build_guide(home)
    _build_courses(home)


def _build_site():
    root = Page.get_first_root_node()
    # Wagtail's placeholder welcome page (and its site) make way, as in core/content.py.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = HomePageFactory(
        parent=root, **{key: value for key, value in HOME.items()
                        if key not in ("audiences", "offer", "figures")},
        audiences=_stream("audience", HOME["audiences"]), offer=_stream("item", HOME["offer"]),
        figures=_stream("figure", HOME["figures"]))
    site = Site.objects.create(hostname="localhost", port=80, root_page=home,
                               is_default_site=True, site_name="Repères")
    pages = {}
    for slug, page in PAGES.items():
        pages[slug] = StandardPageFactory(
            parent=home, slug=slug, title=page["title"], intro=page["intro"],
            show_in_menus=page.get("show_in_menus", False),
            body=[{"type": "heading", "value": page["heading"]},
                  {"type": "text", "value": f"<p>{page['text']}</p>"}])
    ProgrammeSettingsFactory(
        site=site, **PROGRAMME, emergency_numbers=_stream("number", EMERGENCY_NUMBERS),
        partners=_stream("partner", [{**partner, "logo": None} for partner in PARTNERS]))
    NavigationSettingsFactory(site=site, **{field: pages[slug]
                                            for field, slug in NAVIGATION.items()})
    return home


def _build_guide(home):
    from guide.models import RelatedChapter
    from guide.review import require_clinical_review

    situations = {slug: SituationFactory(slug=slug, label=label, sort_order=order)
                  for order, (slug, label) in enumerate(SITUATIONS.items())}
    contact_pks = {}
    for order, contact in enumerate(CONTACTS):
        fields = {key: value for key, value in contact.items() if key != "situations"}
        contact_pks[contact["slug"]] = ContactFactory(
            **fields, sort_order=order,
            situations=[situations[slug] for slug in contact["situations"]]).pk
    terms = {item["slug"]: GlossaryTermFactory(slug=item["slug"], term=item["term"],
                                               definition=item["definition"])
             for item in GLOSSARY}
    for item in GLOSSARY:
        if item.get("see_also"):
            terms[item["slug"]].see_also = [terms[slug] for slug in item["see_also"]]
            terms[item["slug"]].save()

    guide = GuideIndexPageFactory(parent=home, **GUIDE)
    guide.move(home.get_first_child(), pos="left")  # first in the menu (guide/content.py)
    guide.refresh_from_db()
    require_clinical_review(guide)  # as guide/content.py does
    chapters = {}
    for chapter in CHAPTERS:  # a chapter links only to those before it
        chapters[chapter["slug"]] = GuideChapterPageFactory(
            parent=guide, slug=chapter["slug"], title=chapter["title"],
            summary=chapter["summary"], reading_minutes=chapter["reading_minutes"],
            review_note=REVIEW_NOTE,
            body=_chapter_body(chapter, {slug: page.pk for slug, page in chapters.items()},
                               contact_pks))
    for chapter in CHAPTERS:
        for order, slug in enumerate(chapter.get("related", [])):
            RelatedChapter.objects.create(page=chapters[chapter["slug"]],
                                          chapter=chapters[slug], sort_order=order)


def _build_courses(home):
    from guide.models import Contact, GuideChapterPage
    from guide.review import require_clinical_review, require_clinical_review_of
    from quizzes.models import Quiz

    chapter_pks = dict(GuideChapterPage.objects.values_list("slug", "pk"))
    contact_pks = dict(Contact.objects.values_list("slug", "pk"))
    index = CourseIndexPageFactory(parent=home, **COURSES)
    require_clinical_review(index)  # as courses/content.py does
    require_clinical_review_of(Quiz)
    modules = {}
    for module in MODULES:
        quiz = QuizFactory(slug=module["slug"], title=module["quiz"],
                           questions=quiz_questions(module), draw_count=DRAW_COUNT,
                           pass_mark=module.get("pass_mark", 70))
        modules[module["slug"]] = ModulePageFactory(
            parent=index, slug=module["slug"], title=module["title"],
            summary=module["summary"], duration_minutes=15, audience=ALL_JOB_ROLES,
            objectives="Repérer un changement\nPrévenir la bonne personne",
            content_note=module.get("content_note", ""), review_note=REVIEW_NOTE,
            steps=module_steps(module, chapter_pks, contact_pks), quiz=quiz,
            requires=[modules[slug] for slug in module.get("requires", [])])
    for path in PATHS:
        LearningPathPageFactory(
            parent=index, slug=path["slug"], title=path["title"], summary=path["summary"],
            audience=path["audience"], modules=[modules[slug] for slug in path["modules"]])


def chapter(slug):
    """The test text of a chapter, by slug."""
    return next(item for item in CHAPTERS if item["slug"] == slug)


def contact(slug):
    return next(item for item in CONTACTS if item["slug"] == slug)


def module(slug):
    return next(item for item in MODULES if item["slug"] == slug)
