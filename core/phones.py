"""Emergency numbers in a text become links that call them: "appelez le 15" is tapped on a phone.

The numbers are those of the programme settings (15, 112, 17, 18, 114, 3114 in the demo),
read once per content version. Only running text is touched: never inside a tag, a link, a
button or a heading, and never a date, an hour, an age or a larger number ("le 15 mai",
"18 h", "18 ans", "15 000").
"""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from .cache import versioned

FALLBACK = ("15", "112", "3114")
# Words after a number that make it something else than a phone number.
NOT_A_PHONE = (r"\s?(?:\d|h\b|heures?|min|ans?\b|%|e\b|er\b|ème|jours?|mois|janvier|février|mars|"
               r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|years?|hours?)")
SKIPPED = {"a", "button", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
           "title", "textarea", "option"}
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")


def emergency_numbers():
    """The numbers of the default site's programme settings, without spaces."""

    def read():
        from wagtail.models import Site

        from .models import ProgrammeSettings

        site = Site.objects.filter(is_default_site=True).first()
        blocks = ProgrammeSettings.for_site(site).emergency_numbers if site else []
        numbers = [block.value["number"].replace(" ", "") for block in blocks]
        return tuple(number for number in numbers if number.isdigit()) or FALLBACK

    return versioned("emergency-numbers", read)


def _pattern(numbers):
    alternatives = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    return re.compile(rf"(?<![\w/.,:+-])({alternatives})(?!\w|[.,/-]\d|{NOT_A_PHONE})")


def _link(text, pattern):
    return pattern.sub(lambda m: f'<a class="phone" href="tel:{m.group(1)}">{m.group(1)}</a>',
                       text)


def link_phone_numbers(value):
    """`value` (text, or safe HTML) with its emergency numbers as tel: links, as safe HTML."""
    html = str(conditional_escape(value))
    pattern = _pattern(emergency_numbers())
    out, depth, position = [], 0, 0
    for tag in TAG.finditer(html):
        text = html[position:tag.start()]
        out.append(_link(text, pattern) if depth == 0 else text)
        out.append(tag.group())
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name in SKIPPED and not self_closing:
            depth += -1 if closing else 1
            depth = max(depth, 0)
        position = tag.end()
    rest = html[position:]
    out.append(_link(rest, pattern) if depth == 0 else rest)
    return mark_safe("".join(out))  # noqa: S308 (escaped above, or already safe HTML)

