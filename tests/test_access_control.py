"""Every URL, every role. Add a row for each new URL."""

import pytest

from tests.access import (
    ADMIN_REFUSED,
    DENIED,
    ROLES,
    Row,
    build_objects,
    check_nul,
    check_row,
    everyone,
    signed_in,
)

HR_ONLY = {"learner": 403, "trainer": 403, "editor": 403, "hr_other": 200}
ADMIN_ONLY = {"learner": DENIED, "hr_same": DENIED, "hr_other": DENIED}
COORDINATOR_ONLY_IN_ADMIN = {**ADMIN_ONLY, "trainer": ADMIN_REFUSED, "editor": ADMIN_REFUSED}

ROWS = [
    # Public site
    Row("/", everyone(200)),
    Row("/a-propos/", everyone(200)),
    Row("/mentions-legales/", everyone(200)),
    Row("/confidentialite/", everyone(200)),
    Row("/accessibilite/", everyone(200)),
    Row("/page-qui-n-existe-pas/", everyone(404)),
    Row("/health/", everyone(200)),
    # The guide: public, the same for everyone
    Row("/guide/", everyone(200)),
    Row("/guide/reperer-signaux-faibles/", everyone(200)),
    Row("/guide/reperer-signaux-faibles/pdf/", everyone(200)),
    Row("/guide/pdf/", everyone(200)),
    Row("/guide/recherche/?q=incurie", everyone(200)),
    Row("/guide/glossaire/", everyone(200)),
    Row("/guide/contacts/", everyone(200)),
    Row("/guide/contacts/?arrondissement=20&situation=incurie", everyone(200)),
    Row("/guide/signaux-faibles/", everyone(200)),
    Row("/guide/signaux-faibles/", everyone(200), method="post", data={"life": ["noise"]}),
    Row("/guide/chapitre-inexistant/", everyone(404)),
    # The installable app (offline/): public copy for everyone, a module's package and the
    # sending of what was done offline for people logged in (bad data: 400)
    Row("/sw.js", everyone(200)),
    Row("/manifest.webmanifest", everyone(200)),
    Row("/hors-ligne/", everyone(200)),
    Row("/hors-ligne/contenu.json", everyone(200)),
    Row("/hors-ligne/regles.json", everyone(200)),
    Row("/hors-ligne/module/{module}/", signed_in(200)),
    Row("/hors-ligne/module/999999/", signed_in(404)),
    Row("/hors-ligne/envoi/", signed_in(200)),
    Row("/hors-ligne/envoi/", signed_in(400), method="post", data={"items": "x"}),
    # allauth entry points: open to the anonymous, logged-in people are sent on
    Row("/compte/login/", signed_in(302, anonymous=200)),
    Row("/compte/signup/", signed_in(302, anonymous=200)),
    Row("/compte/login/code/", signed_in(302, anonymous=200)),
    Row("/compte/password/reset/", everyone(200)),
    Row("/compte/password/change/", signed_in(200)),
    Row("/compte/email/", signed_in(200)),
    Row("/compte/2fa/", signed_in(200)),
    # The person's own space
    Row("/compte/", signed_in(200)),
    Row("/compte/profil/", signed_in(200)),
    Row("/compte/mes-donnees/", signed_in(200)),
    # A recent proof of identity first (force_login is not one): allauth's reauthentication
    Row("/compte/mes-donnees/export.json", signed_in(302)),
    Row("/compte/supprimer/", signed_in(200)),
    Row("/compte/supprimer/", signed_in(302), method="post", data={"confirm": "supprimer"}),
    # Someone logged in is asked before being logged out to accept it.
    Row("/invitation/{invitation}/", signed_in(200, anonymous=302)),
    Row("/invitation/{invitation}/", everyone(302), method="post"),
    Row("/invitation/jeton-inconnu/", everyone(404)),
    # Training: the catalogue is public, following a module needs an account
    Row("/formations/", everyone(200)),
    Row("/formations/?metier=gardien", everyone(200)),
    Row("/formations/sensibilisation-gardiens/", everyone(200)),
    Row("/formations/signaux-faibles-logement/", everyone(200)),
    Row("/formations/signaux-faibles-logement/etape/1/", signed_in(200)),
    Row("/formations/signaux-faibles-logement/etape/99/", signed_in(404)),
    # Before the steps are seen, the quiz sends the person back to the steps.
    Row("/formations/signaux-faibles-logement/quiz/", signed_in(302)),
    Row("/formations/signaux-faibles-logement/quiz/{attempt}/",
        signed_in(404, learner=200)),
    Row("/mon-parcours/", signed_in(200)),
    # Certificates: the holder, their organisation's HR and the coordination; public check
    Row("/mes-attestations/", signed_in(200)),
    Row("/attestations/{certificate}/pdf/", signed_in(404, learner=200, hr_same=200,
                                                     coordinator=200)),
    Row("/espace-rh/attestations/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/attestations/?kind=module&issued_from=2026-01-01", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/attestations/export/{export}/",
        signed_in(404, learner=403, trainer=403, editor=403, hr_same=200)),
    Row("/espace-rh/attestations/export/{export}/zip/",
        signed_in(404, learner=403, trainer=403, editor=403)),
    Row("/verifier/", everyone(200)),
    Row("/verifier/{certificate}/", everyone(200)),
    Row("/verifier/CODEINCONNU/", everyone(404)),
    Row("/admin/snippets/certificates/certificate/",
        signed_in(200, **COORDINATOR_ONLY_IN_ADMIN)),
    Row("/admin/snippets/quizzes/quiz/", signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED)),
    # Reviewers review and correct; they do not add pages.
    Row("/admin/pages/add/courses/modulepage/{course_index}/",
        signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED, reviewer=ADMIN_REFUSED)),
    Row("/admin/pages/{module}/edit/", signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED)),
    Row("/admin/snippets/quizzes/quiz/edit/{quiz}/",
        signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED)),
    # HR space: HR of any organisation and the coordinator; objects scoped by organisation
    Row("/espace-rh/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/invitations/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/personnes/{learner}/", signed_in(200, **{**HR_ONLY, "hr_other": 404})),
    Row("/espace-rh/invitations/{invitation_pk}/renvoyer/",
        signed_in(302, **{**HR_ONLY, "hr_other": 404}), method="post"),
    Row("/espace-rh/invitations/{invitation_pk}/renvoyer/", everyone(405)),
    Row("/espace-rh/invitations/{invitation_pk}/annuler/",
        signed_in(302, **{**HR_ONLY, "hr_other": 404}), method="post"),
    # HR dashboard, exports, import, assignments: objects of organisation A; 404 for B's HR
    Row("/espace-rh/tableau-de-bord/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/tableau-de-bord/?site=Nord&job_role=gardien&status=overdue&q=a",
        signed_in(200, **HR_ONLY)),
    Row("/espace-rh/tableau-de-bord/suivi.csv", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/tableau-de-bord/suivi.xlsx?status=overdue", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/tableau-de-bord/presences.csv", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/tableau-de-bord/presences.xlsx?job_role=gardien",
        signed_in(200, **HR_ONLY)),
    Row("/espace-rh/exports/{export_job}/",
        signed_in(404, learner=403, trainer=403, editor=403, hr_same=200)),
    Row("/espace-rh/exports/{export_job}/telecharger/",
        signed_in(404, learner=403, trainer=403, editor=403, hr_same=200)),
    Row("/espace-rh/exports/999999/", signed_in(404, learner=403, trainer=403, editor=403)),
    Row("/espace-rh/import/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/import/{batch}/", signed_in(200, **{**HR_ONLY, "hr_other": 404})),
    Row("/espace-rh/import/{batch}/confirmer/",
        signed_in(302, **{**HR_ONLY, "hr_other": 404}), method="post"),
    Row("/espace-rh/import/{batch}/confirmer/", everyone(405)),
    Row("/espace-rh/import/{batch}/abandonner/",
        signed_in(302, **{**HR_ONLY, "hr_other": 404}), method="post"),
    Row("/espace-rh/affectations/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/affectations/{assignment}/supprimer/",
        signed_in(302, **{**HR_ONLY, "hr_other": 404}), method="post"),
    Row("/espace-rh/affectations/{assignment}/supprimer/", everyone(405)),
    # Programme indicators: the coordination only
    Row("/espace-rh/indicateurs/", signed_in(403, coordinator=200)),
    Row("/espace-rh/indicateurs/?date_from=2026-01-01&date_to=2026-06-30",
        signed_in(403, coordinator=200)),
    Row("/espace-rh/indicateurs/indicateurs.csv", signed_in(403, coordinator=200)),
    # Wagtail admin: trainers, editors and the coordinator; never learners or HR
    Row("/admin/", signed_in(200, **ADMIN_ONLY)),
    # A clinical reviewer is sent to the part of the tree they review.
    Row("/admin/pages/", signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED, reviewer=302)),
    Row("/admin/snippets/accounts/organisation/", signed_in(200, **COORDINATOR_ONLY_IN_ADMIN)),
    Row("/admin/settings/core/programmesettings/",
        signed_in(302, **COORDINATOR_ONLY_IN_ADMIN)),
    Row("/admin/users/", signed_in(200, **COORDINATOR_ONLY_IN_ADMIN)),
    # Reviewers review and correct; they do not add pages.
    Row("/admin/pages/add/guide/guidechapterpage/{guide}/",
        signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED, reviewer=ADMIN_REFUSED)),
    Row("/admin/pages/{chapter}/edit/", signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED)),
    Row("/admin/snippets/guide/contact/",
        signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED, reviewer=ADMIN_REFUSED)),
    Row("/admin/snippets/guide/glossaryterm/",
        signed_in(200, **ADMIN_ONLY, trainer=ADMIN_REFUSED, reviewer=ADMIN_REFUSED)),
    # Django admin: superusers only
    Row("/django-admin/", signed_in(DENIED)),
    Row("/admin/login/", signed_in(302, learner=403, hr_same=403, hr_other=403)),
    Row("/django-admin/login/", signed_in(403)),
]


@pytest.fixture
def objects(users_by_role, site):
    return build_objects(users_by_role)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], row, objects, role)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_nul_characters_are_refused(client, users_by_role, objects, row):
    check_nul(client, users_by_role["coordinator"], row, objects)
