from wagtail import hooks

from accounts import privacy
from accounts.home import HOOK, HomePanel

from . import services
from .privacy import erase_decisions, export_progress


@hooks.register(HOOK)
def next_steps_panel(request):
    """On the home: what is assigned and not done, then the modules left halfway."""
    if request.user.organisation_id is None:
        return None  # the coordination, the editors: no training asked of them
    return HomePanel(10, "courses/includes/home_next_steps.html",
                     {"steps": services.next_steps(request.user)})


@hooks.register(privacy.HOOK)
def personal_data():
    return privacy.PersonalData("progression_modules", export=export_progress,
                                erase=erase_decisions)
