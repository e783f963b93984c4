"""Sessions on the learner's home, the roles' permissions on sessions, the personal data of
registrations. The session pages of the admin are the trainer space's (trainer.session_admin);
who may act on which session is scheduling.permissions."""

from wagtail import hooks

from accounts import groups, privacy
from accounts.home import HOOK, HomePanel

from . import services
from .privacy import erase_registrations, export_registrations


@hooks.register(HOOK)
def next_session_panel(request):
    """On the home: the person's next session, or where to find one."""
    if request.user.organisation_id is None:
        return None
    registration = services.next_registration(request.user)
    return HomePanel(20, "scheduling/includes/home_next_session.html", {
        "registration": registration,
        "position": registration and services.waiting_position(registration)})


@hooks.register(groups.HOOK)
def role_permissions():
    session_perms = ["scheduling.add_awarenesssession", "scheduling.change_awarenesssession",
                     "scheduling.view_awarenesssession"]
    return {"trainer": session_perms,
            "coordinator": [*session_perms, "scheduling.delete_awarenesssession"]}


@hooks.register(privacy.HOOK)
def personal_data():
    return privacy.PersonalData("sessions", export=export_registrations,
                                erase=erase_registrations)
