from django.urls import path

from . import views

app_name = "scheduling"

urlpatterns = [
    path("sessions/", views.session_list, name="list"),
    path("sessions/<int:pk>/", views.session_detail, name="detail"),
    path("sessions/<int:pk>/inscription/", views.register, name="register"),
    path("sessions/<int:pk>/annulation/", views.cancel, name="cancel"),
    path("sessions/<int:pk>/session.ics", views.session_ics, name="ics"),
    path("sessions/<int:pk>/pointage/", views.check_in_code, name="check_in_code"),
    path("sessions/<int:pk>/pointage/<str:token>/", views.check_in, name="check_in"),
    path("mes-sessions/", views.my_sessions, name="mine"),
    path("mes-sessions/calendrier/renouveler/", views.renew_feed, name="renew_feed"),
    path("calendrier/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
