from django import template

from core.csp import nonce_attribute

register = template.Library()


@register.simple_tag
def csp_nonce():
    """` nonce="…"` for an inline <script>: `<script{% csp_nonce %}>`."""
    return nonce_attribute()
