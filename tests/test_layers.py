"""STYLE.md §1: PySide6 and pyqtgraph only under app/ui."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|pyqtgraph|shiboken6)\b", re.MULTILINE)


def test_no_qt_import_outside_ui_folder():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "app").parts[:1]
        and QT_IMPORT.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_core_packages_import_without_loading_qt():
    code = (
        "import sys, app.models, app.scoring, app.reports, app.cli, app.selfcheck\n"
        "import app.services.demo, app.data.store, app.scoring.engine, app.scoring.group\n"
        "import app.scoring.level, app.scoring.responses, app.reports.template, app.reports.fonts\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','shiboken6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports (lazy imports included), except under `if TYPE_CHECKING:`
    (annotations only, never run)."""
    import ast

    found: set[str] = set()

    def visit(node) -> None:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in (ROOT / "app" / package).rglob("*.py"):
        for module in _imported_modules(path):
            if module.startswith(forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {module}")
    return sorted(bad)


def test_scoring_is_pure():
    """docs/architecture.md: scoring works on plain data — no database, no documents, no UI."""
    assert (
        _offenders("scoring", ("app.models", "app.services", "app.reports", "app.cli", "app.ui"))
        == []
    )


def test_only_the_ui_and_the_command_line_reach_the_ui():
    """The core never calls up windows; the CLI reaches app.ui only to start the desktop or the
    kiosk and for Qt's translations of printed documents."""
    for package in ("models", "services", "reports", "scoring"):
        assert _offenders(package, ("app.ui", "app.cli")) == [], package


def test_import_contracts_hold():
    """The layers of docs/architecture.md as import-linter contracts (.importlinter): a module
    imports only from the layers below it, and nothing below app.ui reaches Qt, even
    indirectly."""
    code = (
        "import sys; from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(config_filename='.importlinter', no_cache=True, no_logo=True))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


ORM_QUERY = re.compile(r"\bsession\.(get|query|scalars?|execute|add|delete|merge)\(")


def test_the_ui_never_queries_the_database_itself():
    """Windows call model and service functions (which take the Session) and get plain values:
    no ORM query under app/ui (the import contracts keep SQLAlchemy and the ORM classes out)."""
    offenders = [
        f"{p.relative_to(ROOT)}: {m.group(0)}"
        for p in (ROOT / "app" / "ui").rglob("*.py")
        for m in ORM_QUERY.finditer(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert ORM_QUERY.search("row = session.get(Campaign, 1)")  # the check does see one
