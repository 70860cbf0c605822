"""Dependencies point one way: devtools and the tests build on the apps, and no app imports
either of them (production settings do not install devtools, and tests/ is not deployed). And
between the apps, each imports only those below it (docs/architecture.md §3); the project's
URLs are the one place that names them all."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = (
    "skolering",
    "courses",
    "quizzes",
    "certificates",
    "compliance",
    "register",
    "gatherings",
)
# What each app may import of the others. Gatherings takes the certificates' embedded fonts for
# its attendance list; what it adds to certificates, certificates find by name.
BELOW = {
    "skolering": set(),
    "quizzes": {"skolering"},
    "courses": {"skolering", "quizzes"},
    "certificates": {"skolering", "quizzes", "courses"},
    "compliance": {"skolering", "quizzes", "courses"},
    "register": {"skolering"},
    "gatherings": {"skolering", "quizzes", "courses", "certificates"},
}
PROJECT_URLS = Path("skolering/urls.py")
FORBIDDEN = ("tests", "devtools")


def imported_modules(tree: ast.AST):
    """(line, module) for every import anywhere in the tree, function-local ones included, and
    for `import_module("…")` / `__import__("…")` with a literal name."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", None))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def forbidden_imports(source: str, filename: str) -> list[str]:
    found = []
    for line, module in imported_modules(ast.parse(source, filename=filename)):
        if module.split(".")[0] in FORBIDDEN:
            found.append(f"{filename}:{line} imports {module}")
    return found


def test_the_check_sees_every_kind_of_import():
    source = (
        "import tests.factories\n"
        "from devtools import dev_modules\n"
        "def seed():\n"
        "    from devtools.factories import UserFactory\n"
        "    importlib.import_module('tests.conftest')\n"
        "from . import devtools\n"  # relative: the app's own module, allowed
        "import testsuite\n"
    )
    assert forbidden_imports(source, "x.py") == [
        "x.py:1 imports tests.factories",
        "x.py:2 imports devtools",
        "x.py:4 imports devtools.factories",
        "x.py:5 imports tests.conftest",
    ]


@pytest.mark.parametrize("app", APPS)
def test_no_app_imports_tests_or_devtools(app):
    files = sorted((ROOT / app).rglob("*.py"))
    assert files, f"{app}/ has no Python files"
    found = []
    for path in files:
        found += forbidden_imports(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("app", APPS)
def test_apps_import_only_the_apps_below_them(app):
    upwards = []
    for path in sorted((ROOT / app).rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative == PROJECT_URLS:
            continue
        for line, module in imported_modules(ast.parse(path.read_text(encoding="utf-8"))):
            other = module.split(".")[0]
            if other in BELOW and other != app and other not in BELOW[app]:
                upwards.append(f"{relative}:{line} imports {module}")
    assert not upwards, "\n".join(upwards)
