from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("mes-attestations/", views.my_certificates, name="mine"),
    path("attestations/<str:code>/pdf/", views.download, name="download"),
    path("verifier/", views.verify_form, name="verify_form"),
    path("verifier/<str:code>/", views.verify, name="verify"),
]
