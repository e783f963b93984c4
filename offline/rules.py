"""The decision aid's rules as data for the phone: what guide/decision.py reads, exported.

One source: the rules are those of content/guide/decision.yaml as `guide.decision.load_rules`
parsed them; the phone's engine (offline/static/offline/decision.js) applies them as
`guide.decision.orient` does, and the tests replay the table of cases through both. What the
page shows is rendered here, by the same filters and templates as the server's page (the
numbers of the actions as tel: links, each contact's call button).
"""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from core.templatetags.phone_tags import tel_links
from guide.decision import load_rules
from guide.models import Contact, GuideIndexPage


def export(rules=None):
    """The parsed rules as plain data: the engine's part, then what the page shows."""
    rules = rules or load_rules()
    return {
        "levels": [{"key": key, "label": label} for key, label in rules.levels],
        "signs": [sign.key for group in rules.groups for sign in group.signs],
        "rules": [{"key": rule.key, "level": rule.level, "any": sorted(rule.any),
                   "all": sorted(rule.all), "at_least": rule.at_least,
                   "unless": list(rule.unless), "contacts": list(rule.contacts),
                   "lookup": rule.lookup, "title": rule.title,
                   "actions": [str(tel_links(action)) for action in rule.actions]}
                  for rule in rules.rules],
    }


def rules_json():
    """The export, with the call buttons of the contacts that the rules name."""
    data = export()
    slugs = {slug for rule in data["rules"] for slug in rule["contacts"]}
    data["contacts"] = {
        contact.slug: render_to_string("guide/includes/contact_call.html", {"contact": contact})
        for contact in Contact.objects.filter(slug__in=slugs)}
    guide = GuideIndexPage.objects.live().public().first()
    data["directory_url"] = guide.url + "contacts/" if guide else ""
    data["review_note"] = load_rules().review_note
    # The words of guide/templates/guide/decision_aid.html around the results.
    data["labels"] = {
        "title": _("Que faire, dans l'ordre"),
        "first": _("D'abord :"),
        "then": _("Ensuite :"),
        "call": _("Qui appeler"),
        "cmp": _("Trouver le CMP selon l'adresse du locataire"),
        "cmp_note": _("(le secteur dépend de l'adresse ; c'est votre encadrement, l'équipe "
                      "dédiée ou le médecin traitant qui font le lien avec lui)."),
        "directory": _("Quand appeler chacun de ces services : l'annuaire « Qui appeler ? »"),
        "again": _("Recommencer avec une autre situation"),
        "empty": _("Cochez au moins un signe que vous avez constaté."),
        "offline": _("Sans réseau : l'orientation vient de la copie du guide gardée sur ce "
                     "téléphone. Rien de ce que vous cochez n'est enregistré ni envoyé."),
    }
    return data
