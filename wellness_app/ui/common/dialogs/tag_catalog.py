"""The tag catalogue: add, rename, move to another group, archive or restore. Tags show
as the person wrote them, under a heading per group."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import TAG_GROUPS, Tag
from wellness_app.services.facade import Services
from wellness_app.ui.common.display_names import tag_group_name

TAG_ROLE = Qt.ItemDataRole.UserRole + 1


class TagCatalogDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags = services.tags
        self._archived: set[int] = set()
        self.changed = False
        self.setWindowTitle(self.tr("Edit tags"))
        self.resize(520, 520)
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setAccessibleName(self.tr("Tags by group"))
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.view, 1)
        grid = QGridLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Tag name"))
        self.group = QComboBox()
        self.group.setEditable(True)
        for group in TAG_GROUPS:  # shown in the interface language, stored by its key
            self.group.addItem(tag_group_name(group), group)
        self.group.setAccessibleName(self.tr("Tag group"))
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(QLabel(self.tr("Group")), 1, 0)
        grid.addWidget(self.group, 1, 1)
        self.add_button = QPushButton(self.tr("&Add new tag"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.regroup_button = QPushButton(self.tr("&Move to group"))
        self.archive_button = QPushButton(self.tr("Ar&chive"))
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.regroup_button,
                       self.archive_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        layout.addLayout(grid)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.regroup_button.clicked.connect(self._regroup)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        active = {t.id for t in self._tags.all()}
        everything = self._tags.all(include_archived=True)
        self._archived = {t.id for t in everything if t.id is not None and t.id not in active}
        self.model.clear()
        headings: dict[str, QStandardItem] = {}
        groups = [*TAG_GROUPS, *sorted({t.group for t in everything} - set(TAG_GROUPS))]
        for group in groups:
            heading = QStandardItem(tag_group_name(group))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a tag to pick
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            headings[group] = heading
        chosen: QStandardItem | None = None
        for tag in everything:
            archived = tag.id in self._archived
            item = QStandardItem(self.tr("{name} (archived)").format(name=tag.name)
                                 if archived else tag.name)
            item.setData(tag, TAG_ROLE)
            if archived:
                item.setForeground(self.palette().placeholderText())
            headings[tag.group].appendRow(item)
            if tag.id == select_id:
                chosen = item
        for group in groups:
            if headings[group].rowCount():
                self.model.appendRow(headings[group])
        self.view.expandAll()
        if chosen is not None:
            self.view.setCurrentIndex(chosen.index())

    def current_tag(self) -> Tag | None:
        index = self.view.currentIndex()
        return index.data(TAG_ROLE) if index.isValid() else None

    def group_key(self) -> str:
        """The chosen group: a built-in one by its stored key, or the name typed."""
        text = self.group.currentText().strip()
        index = self.group.findText(text, Qt.MatchFlag.MatchFixedString)
        key = self.group.itemData(index) if index >= 0 else None
        return str(key) if key else (text or "other")

    def _on_current(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            self.name.setText(tag.name)
            self.group.setCurrentText(tag_group_name(tag.group))
            self.archive_button.setText(self.tr("Restore") if tag.id in self._archived
                                        else self.tr("Ar&chive"))

    def _run(self, action: Callable[[], Tag], success: str) -> None:
        try:
            tag = action()
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.changed = True
        self.message.setText(success.format(name=tag.name))
        self.reload(select_id=tag.id)

    def _add(self) -> None:
        group = self.group_key()
        self._run(lambda: self._tags.add(self.name.text(), group), self.tr("Added “{name}”."))

    def _rename(self) -> None:
        tag = self.current_tag()
        if tag is not None and tag.id is not None:
            tag_id = tag.id
            self._run(lambda: self._tags.rename(tag_id, self.name.text()),
                      self.tr("Renamed to “{name}”."))

    def _regroup(self) -> None:
        tag = self.current_tag()
        if tag is not None and tag.id is not None:
            tag_id, group = tag.id, self.group_key()
            self._run(lambda: self._tags.regroup(tag_id, group),
                      self.tr("Moved “{name}”."))

    def _toggle_archive(self) -> None:
        tag = self.current_tag()
        if tag is not None and tag.id is not None:
            tag_id = tag.id
            archived = tag_id in self._archived
            self._run(lambda: self._tags.archive(tag_id, not archived),
                      self.tr("Restored “{name}”.") if archived
                      else self.tr("Archived “{name}”; past entries keep it."))

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> bool:
        """Show the catalogue; True if anything changed."""
        dialog = cls(services, parent)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()
