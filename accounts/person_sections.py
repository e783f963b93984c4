"""Sections that other apps add to the HR page of a person (training, sessions…).

Each app registers, in its `AppConfig.ready()`, a function `build(person, viewer)` returning
the context of its section (or None to leave it out) and the template that renders it:
accounts never imports the apps above it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class PersonSectionRegistry:
    sections: dict[str, tuple[int, str, Callable]] = field(default_factory=dict)

    def register(self, key, *, template, build, order=100):
        self.sections[key] = (order, template, build)

    def build(self, person, viewer):
        """The sections of `person`'s page as `viewer` may see them, in order."""
        built = []
        for _order, template, build in sorted(self.sections.values(), key=lambda s: s[0]):
            context = build(person, viewer)
            if context is not None:
                built.append({"template": template, **context})
        return built


registry = PersonSectionRegistry()
