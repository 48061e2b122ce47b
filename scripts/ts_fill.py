"""Fill translations into translations/app_ru.ts and app_kk.ts from a TSV file.

    python scripts/build_translations.py --update   # new strings appear as "unfinished"
    python scripts/ts_fill.py strings.tsv            # context<TAB>source<TAB>ru<TAB>kk per line
    python scripts/ts_fill.py --missing              # list what is still unfinished

Editing the XML by hand is error-prone (escaping, the "unfinished" flag, two files to keep in
step); this sets both languages of one message in one line. Sources and translations are written
as plain text: use a literal "\\n" for a line break inside a message.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = {lang: ROOT / "translations" / f"app_{lang}.ts" for lang in ("ru", "kk")}


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def _load(lang: str) -> ET.ElementTree:
    return ET.parse(TS[lang])


def _save(tree: ET.ElementTree, lang: str) -> None:
    # lupdate's layout: <context> at column 0, its children indented by four spaces
    root = tree.getroot()
    root.text = "\n"
    for ctx in root:
        ET.indent(ctx, space="    ", level=0)
        ctx.tail = "\n"
    # lupdate writes apostrophes as entities; so do we, so the files do not churn
    body = ET.tostring(tree.getroot(), encoding="unicode").replace("'", "&apos;")
    TS[lang].write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _index(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            found[(name, msg.find("source").text or "")] = msg
    return found


def missing() -> int:
    count = 0
    for lang in TS:
        for (ctx, src), msg in _index(_load(lang)).items():
            tr = msg.find("translation")
            if (
                tr.get("type") in ("unfinished", "vanished", "obsolete")
                or not (tr.text or "").strip()
            ):
                if tr.findall("numerusform"):
                    if (
                        all((f.text or "").strip() for f in tr.findall("numerusform"))
                        and tr.get("type") is None
                    ):
                        continue
                print(f"{lang}\t{ctx}\t{src!r}")
                count += 1
    return count


def fill(tsv: Path) -> int:
    trees = {lang: _load(lang) for lang in TS}
    indexes = {lang: _index(tree) for lang, tree in trees.items()}
    errors = 0
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            print(f"{tsv}:{lineno}: expected 4 tab-separated fields, got {len(parts)}")
            errors += 1
            continue
        ctx, src, ru, kk = (_unescape(p) for p in parts)
        for lang, text in (("ru", ru), ("kk", kk)):
            msg = indexes[lang].get((ctx, src))
            if msg is None:
                print(
                    f"{tsv}:{lineno}: no message {src!r} in context {ctx} ({lang}); "
                    "run build_translations.py --update first"
                )
                errors += 1
                continue
            tr = msg.find("translation")
            forms = tr.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
    for lang, tree in trees.items():
        _save(tree, lang)
    return errors


if __name__ == "__main__":
    if sys.argv[1:] == ["--missing"]:
        sys.exit(1 if missing() else 0)
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(1 if fill(Path(sys.argv[1])) else 0)
