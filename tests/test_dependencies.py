"""The apps depend on each other in one direction (README, "Map of the apps"): no module
imports an app above its own, and no template or view links to a page of an app that its own
app may not import. A link is a dependency too: it breaks when the page it names moves."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each app and the apps it may use directly; what those may use, it may use too.
DIRECT = {
    "core": [],
    "accounts": ["core"],
    "guide": ["accounts"],
    "quizzes": ["accounts"],
    "courses": ["quizzes", "guide"],
    "scheduling": ["courses"],
    "certificates": ["scheduling"],
    "evaluation": ["certificates"],
    "reports": ["certificates", "evaluation"],
    "hr": ["reports"],
    "trainer": ["certificates", "evaluation"],
    "offline": ["courses"],
}
APPS = tuple(DIRECT)
# URL namespaces that are not an app's label: the session pages of the Wagtail admin are
# registered by the trainer space.
NAMESPACE_APP = {"sessions": "trainer"}
URL_NAME = re.compile(r"""\{%\s*url\s+["']([a-z_]+):""")
PY_URL_NAME = re.compile(r"""\b(?:reverse|redirect|reverse_lazy)\(\s*["']([a-z_]+):""")


def allowed(app):
    found, todo = set(), list(DIRECT[app])
    while todo:
        dependency = todo.pop()
        if dependency not in found:
            found.add(dependency)
            todo.extend(DIRECT[dependency])
    return found | {app}


def python_files(app):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def imported_apps(path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            if (top := name.split(".")[0]) in APPS:
                yield top, node.lineno


def linked_apps(path, pattern):
    for number, line in enumerate(path.read_text().splitlines(), 1):
        for namespace in pattern.findall(line):
            app = NAMESPACE_APP.get(namespace, namespace)
            if app in APPS:
                yield app, number


def test_the_order_has_no_cycle():
    for app in APPS:
        assert all(app not in allowed(dependency) for dependency in DIRECT[app]), app


@pytest.mark.parametrize("app", APPS)
def test_imports_go_down_only(app):
    wrong = [f"{path.relative_to(ROOT)}:{line} imports {used}"
             for path in python_files(app) for used, line in imported_apps(path)
             if used not in allowed(app)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("app", APPS)
def test_links_go_down_only(app):
    """`{% url %}` in the app's templates, reverse()/redirect() in its code."""
    sources = [(path, URL_NAME) for path in (ROOT / app / "templates").rglob("*.html")]
    sources += [(path, URL_NAME) for path in (ROOT / app / "templates").rglob("*.txt")]
    sources += [(path, PY_URL_NAME) for path in python_files(app)]
    wrong = [f"{path.relative_to(ROOT)}:{line} links to {target}"
             for path, pattern in sources for target, line in linked_apps(path, pattern)
             if target not in allowed(app)]
    assert not wrong, "\n".join(wrong)


def test_the_checks_see_a_wrong_link(tmp_path):
    """The patterns find what they must (a check that finds nothing proves nothing)."""
    page = tmp_path / "page.html"
    page.write_text("""<a href="{% url 'hr:home' %}">\n{% url "trainer:qr" 1 %}""")
    code = tmp_path / "views.py"
    code.write_text("""redirect("hr:dashboard")\nreverse('sessions:edit', args=[1])""")
    assert list(linked_apps(page, URL_NAME)) == [("hr", 1), ("trainer", 2)]
    assert list(linked_apps(code, PY_URL_NAME)) == [("hr", 1), ("trainer", 2)]
    assert "hr" not in allowed("scheduling") and "courses" in allowed("certificates")


def test_every_app_of_ours_is_in_the_order():
    from django.conf import settings

    ours = [app for app in settings.INSTALLED_APPS if (ROOT / app / "apps.py").exists()]
    assert sorted(ours) == sorted(APPS)
