"""Personal-data export and account deletion, gathered across apps.

Each app registers, in its `AppConfig.ready()`, a function that returns the person's data
it holds (for the JSON export) and, if it stores personal data, one that erases it.
accounts never imports the apps above it: they come to it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class PrivacyRegistry:
    exporters: dict[str, Callable] = field(default_factory=dict)
    erasers: dict[str, Callable] = field(default_factory=dict)

    def register(self, section, *, export, erase=None):
        """`export(user) -> JSON-serialisable`; `erase(user) -> None`, run on deletion."""
        self.exporters[section] = export
        if erase is not None:
            self.erasers[section] = erase

    def export(self, user):
        return {section: export(user) for section, export in self.exporters.items()}

    def erase(self, user):
        for erase in self.erasers.values():
            erase(user)


registry = PrivacyRegistry()
