"""Tag chips grouped by tag group: checkable buttons, reachable with Tab, toggled with Space."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QToolButton, QWidget

from wellness_app.domain.moods import TAG_GROUPS, Tag
from wellness_app.ui.common.display_names import tag_group_name
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.widgets.flow_layout import FlowLayout


class TagChips(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.chips: dict[str, QToolButton] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        """Rebuild the chips (keeps the current selection where the tag still exists)."""
        keep = set(self.selected())
        while self._form.rowCount():
            self._form.removeRow(0)
        self.chips = {}
        groups: dict[str, list[Tag]] = {}
        for tag in tags:
            groups.setdefault(tag.group, []).append(tag)
        order = [g for g in TAG_GROUPS if g in groups] + sorted(set(groups) - set(TAG_GROUPS))
        for group in order:
            row = QWidget()
            flow = FlowLayout(row)
            for tag in groups[group]:
                chip = QToolButton()
                chip.setText(tag.name)
                chip.setCheckable(True)
                chip.setChecked(tag.name in keep)
                chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                chip.setAccessibleName(translate("TagChips", "Tag {name}").format(name=tag.name))
                chip.setObjectName("tagChip")
                chip.setStyleSheet(
                    "QToolButton#tagChip { border: 1px solid palette(mid); border-radius: 12px;"
                    " padding: 3px 10px; }"
                    " QToolButton#tagChip:checked { background: palette(highlight);"
                    " color: palette(highlighted-text); border-color: palette(highlight); }"
                    " QToolButton#tagChip:focus { border: 2px solid palette(highlight); }")
                flow.addWidget(chip)
                self.chips[tag.name] = chip
            label = QLabel(tag_group_name(group))
            label.setStyleSheet("color: palette(placeholder-text); padding-top: 4px;")
            self._form.addRow(label, row)

    def selected(self) -> list[str]:
        return [name for name, chip in self.chips.items() if chip.isChecked()]

    def clear(self) -> None:
        for chip in self.chips.values():
            chip.setChecked(False)
