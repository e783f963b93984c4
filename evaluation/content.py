"""The questionnaires in content/evaluation/: one YAML file per questionnaire, named by its slug.

Answers refer to item ids (block ids) through frozen versions (models.QuestionnaireVersion,
services.current_version). So that loading a file whose items did not change makes no new
version, the ids already stored are kept: an item keeps its id when one of the same type and
text exists, a choice when one of the same text exists. Session targets are left to the
admin; the files name only modules and paths.

A follow-up micro-case (`kind: followup`) names the before/after questionnaire it pairs with
(`pairs_with`, a slug): the files of the other kinds are loaded first, so that it may name one
loaded in the same run.
"""

import uuid

from django.core.exceptions import ValidationError

from core.content_blocks import clean_stream, update_fields
from core.content_files import SLUG, write_yaml
from courses.models import LearningPathPage, ModulePage

from .blocks import (
    ALWAYS,
    ASKED_CHOICES,
    ATTITUDE,
    FREE_TEXT,
    KNOWLEDGE,
    LIKERT,
    ItemStreamBlock,
    LikertItemBlock,
)
from .models import Questionnaire, QuestionnaireTarget

FOLDER = "evaluation"
TEXT_FIELDS = ("title", "review_note", "references", "introduction")
FIELDS = ("slug", "title", "kind", "pairs_with", "all_sessions", "modules", "paths",
          *TEXT_FIELDS[1:], "items")
FOLLOWUP = Questionnaire.Kind.FOLLOWUP
FOLLOWUP_ITEMS = (2, 3)  # a follow-up micro-case: two or three knowledge items
ITEM_FIELDS = {
    KNOWLEDGE: ("type", "source", "asked", "text", "choices"),
    LIKERT: ("type", "scale", "reverse", "source", "asked", "text", "low_label", "high_label"),
    FREE_TEXT: ("type", "asked", "text"),
}
ASKED = [value for value, _label in ASKED_CHOICES]
SCALES = [value for value, _ in LikertItemBlock.base_blocks["scale"].field.choices if value]
LOW, HIGH = "Pas du tout d'accord", "Tout à fait d'accord"
items_block = ItemStreamBlock()


def _is_text(value):
    return isinstance(value, str) and bool(value.strip())


# --- load -----------------------------------------------------------------------------------

def load(run):
    modules = dict(ModulePage.objects.values_list("slug", "pk"))
    paths = dict(LearningPathPage.objects.values_list("slug", "pk"))
    files = []
    for path in run.files(FOLDER, "*.yaml"):
        data = run.yaml(path)
        if data is None:
            continue
        if not isinstance(data, dict):
            run.error(path, "", "le fichier doit être une suite de champs « nom: valeur »")
            continue
        files.append((path, data))
    # Follow-ups last: their pairs_with may name a questionnaire of this very run.
    files.sort(key=lambda found: found[1].get("kind") == FOLLOWUP)
    for path, data in files:
        errors = []
        fields = _fields(data, path.stem, errors)
        targets = {name: _slugs(data, name, known, errors)
                   for name, known in (("modules", modules), ("paths", paths))}
        fields["pairs_with"] = _pairs_with(data, targets, errors)
        if run.errors(path, errors):
            continue
        _upsert(run, path, fields, targets)


def _fields(data, stem, errors):
    for key in sorted(set(data) - set(FIELDS)):
        errors.append((key, "champ inconnu"))
    slug = data.get("slug")
    if slug != stem:
        errors.append(("slug", f"« {stem} » est attendu, le nom du fichier"
                       if slug else "requis"))
    if not _is_text(data.get("title")):
        errors.append(("title", "requis (un texte)"))
    for name in TEXT_FIELDS[1:]:
        if data.get(name) is not None and not isinstance(data[name], str):
            errors.append((name, "un texte est attendu ; mettez-le entre guillemets"))
    if len(data.get("review_note") or "") > 300:
        errors.append(("review_note", "300 caractères au plus"))
    if data.get("kind") not in Questionnaire.Kind.values:
        errors.append(("kind", f"« {data.get('kind')} » : types possibles : "
                               f"{', '.join(Questionnaire.Kind.values)}"))
    if not isinstance(data.get("all_sessions", False), bool):
        errors.append(("all_sessions", "true ou false"))
    items = _items(data.get("items"), errors)
    if not errors:
        clean_stream(items_block, items, "items", errors)
    return {"title": data.get("title"), "kind": data.get("kind"),
            "all_sessions": data.get("all_sessions", False),
            "review_note": data.get("review_note") or "",
            "references": data.get("references") or "",
            "introduction": data.get("introduction") or "", "items": items}


def _items(items, errors):
    if not isinstance(items, list) or not items:
        errors.append(("items", "au moins une question (une liste)"))
        return []
    raw = []
    for number, item in enumerate(items, start=1):
        where = f"items[{number}]"
        if not isinstance(item, dict):
            errors.append((where, "une question est une suite de champs « nom: valeur »"))
            continue
        kind = item.get("type")
        if kind not in ITEM_FIELDS:
            errors.append((f"{where}.type", f"« {kind} » : types possibles : "
                                            f"{', '.join(ITEM_FIELDS)}"))
            continue
        for key in sorted(set(item) - set(ITEM_FIELDS[kind])):
            errors.append((f"{where}.{key}", "champ inconnu"))
        if not _is_text(item.get("text")):
            errors.append((f"{where}.text", "requis (un texte)"))
        for name in ("source", "low_label", "high_label"):
            if name in item and not isinstance(item[name], str):
                errors.append((f"{where}.{name}", "un texte est attendu"))
        value = {"text": item.get("text")}
        if item.get("asked", ALWAYS) not in ASKED:
            errors.append((f"{where}.asked", f"« {item.get('asked')} » : valeurs possibles : "
                                             f"{', '.join(ASKED)}"))
        elif item.get("asked", ALWAYS) != ALWAYS:
            value["asked"] = item["asked"]
        if kind == KNOWLEDGE:
            value.update(choices=_choices(item.get("choices"), where, errors),
                         source=item.get("source") or "")
        elif kind == LIKERT:
            if item.get("scale", ATTITUDE) not in SCALES:
                errors.append((f"{where}.scale", f"« {item.get('scale')} » : dimensions "
                                                 f"possibles : {', '.join(SCALES)}"))
            if not isinstance(item.get("reverse", False), bool):
                errors.append((f"{where}.reverse", "true ou false"))
            value.update(scale=item.get("scale", ATTITUDE),
                         low_label=item.get("low_label") or LOW,
                         high_label=item.get("high_label") or HIGH,
                         reverse=bool(item.get("reverse")), source=item.get("source") or "")
        raw.append({"type": kind, "value": value})
    return raw


def _choices(choices, where, errors):
    if not isinstance(choices, list) or len(choices) < 2:
        errors.append((f"{where}.choices", "au moins deux réponses (une liste)"))
        return []
    found = []
    for number, choice in enumerate(choices, start=1):
        at = f"{where}.choices[{number}]"
        if not isinstance(choice, dict) or not _is_text(choice.get("text")):
            errors.append((at, "une réponse a un « text »"))
            continue
        for key in sorted(set(choice) - {"text", "correct"}):
            errors.append((f"{at}.{key}", "champ inconnu"))
        if not isinstance(choice.get("correct", False), bool):
            errors.append((f"{at}.correct", "true ou false"))
        found.append({"text": choice["text"], "correct": bool(choice.get("correct"))})
    if sum(choice["correct"] for choice in found) != 1:
        errors.append((f"{where}.choices", "une seule bonne réponse (correct: true)"))
    return found


def _pairs_with(data, targets, errors):
    """A follow-up: the live before/after questionnaire it pairs with, and its own rules (two
    or three knowledge items, proposed after modules only). Other kinds: none."""
    slug = data.get("pairs_with")
    if data.get("kind") != FOLLOWUP:
        if slug is not None:
            errors.append(("pairs_with", "seulement pour un cas de suivi (kind: followup)"))
        return None
    items = data.get("items") if isinstance(data.get("items"), list) else []
    low, high = FOLLOWUP_ITEMS
    if not low <= len(items) <= high or any(
            not isinstance(item, dict) or item.get("type") != KNOWLEDGE for item in items):
        errors.append(("items", f"un cas de suivi a de {low} à {high} questions de "
                                "connaissance (type: knowledge)"))
    if data.get("all_sessions") or data.get("paths"):
        errors.append(("modules", "un cas de suivi est envoyé après un module : ni "
                                  "all_sessions ni paths"))
    elif not targets["modules"] and not any(name == "modules" for name, _ in errors):
        errors.append(("modules", "au moins un module (le cas de suivi est envoyé après lui)"))
    if not isinstance(slug, str) or not SLUG.match(slug):
        errors.append(("pairs_with", "requis : le slug du questionnaire avant / après "
                                     "(kind: knowledge) dont il reprend le code"))
        return None
    paired = Questionnaire.objects.filter(slug=slug, live=True).first()
    if paired is None:
        errors.append(("pairs_with", f"« {slug} » : questionnaire inconnu (ou refusé pour "
                                     "une erreur)"))
    elif paired.kind != Questionnaire.Kind.KNOWLEDGE:
        errors.append(("pairs_with", f"« {slug} » n'est pas un questionnaire avant / après "
                                     "(kind: knowledge)"))
        return None
    return paired


def _slugs(data, name, known, errors):
    slugs = data.get(name) or []
    if not isinstance(slugs, list) or not all(isinstance(s, str) and SLUG.match(s)
                                              for s in slugs):
        errors.append((name, "une liste de slugs est attendue"))
        return []
    if unknown := [slug for slug in slugs if slug not in known]:
        errors.append((name, f"{'modules' if name == 'modules' else 'parcours'} inconnus : "
                             f"{unknown}"))
        return []
    return [known[slug] for slug in slugs]


def _with_ids(items, existing):
    """The items with the ids of the stored ones that say the same thing, new ids otherwise."""
    stored = [dict(block) for block in existing]
    raw = []
    for item in items:
        match = next((block for block in stored if block.get("type") == item["type"]
                      and block.get("value", {}).get("text") == item["value"]["text"]), None)
        if match is not None:
            stored.remove(match)
        value = dict(item["value"])
        if "choices" in value:
            old = [c for c in (match or {}).get("value", {}).get("choices") or []
                   if isinstance(c, dict) and c.get("id") and isinstance(c.get("value"), dict)]
            choices = []
            for choice in value["choices"]:
                same = next((c for c in old if c["value"].get("text") == choice["text"]), None)
                if same is not None:
                    old.remove(same)
                choices.append({"type": "item", "value": choice,
                                "id": same["id"] if same else str(uuid.uuid4())})
            value["choices"] = choices
        raw.append({"type": item["type"], "value": value,
                    "id": match["id"] if match else str(uuid.uuid4())})
    return raw


def _targets(questionnaire, modules, paths):
    current = list(questionnaire.targets.all())
    wanted = [("module", pk) for pk in modules] + [("path", pk) for pk in paths]
    named = [("module", t.module_id) if t.module_id else ("path", t.learning_path_id)
             for t in current if not t.session_id]
    if named == wanted:
        return False
    questionnaire.targets = [t for t in current if t.session_id] + [
        QuestionnaireTarget(module_id=pk) if kind == "module"
        else QuestionnaireTarget(learning_path_id=pk) for kind, pk in wanted]
    return True


def _upsert(run, path, fields, targets):
    questionnaire = Questionnaire.objects.filter(slug=path.stem).first()
    created = questionnaire is None
    if created:
        questionnaire = Questionnaire(slug=path.stem)
    fields["items"] = _with_ids(fields["items"], [] if created else
                                list(questionnaire.items.raw_data))
    changed = update_fields(questionnaire, fields)
    if _targets(questionnaire, targets["modules"], targets["paths"]):
        changed.append("modules")
    if not changed:
        return
    try:
        questionnaire.full_clean()
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            for message in messages:
                run.error(path, name, message)
        return
    questionnaire.save()
    questionnaire.save_revision().publish()
    run.report.changed(f"créé : {run.name(path)}" if created else
                       f"mis à jour : {run.name(path)} ({', '.join(changed)})")


# --- export ---------------------------------------------------------------------------------

def export(run):
    for questionnaire in (Questionnaire.objects.filter(live=True).select_related("pairs_with")
                          .order_by("slug")):
        targets = list(questionnaire.targets.select_related("module", "learning_path")
                       .order_by("sort_order", "pk"))
        data = {"slug": questionnaire.slug, "title": questionnaire.title,
                "kind": questionnaire.kind,
                "pairs_with": questionnaire.pairs_with.slug if questionnaire.pairs_with else None,
                "all_sessions": questionnaire.all_sessions,
                "modules": [t.module.slug for t in targets if t.module_id],
                "paths": [t.learning_path.slug for t in targets if t.learning_path_id],
                "review_note": questionnaire.review_note,
                "references": questionnaire.references,
                "introduction": questionnaire.introduction,
                "items": [_export_item(block) for block in questionnaire.items]}
        write_yaml(run.path(f"{FOLDER}/{questionnaire.slug}.yaml"),
                   {key: value for key, value in data.items()
                    if value not in (None, "", [], False)})


def _export_item(block):
    kind, value = block.block_type, block.value
    item = {"type": kind}
    if kind == LIKERT:
        item["scale"] = value.get("scale") or ATTITUDE
        if value.get("reverse"):
            item["reverse"] = True
    if value.get("source"):
        item["source"] = value["source"]
    if value.get("asked") and value["asked"] != ALWAYS:
        item["asked"] = value["asked"]
    item["text"] = value.get("text") or ""
    if kind == KNOWLEDGE:
        item["choices"] = [{"text": choice["text"], "correct": bool(choice["correct"])}
                           for choice in value["choices"]]
    elif kind == LIKERT:
        item["low_label"] = value.get("low_label") or LOW
        item["high_label"] = value.get("high_label") or HIGH
    return item
