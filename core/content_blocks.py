"""StreamField values to and from content files, read off the block definitions.

Rich-text fields are Markdown in the files; snippet and page choosers are slugs; a struct's
unknown field is an error (Wagtail would drop it silently). ``clean_stream`` then runs
Wagtail's own validation, so a file is checked by the same rules as the admin form.
"""

import re
import string

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .content_files import html_to_markdown, markdown_to_html


class References:
    """What content files may point to: slugs of snippets and pages, and how links are written.

    ``links`` maps a scheme (``glossaire``, ``guide``…) to a function slug -> <a> attributes,
    raising KeyError for an unknown slug; ``unlink`` turns <a> attributes back into a target.
    """

    def __init__(self):
        self.slugs = {}     # model label -> {slug: pk}
        self.links = {}
        self.unlinks = []

    def add(self, model, mapping):
        self.slugs.setdefault(model._meta.label_lower, {}).update(mapping)

    def pk(self, model, slug):
        return self.slugs.get(model._meta.label_lower, {})[slug]

    def slug(self, model, pk):
        for slug, value in self.slugs.get(model._meta.label_lower, {}).items():
            if value == pk:
                return slug
        return pk

    def link_attrs(self, href):
        scheme, _, rest = href.partition(":")
        if scheme in self.links:
            try:
                return self.links[scheme](rest)
            except KeyError:
                raise ValueError(f"lien « {href} » : « {rest} » n'existe pas") from None
        if not re.match(r"^(https?://|mailto:|tel:|/|#)", href):
            raise ValueError(f"lien « {href} » : cible inconnue (glossaire:, guide:, https://, "
                             "mailto:, tel: ou /chemin/)")
        return f'href="{href}"'

    def link_target(self, attrs):
        for unlink in self.unlinks:
            target = unlink(attrs)
            if target:
                return target
        return attrs.get("href", "")


def _item_id(index):
    letters = string.ascii_lowercase
    return letters[index] if index < len(letters) else f"i{index + 1}"


def to_raw(block, value, where, refs, errors):
    """A file value to the block's raw JSON; errors are (field, message) pairs."""
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            errors.append((where, "une liste de champs « nom: valeur » est attendue"))
            return {}
        unknown = set(value) - set(block.child_blocks) - {"id"}
        for name in sorted(unknown):
            errors.append((f"{where}.{name}", f"champ inconnu (champs possibles : "
                                              f"{', '.join(block.child_blocks)})"))
        return {name: to_raw(child, value[name], f"{where}.{name}", refs, errors)
                for name, child in block.child_blocks.items() if name in value}
    if isinstance(block, blocks.ListBlock):
        if value is None:
            return []
        if not isinstance(value, list):
            errors.append((where, "une liste est attendue"))
            return []
        items = []
        for index, item in enumerate(value):
            item_id = item.get("id") if isinstance(item, dict) else None
            items.append({"type": "item", "id": str(item_id or _item_id(index)),
                          "value": to_raw(block.child_block, item, f"{where}[{index + 1}]",
                                          refs, errors)})
        return items
    if isinstance(block, blocks.RichTextBlock):
        if not isinstance(value, str):
            errors.append((where, "un texte est attendu"))
            return ""
        try:
            return markdown_to_html(value, refs.link_attrs)
        except ValueError as error:
            errors.append((where, str(error)))
            return ""
    if isinstance(block, SnippetChooserBlock | blocks.PageChooserBlock):
        model = block.target_model
        if value in (None, ""):
            return None
        try:
            return refs.pk(model, value)
        except KeyError:
            errors.append((where, f"« {value} » : aucun {model._meta.verbose_name} de ce slug"))
            return None
    if isinstance(block, ImageChooserBlock | DocumentChooserBlock):
        return value if isinstance(value, int) else None
    if isinstance(block, blocks.CharBlock | blocks.TextBlock) and value is not None \
            and not isinstance(value, str):
        if isinstance(value, dict | list):
            errors.append((where, QUOTE_HINT))
            return ""
        return str(value)
    return value


def header_errors(header, text_fields=(), number_fields=()):
    """(field, message) pairs for header values of the wrong type."""
    errors = []
    for name in text_fields:
        if header.get(name) is not None and not isinstance(header[name], str):
            errors.append((name, QUOTE_HINT))
    for name in number_fields:
        value = header.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                  or value < 0):
            errors.append((name, "un nombre entier positif est attendu"))
    return errors


QUOTE_HINT = ("un texte est attendu ; un texte qui contient « : » s'écrit entre guillemets "
              "(\"…\")")


def from_raw(block, raw, refs):
    """The inverse of to_raw: a block's raw JSON to what the file holds."""
    if isinstance(block, blocks.StructBlock):
        result = {}
        for name, child in block.child_blocks.items():
            if name not in (raw or {}):
                continue
            value = from_raw(child, raw[name], refs)
            if value in (None, "", []):
                continue
            result[name] = value
        return result
    if isinstance(block, blocks.ListBlock):
        items = []
        for index, item in enumerate(raw or []):
            if isinstance(item, dict) and item.get("type") == "item":
                value = from_raw(block.child_block, item["value"], refs)
                if isinstance(value, dict) and item.get("id") and item["id"] != _item_id(index):
                    value = {"id": item["id"], **value}
            else:
                value = from_raw(block.child_block, item, refs)
            items.append(value)
        return items
    if isinstance(block, blocks.RichTextBlock):
        return html_to_markdown(raw, refs.link_target)
    if isinstance(block, SnippetChooserBlock | blocks.PageChooserBlock):
        return refs.slug(block.target_model, raw) if raw is not None else None
    return raw


def stream_to_raw(stream_block, items, where, refs, errors, id_prefix="b"):
    """(type, value, line) triples to a StreamField's raw list."""
    raw = []
    for index, (kind, value, line) in enumerate(items):
        label = f"{where} ligne {line}" if line else f"{where}[{index + 1}]"
        child = stream_block.child_blocks.get(kind)
        if child is None:
            errors.append((label, f"bloc « {kind} » inconnu (blocs possibles : "
                                  f"{', '.join(stream_block.child_blocks)})"))
            continue
        block_id = value.get("id") if isinstance(value, dict) and kind != "text" else None
        if isinstance(value, dict) and not isinstance(child, blocks.StructBlock):
            value = value.get("text")  # a heading written as "## text"
        raw.append({"type": kind, "id": str(block_id or f"{id_prefix}{index + 1}"),
                    "value": to_raw(child, value, f"{label} ({kind})", refs, errors)})
    return raw


def stream_from_raw(stream_block, raw, refs, id_prefix="b"):
    """A StreamField's raw list to (type, value) pairs for the file."""
    items = []
    for index, block in enumerate(raw):
        child = stream_block.child_blocks[block["type"]]
        value = from_raw(child, block["value"], refs)
        if isinstance(value, dict) and block.get("id") and \
                block["id"] != f"{id_prefix}{index + 1}":
            value = {"id": block["id"], **value}
        items.append((block["type"], value))
    return items


def _flatten(data, where):
    if isinstance(data, list):
        for message in data:
            yield where, str(message)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key == "messages":
                yield from _flatten(value, where)
            elif key in ("blockErrors",):
                for index, sub in value.items():
                    name = f"[{int(index) + 1}]" if str(index).isdigit() else f".{index}"
                    yield from _flatten(sub, f"{where}{name}")
            else:
                yield from _flatten(value, f"{where}.{key}" if where else key)
    elif data:
        yield where, str(data)


def clean_stream(stream_block, raw, where, errors):
    """Run Wagtail's validation on a raw stream; its messages join ``errors``."""
    try:
        value = stream_block.to_python(raw)
        stream_block.clean(value)
    except ValidationError as error:
        data = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
        for field_name, message in _flatten(data, where):
            errors.append((field_name, message))


def _comparable(model, name, value):
    field = model._meta.get_field(name)
    stream_block = getattr(field, "stream_block", None)
    if stream_block is not None:
        if not isinstance(value, list):
            value = list(value.raw_data)
        return stream_block.get_prep_value(stream_block.to_python(value))
    return value


def update_fields(instance, fields):
    """Set the fields that differ; the names of those that changed."""
    changed = []
    for name, value in fields.items():
        model = type(instance)
        if _comparable(model, name, getattr(instance, name)) != _comparable(model, name, value):
            setattr(instance, name, value)
            changed.append(name)
    return changed


def resolve_slugs(run, path, field, slugs, known, what):
    """The objects `slugs` name among `known` ({slug: object}), in order; None, with the
    error reported ("<what> : [...]", e.g. "modules inconnus"), when one is unknown."""
    slugs = slugs or []
    if unknown := [slug for slug in slugs if slug not in known]:
        run.error(path, field, f"{what} : {unknown}")
        return None
    return [known[slug] for slug in slugs]


def upsert_page(run, path, parent, model, slug, fields):
    """Create the page under ``parent`` or update it; publish a revision only on a change.

    Returns the page, or None when Wagtail refused it (the reasons join the run's errors).
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    try:
        if page is None:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            run.report.changed(f"créé : {run.name(path)}")
        else:
            page = page.specific
            changed = update_fields(page, fields)
            if changed:
                page.save_revision().publish()
                run.report.changed(f"mis à jour : {run.name(path)} ({', '.join(changed)})")
    except ValidationError as error:
        for field_name, messages in getattr(error, "message_dict", {"": error.messages}).items():
            for message in messages:
                run.error(path, field_name, message)
        return None
    return page


def order_children(parent, pages):
    """Put the pages in the files' order under their parent (one move per misplaced page)."""
    current = list(type(pages[0]).objects.child_of(parent).order_by("path")
                   .values_list("pk", flat=True)) if pages else []
    wanted = [page.pk for page in pages]
    if [pk for pk in current if pk in wanted] == wanted:
        return
    for page in pages:
        page.refresh_from_db()
        page.move(parent, pos="last-child")
