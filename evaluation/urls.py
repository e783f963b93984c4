from django.urls import path

from . import review_views, views

app_name = "evaluation"

urlpatterns = [
    path("questionnaires/<int:pk>/<str:subject_kind>/<int:subject_pk>/<str:moment>/",
         views.answer, name="answer"),
    path("questionnaires-par-courriel/", views.email_preference, name="email_preference"),
    path("questionnaires-par-courriel/arret/<str:token>/", views.optout, name="optout"),
    path("recherche/resultats/", views.results, name="results"),
    path("recherche/resultats/reponses.csv", views.results_csv, name="results_csv"),
    path("recherche/commentaires/", review_views.comments, name="comments"),
    path("recherche/commentaires/<uuid:pk>/publier/", review_views.comment_publish,
         name="comment_publish"),
    path("recherche/commentaires/<uuid:pk>/modifier/", review_views.comment_edit,
         name="comment_edit"),
    path("recherche/commentaires/<uuid:pk>/ecarter/", review_views.comment_withdraw,
         name="comment_withdraw"),
]
