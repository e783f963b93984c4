"""The site's own content in content/site/: home page, institutional pages, programme
settings. Loaded first: every other app's pages hang under the home page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Collection, Locale, Page, Site

from .blocks import AudienceBlock, EmergencyNumberBlock, FigureBlock, StandardStreamBlock
from .content_blocks import (
    clean_stream,
    from_raw,
    header_errors,
    stream_from_raw,
    stream_to_raw,
    to_raw,
    update_fields,
    upsert_page,
)
from .content_files import (
    html_to_markdown,
    markdown_to_html,
    parse_blocks,
    write_blocks,
    write_document,
    write_yaml,
)
from .models import HomePage, NavigationSettings, ProgrammeSettings, StandardPage

HOME = "site/home.md"
PAGES = "site/pages"
SETTINGS = "site/settings.yaml"
HOME_STREAMS = {"audiences": ("audience", AudienceBlock()), "offer": ("item", AudienceBlock()),
                "figures": ("figure", FigureBlock())}
HOME_FIELDS = ("title", "seo_title", "search_description", "hero_title", "hero_text",
               "figures_intro", "partners_intro")
PAGE_FIELDS = ("title", "intro", "seo_title", "search_description", "show_in_menus")
NAVIGATION = {"legal_notice_page": "mentions-legales", "privacy_page": "confidentialite",
              "accessibility_page": "accessibilite"}
page_body = StandardStreamBlock()


def tree_root():
    """Wagtail's root page, locale and collection, recreated if a database flush removed them."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", content_type=None))
    return root


def _list_stream(run, path, name, items, kind, block):
    errors = []
    raw = [{"type": kind, "id": f"{name[0]}{index + 1}",
            "value": to_raw(block, item, f"{name}[{index + 1}]", run.refs, errors)}
           for index, item in enumerate(items or [])]
    run.errors(path, errors)
    return raw


# --- load -----------------------------------------------------------------------------------

def load(run):
    home = _load_home(run)
    if home is None:
        return
    run.state["home"] = home
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home,
                                   is_default_site=True, site_name="Repères")
    elif site.root_page_id != home.pk:
        site.root_page, site.site_name = home, "Repères"
        site.save()
    pages = _load_pages(run, home)
    _load_settings(run, site, pages)


def _load_home(run):
    path = run.path(HOME)
    if not path.exists():
        run.error(path, "", "fichier manquant")
        return None
    header, body = run.document(path)
    if header is None:
        return None
    known = {*HOME_FIELDS, *HOME_STREAMS, "emergency_note"}
    for key in sorted(set(header) - known):
        run.error(path, key, "champ inconnu")
    fields = {name: header.get(name) or "" for name in HOME_FIELDS}
    fields["intro"] = markdown_to_html(body)
    fields["emergency_note"] = markdown_to_html(header.get("emergency_note", ""))
    for name, (kind, block) in HOME_STREAMS.items():
        fields[name] = _list_stream(run, path, name, header.get(name), kind, block)
    home = HomePage.objects.first()
    try:
        if home is None:
            root = tree_root()
            # Wagtail's own placeholder welcome page takes the slug "home": retire it.
            for placeholder in root.get_children().exact_type(Page):
                placeholder.delete()
            home = HomePage(slug="accueil", **fields)
            root.add_child(instance=home)
            home.save_revision().publish()
            run.report.changed(f"créé : {run.name(path)}")
        elif update_fields(home, fields):
            home.save_revision().publish()
            run.report.changed(f"mis à jour : {run.name(path)}")
    except ValidationError as error:
        for name, messages in getattr(error, "message_dict", {"": error.messages}).items():
            for message in messages:
                run.error(path, name, message)
        return None
    return home


def _load_pages(run, home):
    pages = {}
    for path in run.files(PAGES, "*.md"):
        header, body = run.document(path)
        if header is None:
            continue
        slug = header.get("slug") or path.stem
        for key in sorted(set(header) - {*PAGE_FIELDS, "slug"}):
            run.error(path, key, "champ inconnu")
        errors = header_errors(header, ["title", "intro", "seo_title", "search_description"])
        raw = stream_to_raw(page_body, parse_blocks(body, path, run.report), "corps", run.refs,
                            errors)
        if not errors:
            clean_stream(page_body, raw, "corps", errors)
        if run.errors(path, errors):
            continue
        fields = {name: header.get(name) or "" for name in PAGE_FIELDS}
        fields["show_in_menus"] = bool(header.get("show_in_menus"))
        fields["body"] = raw
        page = upsert_page(run, path, home, StandardPage, slug, fields)
        if page is not None:
            pages[slug] = page
    return pages


def _load_settings(run, site, pages):
    path = run.path(SETTINGS)
    data = run.yaml(path) or {}
    known = {"contact_email", "contact_phone", "contact_hours", "emergency_numbers", "partners"}
    for key in sorted(set(data) - known):
        run.error(path, key, "champ inconnu")
    programme = ProgrammeSettings.for_site(site)
    fields = {name: data.get(name) or "" for name in ("contact_email", "contact_phone",
                                                     "contact_hours")}
    fields["emergency_numbers"] = _list_stream(
        run, path, "emergency_numbers", data.get("emergency_numbers"), "number",
        EmergencyNumberBlock())
    partners = programme.partners.stream_block
    errors = []
    fields["partners"] = [
        {"type": "partner", "id": f"p{index + 1}",
         "value": to_raw(partners.child_blocks["partner"], item, f"partners[{index + 1}]",
                         run.refs, errors)}
        for index, item in enumerate(data.get("partners") or [])]
    if not errors:
        clean_stream(partners, fields["partners"], "partners", errors)
    if run.errors(path, errors):
        return
    if update_fields(programme, fields):
        programme.save()
        run.report.changed(f"mis à jour : {run.name(path)}")
    navigation = NavigationSettings.for_site(site)
    for name, slug in NAVIGATION.items():
        if getattr(navigation, f"{name}_id") is None and slug in pages:
            setattr(navigation, name, pages[slug])
    navigation.save()


# --- export ---------------------------------------------------------------------------------

def export(run):
    home = HomePage.objects.first()
    if home is None:
        return
    run.state["home"] = home


def export_late(run):
    """Written after the other apps registered their links (the pages may point to them)."""
    home = run.state.get("home")
    if home is None:
        return
    link = run.refs.link_target
    header = {name: getattr(home, name) for name in HOME_FIELDS if getattr(home, name)}
    for name, (_, block) in HOME_STREAMS.items():
        header[name] = [from_raw(block, item["value"], run.refs)
                        for item in getattr(home, name).raw_data]
    header["emergency_note"] = html_to_markdown(home.emergency_note, link)
    write_document(run.path(HOME), header, html_to_markdown(home.intro, link))

    files = {path.stem: path for path in run.files(PAGES, "*.md")}
    for page in StandardPage.objects.live().child_of(home).order_by("path"):
        path = files.get(page.slug) or run.path(f"{PAGES}/{page.slug}.md")
        header = {"slug": page.slug}
        header.update({name: getattr(page, name) for name in PAGE_FIELDS
                       if getattr(page, name) not in ("", None, False)})
        blocks = stream_from_raw(page_body, list(page.body.raw_data), run.refs)
        write_document(path, header, write_blocks(blocks))

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    programme = ProgrammeSettings.for_site(site)
    data = {name: getattr(programme, name) for name in ("contact_email", "contact_phone",
                                                       "contact_hours")
            if getattr(programme, name)}
    data["emergency_numbers"] = [from_raw(EmergencyNumberBlock(), item["value"], run.refs)
                                 for item in programme.emergency_numbers.raw_data]
    partner = programme.partners.stream_block.child_blocks["partner"]
    data["partners"] = [from_raw(partner, item["value"], run.refs)
                        for item in programme.partners.raw_data]
    write_yaml(run.path(SETTINGS), data)
