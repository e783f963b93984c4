from django.urls import path

from . import views

app_name = "scheduling"

urlpatterns = [
    path("sessions/", views.session_list, name="list"),
    path("sessions/<int:pk>/", views.session_detail, name="detail"),
    path("sessions/<int:pk>/inscription/", views.register, name="register"),
    path("sessions/<int:pk>/annulation/", views.cancel, name="cancel"),
    path("sessions/<int:pk>/session.ics", views.session_ics, name="ics"),
    path("sessions/<int:pk>/pointage/<str:token>/", views.check_in, name="check_in"),
    path("mes-sessions/", views.my_sessions, name="mine"),
    path("mes-sessions/calendrier/renouveler/", views.renew_feed, name="renew_feed"),
    path("calendrier/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("formateur/", views.trainer_home, name="trainer_home"),
    path("formateur/sessions/<int:pk>/", views.attendance, name="attendance"),
    path("formateur/sessions/<int:pk>/presence/", views.mark_attendance, name="mark"),
    path("formateur/sessions/<int:pk>/sans-inscription/", views.walk_in, name="walk_in"),
    path("formateur/sessions/<int:pk>/qr/", views.qr_code, name="qr"),
    path("formateur/sessions/<int:pk>/emargement.pdf", views.sign_in_sheet, name="sign_in_sheet"),
    path("formateur/sessions/<int:pk>/cloturer/", views.close, name="close"),
    path("espace-rh/sessions/", views.hr_sessions, name="hr_sessions"),
    path("espace-rh/sessions/<int:pk>/", views.hr_session, name="hr_session"),
    path("espace-rh/sessions/<int:pk>/inscriptions/<int:registration_pk>/annuler/",
         views.hr_cancel, name="hr_cancel"),
]
