"""Rules the project states in one place, kept there: a test reads the source, so a second copy
fails here instead of drifting."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ("skolering", "courses", "quizzes", "certificates", "compliance")


def sources():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path, path.read_text(encoding="utf-8")


def where(pattern: str, *, allowed: tuple[str, ...]) -> list[str]:
    found = []
    for path, text in sources():
        name = str(path.relative_to(ROOT))
        if name in allowed:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if re.search(pattern, line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_branch_prefix_filters_are_built_only_in_access_py():
    assert where(r"path__startswith", allowed=("skolering/access.py",)) == []


def test_sql_branch_prefixes_are_written_only_in_the_documented_status_sql():
    assert where(r"\bLIKE\b", allowed=("skolering/access.py", "compliance/queries.py")) == []


def test_whether_a_completion_is_in_force_is_decided_only_on_the_completion_model():
    # The ORM form (`in_force`) and the Python form (`completion_status_on`) live in
    # courses/models.py; the status SQL of compliance/queries.py has its own, documented form.
    # certificates/services.py picks the certificates that expire within the reminder window.
    allowed = ("courses/models.py", "compliance/queries.py")
    assert (
        where(r"valid_until__(gte|gt|lt|lte)\b", allowed=(*allowed, "certificates/services.py"))
        == []
    )
    assert where(r"day\s*[<>]=?\s*\w*\.?valid_until|valid_until\s*[<>]", allowed=allowed) == []


def test_templates_display_statuses_and_never_compute_them():
    computing = re.compile(r"revoked_at|voided_at|valid_until\s*[<>]|status\s*[!=]=\s*\"")
    hits = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sorted((ROOT / "templates").rglob("*.html"))
        for match in computing.finditer(path.read_text(encoding="utf-8"))
    ]
    assert hits == []
