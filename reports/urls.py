from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("espace-rh/tableau-de-bord/", views.dashboard, name="dashboard"),
    path("espace-rh/tableau-de-bord/suivi.csv", views.export_matrix, {"extension": "csv"},
         name="export_csv"),
    path("espace-rh/tableau-de-bord/suivi.xlsx", views.export_matrix, {"extension": "xlsx"},
         name="export_xlsx"),
    path("espace-rh/tableau-de-bord/presences.csv", views.export_attendance,
         {"extension": "csv"}, name="attendance_csv"),
    path("espace-rh/tableau-de-bord/presences.xlsx", views.export_attendance,
         {"extension": "xlsx"}, name="attendance_xlsx"),
    path("espace-rh/exports/<int:pk>/", views.export_job, name="export_job"),
    path("espace-rh/exports/<int:pk>/telecharger/", views.export_download,
         name="export_download"),
    path("espace-rh/import/", views.import_upload, name="import_upload"),
    path("espace-rh/import/<int:pk>/", views.import_preview, name="import_preview"),
    path("espace-rh/import/<int:pk>/confirmer/", views.import_confirm, name="import_confirm"),
    path("espace-rh/import/<int:pk>/abandonner/", views.import_cancel, name="import_cancel"),
    path("espace-rh/affectations/", views.assignment_list, name="assignments"),
    path("espace-rh/affectations/<int:pk>/supprimer/", views.assignment_delete,
         name="assignment_delete"),
    path("espace-rh/indicateurs/", views.indicators, name="indicators"),
    path("espace-rh/indicateurs/indicateurs.csv", views.indicators_csv, name="indicators_csv"),
]
