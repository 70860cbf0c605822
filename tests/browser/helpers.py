"""Checks shared by the browser tests: axe, reflow, and the marker every browser test uses."""

import pytest

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}

# The live server needs committed data, so each browser test runs in a transactional database,
# which is flushed afterwards. Tests build what they need: the `demo` fixture seeds the demo,
# which rebuilds what the migrations made and a flush removed (home page, site, editor groups).
browser_test = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def axe_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return results.response["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = [f"{len(violations)} axe violation(s):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}\n"
            f"  {violation['helpUrl']}"
        )
        for node in violation["nodes"][:10]:
            lines.append(f"    at {' '.join(node['target'])}")
    return "\n".join(lines)


def assert_accessible(page):
    violations = axe_violations(page)
    assert not violations, format_violations(violations)


def assert_reflows(page):
    """No horizontal scrolling: content reflows to the viewport (WCAG 1.4.10)."""
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
