from core.content_blocks import resolve_slugs


class Run:
    def __init__(self):
        self.errors = []

    def error(self, path, field, message):
        self.errors.append((path, field, message))


def test_known_slugs_give_their_objects_in_order():
    run = Run()
    assert resolve_slugs(run, "p.md", "related", ["b", "a"], {"a": 1, "b": 2},
                         "chapitres inconnus") == [2, 1]
    assert resolve_slugs(run, "p.md", "related", None, {}, "chapitres inconnus") == []
    assert run.errors == []


def test_an_unknown_slug_is_reported_and_nothing_is_resolved():
    run = Run()
    assert resolve_slugs(run, "p.md", "x.situations", ["a", "zz"], {"a": 1},
                         "situations inconnues") is None
    assert run.errors == [("p.md", "x.situations", "situations inconnues : ['zz']")]
