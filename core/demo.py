"""Demo home page, institutional pages and site settings. Creates what is missing only,
so that running it again never overwrites an editor's changes."""

from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from .demo_content.pages import HOME, LEGAL_PAGES
from .models import HomePage, NavigationSettings, ProgrammeSettings, StandardPage

EMERGENCY_NUMBERS = [
    ("15", "SAMU – urgence médicale", "Danger pour la vie ou la santé, y compris une crise psychique grave."),
    ("112", "Numéro d'urgence européen", "Depuis tout téléphone, partout en Europe."),
    ("17", "Police secours", "Menace, violence, personne en danger."),
    ("18", "Pompiers", "Incendie, fuite, personne bloquée ou blessée."),
    ("114", "Urgence par SMS ou visio", "Pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler."),
    ("3114", "Prévention du suicide", "Gratuit, 24 h/24, 7 j/7, pour la personne, ses proches ou les professionnels."),
]
MENU_SLUGS = {"a-propos"}


def stream(blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


def tree_root():
    """Wagtail's root page, locale and collection, recreated if a database flush removed them."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", content_type=None))
    return root


def home_page():
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = tree_root()
    # Wagtail's own placeholder welcome page takes the slug "home": retire it.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = HomePage(
        title=HOME["title"], slug="accueil", hero_title=HOME["hero_title"],
        hero_text=HOME["hero_text"], intro=HOME["intro"],
        audiences=[("audience", item) for item in HOME["audiences"]],
        offer=[("item", item) for item in HOME["offer"]],
        figures_intro=HOME["figures_intro"],
        figures=[("figure", item) for item in HOME["figures"]],
        partners_intro=HOME["partners_intro"], emergency_note=HOME["emergency_note"],
        seo_title="Repères – santé mentale et logement social",
        search_description=HOME["hero_text"][:255],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def load(stdout=None):
    home = home_page()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home,
                            is_default_site=True, site_name="Repères")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Repères"
        site.save()
    site = Site.objects.get(is_default_site=True)

    pages = {}
    for data in LEGAL_PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            page = StandardPage(title=data["title"], slug=data["slug"], intro=data["intro"],
                                body=stream(data["body"]),
                                show_in_menus=data["slug"] in MENU_SLUGS)
            home.add_child(instance=page)
            page.save_revision().publish()
        pages[data["slug"]] = page

    programme = ProgrammeSettings.for_site(site)
    if not programme.emergency_numbers:
        programme.contact_email = "contact@reperes.example"
        programme.contact_hours = "Coordination du programme : du lundi au vendredi, 9 h – 17 h."
        programme.emergency_numbers = [
            ("number", {"number": n, "label": label, "when": when})
            for n, label, when in EMERGENCY_NUMBERS
        ]
        programme.partners = [("partner", {"name": name, "logo": None, "url": ""})
                              for name in HOME["partners"]]
        programme.save()

    navigation = NavigationSettings.for_site(site)
    navigation.legal_notice_page = navigation.legal_notice_page or pages["mentions-legales"]
    navigation.privacy_page = navigation.privacy_page or pages["confidentialite"]
    navigation.accessibility_page = navigation.accessibility_page or pages["accessibilite"]
    navigation.save()
