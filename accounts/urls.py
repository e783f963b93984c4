from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("compte/", views.dashboard, name="dashboard"),
    path("compte/profil/", views.profile, name="profile"),
    path("compte/mes-donnees/", views.privacy, name="privacy"),
    path("compte/mes-donnees/export.json", views.export_data, name="export"),
    path("compte/supprimer/", views.delete_account, name="delete"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
