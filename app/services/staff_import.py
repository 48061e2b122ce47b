"""The staff list from Excel (.xlsx) or CSV, and its template (issue 23.1, issue 22.2).

Like the paper import, the whole file is checked first and every problem is named by row,
column and value; one problem refuses the whole file and nothing is changed. Importing the same
list again updates the register instead of adding people twice: a row matches the employee with
its personnel number, else the one with the same full name in the same department. An empty
cell leaves the value already in the register as it is.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data import audit
from app.data.accounts import FULL_ACCESS, Principal
from app.markers import QT_TRANSLATE_NOOP
from app.models.organisation import Department, Employee
from app.reports.excel import protect_text
from app.scoring.vocab import GENDER_VALUES, MANAGER_VALUES
from app.services.staff import NAME_MAX, NUMBER_MAX, SPEC_FIELDS, EmployeeSpec, _changes, _spec_of

Translate = Callable[[str, str], str]
ROWS = 2000  # rows of the template prepared with drop-down lists

# The columns in template order: key -> (Russian heading, Kazakh heading). The headings are
# data of the file (both are accepted whatever the program's language), like instrument texts.
COLUMNS: dict[str, tuple[str, str]] = {
    "personnel_number": ("Табельный номер", "Табель нөмірі"),
    "full_name": ("Ф. И. О.", "Т. А. Ә."),
    "department": ("Подразделение", "Бөлім"),
    "position": ("Должность", "Лауазымы (орысша)"),
    "position_kk": ("Должность на казахском", "Лауазымы (қазақша)"),
    "is_manager": ("Руководитель", "Басшы"),
    "gender": ("Пол", "Жынысы"),
    "hired_on": ("Дата приёма", "Жұмысқа қабылданған күні"),
}
REQUIRED = ("full_name", "department")
YES_NO = {"ru": ("да", "нет"), "kk": ("иә", "жоқ")}
GENDER_WORDS = {"ru": ("м", "ж"), "kk": ("ер", "әйел")}
SHEETS = {
    "staff": ("Сотрудники", "Қызметкерлер"),
    "departments": ("Подразделения", "Бөлімдер"),
    "instructions": ("Инструкция", "Нұсқаулық"),
}
INSTRUCTIONS = {
    "ru": [
        "Одна строка — один сотрудник. Обязательны столбцы «Ф. И. О.» и «Подразделение».",
        "Подразделение пишется так, как оно названо в программе (список — на листе "
        "«Подразделения»), по-русски или по-казахски.",
        "Руководитель: да или нет. Пол: м или ж. Дата приёма: ДД.ММ.ГГГГ.",
        "Повторный импорт обновляет сотрудников, а не добавляет их снова: строка находит "
        "сотрудника по табельному номеру, а без номера — по ФИО в том же подразделении "
        "(переход в другое подразделение — только с табельным номером).",
        "Пустая ячейка оставляет уже записанное значение без изменений.",
        "Если в файле есть хотя бы одна ошибка, файл не загружается; программа называет "
        "строку, столбец и значение каждой ошибки.",
        "Пример: 1001 | Иванова Айгуль Сериковна | Отдел кадров | Главный специалист | "
        "Бас маман | нет | ж | 01.09.2019",
    ],
    "kk": [
        "Бір жол — бір қызметкер. «Т. А. Ә.» және «Бөлім» бағандары міндетті.",
        "Бөлім бағдарламадағыдай жазылады (тізімі «Бөлімдер» парағында), орысша немесе қазақша.",
        "Басшы: иә немесе жоқ. Жынысы: ер немесе әйел. Жұмысқа қабылданған күні: КК.АА.ЖЖЖЖ.",
        "Қайта импорттау қызметкерлерді қайта қоспайды, жаңартады: жол қызметкерді табель "
        "нөмірі бойынша, нөмір болмаса — сол бөлімдегі Т. А. Ә. бойынша табады (басқа бөлімге "
        "ауысу — тек табель нөмірімен).",
        "Бос ұяшық бұрын жазылған мәнді өзгертпейді.",
        "Файлда бір қате болса да, файл жүктелмейді; бағдарлама әр қатенің жолын, бағанын "
        "және мәнін атайды.",
        "Мысалы: 1001 | Иванова Айгүл Серікқызы | Кадр бөлімі | Главный специалист | Бас маман | "
        "жоқ | әйел | 01.09.2019",
    ],
}

MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP("StaffImport", "the file cannot be read"),
    "empty_file": QT_TRANSLATE_NOOP("StaffImport", "the file has no header row"),
    "unknown_column": QT_TRANSLATE_NOOP("StaffImport", "is not a column of the staff list"),
    "duplicate_column": QT_TRANSLATE_NOOP("StaffImport", "appears twice"),
    "missing_column": QT_TRANSLATE_NOOP("StaffImport", "the column is missing"),
    "required": QT_TRANSLATE_NOOP("StaffImport", "is required"),
    "too_long": QT_TRANSLATE_NOOP("StaffImport", "is too long"),
    "unknown_department": QT_TRANSLATE_NOOP(
        "StaffImport", "is not a department of the organisation"
    ),
    "inactive_department": QT_TRANSLATE_NOOP("StaffImport", "is a department no longer in use"),
    "out_of_scope": QT_TRANSLATE_NOOP("StaffImport", "is not one of your departments"),
    "bad_yes_no": QT_TRANSLATE_NOOP("StaffImport", "is not yes or no"),
    "bad_gender": QT_TRANSLATE_NOOP("StaffImport", "is not a gender (m or f)"),
    "bad_date": QT_TRANSLATE_NOOP("StaffImport", "is not a date (DD.MM.YYYY)"),
    "future_date": QT_TRANSLATE_NOOP("StaffImport", "is in the future"),
    "repeated_row": QT_TRANSLATE_NOOP("StaffImport", "appears in an earlier row of the file"),
    "number_taken": QT_TRANSLATE_NOOP(
        "StaffImport", "is the personnel number of an employee you cannot see"
    ),
    "ambiguous": QT_TRANSLATE_NOOP(
        "StaffImport",
        "several employees of this department have this name: add their personnel numbers",
    ),
}
WHERE = {
    "row_column": QT_TRANSLATE_NOOP("StaffImport", "row %1, column %2"),
    "column": QT_TRANSLATE_NOOP("StaffImport", "column %1"),
    "value": QT_TRANSLATE_NOOP("StaffImport", "value «%1»"),
}


@dataclass(frozen=True)
class Problem:
    row: int | None  # the spreadsheet's row number (header = 1); None for the whole file
    column: str  # as written in the file's header (or the column's key when it is missing)
    value: str
    code: str  # a key of MESSAGES

    def describe(self, translate: Translate | None = None) -> str:
        words = translate or (lambda _ctx, text: text)
        ctx = "StaffImport"
        where = (
            words(ctx, WHERE["row_column"]).replace("%1", str(self.row)).replace("%2", self.column)
            if self.row
            else words(ctx, WHERE["column"]).replace("%1", self.column)
        )
        value = (
            " " + words(ctx, WHERE["value"]).replace("%1", self.value) if self.value != "" else ""
        )
        return f"{where}:{value} {words(ctx, MESSAGES.get(self.code, self.code))}"

    def __str__(self) -> str:
        return self.describe()


class StaffFileError(Exception):
    """The file is refused as a whole; `problems` name every row, column and value."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems
        super().__init__(
            f"{file}: "
            + "; ".join(p.describe() for p in problems[:3])
            + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        )


@dataclass(frozen=True)
class StaffImport:
    added: int
    updated: int
    unchanged: int


def write_template(
    path: Path, lang: str = "ru", departments: list[tuple[str, str]] | None = None
) -> Path:
    """The staff list template: headings in `lang`, drop-down lists, a departments sheet
    (`departments`: (Russian, Kazakh) names) and instructions."""
    k = 1 if lang == "kk" else 0
    lang = "kk" if k else "ru"
    wb = Workbook()
    ws = wb.active
    ws.title = SHEETS["staff"][k]
    fill = PatternFill("solid", fgColor="DDE7F3")
    required_fill = PatternFill("solid", fgColor="F8D9A8")
    for col, (key, names) in enumerate(COLUMNS.items(), start=1):
        cell = ws.cell(1, col, names[k])
        cell.font = Font(bold=True)
        cell.fill = required_fill if key in REQUIRED else fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = max(14, len(names[k]) + 4)
    ws.column_dimensions[get_column_letter(_col("full_name"))].width = 36
    ws.column_dimensions[get_column_letter(_col("department"))].width = 32
    ws.freeze_panes = "A2"
    # Column styles, not cell formats: the sheet stays without empty cells, so rows appended
    # (by HR or a script) start right under the header.
    ws.column_dimensions[get_column_letter(_col("personnel_number"))].number_format = "@"
    ws.column_dimensions[get_column_letter(_col("hired_on"))].number_format = "DD.MM.YYYY"

    def list_rule(column_key: str, formula: str) -> None:
        rule = DataValidation(type="list", formula1=formula, allow_blank=True)
        letter = get_column_letter(_col(column_key))
        rule.add(f"{letter}2:{letter}{ROWS + 1}")
        ws.add_data_validation(rule)

    list_rule("is_manager", '"' + ",".join(YES_NO[lang]) + '"')
    list_rule("gender", '"' + ",".join(GENDER_WORDS[lang]) + '"')
    dates = DataValidation(type="date", operator="greaterThan", formula1="1")
    letter = get_column_letter(_col("hired_on"))
    dates.add(f"{letter}2:{letter}{ROWS + 1}")
    ws.add_data_validation(dates)

    depts = wb.create_sheet(SHEETS["departments"][k])
    depts.column_dimensions["A"].width = 50
    depts.cell(1, 1, COLUMNS["department"][k]).font = Font(bold=True)
    names = [kk if k and kk else ru for ru, kk in (departments or [])]
    for row, name in enumerate(names, start=2):
        depts.cell(row, 1, name)
    if names:
        list_rule("department", f"{quote_sheetname(depts.title)}!$A$2:$A${len(names) + 1}")

    notes = wb.create_sheet(SHEETS["instructions"][k])
    notes.column_dimensions["A"].width = 110
    for row, text in enumerate(INSTRUCTIONS[lang], start=1):
        notes.cell(row, 1, text).alignment = Alignment(wrap_text=True, vertical="top")
    protect_text(wb)
    path = Path(path)
    wb.save(path)
    return path


def _col(key: str) -> int:
    return list(COLUMNS).index(key) + 1


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _read_rows(path: Path) -> list[list]:
    """The file's rows as lists of cells (header first); raises StaffFileError if unreadable."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            wb = load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            finally:
                wb.close()
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        return [list(r) for r in csv.reader(text.splitlines(), delimiter=delimiter)]
    except Exception as exc:  # openpyxl and the csv module raise many types for a broken file
        raise StaffFileError(
            str(path), [Problem(None, "(file)", type(exc).__name__, "unreadable")]
        ) from None


# Other headings offices write for the same columns.
ALIASES = {
    "фио": "full_name",
    "ф. и. о.": "full_name",
    "ф.и.о.": "full_name",
    "таб. №": "personnel_number",
    "табельный №": "personnel_number",
    "отдел": "department",
    "структурное подразделение": "department",
    "дата приема на работу": "hired_on",
    "лауазымы": "position",
    "лауазымы қазақ тілінде": "position_kk",
    "должность (на русском)": "position",
    "должность (на казахском)": "position_kk",
}


def _heading_keys() -> dict[str, str]:
    keys = dict(ALIASES)
    for key, names in COLUMNS.items():
        for name in (key, *names):
            keys[name.casefold().replace("ё", "е")] = key
    return keys


def _parse_date(value, text: str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


@dataclass
class _Row:
    line: int
    values: dict  # key -> parsed value (only the non-empty cells)


@dataclass
class StaffFile:
    rows: list[_Row]
    headings: dict[str, str]  # column key -> the heading as the file writes it


def _department_names(session: Session) -> dict[str, Department]:
    names: dict[str, Department] = {}
    for dept in session.scalars(
        select(Department).order_by(Department.is_active.desc(), Department.id)
    ):
        for name in (dept.name_ru, dept.name_kk, str(dept.id)):
            names.setdefault(" ".join(name.split()).casefold(), dept)
    return names


def read_staff_file(
    session: Session, path: Path, principal: Principal = FULL_ACCESS, today: date | None = None
) -> StaffFile:
    """Check the whole file; returns its rows, or raises StaffFileError naming every problem."""
    path = Path(path)
    today = today or date.today()
    raw = _read_rows(path)
    while raw and not any(_cell_text(v) for v in raw[0]):
        raw.pop(0)  # blank lines above the header
    if not raw:
        raise StaffFileError(str(path), [Problem(None, "(file)", "", "empty_file")])
    problems: list[Problem] = []
    known = _heading_keys()
    columns: dict[int, str] = {}
    heading_of: dict[str, str] = {}
    for index, heading in enumerate(raw[0]):
        text = _cell_text(heading)
        if not text:
            continue
        key = known.get(text.casefold().replace("ё", "е"))
        if key is None:
            problems.append(Problem(None, text, "", "unknown_column"))
        elif key in heading_of:
            problems.append(Problem(None, text, "", "duplicate_column"))
        else:
            columns[index], heading_of[key] = key, text
    for key in REQUIRED:
        if key not in heading_of:
            problems.append(Problem(None, COLUMNS[key][0], "", "missing_column"))
    if problems:
        raise StaffFileError(str(path), problems)
    departments = _department_names(session)
    rows: list[_Row] = []
    seen: dict[tuple, int] = {}
    for line, cells in enumerate(raw[1:], start=2):
        texts = {key: _cell_text(cells[i]) if i < len(cells) else "" for i, key in columns.items()}
        if not any(texts.values()):
            continue  # an empty line of the sheet
        values: dict = {}

        def problem(key: str, code: str, line=line, texts=texts) -> None:
            problems.append(Problem(line, heading_of[key], texts.get(key, ""), code))

        for key in REQUIRED:
            if not texts[key]:
                problem(key, "required")
        for key, text in texts.items():
            if not text:
                continue
            if key in ("full_name", "position", "position_kk", "personnel_number"):
                if len(text) > (NUMBER_MAX if key == "personnel_number" else NAME_MAX):
                    problem(key, "too_long")
                values[key] = text
            elif key == "department":
                dept = departments.get(text.casefold())
                if dept is None:
                    problem(key, "unknown_department")
                elif not principal.may_see_department(dept.id):
                    problem(key, "out_of_scope")
                elif not dept.is_active:
                    problem(key, "inactive_department")
                else:
                    values["department_id"] = dept.id
            elif key == "is_manager":
                flag = MANAGER_VALUES.get(text.casefold())
                if flag is None:
                    problem(key, "bad_yes_no")
                values[key] = flag
            elif key == "gender":
                gender = GENDER_VALUES.get(text.casefold())
                if gender is None:
                    problem(key, "bad_gender")
                values[key] = gender
            elif key == "hired_on":
                index = next(i for i, k in columns.items() if k == key)
                day = _parse_date(cells[index], text)
                if day is None:
                    problem(key, "bad_date")
                elif day > today:
                    problem(key, "future_date")
                values[key] = day
        identity = (
            ("number", values["personnel_number"])
            if "personnel_number" in values
            else ("name", texts["full_name"].casefold(), values.get("department_id"))
        )
        if identity in seen and values.get("department_id") is not None:
            problem("personnel_number" if identity[0] == "number" else "full_name", "repeated_row")
        seen.setdefault(identity, line)
        rows.append(_Row(line, values))
    if problems:
        raise StaffFileError(str(path), problems)
    for key, names in COLUMNS.items():
        heading_of.setdefault(key, names[0])
    return StaffFile(rows, heading_of)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _Register:
    """Every employee, looked up by personnel number and by (department, name): one query for
    the whole file instead of two per row."""

    def __init__(self, session: Session):
        self.by_number: dict[str, Employee] = {}
        self.by_name: dict[tuple[int, str], list[Employee]] = {}
        for emp in session.scalars(select(Employee).order_by(Employee.id)):
            if emp.personnel_number:
                self.by_number.setdefault(emp.personnel_number, emp)
            self.by_name.setdefault((emp.department_id, _name_key(emp.full_name)), []).append(emp)

    def match(
        self, row: _Row, principal: Principal, problems: list[Problem], headings: dict[str, str]
    ) -> Employee | None:
        values = row.values
        number = values.get("personnel_number")
        if number:
            emp = self.by_number.get(number)
            if emp is not None:
                if not principal.may_see_department(emp.department_id):
                    problems.append(
                        Problem(row.line, headings["personnel_number"], number, "number_taken")
                    )
                    return None
                return emp
        same = [
            e
            for e in self.by_name.get((values["department_id"], _name_key(values["full_name"])), [])
            if not number or not e.personnel_number
        ]
        if len(same) > 1:
            problems.append(
                Problem(row.line, headings["full_name"], values["full_name"], "ambiguous")
            )
            return None
        return same[0] if same else None


def import_file(
    session: Session,
    path: Path,
    user_id: int | None = None,
    principal: Principal | None = None,
    today: date | None = None,
) -> StaffImport:
    """Check the whole file, then add and update employees in the caller's transaction (the
    caller commits). Raises StaffFileError, changing nothing, on any problem."""
    if principal is None:  # the administrator (set-up assistant, command line)
        principal = Principal(user_id, "", FULL_ACCESS.role, None)
    path = Path(path)
    staff = read_staff_file(session, path, principal, today)
    rows, headings = staff.rows, staff.headings
    problems: list[Problem] = []
    register = _Register(session)
    planned = [(row, register.match(row, principal, problems, headings)) for row in rows]
    if problems:
        raise StaffFileError(str(path), problems)
    added = updated = unchanged = 0
    who = principal.user_id
    entries: list[tuple[str, Employee, str]] = []  # audited once the new ones have their ids
    for row, emp in planned:
        given = {k: v for k, v in row.values.items() if k in SPEC_FIELDS}
        where = f"import {path.name} row {row.line}"
        if emp is None:
            spec = EmployeeSpec(**{**{"full_name": "", "department_id": 0}, **given}).cleaned()
            emp = Employee(is_active=True)
            for name in SPEC_FIELDS:
                setattr(emp, name, getattr(spec, name))
            session.add(emp)
            entries.append(
                ("employee_add", emp, f"{spec.full_name}, department {spec.department_id}; {where}")
            )
            added += 1
            continue
        before = _spec_of(emp)
        after = EmployeeSpec(**{**{n: getattr(before, n) for n in SPEC_FIELDS}, **given}).cleaned()
        if after == before:
            unchanged += 1
            continue
        for name in SPEC_FIELDS:
            setattr(emp, name, getattr(after, name))
        action = "employee_move" if before.department_id != after.department_id else "edit"
        entries.append((action, emp, f"{_changes(before, after)}; {where}"))
        updated += 1
    session.flush()  # one batch of inserts (a flush per new employee took 10 s for 5 000)
    for action, emp, detail in entries:
        audit.record(session, action, "employee", emp.id, detail, user_id=who)
    audit.record(
        session,
        "import",
        "staff",
        "",
        f"{path.name}: {added} added, {updated} updated, {unchanged} unchanged",
        user_id=who,
    )
    return StaffImport(added, updated, unchanged)
