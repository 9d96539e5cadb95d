"""Table model over saved questionnaires (newest first): date, total, band, item 9.

The page shows date, total and band (they fit a narrow pane in any language); every
cell's tooltip, and the page's details line, give the whole record (`details`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import questionnaire_wording, shown_band
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class AssessmentsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentsModel", "Date"),
        QT_TRANSLATE_NOOP("AssessmentsModel", "Questionnaire"),
        QT_TRANSLATE_NOOP("AssessmentsModel", "Total"),
        QT_TRANSLATE_NOOP("AssessmentsModel", "Range"),
        QT_TRANSLATE_NOOP("AssessmentsModel", "Item 9"),
        QT_TRANSLATE_NOOP("AssessmentsModel", "Difficulty"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[AssessmentRecord] = []

    def set_records(self, records: list[AssessmentRecord]) -> None:
        """Records oldest first (as the service returns them); shown newest first."""
        self.beginResetModel()
        self._records = list(reversed(records))
        self.endResetModel()

    def record(self, row: int) -> AssessmentRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AssessmentsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return details(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(record: AssessmentRecord, column: int) -> str:
        if column == 0:
            return fmt.short_date(record.moment.local.date())
        if column == 1:
            return record.questionnaire.title
        if column == 2:
            return f"{record.total} / {record.questionnaire.max_total}"
        if column == 3:
            return shown_band(record.kind, record.total)
        words = questionnaire_wording(record.kind)
        if column == 4:
            return "" if record.item9 is None else words.answers[record.item9]
        return difficulty_answer(words.difficulty_answers, record.difficulty)


def details(record: AssessmentRecord) -> str:
    """One line with everything about a record: when (with the time), the score and band,
    and for the PHQ-9 the item 9 and difficulty answers."""
    words = questionnaire_wording(record.kind)
    parts = [fmt.date_and_time(record.moment.local),
             f"{record.questionnaire.title} {record.total} / {record.questionnaire.max_total}"
             f" ({shown_band(record.kind, record.total)})"]
    if record.item9 is not None:
        parts.append(translate("AssessmentsModel", "item 9: {answer}").format(
            answer=words.answers[record.item9]))
    answer = difficulty_answer(words.difficulty_answers, record.difficulty)
    if answer:
        parts.append(translate("AssessmentsModel", "difficulty: {answer}").format(
            answer=answer))
    return " · ".join(parts)


def difficulty_answer(answers: tuple[str, ...], difficulty: int | None) -> str:
    """The difficulty answer, or "" when none was given or the questionnaire's wording
    has no such question (a GAD-7 from the demo data or an import may still carry one)."""
    if difficulty is None or not 0 <= difficulty < len(answers):
        return ""
    return answers[difficulty]
