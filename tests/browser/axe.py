"""Accessibility checks with axe-core, run inside the page by axe-playwright-python."""

from axe_playwright_python.sync_playwright import Axe

MAX_TARGETS = 3

_axe = Axe()


def format_violations(violations):
    lines = []
    for violation in violations:
        nodes = violation.get("nodes", [])
        targets = [" ".join(map(str, node.get("target", []))) for node in nodes[:MAX_TARGETS]]
        more = f" (+{len(nodes) - MAX_TARGETS} more)" if len(nodes) > MAX_TARGETS else ""
        lines.append(
            f"- {violation['id']} [{violation.get('impact') or 'n/a'}] {violation['help']}\n"
            f"    {violation.get('helpUrl', '')}\n"
            f"    on: {', '.join(targets)}{more}"
        )
    return "\n".join(lines)


# Wagtail's userbar (on the pages of someone who may use the admin) runs its own axe-core as
# the page loads; two runs at once are refused.
AXE_IDLE = "() => !(window.axe && window.axe._running)"


def _run(page, context):
    page.wait_for_function(AXE_IDLE)
    try:
        return _axe.run(page, context=context)
    except Exception as error:  # started between the wait and ours: wait, and once more
        if "Axe is already running" not in str(error):
            raise
        page.wait_for_function(AXE_IDLE)
        return _axe.run(page, context=context)


def assert_accessible(page, *, context=None):
    """Fail with a readable list when axe-core finds any violation on the current page.

    Default rule set: WCAG 2.0/2.1 A and AA plus axe's best practices.
    """
    results = _run(page, context)
    violations = results.response.get("violations", [])
    if violations:
        raise AssertionError(
            f"{len(violations)} accessibility violation(s) on {page.url}:\n"
            + format_violations(violations)
        )
