"""The site's shell: the English reader is told the content is in French only, and the
emergency numbers written in the guide call when tapped."""

from html import unescape

import pytest
from django.utils import translation
from django.utils.safestring import mark_safe

from core.phones import link_phone_numbers

FRENCH_ONLY = "Ce contenu n'existe qu'en français."


def english(text):
    with translation.override("en"):
        return translation.gettext(text)


@pytest.mark.parametrize("url", ["/", "/a-propos/", "/guide/", "/guide/reperer-signaux-faibles/",
                                 "/formations/signaux-faibles-logement/"])
def test_english_readers_are_told_the_content_is_in_french_only(client, site, url):
    client.cookies["reperes_language"] = "en"
    page = unescape(client.get(url).content.decode())
    assert '<html lang="en">' in page
    assert english(FRENCH_ONLY) in page

    client.cookies["reperes_language"] = "fr"
    assert FRENCH_ONLY not in unescape(client.get(url).content.decode())


def test_the_interface_alone_gets_no_notice(client, site):
    client.cookies["reperes_language"] = "en"
    page = unescape(client.get("/compte/login/").content.decode())
    assert english(FRENCH_ONLY) not in page


@pytest.mark.parametrize(("text", "linked"), [
    ("En cas de danger, appelez le 15, le 17 ou le 18.", ["15", "17", "18"]),
    ("Idées suicidaires : 3114, gratuit. SMS : 114.", ["3114", "114"]),
    ("depuis le 15 mai 2017, à 18 h, dès 18 ans, 15 000 logements, 1.15, 112-3", []),
])
def test_emergency_numbers_become_tel_links(db, site, text, linked):
    html = link_phone_numbers(text)
    assert [part.split('"')[0] for part in html.split('href="tel:')[1:]] == linked


def test_numbers_in_links_headings_and_tags_are_left_alone(db, site):
    html = link_phone_numbers(mark_safe(
        '<h3 id="samu-15">SAMU – 15</h3><p>Appelez le <strong>15</strong>.</p>'
        '<a class="button" href="tel:15">Appeler le 15</a><p>&lt;b&gt;17</p>'))
    assert html.count('href="tel:15"') == 2
    assert '<h3 id="samu-15">SAMU – 15</h3>' in html
    assert '&lt;b&gt;<a class="phone" href="tel:17">17</a>' in html
    assert link_phone_numbers("<script>18</script>").startswith("&lt;script&gt;")
