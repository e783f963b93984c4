from django.urls import path

from . import views

app_name = "offline"

urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("hors-ligne/", views.offline_page, name="page"),
    path("hors-ligne/contenu.json", views.contents, name="contents"),
    path("hors-ligne/regles.json", views.rules_data, name="rules"),
    path("hors-ligne/module/<int:module_id>/", views.module_package, name="module"),
    path("hors-ligne/envoi/", views.send, name="send"),
]
