"""The "signaux faibles" decision aid: from observed facts to whom to call, and in what order.

The signs, safety levels and rules are data (content/guide/decision.yaml), read once per
process; ``orient`` is a pure function of the ticked signs. Nothing is stored or logged. The
result starts with the most urgent level reached, then gives the rest.
"""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

FILE = "guide/decision.yaml"


@dataclass(frozen=True)
class Sign:
    key: str
    label: str


@dataclass(frozen=True)
class SignGroup:
    key: str
    legend: str
    signs: tuple


@dataclass(frozen=True)
class Rule:
    key: str
    level: str
    title: str
    actions: tuple
    contacts: tuple
    any: frozenset = frozenset()
    all: frozenset = frozenset()
    at_least: int = 1
    unless: tuple = ()
    lookup: str = ""

    def matches(self, signs):
        if self.all and not self.all <= signs:
            return False
        return not self.any or len(self.any & signs) >= self.at_least


@dataclass(frozen=True)
class Rules:
    levels: tuple        # (key, label), most urgent first
    groups: tuple
    rules: tuple
    cases: tuple
    review_note: str = ""

    @property
    def signs(self):
        return {sign.key: sign for group in self.groups for sign in group.signs}

    def level_label(self, key):
        return dict(self.levels)[key]


@dataclass
class Orientation:
    """One rule that applies: its level, what to do, whom to call (directory slugs)."""

    level: str
    level_label: str
    key: str
    title: str
    actions: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    lookup: str = ""


class RulesError(ValueError):
    pass


def parse(data, source=FILE):
    """Rules from the YAML data; RulesError names the first inconsistency."""
    def fail(message):
        raise RulesError(f"{source} : {message}")

    if not isinstance(data, dict):
        fail("le fichier doit contenir levels, groups, rules et cases")
    levels = tuple((item["key"], item["label"]) for item in data.get("levels") or [])
    level_keys = [key for key, _ in levels]
    groups = tuple(
        SignGroup(group["key"], group["legend"],
                  tuple(Sign(sign["key"], sign["label"]) for sign in group["signs"]))
        for group in data.get("groups") or [])
    sign_keys = [sign.key for group in groups for sign in group.signs]
    if len(set(sign_keys)) != len(sign_keys):
        fail("un même signe apparaît deux fois")
    rules = []
    for index, item in enumerate(data.get("rules") or []):
        key = item.get("key") or fail(f"rules[{index + 1}] : « key » manque")
        unknown = set(item) - {"key", "level", "when", "title", "actions", "contacts",
                               "unless", "lookup"}
        if unknown:
            fail(f"règle {key} : champs inconnus {sorted(unknown)}")
        if item.get("level") not in level_keys:
            fail(f"règle {key} : niveau « {item.get('level')} » inconnu")
        when = item.get("when") or {}
        if set(when) - {"any", "all", "at_least"} or not (when.get("any") or when.get("all")):
            fail(f"règle {key} : « when » attend any, all ou at_least")
        for sign in [*(when.get("any") or []), *(when.get("all") or [])]:
            if sign not in sign_keys:
                fail(f"règle {key} : signe « {sign} » inconnu")
        if not item.get("title") or not item.get("actions"):
            fail(f"règle {key} : « title » et « actions » sont requis")
        rules.append(Rule(
            key=key, level=item["level"], title=item["title"], actions=tuple(item["actions"]),
            contacts=tuple(item.get("contacts") or ()), any=frozenset(when.get("any") or ()),
            all=frozenset(when.get("all") or ()), at_least=int(when.get("at_least", 1)),
            unless=tuple(item.get("unless") or ()), lookup=item.get("lookup") or ""))
    rule_keys = [rule.key for rule in rules]
    for rule in rules:
        for other in rule.unless:
            if other not in rule_keys:
                fail(f"règle {rule.key} : « unless » nomme une règle inconnue « {other} »")
    cases = tuple(data.get("cases") or ())
    return Rules(levels, groups, tuple(rules), cases, data.get("review_note", ""))


@cache
def load_rules(path=None):
    path = Path(path or Path(settings.CONTENT_DIR) / FILE)
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def orient(selected, rules=None):
    """The Orientations for a set of sign keys, most urgent first (unknown keys ignored)."""
    rules = rules or load_rules()
    signs = set(selected) & set(rules.signs)
    if not signs:
        raise ValueError("at least one sign is needed")
    applying = [rule for rule in rules.rules if rule.matches(signs)]
    keys = {rule.key for rule in applying}
    applying = [rule for rule in applying if not keys & set(rule.unless)]
    order = {key: index for index, (key, _) in enumerate(rules.levels)}
    applying.sort(key=lambda rule: order[rule.level])  # stable: file order within a level
    return [Orientation(rule.level, rules.level_label(rule.level), rule.key, rule.title,
                        list(rule.actions), list(rule.contacts), rule.lookup)
            for rule in applying]
