"""Touch-friendly answer controls. Each emits `answer_changed(value)`; value None = cleared.

Object names are stable (documented in docs/kiosk_object_names.md) so that accessibility tools
and end-to-end scripts can find every control: `<item id>_option_<n>`, `<item id>_part_<letter>`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.scoring.frame import PART_LETTERS
from app.scoring.model import Item


def _wrap_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class AnswerWidget(QWidget):
    answer_changed = Signal(object)

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(parent)
        self.item = item
        self.lang = lang

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def choose_by_number(self, number: int) -> bool:
        """Keyboard digits: choose option/value `number`; False if it does not apply."""
        return False


class ScaleButtons(AnswerWidget):
    """A row of value buttons for rating and bipolar items (0–5, 1–8, 1–10, −3…+3)."""

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(item, lang, parent)
        fmt = item.format
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setSpacing(6)
        if item.left is not None:
            row.addWidget(_wrap_label(item.left.get(lang), "pole_left"), 2)
        for value in fmt.allowed_values():
            button = QPushButton(f"{value:+d}" if fmt.min < 0 else str(value))
            button.setCheckable(True)
            button.setObjectName(f"{item.id}_option_{value}")
            button.setMinimumSize(54, 54)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if value in fmt.labels:
                button.setToolTip(fmt.labels[value].get(lang))
                button.setAccessibleDescription(fmt.labels[value].get(lang))
            self.group.addButton(button, value)
            self.buttons[value] = button
            row.addWidget(button, 1)
        if item.right is not None:
            row.addWidget(_wrap_label(item.right.get(lang), "pole_right"), 2)
        self.group.idClicked.connect(self._on_clicked)
        self._value: int | None = None

    def _on_clicked(self, value: int) -> None:
        # Clicking the chosen value again clears it (a respondent may skip a question).
        self.set_value(None if self._value == value else value)
        self.answer_changed.emit(self._value)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for v, button in self.buttons.items():
            button.setChecked(v == value)

    def choose_by_number(self, number: int) -> bool:
        if number in self.buttons:
            self.set_value(number)
            self.answer_changed.emit(number)
            return True
        return False


class ChoiceList(AnswerWidget):
    """Single or multiple choice as a column of large toggle buttons."""

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(item, lang, parent)
        fmt = item.format
        self.multi = fmt.type == "multi"
        self.max_choices = (fmt.max_choices or len(fmt.options)) if self.multi else 1
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout(self)
        column.setSpacing(8)
        for number, option in enumerate(fmt.options, start=1):
            button = QPushButton(f"{number}.  {option.get(lang)}")
            button.setCheckable(True)
            button.setObjectName(f"{item.id}_option_{number}")
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setStyleSheet("text-align: left; padding: 8px 14px;")
            button.clicked.connect(lambda _c=False, n=number: self._toggle(n))
            column.addWidget(button)
            self.buttons.append(button)
        self._chosen: list[int] = []

    def _toggle(self, number: int) -> None:
        if not self.multi:
            self._chosen = [] if self._chosen == [number] else [number]
        elif number in self._chosen:
            self._chosen.remove(number)
        elif len(self._chosen) < self.max_choices:
            self._chosen.append(number)
        elif self.max_choices == 1:
            self._chosen = [number]
        # Otherwise the limit is reached: the click is ignored, the hint says why.
        self._sync()
        self.answer_changed.emit(self.value())

    def _sync(self) -> None:
        for n, button in enumerate(self.buttons, start=1):
            button.setChecked(n in self._chosen)

    def value(self) -> Any:
        if not self._chosen:
            return None
        return sorted(self._chosen) if self.multi else self._chosen[0]

    def set_value(self, value: Any) -> None:
        if value is None:
            self._chosen = []
        else:
            self._chosen = list(value) if isinstance(value, list) else [int(value)]
        self._sync()

    def choose_by_number(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons):
            self._toggle(number)
            return True
        return False


class PointSplit(AnswerWidget):
    """Distribute `total` points among the parts (Herzberg 5 over 2, Ritchie–Martin 11 over 4)."""

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(item, lang, parent)
        fmt = item.format
        self.total = fmt.total
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        self.spins: list[QSpinBox] = []
        for k, part in enumerate(item.parts):
            letter = PART_LETTERS[k]
            grid.addWidget(_wrap_label(part.get(lang)), k, 0)
            spin = QSpinBox()
            spin.setRange(0, self.total)
            spin.setObjectName(f"{item.id}_part_{letter}")
            spin.setFixedSize(80, 54)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # big buttons beside it
            spin.valueChanged.connect(self._on_changed)
            minus = QPushButton("−")
            minus.setObjectName(f"{item.id}_part_{letter}_minus")
            plus = QPushButton("+")
            plus.setObjectName(f"{item.id}_part_{letter}_plus")
            for button, step in ((minus, -1), (plus, 1)):
                button.setFixedSize(64, 54)
                button.clicked.connect(lambda _c=False, sp=spin, st=step: sp.setValue(sp.value() + st))
            grid.addWidget(minus, k, 1)
            grid.addWidget(spin, k, 2)
            grid.addWidget(plus, k, 3)
            self.spins.append(spin)
        grid.setColumnStretch(0, 1)
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName(f"{item.id}_remaining")
        grid.addWidget(self.remaining_label, len(item.parts), 0, 1, 4)
        self._touched = False
        self._update_remaining()

    def _on_changed(self) -> None:
        self._touched = True
        self._update_remaining()
        self.answer_changed.emit(self.value())

    def _update_remaining(self) -> None:
        remaining = self.total - sum(s.value() for s in self.spins)
        self.remaining_label.setText(self.tr("Points left to give: %1").replace("%1", str(remaining)))
        self.remaining_label.setProperty("over", remaining < 0)

    def value(self) -> list[int] | None:
        return [s.value() for s in self.spins] if self._touched else None

    def set_value(self, value: list[int] | None) -> None:
        for spin, v in zip(self.spins, value or [0] * len(self.spins), strict=True):
            spin.blockSignals(True)
            spin.setValue(int(v))
            spin.blockSignals(False)
        self._touched = value is not None
        self._update_remaining()


class OwnVariant(QWidget):
    """"Own variant": the respondent's own wording of a factor plus its rating."""

    answer_changed = Signal(object, str)

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(parent)
        self.item = item
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName(f"{item.id}_text")
        self.text_edit.setMaxLength(200)
        self.scale = ScaleButtons(item, lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.scale)
        self.text_edit.textChanged.connect(self._emit)
        self.scale.answer_changed.connect(self._emit)
        self.retranslate_ui()

    def _emit(self, *_args) -> None:
        self.answer_changed.emit(self.scale.value(), self.text_edit.text().strip())

    def retranslate_ui(self) -> None:
        # Anonymous questionnaire: the hint asks for a factor, never for a name (PRODUCT.md §8).
        self.text_edit.setPlaceholderText(self.tr("Your own factor, in a few words (optional)"))


def make_answer_widget(item: Item, lang: str) -> QWidget:
    if item.own_variant:
        return OwnVariant(item, lang)
    if item.format.type in ("rating", "bipolar"):
        return ScaleButtons(item, lang)
    if item.format.type in ("single", "multi"):
        return ChoiceList(item, lang)
    return PointSplit(item, lang)
