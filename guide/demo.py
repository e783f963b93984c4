"""The guide's demo content: chapters, glossary, directory. Creates what is missing only."""

import json
import re

from core.models import HomePage

from .demo_content.chapters import CHAPTERS
from .demo_content.contacts import CONTACTS
from .demo_content.glossary import GLOSSARY
from .models import (
    Contact,
    GlossaryTerm,
    GuideChapterPage,
    GuideIndexPage,
    RelatedChapter,
    Situation,
)

SITUATIONS = [
    ("danger-immediat", "Danger immédiat"),
    ("risque-suicidaire", "Risque suicidaire"),
    ("agressivite", "Agressivité, menaces"),
    ("incurie", "Hygiène, encombrement, incurie"),
    ("confusion", "Confusion, propos étranges"),
    ("isolement", "Isolement"),
    ("addiction", "Alcool, drogues, jeux"),
    ("conflit-voisinage", "Conflits de voisinage, bruit"),
    ("difficultes-sociales", "Difficultés sociales, impayés"),
    ("soutien-professionnel", "Soutien aux professionnels"),
]
GUIDE_INTRO = (
    "<p>Ce guide s'adresse aux gardiens et gardiennes d'immeuble, aux médiateurs, aux "
    "conseillers sociaux et à leurs encadrants. Il aide à <strong>repérer</strong> les signes "
    "d'une souffrance psychique chez un locataire, à <strong>adopter la bonne attitude</strong> "
    "et à <strong>savoir qui appeler</strong>.</p>"
    "<p>Il est issu du travail mené à Paris depuis 2012 par des bailleurs sociaux et la "
    "psychiatrie de secteur. Chaque chapitre se lit en quelques minutes, sur téléphone.</p>"
)
GUIDE_DISCLAIMER = (
    "<p><strong>Ce guide ne remplace ni un avis médical ni les procédures de votre "
    "organisme.</strong> En cas de danger immédiat, appelez le 15, le 17, le 18 ou le 112 "
    "(SMS : 114). Idées suicidaires : 3114, gratuit, 24 h/24. Le contenu clinique est en cours "
    "de relecture par les cliniciens du programme.</p>"
)
GLOSSARY_LINK = re.compile(r"\[\[([a-z0-9-]+)\|([^\]]+)\]\]")


def link_glossary(html, glossary_url):
    return GLOSSARY_LINK.sub(
        lambda m: f'<a href="{glossary_url}#{m.group(1)}">{m.group(2)}</a>', html)


def _body(blocks, contacts, glossary_url):
    raw = []
    for kind, value in blocks:
        if kind == "text":
            value = link_glossary(value, glossary_url)
        elif kind in ("vignette", "urgent"):
            value = {**value, "text": link_glossary(value["text"], glossary_url)}
        elif kind == "who_to_call":
            value = {"title": value["title"],
                     "contacts": [contacts[slug].pk for slug in value["contacts"]]}
        raw.append({"type": kind, "value": value})
    return json.dumps(raw)


def load_directory():
    situations = {}
    for order, (slug, label) in enumerate(SITUATIONS):
        situations[slug], _ = Situation.objects.get_or_create(
            slug=slug, defaults={"label": label, "sort_order": order})
    contacts = {}
    for order, data in enumerate(CONTACTS):
        contact = Contact.objects.filter(slug=data["slug"]).first()
        if contact is None:
            arrondissements = data["arrondissements"]
            contact = Contact(
                slug=data["slug"], name=data["name"], category=data["category"],
                arrondissement=arrondissements[0] if arrondissements else None,
                when_to_call=data["when_to_call"], hours=data.get("hours", ""),
                phone=data.get("phone", ""), address=data.get("address", ""),
                website=data.get("website", ""), is_example=data.get("is_example", False),
                sort_order=order,
            )
            contact.situations = [situations[s] for s in data["situations"]]
            contact.save()
        contacts[contact.slug] = contact
    return contacts


def load_glossary(glossary_url):
    terms = {}
    for data in GLOSSARY:
        term = GlossaryTerm.objects.filter(slug=data["slug"]).first()
        if term is None:
            term = GlossaryTerm.objects.create(
                slug=data["slug"], term=data["term"],
                definition=link_glossary(data["definition"], glossary_url))
        terms[term.slug] = term
    for data in GLOSSARY:
        term = terms[data["slug"]]
        if not term.see_also.exists():
            term.see_also.set([terms[s] for s in data.get("see_also", []) if s in terms])
    return terms


def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    guide = GuideIndexPage.objects.first()
    if guide is None:
        guide = GuideIndexPage(
            title="Guide santé mentale et logement", slug="guide",
            seo_title="Guide de santé mentale pour les professionnels du logement", intro=GUIDE_INTRO, disclaimer=GUIDE_DISCLAIMER,
            show_in_menus=True,
            search_description="Repérer les signaux faibles, réagir, savoir qui appeler : le "
                               "guide en ligne des gardiens, médiateurs et conseillers sociaux.",
        )
        home.add_child(instance=guide)
        guide.save_revision().publish()
        # Menus list the home page's children in tree order: the guide comes first.
        first = home.get_first_child()
        if first and first.pk != guide.pk:
            guide.move(first, pos="left")
            guide.refresh_from_db()
    glossary_url = f"{guide.url_path[len(home.url_path) - 1:]}glossaire/"

    contacts = load_directory()
    load_glossary(glossary_url)

    pages = {}
    for data in CHAPTERS:
        page = GuideChapterPage.objects.child_of(guide).filter(slug=data["slug"]).first()
        if page is None:
            page = GuideChapterPage(
                title=data["title"], slug=data["slug"], summary=data["summary"],
                reading_minutes=data["reading_minutes"], review_note=data.get("review_note", ""),
                body=_body(data["body"], contacts, glossary_url),
            )
            guide.add_child(instance=page)
            page.save_revision().publish()
        pages[data["slug"]] = page
    for data in CHAPTERS:
        page = pages[data["slug"]]
        if not page.related_links.exists():
            for order, slug in enumerate(data.get("related", [])):
                RelatedChapter.objects.create(page=page, chapter=pages[slug], sort_order=order)
