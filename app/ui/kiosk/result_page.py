"""Named sessions: the employee's own result per test, its interpretation, and his agreement."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.scoring.definitions import Instrument
from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.interpret import interpret
from app.ui.kiosk.pages import TranslatedPage
from app.ui.plots.bar_chart import BarChartWidget


class InstrumentResult(QFrame):
    agreement_changed = Signal(str, object, str)  # instrument id, agrees (bool|None), reason

    def __init__(self, inst: Instrument, answers: dict, lang: str, translate=None, parent=None):
        super().__init__(parent)
        self.setObjectName(f"result_{inst.id}")
        self.inst = inst
        self.translate = translate or (lambda _c, s: s)
        self.table = score(inst, answers_to_frame(inst, [answers]))
        self.title = QLabel()
        self.title.setObjectName("kiosk_question")
        self.title.setWordWrap(True)
        self.chart = BarChartWidget()
        self.chart.setObjectName(f"result_{inst.id}_chart")
        self.summary_label = QLabel()
        self.summary_label.setObjectName(f"result_{inst.id}_summary")
        self.summary_label.setWordWrap(True)
        self.set_language(lang)
        self.question_label = QLabel()
        self.yes_button = QPushButton()
        self.yes_button.setObjectName(f"result_{inst.id}_agree")
        self.no_button = QPushButton()
        self.no_button.setObjectName(f"result_{inst.id}_disagree")
        group = QButtonGroup(self)
        for b in (self.yes_button, self.no_button):
            b.setCheckable(True)
            group.addButton(b)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName(f"result_{inst.id}_reason")
        self.reason_edit.setVisible(False)
        self.yes_button.clicked.connect(self._emit)
        self.no_button.clicked.connect(self._emit)
        self.reason_edit.editingFinished.connect(self._emit)
        row = QHBoxLayout()
        row.addWidget(self.question_label, 1)
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addWidget(self.reason_edit)
        self.retranslate_ui()

    def set_language(self, lang: str) -> None:
        """The result worded in `lang` (scale names, the summary, the title): the words come
        from the instrument file and the interpretation, not from Qt's translator, so a
        language switch rewrites them here. The employee's agreement stays as given."""
        self.result = interpret(self.inst, self.table, 0, lang, self.translate)
        self.title.setText(self.inst.title.get(lang))
        self.chart.set_bars(
            [r.name for r in self.result.rows],
            [r.value for r in self.result.rows],
            highlight={i for i, r in enumerate(self.result.rows) if r.leading},
            decimals=self.result.decimals,
            suffix=self.result.suffix,
        )
        self.chart.setMinimumHeight(40 * len(self.result.rows) + 60)
        self.summary_label.setText(self.result.summary)

    def _emit(self) -> None:
        agrees = (
            True if self.yes_button.isChecked() else False if self.no_button.isChecked() else None
        )
        self.reason_edit.setVisible(agrees is False)
        self.agreement_changed.emit(self.inst.id, agrees, self.reason_edit.text().strip())

    def retranslate_ui(self) -> None:
        self.question_label.setText(self.tr("Do you agree with this result?"))
        self.yes_button.setText(self.tr("Yes"))
        self.no_button.setText(self.tr("No"))
        self.reason_edit.setPlaceholderText(self.tr("Why not? (optional)"))


class ResultPage(TranslatedPage):
    agreement_changed = Signal(str, object, str)

    def __init__(
        self,
        instruments: list[Instrument],
        answers: dict[str, dict],
        lang: str,
        translate=None,
        parent=None,
    ):
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("kiosk_title")
        content = QWidget()
        column = QVBoxLayout(content)
        self.results = []
        for inst in instruments:
            if inst.scoring.method == "factor_matrix":
                continue
            block = InstrumentResult(inst, answers.get(inst.id, {}), lang, translate)
            block.agreement_changed.connect(self.agreement_changed)
            column.addWidget(block)
            self.results.append(block)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def set_language(self, lang: str) -> None:
        for block in self.results:
            block.set_language(lang)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Your results"))
