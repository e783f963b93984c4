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
