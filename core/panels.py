"""Panels shown on a subject's own page (an awareness session, a module, a learning path).

Scheduling and courses sit below the apps that have something to say about their subjects
(evaluation's questionnaires, for one): each of those registers, through the Wagtail hook
HOOK, a function of (request, subject_kind, subject) returning a SubjectPanel, or None to show
nothing. The pages render them with `{% subject_panels "session" session %}` (core_panels).
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK = SUBJECT_PANELS_HOOK = "reperes_subject_panels"
SUBJECT_KINDS = ("session", "module", "path")


@dataclass
class SubjectPanel:
    order: int  # smaller first
    template: str  # rendered with `panel` (the context below) and the page's context
    context: dict = field(default_factory=dict)


def panels(request, subject_kind, subject):
    """The panels of the apps that have something for this subject, in their order."""
    if request is None or subject is None:
        return []
    found = [panel for make in hooks.get_hooks(HOOK)
             if (panel := make(request, subject_kind, subject)) is not None]
    return sorted(found, key=lambda panel: panel.order)
