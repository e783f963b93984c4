"""The panels of a person's home ("Mon espace").

Each app above accounts adds its own through the Wagtail hook HOOK: a function of the request
that returns a HomePanel, or None to show nothing. So the home says what to do next (modules
due, the next session, certificates) without accounts importing the apps that know it.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK = "reperes_home_panels"


@dataclass
class HomePanel:
    order: int  # smaller first
    template: str  # rendered with `panel` (the context below) and the page's context
    context: dict = field(default_factory=dict)


def panels(request):
    found = [panel for make in hooks.get_hooks(HOOK) if (panel := make(request)) is not None]
    return sorted(found, key=lambda panel: panel.order)
