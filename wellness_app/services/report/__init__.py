"""The clinician report: a structured, Qt-free model of a date range (rendered by ui.report)."""

from wellness_app.services.report.builder import ReportService
from wellness_app.services.report.model import ClinicianReport

__all__ = ["ClinicianReport", "ReportService"]
