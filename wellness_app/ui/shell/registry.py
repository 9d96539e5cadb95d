"""The sidebar's pages, in order, as classes following `ui/common/page.Page`.

To add a page: write its class (key, title, purpose, shortcut, the kinds of change it
shows, `refresh(changes)`) and add one line here. The window imports this module only
once the journal is open (`MainWindow.open_journal`), so page modules may import services
(and through them SQLAlchemy) at the top; pyqtgraph is still imported only when a plot
is first built.
"""

from __future__ import annotations

from wellness_app.ui.care.questionnaires_page import QuestionnairesPage
from wellness_app.ui.care.safety_plan_page import SafetyPlanPage
from wellness_app.ui.common.page import Page
from wellness_app.ui.journal.page import JournalPage
from wellness_app.ui.light.page import LightPage
from wellness_app.ui.medications.page import MedicationsPage
from wellness_app.ui.movement.page import MovementPage
from wellness_app.ui.selfcare.page import SelfCarePage
from wellness_app.ui.today.page import TodayPage
from wellness_app.ui.treatments.page import TreatmentsPage
from wellness_app.ui.trends.page import TrendsPage
from wellness_app.ui.trends.year_page import YearPage

PAGES: tuple[type[Page], ...] = (
    TodayPage,
    JournalPage,
    TrendsPage,
    YearPage,
    LightPage,
    MovementPage,
    SelfCarePage,
    MedicationsPage,
    QuestionnairesPage,
    SafetyPlanPage,
    TreatmentsPage,
)
#: the pages' titles and purposes by key (tests and tools)
TITLES: tuple[str, ...] = tuple(page.title for page in PAGES)
PURPOSES: dict[str, str] = {page.key: page.purpose for page in PAGES}
