from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("mes-attestations/", views.my_certificates, name="mine"),
    path("attestations/<str:code>/pdf/", views.download, name="download"),
    path("espace-rh/attestations/", views.hr_certificates, name="hr_list"),
    path("espace-rh/attestations/<str:code>/nom/", views.hr_correct_name,
         name="hr_correct_name"),
    path("espace-rh/attestations/export/<int:pk>/", views.hr_export, name="hr_export"),
    path("espace-rh/attestations/export/<int:pk>/zip/", views.hr_export_download,
         name="hr_export_download"),
    path("formateur/sessions/<int:pk>/attestations/", views.trainer_certificates,
         name="trainer_list"),
    path("formateur/sessions/<int:pk>/attestations/<str:code>/pdf/", views.trainer_download,
         name="trainer_download"),
    path("formateur/sessions/<int:pk>/attestations/<str:code>/reemettre/",
         views.trainer_reissue, name="trainer_reissue"),
    path("verifier/", views.verify_form, name="verify_form"),
    path("verifier/<str:code>/", views.verify, name="verify"),
]
