"""The Content Security Policy: our origin's scripts only, and the request's nonce on the
inline start-up scripts that Wagtail's admin writes (date pickers, choosers, inline panels)."""

import re

import pytest

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)([^>]*)>", re.I)


def script_src(response):
    policy = dict(part.strip().split(" ", 1) for part in
                  response["Content-Security-Policy"].split(";"))
    return policy["script-src"].split()


@pytest.mark.parametrize("url", [
    "/admin/sessions/new/",                       # time slots (inline panel), date pickers
    "/admin/pages/{module}/edit/",                # page and snippet choosers, publishing dates
    "/admin/pages/{chapter}/edit/",               # related chapters (inline panel of choosers)
    "/admin/pages/",                              # the listing's date filters
])
def test_every_inline_script_of_the_admin_carries_the_nonce(client, coordinator, url):
    from courses.models import ModulePage
    from guide.models import GuideChapterPage

    client.force_login(coordinator)
    url = url.format(module=ModulePage.objects.live().first().pk,
                     chapter=GuideChapterPage.objects.live().first().pk)
    response = client.get(url)
    assert response.status_code == 200
    nonces = [source for source in script_src(response) if source.startswith("'nonce-")]
    assert len(nonces) == 1, response["Content-Security-Policy"]
    nonce = nonces[0][len("'nonce-"):-1]
    scripts = INLINE_SCRIPT.findall(response.content.decode())
    assert scripts, "no inline script: the test no longer looks at what it should"
    assert [attributes for attributes in scripts if f'nonce="{nonce}"' not in attributes] == []


def test_the_public_site_allows_no_inline_script(client, learner):
    for user in (None, learner):
        if user:
            client.force_login(user)
        for url in ("/", "/guide/", "/formations/"):
            response = client.get(url)
            assert script_src(response) == ["'self'"], (url, user)
            assert not INLINE_SCRIPT.findall(response.content.decode()), (url, user)


def test_no_policy_allows_unsafe_script(client, coordinator):
    client.force_login(coordinator)
    for url in ("/", "/admin/", "/admin/sessions/new/"):
        sources = script_src(client.get(url))
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
