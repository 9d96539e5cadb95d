"""One journal's services in one place: `Services(db).moods.log(…)`.

The UI reaches every use case through the facade it holds (`UiContext.services`) instead
of building service objects itself. Each service is created on first use, and its module
is imported only then: the window is shown before SQLAlchemy loads, so importing this
module must stay cheap. Services that need more than the journal (a folder, a lock state
read when built) are methods that build a fresh one each call."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from wellness_app.services.assessments import AssessmentService
    from wellness_app.services.backup_restore import BackupService
    from wellness_app.services.cautions import InteractionService
    from wellness_app.services.crisis_lines import CrisisLineService
    from wellness_app.services.day_summary import DaySummaryService
    from wellness_app.services.demo_data import DemoDataService
    from wellness_app.services.drafts import DraftService
    from wellness_app.services.escalation import EscalationService
    from wellness_app.services.insights import InsightService
    from wellness_app.services.io.csv_export import CsvExportService
    from wellness_app.services.io.fhir_export import FhirExportService
    from wellness_app.services.io.service import ImportService
    from wellness_app.services.light import LightService
    from wellness_app.services.moods import MoodService
    from wellness_app.services.movement import MovementService
    from wellness_app.services.place import PlaceService
    from wellness_app.services.report.builder import ReportService
    from wellness_app.services.safety_plan import SafetyPlanService
    from wellness_app.services.selfcare import MedicationService, SelfCareService
    from wellness_app.services.support_line import SupportLineService
    from wellness_app.services.tags import TagService
    from wellness_app.services.treatments import TreatmentService
    from wellness_app.services.trends import TrendsService
    from wellness_app.storage import Database


class Services:
    """The use cases of one open journal; each attribute is built on first use."""

    def __init__(self, db: Database) -> None:
        #: the journal handle, for the few module-level use cases (`services.privacy`)
        self.db = db

    # -- check-ins and what describes them -----------------------------------------------
    @cached_property
    def moods(self) -> MoodService:
        from wellness_app.services.moods import MoodService

        return MoodService(self.db)

    @cached_property
    def tags(self) -> TagService:
        from wellness_app.services.tags import TagService

        return TagService(self.db)

    @cached_property
    def drafts(self) -> DraftService:
        from wellness_app.services.drafts import DraftService

        return DraftService(self.db)

    @cached_property
    def day_summary(self) -> DaySummaryService:
        from wellness_app.services.day_summary import DaySummaryService

        return DaySummaryService(self.db)

    # -- trackers --------------------------------------------------------------------------
    @cached_property
    def light(self) -> LightService:
        from wellness_app.services.light import LightService

        return LightService(self.db)

    @cached_property
    def places(self) -> PlaceService:
        from wellness_app.services.place import PlaceService

        return PlaceService(self.db)

    @cached_property
    def movement(self) -> MovementService:
        from wellness_app.services.movement import MovementService

        return MovementService(self.db)

    @cached_property
    def selfcare(self) -> SelfCareService:
        from wellness_app.services.selfcare import SelfCareService

        return SelfCareService(self.db)

    @cached_property
    def medications(self) -> MedicationService:
        from wellness_app.services.selfcare import MedicationService

        return MedicationService(self.db)

    @cached_property
    def cautions(self) -> InteractionService:
        """Medication cautions (St John's Wort and others) and the bundled table."""
        from wellness_app.services.cautions import InteractionService

        return InteractionService(self.db)

    @cached_property
    def treatments(self) -> TreatmentService:
        from wellness_app.services.treatments import TreatmentService

        return TreatmentService(self.db)

    # -- care and crisis -------------------------------------------------------------------
    @cached_property
    def assessments(self) -> AssessmentService:
        from wellness_app.services.assessments import AssessmentService

        return AssessmentService(self.db)

    @cached_property
    def escalation(self) -> EscalationService:
        from wellness_app.services.escalation import EscalationService

        return EscalationService(self.db)

    @cached_property
    def safety_plan(self) -> SafetyPlanService:
        from wellness_app.services.safety_plan import SafetyPlanService

        return SafetyPlanService(self.db)

    @cached_property
    def support_line(self) -> SupportLineService:
        from wellness_app.services.support_line import SupportLineService

        return SupportLineService(self.db)

    def crisis_lines(self, data_dir: Path | None = None) -> CrisisLineService:
        """A fresh one each call: it reads whether the journal is locked when built
        (locked: the bundled lines only). `data_dir`: where the country mirror lives
        (default: beside the journal)."""
        from wellness_app.services.crisis_lines import CrisisLineService

        return CrisisLineService(self.db, data_dir)

    # -- overviews ------------------------------------------------------------------------
    @cached_property
    def trends(self) -> TrendsService:
        from wellness_app.services.trends import TrendsService

        return TrendsService(self.db)

    @cached_property
    def insights(self) -> InsightService:
        from wellness_app.services.insights import InsightService

        return InsightService(self.db)

    @cached_property
    def report(self) -> ReportService:
        from wellness_app.services.report.builder import ReportService

        return ReportService(self.db)

    # -- data in and out -----------------------------------------------------------------
    @cached_property
    def imports(self) -> ImportService:
        from wellness_app.services.io.service import ImportService

        return ImportService(self.db)

    @cached_property
    def csv_export(self) -> CsvExportService:
        from wellness_app.services.io.csv_export import CsvExportService

        return CsvExportService(self.db)

    @cached_property
    def fhir_export(self) -> FhirExportService:
        from wellness_app.services.io.fhir_export import FhirExportService

        return FhirExportService(self.db)

    @cached_property
    def demo_data(self) -> DemoDataService:
        from wellness_app.services.demo_data import DemoDataService

        return DemoDataService(self.db)

    @cached_property
    def backups(self) -> BackupService:
        from wellness_app.services.backup_restore import BackupService

        return BackupService(self.db)


def bundled_crisis_lines(data_dir: Path | None) -> CrisisLineService:
    """The crisis lines with no journal open (start-up, the lock screen): the bundled
    directory and the country last chosen (mirrored in `data_dir`)."""
    from wellness_app.services.crisis_lines import CrisisLineService

    return CrisisLineService(None, data_dir)
