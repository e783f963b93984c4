"""Every scheduling URL, every role (see tests/access.py for the notation)."""


import pytest

from tests.access import (
    ADMIN_REFUSED,
    DENIED,
    ROLES,
    Row,
    build_scheduling_objects,
    check_nul,
    check_row,
    everyone,
    signed_in,
)

TRAINERS = {"learner": 403, "hr_same": 403, "hr_other": 403, "editor": 403}
HR_ONLY = {"learner": 403, "trainer": 403, "editor": 403}

ROWS = [
    # Learners: sessions open to them, their registration, their calendar
    Row("/sessions/", signed_in(200)),
    Row("/sessions/{session}/", signed_in(200)),
    # Reserved to organisation A and without trainers: B, the care team and the editor see nothing.
    Row("/sessions/{session_a}/", signed_in(200, trainer=404, hr_other=404, editor=404)),
    Row("/sessions/{session}/inscription/", signed_in(302), method="post"),
    Row("/sessions/{session}/inscription/", everyone(405)),
    Row("/sessions/{session}/annulation/", signed_in(404, learner=302), method="post"),
    Row("/sessions/{session}/session.ics", signed_in(200)),
    Row("/sessions/{session_a}/session.ics", signed_in(200, trainer=404, hr_other=404,
                                                        editor=404)),
    # Check-in, during the slot: only the registered learner sees the session and is checked
    # in; the others are told they are not registered (403) and shown nothing of it.
    Row("/sessions/{session_now}/pointage/{token_now}/", signed_in(403, learner=200)),
    # Confirming without having opened the code in one's own session: expired (400).
    Row("/sessions/{session_now}/pointage/{token_now}/", signed_in(403, learner=400),
        method="post"),
    Row("/sessions/{session}/pointage/pas-un-code/", signed_in(400)),
    Row("/sessions/{session}/pointage/pas-un-code/", signed_in(400), method="post"),
    Row("/mes-sessions/", signed_in(200)),
    Row("/mes-sessions/calendrier/renouveler/", signed_in(302), method="post"),
    Row("/calendrier/{feed}.ics", everyone(200)),
    Row("/calendrier/jeton-inconnu.ics", everyone(404)),
    # Trainers of the session and the coordination
    Row("/formateur/", signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session}/", signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session_a}/", signed_in(404, **TRAINERS, coordinator=200)),
    Row("/formateur/sessions/{session}/presence/", everyone(405)),
    Row("/formateur/sessions/{session}/presence/", signed_in(302, **TRAINERS), method="post",
        data={"registration": "{registration}", "slot": "{slot}", "status": "present"}),
    # A correction after the closing that revokes a certificate is shown first (200).
    Row("/formateur/sessions/{session_closed}/presence/", signed_in(200, **TRAINERS),
        method="post", data={"registration": "{registration_closed}", "slot": "{slot_closed}",
                             "status": "absent"}),
    Row("/formateur/sessions/{session_closed}/presence/", signed_in(302, **TRAINERS),
        method="post", data={"registration": "{registration_closed}", "slot": "{slot_closed}",
                             "status": "absent", "confirm": "on"}),
    Row("/formateur/sessions/{session}/sans-inscription/", signed_in(400, **TRAINERS),
        method="post", data={"email": "pas-une-adresse"}),
    Row("/formateur/sessions/{session}/qr/", signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session}/emargement.pdf", signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session_a}/emargement.pdf",
        signed_in(404, **TRAINERS, coordinator=200)),
    # Closing asks first (how many are not marked), then closes once confirmed.
    Row("/formateur/sessions/{session}/cloturer/", signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session}/cloturer/", signed_in(200, **TRAINERS), method="post"),
    Row("/formateur/sessions/{session}/cloturer/", signed_in(302, **TRAINERS), method="post",
        data={"confirm": "on"}),
    Row("/formateur/sessions/{session}/attestations/", signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session}/attestations/{certificate}/pdf/",
        signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session_a}/attestations/{certificate}/pdf/",
        signed_in(404, **TRAINERS)),
    Row("/formateur/sessions/{session}/attestations/{certificate}/reemettre/",
        signed_in(302, **TRAINERS), method="post"),
    # HR of the holder's organisation and the coordination correct the name on a certificate
    Row("/espace-rh/attestations/{certificate}/nom/", signed_in(200, **HR_ONLY, hr_other=404)),
    Row("/espace-rh/attestations/{certificate}/nom/", signed_in(302, **HR_ONLY, hr_other=404),
        method="post", data={"name": "Prénom Corrigé", "reason": "Faute de frappe."}),
    Row("/espace-rh/attestations/CODEINCONNU/nom/", signed_in(404, **HR_ONLY)),
    # HR: sessions open to their organisation; only their own staff's registrations
    Row("/espace-rh/sessions/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/sessions/{session}/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/sessions/{session_a}/", signed_in(200, **HR_ONLY, hr_other=404)),
    Row("/espace-rh/sessions/{session}/", signed_in(302, **HR_ONLY, hr_other=400),
        method="post", data={"people": "{hr_a_staff}"}),
    Row("/espace-rh/sessions/{session}/inscriptions/{registration}/annuler/",
        signed_in(302, **HR_ONLY, hr_other=404), method="post"),
    # The admin: trainers and the coordination
    Row("/admin/sessions/", signed_in(200, learner=DENIED, hr_same=DENIED, hr_other=DENIED,
                                      editor=ADMIN_REFUSED)),
    Row("/admin/sessions/edit/{session}/", signed_in(200, learner=DENIED, hr_same=DENIED,
                                                     hr_other=DENIED, editor=ADMIN_REFUSED)),
]


@pytest.fixture
def objects(users_by_role, org_a):
    return build_scheduling_objects(users_by_role, org_a)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_access(client, users_by_role, objects, row, role):
    row = Row(row.url, row.expected, row.method,
              {k: v.format(**objects) for k, v in row.data.items()})
    check_row(client, users_by_role[role], row, objects, role)


def test_rows_cover_every_scheduling_url():
    from django.urls import get_resolver

    covered = {row.url.split("{")[0].rstrip("/") for row in ROWS}
    patterns = [p for p in get_resolver().url_patterns
                if getattr(p, "urlconf_name", None) and getattr(
                    p.urlconf_name, "__name__", "") == "scheduling.urls"]
    assert patterns
    for pattern in patterns[0].url_patterns:
        prefix = "/" + str(pattern.pattern).split("<")[0].rstrip("/")
        assert any(url.startswith(prefix) for url in covered), prefix



@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_nul_characters_are_refused(client, users_by_role, objects, row):
    row = Row(row.url, row.expected, row.method,
              {k: v.format(**objects) for k, v in row.data.items()})
    check_nul(client, users_by_role["coordinator"], row, objects)
