from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("mon-parcours/", views.dashboard, name="dashboard"),
]
