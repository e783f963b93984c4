"""Personal-data export and account deletion, gathered across apps.

Each app that holds data about a person registers a function with the Wagtail hook HOOK
(in its `wagtail_hooks.py`) returning a PersonalData: how to export it (for the JSON export)
and, if it stores personal data to erase, how to erase it. accounts never imports the apps
above it: they come to it, as for the home's panels (accounts.home).
"""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

HOOK = "reperes_personal_data"


@dataclass(frozen=True)
class PersonalData:
    section: str  # its key in the JSON export
    export: Callable  # export(user) -> JSON-serialisable
    erase: Callable | None = None  # erase(user), run on deletion


def sections():
    return [make() for make in hooks.get_hooks(HOOK)]


def export(user):
    return {data.section: data.export(user) for data in sections()}


def erase(user):
    for data in sections():
        if data.erase is not None:
            data.erase(user)
