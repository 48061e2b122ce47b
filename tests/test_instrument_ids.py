"""No instrument id in the code (issue 19.3): a fixed section finds its instrument by the role
the instrument's file declares (app/scoring/roles.py), anything else is derived from the
scoring method. This reads every string literal of app/ (the demo, which writes answers to
the shipped instruments, aside) and fails on one that is an instrument's id."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
# the shipped instruments' ids, and the names that the references use for them
IDS = {p.stem for p in (ROOT / "resources" / "instruments").glob("*.json")} | {"fiedler"}
SKIPPED = {"app/services/demo.py"}  # the demo database: answers to the shipped instruments

# Literals that spell like an instrument id but are not one: (file, literal) -> (how many, why).
ALLOWED = {
    # a diagnostic card's fields and the strategic card's components: keys stored in
    # Card.fields and StrategicRow.component (renaming them needs a migration)
    ("app/data/card_forms.py", "significance"): (5, "card field / strategic component"),
    ("app/data/card_forms.py", "satisfaction"): (5, "card field / strategic component"),
    ("app/data/card_forms.py", "climate"): (2, "card field (source of strategic row 1.3)"),
    ("app/services/diagnostic.py", "climate"): (1, "the diagnostic card's field"),
    ("app/services/diagnostic.py", "significance"): (1, "the diagnostic card's field"),
    ("app/services/diagnostic.py", "satisfaction"): (2, "card field; strategic component"),
    # the keys of motivation_parameters.json (table 2.4), an office may have its own copy
    ("app/scoring/level.py", "significance"): (1, "key of motivation_parameters.json"),
    ("app/scoring/level.py", "satisfaction"): (1, "key of motivation_parameters.json"),
    # the drivers' outcome, printed by `motivdesk analyse --json` (BASIS_SATISFACTION)
    ("app/scoring/drivers.py", "satisfaction"): (1, "a value name of Drivers.basis"),
}


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in IDS
    ]


def test_no_instrument_id_in_the_code():
    found: Counter = Counter()
    lines: dict[tuple[str, str], list[int]] = {}
    for path in sorted(APP.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in SKIPPED:
            continue
        for lineno, value in _literals(path):
            found[(name, value)] += 1
            lines.setdefault((name, value), []).append(lineno)
    wrong = {
        f"{name}:{lines[(name, value)]}: '{value}'"
        for (name, value), count in found.items()
        if count != ALLOWED.get((name, value), (0, ""))[0]
    }
    stale = {f"{k}" for k in ALLOWED if k not in found}
    assert not wrong, (
        "instrument ids in the code: find the instrument by its role (app/scoring/roles.py) or "
        "derive the section from its scoring method; a literal that is not an id goes to "
        f"ALLOWED with its reason: {sorted(wrong)}"
    )
    assert not stale, f"ALLOWED lists literals no longer in the code: {sorted(stale)}"


def test_the_check_sees_an_id(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('inst = library["gerchikov"]\nok = "gerchikov test"\n', encoding="utf-8")
    assert _literals(bad) == [(1, "gerchikov")]
