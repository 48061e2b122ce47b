"""The paper-entry template of an instrument (`motivdesk template`), written with openpyxl.

Sheet 1 "answers": the columns of PRODUCT.md §10 with drop-down lists / number checks, so a
typo is caught while typing; sheet 2 "items": the questions and options; sheet 3: instructions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.markers import QT_TRANSLATE_NOOP
from app.reports.excel import protect_text
from app.scoring.definitions import Instrument
from app.scoring.frame import item_columns
from app.scoring.responses import META_COLUMNS
from app.scoring.roles import JOB_SATISFACTION

Translate = Callable[[str, str], str]
CTX = "Template"
ROWS = 1000  # rows prepared with validation

HEADINGS = {
    "answers": QT_TRANSLATE_NOOP("Template", "Answers"),
    "items": QT_TRANSLATE_NOOP("Template", "Items"),
    "instructions": QT_TRANSLATE_NOOP("Template", "Instructions"),
    "column": QT_TRANSLATE_NOOP("Template", "Column"),
    "question": QT_TRANSLATE_NOOP("Template", "Question"),
    "answer": QT_TRANSLATE_NOOP("Template", "How to enter the answer"),
    "one_row": QT_TRANSLATE_NOOP(
        "Template",
        "One row per respondent. Leave a cell blank if the "
        "question was not answered. Do not rename or move the columns.",
    ),
    "meta": QT_TRANSLATE_NOOP(
        "Template",
        "Optional columns: respondent (any code, never a name), "
        "department, tenure_band, gender, is_manager (1 = yes, 0 = no).",
    ),
    "rating": QT_TRANSLATE_NOOP("Template", "a whole number from %1 to %2"),
    "single": QT_TRANSLATE_NOOP("Template", "the option number, 1 to %1"),
    "multi": QT_TRANSLATE_NOOP("Template", "option numbers joined by ';' (for example 1;3), %1"),
    "split": QT_TRANSLATE_NOOP("Template", "points for each part; the parts add up to %1"),
    "managers": QT_TRANSLATE_NOOP("Template", "managers only"),
    "non_managers": QT_TRANSLATE_NOOP("Template", "non-managers only"),
}

HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")


def _rule_text(instrument: Instrument, item, tr: Translate) -> str:
    fmt = item.format
    if fmt.type in ("rating", "bipolar"):
        text = tr(CTX, HEADINGS["rating"]).replace("%1", str(fmt.min)).replace("%2", str(fmt.max))
        if fmt.exclude:
            text += f" (≠ {', '.join(map(str, fmt.exclude))})"
    elif fmt.type == "single":
        text = tr(CTX, HEADINGS["single"]).replace("%1", str(len(fmt.options)))
        if instrument.role == JOB_SATISFACTION:
            text += " (а/б/в)"
    elif fmt.type == "multi":
        hi = fmt.max_choices or len(fmt.options)
        text = tr(CTX, HEADINGS["multi"]).replace("%1", f"{fmt.min_choices}–{hi}")
    else:
        text = tr(CTX, HEADINGS["split"]).replace("%1", str(fmt.total))
    if item.show_if:
        key = "managers" if item.show_if.get("is_manager") else "non_managers"
        text += f"; {tr(CTX, HEADINGS[key])}"
    return text


def _validation(item, column: str) -> DataValidation | None:
    fmt = item.format
    if fmt.type in ("rating", "bipolar"):
        values = ",".join(str(v) for v in fmt.allowed_values())
        return DataValidation(type="list", formula1=f'"{values}"', allow_blank=True)
    if fmt.type == "single":
        values = ",".join(str(v) for v in range(1, len(fmt.options) + 1))
        return DataValidation(type="list", formula1=f'"{values}"', allow_blank=True)
    if fmt.type == "split":
        return DataValidation(
            type="whole",
            operator="between",
            formula1="0",
            formula2=str(fmt.total),
            allow_blank=True,
        )
    return None


def build_template(
    instrument: Instrument, out: Path, lang: str = "ru", tr: Translate = lambda _c, s: s
) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.title = tr(CTX, HEADINGS["answers"])[:31]
    columns: list[tuple[str, object]] = [(c, None) for c in META_COLUMNS]
    for item in instrument.items:
        file_columns = [item.id] if item.format.type == "multi" else item_columns(item)
        columns += [(c, item) for c in file_columns]
        if item.own_variant:
            columns.append((f"{item.id}_text", None))
    for index, (name, item) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=name)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(8, len(name) + 2)
        if item is not None:
            validation = _validation(item, name)
            if validation is not None:
                validation.error = _rule_text(instrument, item, tr)
                validation.showErrorMessage = True
                sheet.add_data_validation(validation)
                validation.add(f"{letter}2:{letter}{ROWS + 1}")
    sheet.freeze_panes = "A2"

    items = wb.create_sheet(tr(CTX, HEADINGS["items"])[:31])
    items.append(
        [tr(CTX, HEADINGS["column"]), tr(CTX, HEADINGS["question"]), tr(CTX, HEADINGS["answer"])]
    )
    for cell in items[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for item in instrument.items:
        text = (
            item.text.get(lang)
            if item.text
            else (f"{item.left.get(lang)} — {item.right.get(lang)}")
        )
        column = item.id if item.format.type != "split" else ", ".join(item_columns(item))
        items.append([column, text, _rule_text(instrument, item, tr)])
        for k, option in enumerate(item.format.options, start=1):
            items.append(["", f"  {k}. {option.get(lang)}", ""])
        for col, part in zip(item_columns(item), item.parts, strict=False):
            items.append([col, f"  {part.get(lang)}", ""])
    items.column_dimensions["A"].width = 14
    items.column_dimensions["B"].width = 90
    items.column_dimensions["C"].width = 45
    for row in items.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")

    info = wb.create_sheet(tr(CTX, HEADINGS["instructions"])[:31])
    info.column_dimensions["A"].width = 110
    for line in (
        instrument.title.get(lang),
        instrument.instructions.get(lang),
        "",
        tr(CTX, HEADINGS["one_row"]),
        tr(CTX, HEADINGS["meta"]),
    ):
        info.append([line])
    info["A1"].font = Font(bold=True, size=13)
    for row in info.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    protect_text(wb)  # texts from an office's own instrument file are never formulas
    wb.save(tmp)
    tmp.replace(out)
    return out
