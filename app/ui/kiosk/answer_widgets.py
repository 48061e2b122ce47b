"""Touch-friendly answer controls. Each emits `answer_changed(value)`; value None = cleared.

Object names are stable (documented in docs/kiosk_object_names.md) so that accessibility tools
and end-to-end scripts can find every control: `<item id>_option_<n>`, `<item id>_part_<letter>`.

A control is reused for the next question when it can show it (`can_show`, then `show_item`):
building and styling new widgets for every question was most of the kiosk's time from a click
to the next question on screen. Reusing renames the controls, so a name always belongs to the
question on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.scoring.definitions import Item
from app.scoring.frame import PART_LETTERS
from app.ui.formatting import MINUS
from app.ui.kiosk.kiosk_button import KioskButton


def _wrap_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def _signed(value: int) -> str:
    """A bipolar scale point as printed: +2, −3 (a true minus sign, as the reports write it)."""
    return f"{value:+d}".replace("-", MINUS)


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

    def can_show(self, item: Item) -> bool:
        """Whether `show_item(item)` can turn this control into the one for `item`."""
        return False

    def show_item(self, item: Item, lang: str) -> None:
        """Become the (unanswered) control for `item`; only when `can_show(item)`."""
        raise NotImplementedError


class ScaleButtons(AnswerWidget):
    """A row of value buttons for rating and bipolar items (0–5, 1–8, 1–10, −3…+3)."""

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(item, lang, parent)
        fmt = item.format
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        outer.addLayout(row)
        self.left_label = self.right_label = None
        if item.left is not None:
            self.left_label = _wrap_label("", "pole_left")
            row.addWidget(self.left_label, 2)
        for value in fmt.allowed_values():
            button = KioskButton(_signed(value) if fmt.min < 0 else str(value))
            button.setCheckable(True)
            button.setMinimumWidth(54)  # height: the window's style sheet (scaled)
            self.group.addButton(button, value)
            self.buttons[value] = button
            row.addWidget(button, 1)
        if item.right is not None:
            self.right_label = _wrap_label("", "pole_right")
            row.addWidget(self.right_label, 2)
        # What the ends of the scale mean (the format's labels for min and max), under the
        # first and the last button: shown when the format has them and no poles are shown.
        self.min_label = _wrap_label("", "kiosk_scale_min")
        self.max_label = _wrap_label("", "kiosk_scale_max")
        self.max_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.min_label, 1)
        ends.addStretch(1)
        ends.addWidget(self.max_label, 1)
        outer.addLayout(ends)
        self.group.idClicked.connect(self._on_clicked)
        self._value: int | None = None
        self.show_item(item, lang)

    def can_show(self, item: Item) -> bool:
        # The same values (hence buttons) and the same poles: only texts and names change.
        return (
            item.format == self.item.format
            and (item.left is None) == (self.left_label is None)
            and (item.right is None) == (self.right_label is None)
        )

    def show_item(self, item: Item, lang: str) -> None:
        self.item, self.lang = item, lang
        labels = item.format.labels
        for value, button in self.buttons.items():
            button.setObjectName(f"{item.id}_option_{value}")
            text = labels[value].get(lang) if value in labels else ""
            button.setToolTip(text)
            button.setAccessibleDescription(text)
        fmt = item.format
        poles = item.left is not None or item.right is not None
        low = labels.get(fmt.min) if not poles else None
        high = labels.get(fmt.max) if not poles else None
        low_end, high_end = (_signed(v) if fmt.min < 0 else str(v) for v in (fmt.min, fmt.max))
        self.min_label.setText(f"{low_end} — {low.get(lang)}" if low is not None else "")
        self.max_label.setText(f"{high.get(lang)} — {high_end}" if high is not None else "")
        self._has_ends = (low is not None, high is not None)
        self.show_ends(True)
        if self.left_label is not None:
            self.left_label.setText(item.left.get(lang))
        if self.right_label is not None:
            self.right_label.setText(item.right.get(lang))
        self.set_value(None)

    def show_ends(self, shown: bool) -> None:
        """Show the meaning of the scale ends under this row (a block of rows of the same scale
        shows them under its first row only, so that five rows fit a 768 px screen)."""
        self.min_label.setVisible(shown and self._has_ends[0])
        self.max_label.setVisible(shown and self._has_ends[1])

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


class OptionButton(KioskButton):
    """A choice answer whose text wraps: a QPushButton draws its text on one line, cut at the
    right (Gerchikov has options of over 200 characters). The button draws its frame and fill;
    a word-wrapping label inside it, transparent to the mouse, draws the text, in the chosen
    colours when the button is checked (property `chosen`, for the style sheet)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("kiosk_option_text")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.addWidget(self.label)
        self.toggled.connect(self._show_chosen)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        # The button's height follows its text (heightForWidth): the layout holding the button
        # caches it, and only hears of the change from the button itself.
        self.updateGeometry()

    def set_solo(self, solo: bool) -> None:
        for widget, name in ((self, "kiosk_solo"), (self.label, "solo")):
            widget.setProperty(name, solo)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.updateGeometry()  # a new font: a new height (see set_label)

    def _show_chosen(self, checked: bool) -> None:
        if self.label.property("chosen") != checked:
            self.label.setProperty("chosen", checked)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        margins = self.layout().contentsMargins()
        text = self.label.heightForWidth(width - margins.left() - margins.right())
        return max(self.sizeHint().height(), text + margins.top() + margins.bottom())

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        hint.setWidth(100)  # the text wraps: any width will do
        return hint


class ChoiceList(AnswerWidget):
    """Single or multiple choice as a column of large toggle buttons."""

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(item, lang, parent)
        self.buttons: list[QPushButton] = []  # those of the current item, in option order
        self._spare: list[QPushButton] = []  # hidden, left over from an item with more options
        self._column = QVBoxLayout(self)
        self._column.setSpacing(8)
        self._chosen: list[int] = []
        self._solo = False
        self.show_item(item, lang)

    def can_show(self, item: Item) -> bool:
        return True  # buttons are added, or hidden, to match the number of options

    def show_item(self, item: Item, lang: str) -> None:
        self.item, self.lang = item, lang
        fmt = item.format
        self.multi = fmt.type == "multi"
        self.max_choices = (fmt.max_choices or len(fmt.options)) if self.multi else 1
        pool = self.buttons + self._spare
        while len(pool) < len(fmt.options):
            pool.append(self._new_button(len(pool) + 1))
        self.buttons, self._spare = pool[: len(fmt.options)], pool[len(fmt.options) :]
        for number, (button, option) in enumerate(
            zip(self.buttons, fmt.options, strict=True), start=1
        ):
            button.set_label(f"{number}.  {option.get(lang)}")
            button.setObjectName(f"{item.id}_option_{number}")
            button.setVisible(True)
        for button in self._spare:
            button.setVisible(False)
            button.setObjectName("")  # a hidden button answers to no question's name
        self.set_value(None)

    def _new_button(self, number: int) -> OptionButton:
        button = OptionButton()
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Left-aligned text: a dynamic property the window's style sheet selects on (a style
        # sheet per button costs a style of its own per button).
        button.setProperty("kiosk_option", True)
        button.set_solo(self._solo)
        button.clicked.connect(lambda _c=False, n=number: self._toggle(n))
        self._column.addWidget(button)
        return button

    def set_solo(self, solo: bool) -> None:
        """The only question on its screen: larger answers (the style sheet's `kiosk_solo`)."""
        if solo != self._solo:
            self._solo = solo
            for button in self.buttons + self._spare:
                button.set_solo(solo)

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
        for n, button in enumerate(self.buttons + self._spare, start=1):
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
    """Distribute `total` points among the parts (Herzberg 5 over 2, Ritchie–Martin 11 over 4).

    Each part has a row of number buttons 0…total: one tap gives that part its points, so an
    answer takes as many taps as there are parts (formerly up to a few dozen −/+ taps). The
    points still to give are shown large above the rows, and turn red when too many are given;
    the answer rules (app/scoring/answer_rules.py) still require the exact total. «Clear»
    takes the answer back (an unanswered split may be skipped like any question)."""

    def __init__(self, item: Item, lang: str, parent=None):
        super().__init__(item, lang, parent)
        fmt = item.format
        self.total = fmt.total
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.remaining_label = QLabel()
        self.remaining_label.setProperty("kiosk_remaining", True)
        self.clear_button = KioskButton()
        self.clear_button.clicked.connect(self._clear)
        top.addWidget(self.remaining_label, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        layout.addLayout(grid)
        self.part_labels: list[QLabel] = []
        self.rows: list[QWidget] = []  # one per part, named <item>_part_<letter>
        self.number_buttons: list[list[QPushButton]] = []
        for k in range(len(item.parts)):
            label = _wrap_label("")
            grid.addWidget(label, k, 0)
            row = QWidget()
            buttons_layout = QHBoxLayout(row)
            buttons_layout.setContentsMargins(0, 0, 0, 0)
            buttons_layout.setSpacing(4)
            buttons = []
            for points in range(self.total + 1):
                button = KioskButton(str(points))
                button.setCheckable(True)
                button.setProperty("kiosk_number", True)  # narrow: the style sheet
                button.clicked.connect(lambda _c=False, part=k, n=points: self._give(part, n))
                buttons_layout.addWidget(button)
                buttons.append(button)
            grid.addWidget(row, k, 1)
            self.part_labels.append(label)
            self.rows.append(row)
            self.number_buttons.append(buttons)
        grid.setColumnStretch(0, 1)
        self._points = [0] * len(item.parts)
        self._touched = False
        self.retranslate_ui()
        self.show_item(item, lang)

    def can_show(self, item: Item) -> bool:
        return len(item.parts) == len(self.rows) and item.format.total == self.total

    def show_item(self, item: Item, lang: str) -> None:
        self.item, self.lang = item, lang
        for k, part in enumerate(item.parts):
            letter = PART_LETTERS[k]
            self.part_labels[k].setText(part.get(lang))
            self.rows[k].setObjectName(f"{item.id}_part_{letter}")
            for points, button in enumerate(self.number_buttons[k]):
                button.setObjectName(f"{item.id}_part_{letter}_{points}")
        self.remaining_label.setObjectName(f"{item.id}_remaining")
        self.clear_button.setObjectName(f"{item.id}_clear")
        self.set_value(None)

    def _give(self, part: int, points: int) -> None:
        self._points[part] = points
        self._touched = True
        self._sync()
        self.answer_changed.emit(self.value())

    def _clear(self) -> None:
        if not self._touched:
            return
        self.set_value(None)
        self.answer_changed.emit(None)

    def _sync(self) -> None:
        for k, buttons in enumerate(self.number_buttons):
            for points, button in enumerate(buttons):
                button.setChecked(self._touched and points == self._points[k])
        self.clear_button.setVisible(self._touched)
        self._update_remaining()

    def remaining(self) -> int:
        return self.total - sum(self._points)

    def _update_remaining(self) -> None:
        remaining = self.remaining()
        if remaining > 0:
            text, state = self.tr("Points left to give: %1").replace("%1", str(remaining)), ""
        elif remaining == 0:
            text = self.tr("All points are given (%1) ✓").replace("%1", str(self.total))
            state = "done"
        else:
            text, state = (
                self.tr("Points too many: %1 — take them back").replace("%1", str(-remaining)),
                "over",
            )
        self.remaining_label.setText(text)
        if self.remaining_label.property("state") != state:
            self.remaining_label.setProperty("state", state)
            self.remaining_label.style().unpolish(self.remaining_label)
            self.remaining_label.style().polish(self.remaining_label)

    def retranslate_ui(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self._update_remaining()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def value(self) -> list[int] | None:
        return list(self._points) if self._touched else None

    def set_value(self, value: list[int] | None) -> None:
        self._touched = value is not None
        self._points = [int(v) for v in value] if value is not None else [0] * len(self.rows)
        self._sync()


class OwnVariant(QWidget):
    """ "Own variant": the respondent's own wording of a factor plus its rating."""

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

    def can_show(self, item: Item) -> bool:
        return item.own_variant and self.scale.can_show(item)

    def show_item(self, item: Item, lang: str) -> None:
        self.item = item
        self.text_edit.setObjectName(f"{item.id}_text")
        self.scale.show_item(item, lang)
        self.set_answer(None, "")

    def set_answer(self, value: int | None, text: str) -> None:
        """Show a stored answer without reporting it as a new one."""
        self.scale.set_value(value)
        self.text_edit.blockSignals(True)
        self.text_edit.setText(text)
        self.text_edit.blockSignals(False)

    def _emit(self, *_args) -> None:
        self.answer_changed.emit(self.scale.value(), self.text_edit.text().strip())

    def retranslate_ui(self) -> None:
        # Anonymous questionnaire: the hint asks for a factor, never for a name (PRODUCT.md §8).
        self.text_edit.setPlaceholderText(self.tr("Your own factor, in a few words (optional)"))


def answer_widget_class(item: Item) -> type[AnswerWidget] | type[OwnVariant]:
    if item.own_variant:
        return OwnVariant
    if item.format.type in ("rating", "bipolar"):
        return ScaleButtons
    if item.format.type in ("single", "multi"):
        return ChoiceList
    return PointSplit


def make_answer_widget(item: Item, lang: str) -> AnswerWidget | OwnVariant:
    return answer_widget_class(item)(item, lang)


def reusable_for(widget: QWidget | None, item: Item) -> bool:
    """Whether `widget` can become the control for `item` (see `show_item`)."""
    return type(widget) is answer_widget_class(item) and widget.can_show(item)
