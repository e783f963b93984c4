from django.urls import path

from . import views

app_name = "evaluation"

urlpatterns = [
    path("questionnaires/<int:pk>/<str:subject_kind>/<int:subject_pk>/<str:moment>/",
         views.answer, name="answer"),
    path("questionnaires-par-courriel/", views.email_preference, name="email_preference"),
    path("questionnaires-par-courriel/arret/<str:token>/", views.optout, name="optout"),
    path("recherche/resultats/", views.results, name="results"),
    path("recherche/resultats/reponses.csv", views.results_csv, name="results_csv"),
]
