"""A list model over domain insights (one sentence per row) and its wrapping delegate.

`domain.insights` writes each sentence in English for the CLI; here the same sentence is
rebuilt from the insight's numbers in the interface language: one whole sentence per
factor (word order differs between languages) with named placeholders, plus one of three
closing verdicts. A factor this table does not know keeps the domain's English sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wellness_app.domain.insights import MINUS, Insight
from wellness_app.ui import locale_format
from wellness_app.ui.i18n import translate

InsightRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# Factor key (or its prefix before ":" for tags and self-care items) → the sentence.
SENTENCES = {
    "daylight_30": QT_TRANSLATE_NOOP(
        "Insights", "On days with at least 30 minutes of daylight your mood averaged {with}, "
        "against {without} on other days (difference {difference}, 95 % CI {low} to {high}; "
        "{days_with} and {days_without} days)."),
    "lamp": QT_TRANSLATE_NOOP(
        "Insights", "On days with a light-therapy lamp session your mood averaged {with}, "
        "against {without} on other days (difference {difference}, 95 % CI {low} to {high}; "
        "{days_with} and {days_without} days)."),
    "activity_30": QT_TRANSLATE_NOOP(
        "Insights", "On days with at least 30 minutes of activity your mood averaged {with}, "
        "against {without} on other days (difference {difference}, 95 % CI {low} to {high}; "
        "{days_with} and {days_without} days)."),
    "sleep_7h": QT_TRANSLATE_NOOP(
        "Insights", "On days after at least 7 hours of sleep your mood averaged {with}, "
        "against {without} after less sleep (difference {difference}, 95 % CI {low} to "
        "{high}; {days_with} and {days_without} days)."),
    "next_day:daylight_30": QT_TRANSLATE_NOOP(
        "Insights", "On the day after a day with at least 30 minutes of daylight your mood "
        "averaged {with}, against {without} on other days (difference {difference}, 95 % CI "
        "{low} to {high}; {days_with} and {days_without} days)."),
    "next_day:lamp": QT_TRANSLATE_NOOP(
        "Insights", "On the day after a day with a light-therapy lamp session your mood "
        "averaged {with}, against {without} on other days (difference {difference}, 95 % CI "
        "{low} to {high}; {days_with} and {days_without} days)."),
    "next_day:activity_30": QT_TRANSLATE_NOOP(
        "Insights", "On the day after a day with at least 30 minutes of activity your mood "
        "averaged {with}, against {without} on other days (difference {difference}, 95 % CI "
        "{low} to {high}; {days_with} and {days_without} days)."),
    "next_day:sleep_7h": QT_TRANSLATE_NOOP(
        "Insights", "On the day after a day with at least 7 hours of sleep your mood "
        "averaged {with}, against {without} on other days (difference {difference}, 95 % CI "
        "{low} to {high}; {days_with} and {days_without} days)."),
    "tag": QT_TRANSLATE_NOOP(
        "Insights", "On days tagged “{name}” your mood averaged {with}, against {without} on "
        "other days (difference {difference}, 95 % CI {low} to {high}; {days_with} and "
        "{days_without} days)."),
    "selfcare": QT_TRANSLATE_NOOP(
        "Insights", "On days when you logged “{name}” your mood averaged {with}, against "
        "{without} on other days (difference {difference}, 95 % CI {low} to {high}; "
        "{days_with} and {days_without} days)."),
    "weekend": QT_TRANSLATE_NOOP(
        "Insights", "On Saturdays and Sundays your mood averaged {with}, against {without} on "
        "weekdays (difference {difference}, 95 % CI {low} to {high}; {days_with} and "
        "{days_without} days)."),
    "day_length_under_12h": QT_TRANSLATE_NOOP(
        "Insights", "On days with less than 12 hours from sunrise to sunset your mood "
        "averaged {with}, against {without} on longer days (difference {difference}, 95 % CI "
        "{low} to {high}; {days_with} and {days_without} days)."),
    "months_nov_feb": QT_TRANSLATE_NOOP(
        "Insights", "From November to February your mood averaged {with}, against {without} "
        "from March to October (difference {difference}, 95 % CI {low} to {high}; "
        "{days_with} and {days_without} days)."),
}


def _num(value: float) -> str:
    """One decimal the locale's way, a true minus sign, and never "−0.0"."""
    text = locale_format.number(value, 1)
    if text.lstrip("-\u2212") == locale_format.number(0.0, 1):
        return locale_format.number(0.0, 1)
    return text.replace("-", MINUS)


def verdict(item: Insight, comparisons: int) -> str:
    """The closing sentence: the same three cases as `domain.insights.compare`."""
    if item.clear:
        return translate("Insights", "A pattern, not proof of cause.")
    if item.ci_low > 0 or item.ci_high < 0:
        return translate("Insights", "With {count} comparisons made, this may still be "
                         "chance.").format(count=locale_format.number(comparisons))
    return translate("Insights", "The interval includes no difference, so this may be chance.")


def sentence(item: Insight, comparisons: int) -> str:
    """The insight in the interface language (the domain's English one if unknown)."""
    prefix, _, name = item.factor.partition(":")
    template = SENTENCES.get(item.factor) or (SENTENCES.get(prefix) if name else None)
    if template is None:
        return item.sentence
    body = translate("Insights", template).format_map({
        "with": _num(item.mean_with), "without": _num(item.mean_without),
        "difference": _num(item.difference), "low": _num(item.ci_low),
        "high": _num(item.ci_high), "days_with": locale_format.number(item.n_with),
        "days_without": locale_format.number(item.n_without), "name": name})
    return f"{body} {verdict(item, comparisons)}"


class InsightListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Insight] = []

    def set_items(self, items: list[Insight]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return sentence(item, len(self._items))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "InsightListModel",
                "Welch 95 % interval; a pattern is claimed only when the interval adjusted "
                "for the number of comparisons excludes zero.")
        if role == InsightRole:
            return item
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Row height from the wrapped sentence at the view's current width (the default
    delegate measures before the width is known and clips the last line)."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = max(120, view.viewport().width() - 24) if view is not None else 300
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, rect.height() + self.PADDING)
