"""Auto-filled card texts kept as data and worded in the print language (issue 17.1).

An automatically filled field of a card (diagnostic card figures, strategic states…) is stored
in `Card.fields` not as a sentence but as references and numbers:

    {"ref": "auto", "lines": [[token, token, ...], ...]}

A token is either a plain string (punctuation, or text a person typed: printed as it is) or a
reference rendered in the document's language when printed:

    {"ref": "msg", "text": "highest:"}            a "Cards" translation key
    {"ref": "factor", "id": "salary"}             a motivation parameter (table 2.4)
    {"ref": "instrument", "id": <an instrument id>, "short": true}
    {"ref": "scale", "instrument": ..., "id": ..., "short": false}
    {"ref": "item", "instrument": ..., "id": ...}  a questionnaire item's wording
    {"ref": "level", "id": "satisfactory"}         a motivation-level label
    {"ref": "department", "id": 3}                 (None: "department not given")
    {"ref": "num", "value": 0.625, "decimals": 3}
    {"ref": "pct", "part": 12, "whole": 50}
    {"ref": "date", "value": "2026-03-21"}
    {"ref": "state", "value": <a field value>, "date": "2026-03-21"}  strategic card states
        (optionally "change": an auto value, the comparison with the previous campaign)
    {"ref": "text", "ru": ..., "kk": ...}          a record's own two wordings (a position)

Any other value (a string a person typed, an old card's saved sentence, a yes/no) renders as
itself, so old cards keep printing as saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.markers import QT_TRANSLATE_NOOP
from app.scoring.definitions import Instrument
from app.scoring.level import LEVEL_LABELS, Parameter

Translate = Callable[[str, str], str]
Token = str | dict
AUTO = "auto"


def auto(*lines: Sequence[Token]) -> dict:
    """A field value made of lines of tokens."""
    return {"ref": AUTO, "lines": [list(line) for line in lines]}


def is_auto(value: object) -> bool:
    return isinstance(value, dict) and value.get("ref") in (AUTO, "state")


def msg(text: str, *args: Token) -> dict:
    """A "Cards" translation key; %1, %2… are replaced by the worded `args`."""
    return {"ref": "msg", "text": text, **({"args": list(args)} if args else {})}


def factor(parameter_id: str) -> dict:
    return {"ref": "factor", "id": parameter_id}


def instrument(instrument_id: str, short: bool = False) -> dict:
    return {"ref": "instrument", "id": instrument_id, "short": short}


def scale(instrument_id: str, scale_id: str, short: bool = False) -> dict:
    return {"ref": "scale", "instrument": instrument_id, "id": scale_id, "short": short}


def item(instrument_id: str, item_id: str) -> dict:
    return {"ref": "item", "instrument": instrument_id, "id": item_id}


def level(label_id: str) -> dict:
    return {"ref": "level", "id": label_id}


def department(department_id: int | None) -> dict:
    return {"ref": "department", "id": department_id}


def num(value: float, decimals: int = 2) -> dict:
    return {"ref": "num", "value": float(value), "decimals": decimals}


def pct(part: int, whole: int) -> dict:
    return {"ref": "pct", "part": int(part), "whole": int(whole)}


def bilingual(ru: str, kk: str) -> dict:
    return {"ref": "text", "ru": ru or "", "kk": kk or ""}


def day(value: date) -> dict:
    return {"ref": "date", "value": value.isoformat()}


def state(value: object, when: date | None, change: object = None) -> dict:
    """A strategic card's previous / actual state: a diagnostic card's field and its date;
    `change`, an auto value, says how the figure moved since the previous campaign."""
    out = {"ref": "state", "value": value, "date": when.isoformat() if when else None}
    if change:
        out["change"] = change
    return out


def fmt_decimal(value: float, decimals: int = 2, lang: str = "ru") -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang in ("ru", "kk") else text


@dataclass
class Wording:
    """What a reference needs to be worded: the language, translations and catalogues."""

    lang: str
    translate: Translate
    library: Mapping[str, Instrument] = field(default_factory=dict)
    parameters: Sequence[Parameter] = ()
    departments: Mapping[int, tuple[str, str]] = field(default_factory=dict)  # id -> (ru, kk)

    def __post_init__(self) -> None:
        self._params = {p.id: p for p in self.parameters}

    def word(self, context: str, text: str) -> str:  # not "tr": lupdate would read its calls
        return self.translate(context, text) or text

    def pick(self, ru: str, kk: str) -> str:
        return kk if self.lang == "kk" and kk else ru

    def token(self, token: Token) -> str:
        if not isinstance(token, dict):
            return "" if token is None else str(token)
        kind = token.get("ref")
        try:
            if kind == "msg":
                text = self.word("Cards", token["text"])
                for k, arg in enumerate(token.get("args", []), start=1):
                    text = text.replace(f"%{k}", self.token(arg))
                return text
            if kind == "factor":
                p = self._params.get(token["id"])
                return self.pick(p.name_ru, p.name_kk) if p else str(token["id"])
            if kind == "instrument":
                inst = self.library.get(token["id"])
                if inst is None:
                    return str(token["id"])
                return (inst.short_title if token.get("short") else inst.title).get(self.lang)
            if kind == "scale":
                inst = self.library.get(token["instrument"])
                if inst is None:
                    return str(token["id"])
                s = inst.scale(token["id"])
                return (s.short_name if token.get("short") else s.name).get(self.lang)
            if kind == "item":
                inst = self.library.get(token["instrument"])
                it = inst.item(token["id"]) if inst else None
                return it.text.get(self.lang) if it is not None and it.text else str(token["id"])
            if kind == "level":
                label = next((t for i, _lo, t in LEVEL_LABELS if i == token["id"]), token["id"])
                return self.word("Levels", label)
            if kind == "department":
                names = self.departments.get(token["id"]) if token["id"] is not None else None
                if names:
                    return self.pick(*names)
                return self.word("Cards", QT_TRANSLATE_NOOP("Cards", "department not given"))
            if kind == "num":
                return fmt_decimal(token["value"], token.get("decimals", 2), self.lang)
            if kind == "pct":
                whole = token["whole"]
                return (
                    f"{fmt_decimal(token['part'] * 100 / whole, 1, self.lang)} %" if whole else "–"
                )
            if kind == "text":
                return self.pick(token.get("ru", ""), token.get("kk", ""))
            if kind == "date":
                return date.fromisoformat(token["value"]).strftime("%d.%m.%Y")
        except (KeyError, LookupError, TypeError, ValueError):
            return ""
        return ""

    def value(self, value: object) -> object:
        """A field value as printed text; values that are not references are returned as is."""
        if not isinstance(value, dict):
            return value
        if value.get("ref") == AUTO:
            return "\n".join(
                "".join(self.token(t) for t in line) for line in value.get("lines", [])
            )
        if value.get("ref") == "state":
            text = self.value(value.get("value"))
            if not text:
                return ""
            change = self.value(value.get("change")) if value.get("change") else ""
            if change:
                text = f"{text}\n{change}"
            when = value.get("date")
            return f"{text}\n({date.fromisoformat(when):%d.%m.%Y})" if when else str(text)
        return self.token(value)
