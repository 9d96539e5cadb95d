"""The sidebar's pages, in order. Each page module is imported only when first shown.

A page class takes `(ctx: UiContext, parent: QWidget | None = None)`; it may define
`refresh()` (called when shown) and `open_payload(payload)` (for `state.navigate`).
To add a page: one PageSpec line here.
"""

from __future__ import annotations

from typing import NamedTuple

from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP


class PageSpec(NamedTuple):
    key: str
    title: str  # shown as translate("pages", title); marked in TITLES
    target: str  # "module:Class"
    shortcut: str = ""


# One sentence per page, shown under its title (translate("pages", …)).
PURPOSES: dict[str, str] = {
    "today": QT_TRANSLATE_NOOP("pages", "Check in with your mood in a few seconds; tags, a "
                               "note and the time are optional."),
    "journal": QT_TRANSLATE_NOOP("pages", "Every check-in, newest first: search, edit or "
                                 "delete, and undo."),
    "trends": QT_TRANSLATE_NOOP("pages", "Your mood over time beside light, movement, sleep "
                                "and steps, with insights in plain words."),
    "year": QT_TRANSLATE_NOOP("pages", "Every day of the year as one square, coloured by that "
                              "day's mean mood."),
    "light": QT_TRANSLATE_NOOP("pages", "Daylight and lamp sessions, today's lux-hours, and "
                               "your sunrise and sunset."),
    "movement": QT_TRANSLATE_NOOP("pages", "Walks and other movement; every minute counts "
                                  "towards the week."),
    "selfcare": QT_TRANSLATE_NOOP("pages", "Small things that help, logged in one click."),
    "medications": QT_TRANSLATE_NOOP("pages", "Your medication list, kept on this computer "
                                     "for you and your prescriber."),
    "questionnaires": QT_TRANSLATE_NOOP("pages", "The PHQ-9 and GAD-7 check-ins, your "
                                        "results and their history."),
    "safety": QT_TRANSLATE_NOOP("pages", "Your plan for hard moments, in your own words, "
                                "step by step."),
    "treatments": QT_TRANSLATE_NOOP("pages", "Treatment sessions with your mood before and "
                                    "after."),
}


PAGES: list[PageSpec] = [
    PageSpec("today", "Today", "wellness_app.ui.today.page:TodayPage", "Ctrl+1"),
    PageSpec("journal", "Journal", "wellness_app.ui.journal.page:JournalPage", "Ctrl+2"),
    PageSpec("trends", "Trends", "wellness_app.ui.trends.page:TrendsPage", "Ctrl+3"),
    PageSpec("year", "Year in pixels", "wellness_app.ui.trends.year_page:YearPage", "Ctrl+4"),
    PageSpec("light", "Light", "wellness_app.ui.light.page:LightPage", "Ctrl+5"),
    PageSpec("movement", "Movement", "wellness_app.ui.movement.page:MovementPage", "Ctrl+6"),
    PageSpec("selfcare", "Self-care", "wellness_app.ui.selfcare.page:SelfCarePage", "Ctrl+7"),
    PageSpec("medications", "Medications",
             "wellness_app.ui.medications.page:MedicationsPage", "Ctrl+8"),
    PageSpec("questionnaires", "Questionnaires",
             "wellness_app.ui.care.questionnaires_page:QuestionnairesPage", "Ctrl+9"),
    PageSpec("safety", "Safety plan", "wellness_app.ui.care.safety_plan_page:SafetyPlanPage"),
    PageSpec("treatments", "Treatments", "wellness_app.ui.treatments.page:TreatmentsPage"),
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
