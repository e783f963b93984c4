from django import template
from django.utils.safestring import mark_safe

from core import panels

register = template.Library()


@register.simple_tag(takes_context=True)
def subject_panels(context, subject_kind, subject):
    """`{% subject_panels "module" page %}`: the panels the apps above register for this
    subject (core.panels.HOOK), each rendered with `panel` and the page's context."""
    if subject_kind not in panels.SUBJECT_KINDS:
        raise template.TemplateSyntaxError(f"subject_panels: unknown subject kind {subject_kind!r}")
    found = panels.panels(context.get("request"), subject_kind, subject)
    if not found:
        return ""
    engine = context.template.engine
    parts = []
    for item in found:
        with context.push(panel=item.context):
            parts.append(engine.get_template(item.template).render(context))
    return mark_safe("".join(parts))  # noqa: S308 (rendered templates, escaped by them)
