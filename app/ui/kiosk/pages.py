"""The kiosk's screens. Content texts come from instrument files in the respondent's language;
program texts go through tr() and follow the application translator (switched live)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.scoring.flow import KioskFlow, Step
from app.scoring.vocab import TENURE_BANDS
from app.ui.kiosk.answer_widgets import OwnVariant, make_answer_widget, reusable_for
from app.ui.kiosk.kiosk_style import SOLO_MAX_WIDTH_PX
from app.ui.texts import tenure_band_text


def _label(object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def transparent_scroll_area(content: QWidget) -> QScrollArea:
    """A frameless scroll area through which the window's background shows.

    The window's style sheet makes scroll areas transparent, but QAbstractScrollArea fills its
    viewport, and QScrollArea.setWidget() its widget, with that background anyway: blending a
    fully transparent fill over the whole page on every repaint made repainting a question
    screen take about twice as long. With the fills off the look is the same."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return scroll


class TranslatedPage(QWidget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        pass


class StartPage(TranslatedPage):
    language_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title_label = _label("kiosk_title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = _label("kiosk_text")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Endonyms: each button is labelled in its own language, whatever the current one.
        self.kk_button = QPushButton("Қазақ тілінде бастау")
        self.kk_button.setObjectName("kiosk_start_kk")
        self.ru_button = QPushButton("Начать на русском языке")
        self.ru_button.setObjectName("kiosk_start_ru")
        for button, lang in ((self.kk_button, "kk"), (self.ru_button, "ru")):
            button.setMinimumSize(360, 90)
            button.clicked.connect(lambda _c=False, lg=lang: self.language_chosen.emit(lg))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.kk_button)
        buttons.addSpacing(40)
        buttons.addWidget(self.ru_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        layout.addSpacing(20)
        layout.addWidget(self.text_label)
        layout.addSpacing(40)
        layout.addLayout(buttons)
        self.problem_label = _label("kiosk_message")
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem_label.setVisible(False)
        layout.addSpacing(20)
        layout.addWidget(self.problem_label)
        layout.addStretch(3)
        self.retranslate_ui()

    def set_problem(self, text: str) -> None:
        """Why the survey did not start (the window words it); "" hides it."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def set_named(self, employee_name: str) -> None:
        self._named = employee_name
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = getattr(self, "_named", "")
        if name:
            self.title_label.setText(self.tr("Motivation tests for %1").replace("%1", name))
            self.text_label.setText(
                self.tr(
                    "You agreed to take these tests. At the end you will see your own result and "
                    "can say whether you agree with it."
                )
            )
        else:
            self.title_label.setText(self.tr("Anonymous survey of work motivation"))
            self.text_label.setText(
                self.tr(
                    "Your answers are anonymous: no name is asked and nobody can tell which answers "
                    "are yours. Choose the language to begin; you can switch it at any time."
                )
            )


class ChoiceRow(QWidget):
    """Large toggle buttons for one demographic question; clicking the chosen one clears it."""

    changed = Signal(object)

    def __init__(self, name: str, options: list[tuple[object, str]], parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.values = [value for value, _ in options]
        layout = QGridLayout(self)
        for index, (_value, text) in enumerate(options):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus frame
            button.setObjectName(f"kiosk_{name}_{index + 1}")
            self.group.addButton(button, index)
            layout.addWidget(button, index // 4, index % 4)
        self.group.idClicked.connect(self._on_clicked)
        self.value = None

    def _on_clicked(self, index: int) -> None:
        value = self.values[index]
        self.set_value(None if self.value == value else value)
        self.changed.emit(self.value)

    def set_value(self, value) -> None:
        self.value = value
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(self.values[index] == value)

    def set_texts(self, texts: list[str]) -> None:
        for button, text in zip(self.group.buttons(), texts, strict=True):
            button.setText(text)


class DemographicsPage(TranslatedPage):
    """Optional questions; every one may be left unanswered."""

    changed = Signal(str, object)

    def __init__(self, asked: tuple[str, ...], departments: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.asked = asked
        self.rows: dict[str, ChoiceRow] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.title_label = _label("kiosk_question")
        self.hint_label = _label("kiosk_hint")
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        specs = {
            "department": departments,
            "tenure_band": [(b, tenure_band_text(b)) for b in TENURE_BANDS],
            "is_manager": [(True, ""), (False, "")],
            "gender": [("female", ""), ("male", "")],
        }
        for key in asked:
            self.labels[key] = _label("kiosk_item_text")
            self.rows[key] = ChoiceRow(key, specs[key])
            self.rows[key].changed.connect(lambda v, k=key: self.changed.emit(k, v))
            layout.addWidget(self.labels[key])
            layout.addWidget(self.rows[key])
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("A few questions about you"))
        self.hint_label.setText(
            self.tr(
                "All optional. They are used only for group figures, and no figure is ever shown for "
                "a group of fewer people than the anonymity threshold."
            )
        )
        titles = {
            "department": self.tr("Your department"),
            "tenure_band": self.tr("Your length of service in the organisation"),
            "is_manager": self.tr("Do you hold a managerial position?"),
            "gender": self.tr("Gender"),
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        if "tenure_band" in self.rows:
            self.rows["tenure_band"].set_texts([tenure_band_text(b) for b in TENURE_BANDS])
        if "is_manager" in self.rows:
            self.rows["is_manager"].set_texts([self.tr("Yes"), self.tr("No")])
        if "gender" in self.rows:
            self.rows["gender"].set_texts([self.tr("Female"), self.tr("Male")])


class IntroPage(TranslatedPage):
    def __init__(self, title: str, instructions: str, parent=None):
        super().__init__(parent)
        self.title_label = _label("kiosk_title")
        self.title_label.setText(title)
        self.text_label = _label("kiosk_instructions")
        self.text_label.setText(instructions)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addSpacing(16)
        layout.addWidget(self.text_label)
        layout.addStretch(2)


class _ItemRow:
    """One question of an items screen: a framed box with its text, a hint on how to answer, and
    the answer control. Rows are refilled from one screen to the next (ItemsPage.show_step)."""

    def __init__(self) -> None:
        self.item_id = ""
        self.frame = QFrame()
        self.frame.setObjectName("kiosk_item")
        self.box = QVBoxLayout(self.frame)
        self.box.setContentsMargins(10, 4, 10, 8)  # five rows fit a 768 px screen
        self.box.setSpacing(4)
        self.text_label = _label("kiosk_item_text")
        self.hint_label = _label("kiosk_hint")
        self.box.addWidget(self.text_label)
        self.box.addWidget(self.hint_label)
        self.widget: QWidget | None = None


class ItemsPage(TranslatedPage):
    """One question, or a compact block of rating rows, of one instrument.

    A screen with one question uses the page: its block is centred vertically and
    horizontally, at most `SOLO_MAX_WIDTH_PX` (scaled) wide, and choice answers are larger
    (`ChoiceList.set_solo`). A block of rows keeps the full width and starts at the top.

    The window keeps the page from one screen of questions to the next and refills it
    (`show_step`): rows, labels and answer controls are reused where they fit, because building
    and styling new widgets was most of the time from a click to the next question painted."""

    answer_changed = Signal(str, object, str)  # item id, value, own text

    def __init__(self, flow: KioskFlow, step: Step, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.widgets: dict[str, QWidget] = {}
        self._rows: list[_ItemRow] = []
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._base_margin = self._layout.contentsMargins().left()
        self.group_label = _label("kiosk_group")
        self.counter_label = _label("kiosk_counter", wrap=False)
        self._counter = (0, 0, 0)  # first and last question on screen, questions in the test
        self._layout.addWidget(self.counter_label)
        self._layout.addWidget(self.group_label)
        self._layout.addStretch(0)  # above the questions: takes half the room on a solo screen
        self._layout.addStretch(1)
        self._scale = 1.0
        self._solo = False
        self.scroll = transparent_scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.show_step(flow, step, lang)

    def show_step(self, flow: KioskFlow, step: Step, lang: str) -> None:
        """Show `step`'s questions with the answers the flow holds."""
        inst = flow.instrument(step.instrument_id)
        items = [inst.item(item_id) for item_id in step.item_ids]
        self.lang = lang
        self.instrument_id = inst.id
        visible = [i.id for i in flow.visible_items(inst)]
        first = visible.index(items[0].id) + 1 if items[0].id in visible else 0
        self._counter = (first, first + len(items) - 1, len(visible))
        self._show_counter()
        group = items[0].group
        self.group_label.setText(group.get(lang) if group is not None else "")
        self.group_label.setVisible(group is not None)
        while len(self._rows) < len(items):
            row = _ItemRow()
            self._layout.insertWidget(len(self._rows) + 3, row.frame)  # after the top stretch
            row.frame.setVisible(True)  # at once, not when the page is next shown
            self._rows.append(row)
        for row in self._rows[len(items) :]:  # a shorter block than the last one
            self._discard(row.frame)
        del self._rows[len(items) :]
        self.widgets = {}
        for row, item in zip(self._rows, items, strict=True):
            row.item_id = item.id
            if item.text is not None:
                row.text_label.setText(f"{item.number or item.id[1:]}. {item.text.get(lang)}")
            row.text_label.setVisible(item.text is not None)
            hint = self._choice_hint(item)
            row.hint_label.setText(hint)
            row.hint_label.setVisible(bool(hint))
            if reusable_for(row.widget, item):
                row.widget.show_item(item, lang)
            else:
                if row.widget is not None:
                    self._discard(row.widget)
                row.widget = self._answer_widget(row, item, lang)
                row.box.addWidget(row.widget)
                row.widget.setVisible(True)
            key = (inst.id, item.id)
            if isinstance(row.widget, OwnVariant):
                row.widget.set_answer(flow.answers.get(key), flow.own_texts.get(key, ""))
            else:
                row.widget.set_value(flow.answers.get(key))
            self.widgets[item.id] = row.widget
            if hasattr(row.widget, "show_ends"):  # a block's rows share one scale
                row.widget.show_ends(row is self._rows[0])
        self._solo = len(items) == 1
        for row in self._rows:
            if hasattr(row.widget, "set_solo"):
                row.widget.set_solo(self._solo)
        self._layout.setStretch(2, 1 if self._solo else 0)
        for row in self._rows:
            # Heights follow the texts (wrapping answers): each layout caches the height of
            # its widgets for a width, and only hears of a new one from the widget itself.
            row.widget.updateGeometry()
            row.frame.updateGeometry()
        self._apply_width()
        self.scroll.verticalScrollBar().setValue(0)  # a new screen starts at its top

    def set_scale(self, scale: float) -> None:
        """The window's scale (kiosk_style.kiosk_scale): the widest a one-question block gets."""
        self._scale = scale
        self._apply_width()

    def _apply_width(self) -> None:
        """A one-question screen: side margins that centre a block of at most the solo width."""
        available = self.width()  # the scroll area's (frameless, no scroll bar); its viewport
        # may not have been resized yet when the page is first laid out
        widest = round(SOLO_MAX_WIDTH_PX * self._scale)
        side = max(0, (available - widest) // 2) if self._solo else 0
        margins = self._layout.contentsMargins()
        if margins.left() != side + self._base_margin:
            self._layout.setContentsMargins(
                side + self._base_margin, margins.top(), side + self._base_margin, margins.bottom()
            )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_width()

    def _show_counter(self) -> None:
        first, last, total = self._counter
        if first == last:
            text = self.tr("Question %1 of %2")
        else:
            text = self.tr("Questions %1–%3 of %2").replace("%3", str(last))
        self.counter_label.setText(text.replace("%1", str(first)).replace("%2", str(total)))
        self.counter_label.setVisible(first > 0)

    def retranslate_ui(self) -> None:
        self._show_counter()

    def _answer_widget(self, row: _ItemRow, item, lang: str) -> QWidget:
        widget = make_answer_widget(item, lang)
        # The row, not the item, is bound: the control may show another item later.
        if isinstance(widget, OwnVariant):
            widget.answer_changed.connect(
                lambda v, t, r=row: self.answer_changed.emit(r.item_id, v, t)
            )
        else:
            widget.answer_changed.connect(
                lambda v, r=row: self.answer_changed.emit(r.item_id, v, "")
            )
        return widget

    @staticmethod
    def _discard(widget: QWidget) -> None:
        # Detached at once, so that no control of another question stays findable by name.
        widget.setParent(None)
        widget.deleteLater()

    def _choice_hint(self, item) -> str:
        fmt = item.format
        if fmt.type == "single":
            return self.tr("Choose one answer.")
        if fmt.type == "multi":
            if fmt.max_choices is None:
                return self.tr("Choose as many answers as apply.")
            if fmt.min_choices == fmt.max_choices:
                return self.tr("Choose %n answer(s).", "", fmt.max_choices)
            return (
                self.tr("Choose from %1 to %2 answers.")
                .replace("%1", str(fmt.min_choices))
                .replace("%2", str(fmt.max_choices))
            )
        if fmt.type == "split":
            return self.tr("Share %n point(s) between the statements.", "", fmt.total)
        return ""

    def mark_unsaved(self, item_ids: set[str]) -> None:
        """Frame in red the questions whose answer is on screen but not stored yet."""
        for row in self._rows:
            unsaved = row.item_id in item_ids
            if row.frame.property("unsaved") != unsaved:
                row.frame.setProperty("unsaved", unsaved)
                row.frame.style().unpolish(row.frame)
                row.frame.style().polish(row.frame)

    def choose_by_number(self, number: int) -> bool:
        """Digits answer the question on a one-question screen."""
        if len(self.widgets) != 1:
            return False
        widget = next(iter(self.widgets.values()))
        return hasattr(widget, "choose_by_number") and widget.choose_by_number(number)


class ReviewPage(TranslatedPage):
    item_requested = Signal(str, str)

    def __init__(self, flow: KioskFlow, lang: str, parent=None):
        super().__init__(parent)
        self.flow = flow
        self.lang = lang
        self.title_label = _label("kiosk_title")
        self.text_label = _label("kiosk_text")
        list_widget = QWidget()
        self.list_layout = QVBoxLayout(list_widget)
        scroll = transparent_scroll_area(list_widget)
        # A long list scrolls down, never sideways: long question texts are cut at the right.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_scroll = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addWidget(scroll, 1)
        self.missing = flow.unanswered()
        for inst_id, item_id in self.missing:
            inst = flow.instrument(inst_id)
            item = inst.item(item_id)
            text = (
                item.text.get(lang)
                if item.text
                else f"{item.left.get(lang)} — {item.right.get(lang)}"
            )
            button = QPushButton(f"{inst.short_title.get(lang)}: {item_id[1:]}. {text[:90]}")
            button.setObjectName(f"kiosk_review_{inst_id}_{item_id}")
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(
                lambda _c=False, i=inst_id, q=item_id: self.item_requested.emit(i, q)
            )
            self.list_layout.addWidget(button)
        self.list_layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        n = len(self.missing)
        if n:
            self.title_label.setText(self.tr("%n question(s) left unanswered", "", n))
            self.text_label.setText(
                self.tr("You may answer them now (tap a question) or finish without them.")
            )
        else:
            self.title_label.setText(self.tr("All questions are answered"))
            self.text_label.setText(self.tr("Press «Finish» to submit your answers."))


class ThanksPage(TranslatedPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title_label = _label("kiosk_title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = _label("kiosk_text")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Thank you!"))
        self.text_label.setText(
            self.tr(
                "Your answers have been saved. The survey will be ready "
                "for the next colleague in a few seconds."
            )
        )


class NoticePage(TranslatedPage):
    """Something ended the respondent's session from outside (another computer, HR): say so
    plainly and offer a fresh start (the window also returns to the start after a while)."""

    restart_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title_label = _label("kiosk_title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = _label("kiosk_text")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("kiosk_notice_restart")
        self.restart_button.setMinimumSize(360, 80)
        self.restart_button.clicked.connect(self.restart_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addSpacing(20)
        layout.addWidget(self.text_label)
        layout.addSpacing(40)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("This survey was closed"))
        self.text_label.setText(
            self.tr(
                "Your survey was ended from another computer (for example by the HR staff), so "
                "answers can no longer be added to it. The answers saved before that are kept but "
                "do not count as a completed survey. Please start again from the beginning."
            )
        )
        self.restart_button.setText(self.tr("Start again"))
