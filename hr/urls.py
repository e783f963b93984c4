"""Every page of the HR space, under /espace-rh/."""

from django.urls import path

from .views import (
    assignments,
    certificates,
    dashboard,
    evaluation,
    imports,
    indicators,
    people,
    sessions,
    staff,
    team,
)

app_name = "hr"

urlpatterns = [
    # Staff and invitations
    path("", staff.home, name="home"),
    path("personnes/<int:pk>/", staff.person_detail, name="person"),
    path("personnes/<int:pk>/adresse/", staff.person_complete_email,
         name="person_complete_email"),
    path("personnes/<int:pk>/fiche/", people.person_details, name="person_details"),
    path("personnes/<int:pk>/desactiver/", people.person_deactivate, name="person_deactivate"),
    path("personnes/<int:pk>/reactiver/", people.person_reactivate, name="person_reactivate"),
    path("personnes/<int:pk>/renvoyer-invitation/", people.person_invitation_resend,
         name="person_invitation_resend"),
    path("invitations/", staff.invitations, name="invitations"),
    path("invitations/<int:pk>/renvoyer/", staff.invitation_resend, name="invitation_resend"),
    path("invitations/<int:pk>/annuler/", staff.invitation_revoke, name="invitation_revoke"),
    # Dashboard and exports
    path("tableau-de-bord/", dashboard.dashboard, name="dashboard"),
    path("tableau-de-bord/suivi.csv", dashboard.export_matrix, {"extension": "csv"},
         name="export_csv"),
    path("tableau-de-bord/suivi.xlsx", dashboard.export_matrix, {"extension": "xlsx"},
         name="export_xlsx"),
    path("tableau-de-bord/presences.csv", dashboard.export_attendance, {"extension": "csv"},
         name="attendance_csv"),
    path("tableau-de-bord/presences.xlsx", dashboard.export_attendance, {"extension": "xlsx"},
         name="attendance_xlsx"),
    path("exports/<int:pk>/", dashboard.export_job, name="export_job"),
    path("exports/<int:pk>/telecharger/", dashboard.export_download, name="export_download"),
    # Staff import
    path("import/", imports.import_upload, name="import_upload"),
    path("import/modele.csv", imports.import_template, {"extension": "csv"},
         name="import_template_csv"),
    path("import/modele.xlsx", imports.import_template, {"extension": "xlsx"},
         name="import_template_xlsx"),
    path("import/<int:pk>/", imports.import_preview, name="import_preview"),
    path("import/<int:pk>/lignes-rejetees.csv", imports.import_rejected, {"extension": "csv"},
         name="import_rejected"),
    path("import/<int:pk>/lignes-rejetees.xlsx", imports.import_rejected,
         {"extension": "xlsx"}, name="import_rejected"),
    path("import/<int:pk>/confirmer/", imports.import_confirm, name="import_confirm"),
    path("import/<int:pk>/abandonner/", imports.import_cancel, name="import_cancel"),
    # Assignments
    path("affectations/", assignments.assignment_list, name="assignments"),
    path("affectations/<int:pk>/supprimer/", assignments.assignment_delete,
         name="assignment_delete"),
    # Sessions
    path("sessions/", sessions.session_list, name="sessions"),
    path("sessions/<int:pk>/", sessions.session_detail, name="session"),
    path("sessions/<int:pk>/inscriptions/<int:registration_pk>/annuler/",
         sessions.session_cancel, name="session_cancel"),
    # Certificates
    path("attestations/", certificates.certificate_list, name="certificates"),
    path("attestations/<str:code>/nom/", certificates.certificate_correct_name,
         name="certificate_correct_name"),
    path("attestations/export/<int:pk>/", certificates.certificates_export,
         name="certificates_export"),
    path("attestations/export/<int:pk>/zip/", certificates.certificates_export_download,
         name="certificates_export_download"),
    # A team leader's own team, read-only
    path("mon-equipe/", team.team, name="team"),
    path("mon-equipe/<int:pk>/", team.team_member, name="team_member"),
    # Anonymous questionnaires: participation and satisfaction above the threshold
    path("questionnaires/", evaluation.questionnaires, name="questionnaires"),
    # The coordination's indicators
    path("indicateurs/", indicators.indicators, name="indicators"),
    path("indicateurs/indicateurs.csv", indicators.indicators_csv, name="indicators_csv"),
]
