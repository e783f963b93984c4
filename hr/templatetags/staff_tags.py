"""The person page's small forms that a view of their own answers (hr/includes)."""

from django import template

from ..forms import CompleteEmailForm

register = template.Library()


@register.simple_tag
def complete_email_form(form=None):
    """The form of hr/includes/person_complete_email.html: `form` when a page shows it again
    with its errors, an empty one otherwise."""
    return form or CompleteEmailForm()
