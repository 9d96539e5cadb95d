"""Today's entries, read-only, painted from a plain read of the file before the journal
is open (`services.today_snapshot`; no SQLAlchemy yet). `boot` shows it in the window's
page area during start-up; the real Today page replaces it once the journal is open.
It uses the Today page's words, so it needs no translations of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from wellness_app.domain.moods import TodaySnapshot
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.journal_model import JournalModel
from wellness_app.ui.common.widgets.entry_delegate import EntryDelegate

# Today's title and purpose (translate("pages", …)); TodayPage uses the same
TITLE = QT_TRANSLATE_NOOP("pages", "Today")
PURPOSE = QT_TRANSLATE_NOOP("pages", "Check in with your mood in a few seconds; tags, a "
                            "note and the time are optional.")


class TodayPreview(QWidget):
    def __init__(self, snapshot: TodaySnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        title = QLabel(translate("TodayPage", "How are you feeling?"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout.addWidget(title)
        opening = QLabel(translate("MainWindow", "Opening your journal…"))
        opening.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(opening)
        heading = QLabel(translate("TodayPage", "Today so far"))
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        heading.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        entries = list(reversed(snapshot.entries))  # newest first
        self.entries_model = JournalModel(group_by_day=False, parent=self)
        self.entries_model.set_entries(entries, display_labels(snapshot.labels))
        self.entries_view = QListView()
        self.entries_view.setModel(self.entries_model)
        self.entries_view.setItemDelegate(EntryDelegate(self.entries_view))
        self.entries_view.setAccessibleName(translate("TodayPage", "Today's entries"))
        self.entries_view.setMinimumHeight(200)
        self.empty = QLabel(translate("TodayPage",
                                      "Nothing logged yet today — how are you feeling?"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 15px;"
                                 " padding-top: 32px;")
        self.entries_stack = QStackedWidget()
        self.entries_stack.addWidget(self.empty)
        self.entries_stack.addWidget(self.entries_view)
        self.entries_stack.setCurrentWidget(self.entries_view if entries else self.empty)
        layout.addWidget(self.entries_stack, 1)

    def first_paint_widget(self) -> QWidget:
        """What paints today's entries (the list's viewport, or the empty-state text)."""
        return self.entries_view.viewport() if self.entries_stack.currentIndex() \
            else self.empty
