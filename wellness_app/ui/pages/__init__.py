"""The sidebar's pages, in order. Each page module is imported only when first shown.

A page class takes `(ctx: UiContext, parent: QWidget | None = None)`; it may define
`refresh()` (called when shown) and `open_payload(payload)` (for `state.navigate`).
To add a page: one PageSpec line here.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class PageSpec(NamedTuple):
    key: str
    title: str  # shown as translate("pages", title); marked in TITLES
    target: str  # "module:Class"
    shortcut: str = ""


PAGES: list[PageSpec] = [
    PageSpec("today", "Today", "wellness_app.ui.pages.today:TodayPage", "Ctrl+1"),
    PageSpec("journal", "Journal", "wellness_app.ui.pages.journal:JournalPage", "Ctrl+2"),
    PageSpec("trends", "Trends", "wellness_app.ui.pages.trends:TrendsPage", "Ctrl+3"),
    PageSpec("year", "Year in pixels", "wellness_app.ui.pages.year:YearPage", "Ctrl+4"),
    PageSpec("light", "Light", "wellness_app.ui.pages.light:LightPage", "Ctrl+5"),
    PageSpec("movement", "Movement", "wellness_app.ui.pages.movement:MovementPage", "Ctrl+6"),
    PageSpec("selfcare", "Self-care", "wellness_app.ui.pages.selfcare:SelfCarePage", "Ctrl+7"),
    PageSpec("medications", "Medications",
             "wellness_app.ui.pages.medications:MedicationsPage", "Ctrl+8"),
    PageSpec("questionnaires", "Questionnaires",
             "wellness_app.ui.pages.questionnaires:QuestionnairesPage", "Ctrl+9"),
    PageSpec("safety", "Safety plan", "wellness_app.ui.pages.safety_plan:SafetyPlanPage"),
    PageSpec("treatments", "Treatments", "wellness_app.ui.pages.treatments:TreatmentsPage"),
]
# The titles above, marked for lupdate (it cannot see through PageSpec's argument).
TITLES = (
    QT_TRANSLATE_NOOP("pages", "Today"), QT_TRANSLATE_NOOP("pages", "Journal"),
    QT_TRANSLATE_NOOP("pages", "Trends"), QT_TRANSLATE_NOOP("pages", "Year in pixels"),
    QT_TRANSLATE_NOOP("pages", "Light"), QT_TRANSLATE_NOOP("pages", "Movement"),
    QT_TRANSLATE_NOOP("pages", "Self-care"), QT_TRANSLATE_NOOP("pages", "Medications"),
    QT_TRANSLATE_NOOP("pages", "Questionnaires"), QT_TRANSLATE_NOOP("pages", "Safety plan"),
    QT_TRANSLATE_NOOP("pages", "Treatments"),
)
