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
    path("espace-rh/", views.hr_home, name="hr_home"),
    path("espace-rh/personnes/<int:pk>/", views.hr_person, name="hr_person"),
    path("espace-rh/invitations/", views.hr_invitations, name="hr_invitations"),
    path("espace-rh/invitations/<int:pk>/renvoyer/", views.hr_resend_invitation,
         name="hr_resend_invitation"),
    path("espace-rh/invitations/<int:pk>/annuler/", views.hr_revoke_invitation,
         name="hr_revoke_invitation"),
]
