"""The access-control harness: one row per URL, one expected outcome per role.

Later issues add their rows to ROWS (or to a list of their own passed to `check_row`).
Roles: anonymous, learner, trainer, hr_same (HR of the organisation that owns the object),
hr_other (HR of another organisation), coordinator, editor.

Expected outcomes:
- an int: the status of the response, not following redirects;
- LOGIN: redirects followed, the person ends on the allauth login page;
- DENIED: redirects followed, the person ends on a 403 page;
- ADMIN_REFUSED: Wagtail's way of refusing someone who may use the admin but not this part
  of it: a redirect to the admin home, which shows "you do not have permission".
"""

from dataclasses import dataclass, field

ROLES = ("anonymous", "learner", "trainer", "hr_same", "hr_other", "coordinator", "editor")
LOGIN = "login"
DENIED = "denied"
ADMIN_REFUSED = "admin-refused"


@dataclass
class Row:
    url: str  # may contain {learner}, {invitation}: filled from the objects fixture
    expected: dict
    method: str = "get"
    data: dict = field(default_factory=dict)

    def __post_init__(self):
        missing = set(ROLES) - set(self.expected)
        assert not missing, f"{self.url}: no expectation for {sorted(missing)}"


def everyone(status):
    return dict.fromkeys(ROLES, status)


def signed_in(status, *, anonymous=LOGIN, **overrides):
    expected = {role: status for role in ROLES}
    expected["anonymous"] = anonymous
    expected.update(overrides)
    return expected


def check_row(client, user, row, objects, role):
    url = row.url.format(**objects)
    if user is not None:
        client.force_login(user)
    expected = row.expected[role]
    call = getattr(client, row.method)
    if expected in (DENIED, LOGIN):
        response = call(url, row.data, follow=True)
        if expected == DENIED:
            assert response.status_code == 403, (url, role, response.redirect_chain)
        else:
            assert response.redirect_chain, (url, role, response.status_code)
            assert response.redirect_chain[-1][0].startswith("/compte/login/"), (url, role)
        return
    response = call(url, row.data)
    if expected == ADMIN_REFUSED:
        assert response.status_code == 302, (url, role, response.status_code)
        assert response["Location"] == "/admin/", (url, role, response["Location"])
    else:
        assert response.status_code == expected, (url, role, response.status_code)


# Every query parameter a view of Repères reads (forms' fields and request.GET lookups); the
# NUL test puts a NUL character in each, and in the path.
QUERY_PARAMETERS = (
    "q", "page", "next", "code", "statut", "status", "creneau", "metier", "organisation",
    "site", "job_role", "kind", "issued_from", "issued_to", "date_from", "date_to",
    "arrondissement", "situation", "category", "person_email", "slot", "module", "path",
)


def nul_variants(url):
    """The URL with a NUL in its path, in each of its own query parameters in turn, and in
    every parameter that some view reads, all at once."""
    path, _, query = url.partition("?")
    params = [pair.split("=", 1) for pair in query.split("&") if pair]
    head, _, last = path.rstrip("/").rpartition("/")
    yield f"{head}/{last}%00/" + (f"?{query}" if query else "")
    for name, *_value in params:
        others = "&".join(f"{n}={v[0] if v else ''}" for n, *v in params if n != name)
        yield f"{path}?{others}&{name}=a%00b" if others else f"{path}?{name}=a%00b"
    yield f"{path}?" + "&".join(f"{name}=a%00b" for name in QUERY_PARAMETERS)


def check_nul(client, user, row, objects):
    """A NUL character anywhere in a request is refused with 400, never a 500 (#12, item 9)."""
    client.logout()
    if user is not None:
        client.force_login(user)
    url = row.url.format(**objects)
    call = getattr(client, row.method)
    if row.method == "post":
        for name in [*row.data, "champ"]:
            data = {**row.data, name: "valeur\x00cachée"}
            response = call(url, data)
            assert response.status_code == 400, (url, name, response.status_code)
    for variant in nul_variants(url):
        response = call(variant, row.data)
        assert response.status_code == 400, (variant, response.status_code)
