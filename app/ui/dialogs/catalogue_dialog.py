"""HR edits the motivator map (App. 7) and the list of motivation instruments (table 8.2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.data.catalogues import (
    CatalogueError,
    add_motivator,
    add_tool,
    motivation_tools,
    motivator_groups,
    update_entry,
)
from app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogue_dialog")
        self.context = context
        self.resize(900, 620)
        self.tabs = QTabWidget()
        self.map_tree = self._tree("catalogue_map")
        self.tool_tree = self._tree("catalogue_tools")
        self.tabs.addTab(self.map_tree, "")
        self.tabs.addTab(self.tool_tree, "")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button, self.toggle_button, self.print_button, self.close_button = (
            QPushButton() for _ in range(4)
        )
        self.add_button.setObjectName("catalogue_add")
        self.toggle_button.setObjectName("catalogue_toggle")
        self.add_button.clicked.connect(self.add_entry)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.print_button.clicked.connect(self.print_map)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.toggle_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.reload()

    def _tree(self, name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setColumnCount(2)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree.itemChanged.connect(self._renamed)
        return tree

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Catalogues"))
        self.tabs.setTabText(0, self.tr("Motivator map"))
        self.tabs.setTabText(1, self.tr("Motivation instruments"))
        for tree in (self.map_tree, self.tool_tree):
            tree.setHeaderLabels(["Русский", "Қазақша"])
        self.hint.setText(
            self.tr(
                "Double-click a name to edit it. Entries used on cards are never deleted: "
                "retire one to stop offering it (it stays on existing cards, shown in grey)."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.toggle_button.setText(self.tr("Retire / restore"))
        self.print_button.setText(self.tr("Print the map…"))
        self.close_button.setText(self.tr("Close"))

    def reload(self) -> None:
        self._loading = True
        with self.context.database.session() as session:
            self.map_tree.clear()
            for group in motivator_groups(session):
                parent = QTreeWidgetItem([group.name_ru, group.name_kk])
                parent.setData(0, ID_ROLE, group.id)
                parent.setData(0, KIND_ROLE, "group")
                self.map_tree.addTopLevelItem(parent)
                for m in group.motivators:
                    parent.addChild(self._entry(m, "motivator"))
                parent.setExpanded(True)
            self.tool_tree.clear()
            for tool in motivation_tools(session):
                self.tool_tree.addTopLevelItem(self._entry(tool, "tool"))
        self._loading = False

    def _entry(self, row, kind: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([row.name_ru, row.name_kk])
        item.setData(0, ID_ROLE, row.id)
        item.setData(0, KIND_ROLE, kind)
        item.setData(1, ID_ROLE, row.is_active)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if not row.is_active:
            for col in (0, 1):
                item.setForeground(col, Qt.GlobalColor.gray)
        return item

    def _renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._loading or item.data(0, KIND_ROLE) == "group":
            return
        self._save(item, bool(item.data(1, ID_ROLE)))

    def _save(self, item: QTreeWidgetItem, active: bool) -> None:
        try:
            with self.context.database.session() as session:
                update_entry(
                    session,
                    item.data(0, KIND_ROLE),
                    item.data(0, ID_ROLE),
                    item.text(0),
                    item.text(1),
                    active,
                )
                session.commit()
        except CatalogueError:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The Russian name cannot be empty.")
            )
        self.reload()

    def toggle_active(self) -> None:
        tree = self.tabs.currentWidget()
        item = tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) == "group":
            return
        self._save(item, not bool(item.data(1, ID_ROLE)))

    def add_entry(self) -> None:
        ru, ok = QInputDialog.getText(self, self.tr("Add"), self.tr("Name in Russian:"))
        if not ok or not ru.strip():
            return
        kk, ok = QInputDialog.getText(self, self.tr("Add"), self.tr("Name in Kazakh:"))
        if not ok:
            return
        with self.context.database.session() as session:
            if self.tabs.currentIndex() == 0:
                item = self.map_tree.currentItem()
                if item is None:
                    return
                group_item = item if item.data(0, KIND_ROLE) == "group" else item.parent()
                add_motivator(session, group_item.data(0, ID_ROLE), ru, kk)
            else:
                add_tool(session, ru, kk)
            session.commit()
        self.reload()

    def print_map(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.data.queries import organisation
        from app.reports.motivator_map import render_motivator_map
        from app.reports.pdf import write_atomically
        from app.services.report_data import load_motivator_map, organisation_name
        from app.ui.dialogs.print_dialog import ask_language
        from app.ui.i18n import report_translator

        lang = ask_language(self, self.context)
        if lang is None:
            return
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path.home() / f"motivator-map-{lang}.pdf"), "PDF (*.pdf)"
        )
        if not name:
            return
        with self.context.database.session() as session:
            org = organisation(session)
            data = render_motivator_map(
                load_motivator_map(session, lang),
                organisation_name(session, org.id, lang) if org else "",
                lang,
                report_translator(lang),
            )
        write_atomically(data, Path(name))
