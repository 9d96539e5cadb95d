"""The report dialog's work, for `ui.common.operations.Operation` (off the GUI thread, with
progress and Cancel): read the journal, lay the report out, write the PDF, print it, or
write the FHIR bundle. The GUI thread only receives progress and the outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from wellness_app.domain.errors import UserError
from wellness_app.services.facade import Services
from wellness_app.services.io.common import CancelToken, ImportCancelled, Progress
from wellness_app.services.report import ClinicianReport
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.operations import Job
from wellness_app.ui.report.render import Cancelled, print_report, render_pdf


@dataclass(frozen=True)
class ReportRequest:
    start: date
    end: date
    include_notes: bool
    paper: str
    name: str = ""


@dataclass(frozen=True)
class Outcome:
    """What a job did: the report (for its empty flag), pages written, the file."""

    report: ClinicianReport | None
    pages: int
    path: Path | None
    resources: int = 0


Work = Callable[[Job], "Outcome"]


def _write_error(path: Path, exc: OSError) -> UserError:
    return UserError(translate("ReportDialog", "Could not write {path}: {error}").format(
        path=path, error=exc.strerror or exc))


def _build(services: Services, request: ReportRequest, cancel: CancelToken) -> ClinicianReport:
    report = services.report.build(request.start, request.end,
                                   include_notes=request.include_notes, paper=request.paper)
    cancel.check()
    return report


def _render_job(services: Services, request: ReportRequest,
                draw: Callable[[ClinicianReport, Progress, CancelToken], int],
                target: Path | None) -> Work:
    """Read the journal, then `draw` the report (PDF or printer) with progress."""
    def work(job: Job) -> Outcome:
        report = _build(services, request, job.cancel)
        try:
            pages = draw(report, job.progress, job.cancel)
        except Cancelled:
            raise ImportCancelled() from None
        except OSError as exc:
            raise (_write_error(target, exc) if target else UserError(str(exc))) from exc
        return Outcome(report, pages, target)
    return work


def pdf_job(services: Services, request: ReportRequest, target: Path) -> Work:
    return _render_job(services, request, lambda report, progress, cancel: render_pdf(
        report, target, name=request.name, progress=progress,
        cancelled=lambda: cancel.cancelled), target)


def print_job(services: Services, request: ReportRequest, printer: QPagedPaintDevice) -> Work:
    return _render_job(services, request, lambda report, progress, cancel: print_report(
        report, printer, name=request.name, progress=progress,
        cancelled=lambda: cancel.cancelled), None)


def fhir_job(services: Services, request: ReportRequest, target: Path) -> Work:
    def work(job: Job) -> Outcome:
        try:
            result = services.fhir_export.write(
                target, request.start, request.end, include_notes=request.include_notes,
                name=request.name)
        except OSError as exc:
            raise _write_error(target, exc) from exc
        job.progress(1, 1)
        return Outcome(None, 0, target, result.resources)
    return work
