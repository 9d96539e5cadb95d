"""Insights in the interface language: a list model over domain insights, one plain
sentence per row ("You tend to feel better on days with … — 3.6 on those days, 3.1 on
other days."), its strength words and the numbers behind "How sure is this?".

`domain.insights` writes the same sentences in English for the CLI; here they are rebuilt
from the insight's numbers with translatable pieces: a frame per direction, the condition
per factor, what the other days are called, and the strength words. A factor this table
does not know keeps the domain's English sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from wellness_app.domain.insights import MINUS, Insight
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

InsightRole = Qt.ItemDataRole.UserRole + 1
StrengthRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
FRAMES = {
    "better": QT_TRANSLATE_NOOP("Insights", "You tend to feel better {condition} — {with} "
                                "{those}, {without} {other}."),
    "worse": QT_TRANSLATE_NOOP("Insights", "You tend to feel worse {condition} — {with} "
                               "{those}, {without} {other}."),
    "same": QT_TRANSLATE_NOOP("Insights", "Your mood was about the same {condition} — {with} "
                              "{those}, {without} {other}."),
}
# Factor key (or its prefix before ":" for tags and self-care items) → when it holds.
CONDITIONS = {
    "daylight_30": QT_TRANSLATE_NOOP("Insights", "on days with at least 30 minutes of daylight"),
    "lamp": QT_TRANSLATE_NOOP("Insights", "on days with a light-therapy lamp session"),
    "activity_30": QT_TRANSLATE_NOOP("Insights", "on days with at least 30 minutes of activity"),
    "sleep_7h": QT_TRANSLATE_NOOP("Insights", "on days after at least 7 hours of sleep"),
    "next_day:daylight_30": QT_TRANSLATE_NOOP(
        "Insights", "on the day after a day with at least 30 minutes of daylight"),
    "next_day:lamp": QT_TRANSLATE_NOOP(
        "Insights", "on the day after a day with a light-therapy lamp session"),
    "next_day:activity_30": QT_TRANSLATE_NOOP(
        "Insights", "on the day after a day with at least 30 minutes of activity"),
    "next_day:sleep_7h": QT_TRANSLATE_NOOP(
        "Insights", "on the day after a day with at least 7 hours of sleep"),
    "tag": QT_TRANSLATE_NOOP("Insights", "on days tagged “{name}”"),
    "selfcare": QT_TRANSLATE_NOOP("Insights", "on days when you logged “{name}”"),
    "weekend": QT_TRANSLATE_NOOP("Insights", "on Saturdays and Sundays"),
    "day_length_under_12h": QT_TRANSLATE_NOOP(
        "Insights", "on days with less than 12 hours from sunrise to sunset"),
    "months_nov_feb": QT_TRANSLATE_NOOP("Insights", "from November to February"),
}
OTHERS = {
    "sleep_7h": QT_TRANSLATE_NOOP("Insights", "after less sleep"),
    "weekend": QT_TRANSLATE_NOOP("Insights", "on weekdays"),
    "day_length_under_12h": QT_TRANSLATE_NOOP("Insights", "on longer days"),
    "months_nov_feb": QT_TRANSLATE_NOOP("Insights", "from March to October"),
}
OTHER_DAYS = QT_TRANSLATE_NOOP("Insights", "on other days")
THOSE_DAYS = QT_TRANSLATE_NOOP("Insights", "on those days")
THOSE_MONTHS = QT_TRANSLATE_NOOP("Insights", "in those months")
STRENGTHS = {
    "clear": QT_TRANSLATE_NOOP("Insights", "a clear pattern"),
    "slight": QT_TRANSLATE_NOOP("Insights", "a slight pattern"),
    "chance": QT_TRANSLATE_NOOP("Insights", "may be chance"),
}


def _num(value: float) -> str:
    """One decimal the locale's way, a true minus sign, and never "−0.0"."""
    text = locale_format.number(value, 1)
    if text.lstrip("-\u2212") == locale_format.number(0.0, 1):
        return locale_format.number(0.0, 1)
    return text.replace("-", MINUS)


def sentence(item: Insight) -> str:
    """The insight in the interface language (the domain's English one if unknown)."""
    prefix, _, name = item.factor.partition(":")
    condition = CONDITIONS.get(item.factor) or (CONDITIONS.get(prefix) if name else None)
    if condition is None:
        return item.sentence
    frame = "same" if item.strength == "chance" else (
        "better" if item.difference > 0 else "worse")
    those = THOSE_MONTHS if item.factor == "months_nov_feb" else THOSE_DAYS
    return translate("Insights", FRAMES[frame]).format_map({
        "condition": translate("Insights", condition).format(name=name),
        "with": _num(item.mean_with), "without": _num(item.mean_without),
        "those": translate("Insights", those),
        "other": translate("Insights", OTHERS.get(item.factor, OTHER_DAYS))})


def strength_words(item: Insight) -> str:
    return translate("Insights", STRENGTHS[item.strength])


def detail(item: Insight) -> str:
    """The numbers and their caution, behind "How sure is this?"."""
    numbers = translate("Insights", "Difference {difference} (95 % interval {low} to {high}); "
                        "{days_with} days with, {days_without} without.").format(
        difference=_num(item.difference), low=_num(item.ci_low), high=_num(item.ci_high),
        days_with=locale_format.number(item.n_with),
        days_without=locale_format.number(item.n_without))
    count = locale_format.number(item.comparisons)
    if item.strength == "clear":
        claim = translate("Insights", "Even allowing for the {count} comparisons made, the "
                          "interval stays clear of no difference. A pattern, not proof of "
                          "cause.").format(count=count)
    elif item.strength == "slight":
        claim = translate("Insights", "Allowing for the {count} comparisons made, it could "
                          "still be chance. A pattern, not proof of cause.").format(count=count)
    else:
        claim = translate("Insights", "The interval includes no difference, so this may be "
                          "chance.")
    return f"{numbers} {claim}"


class InsightListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Insight] = []

    def set_items(self, items: list[Insight]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Insight]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return sentence(item)
        if role == StrengthRole:
            return strength_words(item)
        if role in (DetailRole, Qt.ItemDataRole.ToolTipRole):
            return detail(item)
        if role == InsightRole:
            return item
        return None
