"""The trainer's pages, under /formateur/ (sessions are scheduled in the Wagtail admin)."""

from django.urls import path

from .views import certificates, evaluation, room

app_name = "trainer"

urlpatterns = [
    path("", room.home, name="home"),
    path("sessions/<int:pk>/", room.session_detail, name="session"),
    path("sessions/<int:pk>/presence/", room.mark, name="mark"),
    path("sessions/<int:pk>/tous-presents/", room.mark_all, name="mark_all"),
    path("sessions/<int:pk>/sans-inscription/", room.walk_in, name="walk_in"),
    path("sessions/<int:pk>/qr/", room.qr, name="qr"),
    path("sessions/<int:pk>/pointages.json", room.checkins, name="checkins"),
    path("sessions/<int:pk>/emargement.pdf", room.sign_in_sheet, name="sign_in_sheet"),
    path("sessions/<int:pk>/cloturer/", room.close, name="close"),
    path("sessions/<int:pk>/attestations/", certificates.certificate_list, name="certificates"),
    path("sessions/<int:pk>/attestations/<str:code>/pdf/", certificates.certificate_download,
         name="certificate_download"),
    path("sessions/<int:pk>/attestations/<str:code>/reemettre/",
         certificates.certificate_reissue, name="certificate_reissue"),
    path("sessions/<int:pk>/evaluation/", evaluation.session_results, name="evaluation"),
]
