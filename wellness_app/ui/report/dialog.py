"""The clinician-report dialog: a period (with presets), paper size, an optional name,
notes opt-in (off by default), then *Save PDF…*, *Print…* or *Save for a clinic system
(FHIR)…*. Everything slow runs off the GUI thread with progress and Cancel; once saved,
*Open PDF* opens the file in the system's viewer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.services.report.model import EMPTY_MESSAGE
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.operations import Failure, Operation, show_progress
from wellness_app.ui.common.qt_dates import from_qdate, to_qdate
from wellness_app.ui.report.jobs import (
    Outcome,
    ReportRequest,
    Work,
    fhir_job,
    pdf_job,
    print_job,
)
from wellness_app.ui.report.render import default_paper

PRESETS = ((QT_TRANSLATE_NOOP("ReportDialog", "Last 30 days"), 30),
           (QT_TRANSLATE_NOOP("ReportDialog", "Last 90 days"), 90),
           (QT_TRANSLATE_NOOP("ReportDialog", "Last 6 months"), 182),
           (QT_TRANSLATE_NOOP("ReportDialog", "Last 12 months"), 365),
           (QT_TRANSLATE_NOOP("ReportDialog", "Custom range"), 0))
PAPERS = (("a4", QT_TRANSLATE_NOOP("ReportDialog", "A4")),
          ("letter", QT_TRANSLATE_NOOP("ReportDialog", "US Letter")))


class ReportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a report for your clinician"))
        self.ctx = ctx
        self.today = today or date.today()
        self.saved_path: Path | None = None
        self.printed_pages = 0
        self._op: Operation[Outcome] | None = None  # the running job; others are ignored
        self._printer: Any = None
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        for name, days in PRESETS:
            self.preset.addItem(translate("ReportDialog", name), days)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_format.date_pattern())
            edit.setAccessibleName(name)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for key, label in PAPERS:
            self.paper.addItem(translate("ReportDialog", label), key)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional: left out unless you type it"))
        self.name.setAccessibleName(self.tr("Your name on the report"))
        self.notes = QCheckBox(self.tr("Include my notes (they are private: off unless you "
                                       "tick this)"))
        self.notes.setAccessibleName(self.tr("Include my notes"))
        intro = QLabel(self.tr(
            "A summary of your journal to bring to an appointment: your mood, PHQ-9 and "
            "GAD-7, treatments, medications, light and movement. It shows what you chose to "
            "log; it is not a diagnosis and does not recommend any treatment."))
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Preparing the report"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Report status"))
        self.save = QPushButton(self.tr("&Save PDF…"))
        self.save.setAccessibleName(self.tr("Save the report as a PDF"))
        self.save.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.fhir = QPushButton(self.tr("Save for a clinic &system (FHIR)…"))
        self.fhir.setAccessibleName(self.tr("Save for a clinic system (FHIR)"))
        self.open_pdf = QPushButton(self.tr("&Open PDF"))
        self.open_pdf.setAccessibleName(self.tr("Open the saved PDF"))
        self.open_pdf.hide()
        self.cancel = QPushButton(self.tr("Close"))
        self.cancel.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("P&eriod"), self.preset)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(self.tr("P&aper"), self.paper)
        form.addRow(self.tr("&Name"), self.name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fhir)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.progress)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.open_pdf)
        layout.addLayout(status)
        layout.addLayout(buttons)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.save.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.fhir.clicked.connect(self._fhir_clicked)
        self.open_pdf.clicked.connect(self._open_clicked)
        self.cancel.clicked.connect(self._cancel_clicked)
        self.preset.setCurrentIndex(1)
        self._apply_preset()
        self.setMinimumWidth(560)
        intro.setMinimumHeight(intro.heightForWidth(520))

    # ---- seams for tests (monkeypatched) ---------------------------------------------
    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; returns the saved PDF's path, or None."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.saved_path

    @staticmethod
    def _save_path(parent: QWidget, title: str, files: str, suggested: str,
                   suffix: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, files)
        if not path:
            return None
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> Path | None:
        return cls._save_path(parent, translate("ReportDialog", "Save the report as PDF"),
                              translate("ReportDialog", "PDF files (*.pdf)"), suggested, ".pdf")

    @classmethod
    def ask_fhir_path(cls, parent: QWidget, suggested: str) -> Path | None:
        return cls._save_path(parent, translate("ReportDialog", "Save for a clinic system (FHIR)"),
                              translate("ReportDialog", "FHIR JSON (*.json)"), suggested, ".json")

    @staticmethod
    def ask_printer(parent: QWidget, paper: str) -> Any:
        """A QPrinter the person chose in QPrintDialog, or None."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @staticmethod
    def open_file(path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ---- state -------------------------------------------------------------------------
    def range(self) -> tuple[date, date]:
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def request(self) -> ReportRequest:
        start, end = self.range()
        return ReportRequest(start, end, self.notes.isChecked(), str(self.paper.currentData()),
                             self.name.text().strip())

    def _apply_preset(self) -> None:
        days = int(self.preset.currentData())
        custom = days == 0
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            self.end.setDate(to_qdate(self.today))
            self.start.setDate(to_qdate(self.today - timedelta(days=days - 1)))

    # ---- actions -----------------------------------------------------------------------
    def _save_clicked(self) -> None:
        start, end = self.range()
        target = self.ask_path(self, str(Path.home() / f"wellness-report-{start}-to-{end}.pdf"))
        if target is not None:
            self.start_build(target)

    def start_build(self, target: Path) -> None:
        """Write the PDF to `target` off the GUI thread."""
        self._run(pdf_job(self.ctx.services, self.request(), target), self._saved)

    def _print_clicked(self) -> None:
        printer = self.ask_printer(self, str(self.paper.currentData()))
        if printer is not None:
            self._printer = printer  # alive until the job is done
            self._run(print_job(self.ctx.services, self.request(), printer), self._printed)

    def _fhir_clicked(self) -> None:
        start, end = self.range()
        target = self.ask_fhir_path(
            self, str(Path.home() / f"wellness-fhir-{start}-to-{end}.json"))
        if target is not None:
            self._run(fhir_job(self.ctx.services, self.request(), target), self._fhir_saved)

    def _open_clicked(self) -> None:
        if self.saved_path is not None and not self.open_file(self.saved_path):
            self.message.setText(self.tr("No program to open PDF files was found; the file "
                                         "is at {path}.").format(path=self.saved_path))

    def _run(self, work: Work, on_done: Callable[[Outcome], None]) -> None:
        op: Operation[Outcome] = Operation(self, work)
        op.on_progress(lambda done, total: show_progress(self.progress, done, total))
        op.on_success(lambda outcome: self._done(op, outcome, on_done))
        op.on_failure(lambda failure: self._failed(op, failure))
        op.on_cancelled(lambda: self._failed(op, None))
        self._op = op
        for button in (self.save, self.print_button, self.fhir):
            button.setEnabled(False)
        self.cancel.setText(self.tr("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Preparing the report…"))
        op.run_in_background()

    def _cancel_clicked(self) -> None:
        if self._op is None:
            self.reject()
            return
        self._op.cancel()
        self._op = None  # whatever arrives later is ignored
        self._finish(self.tr("Cancelled; nothing was saved."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._op is not None:
            self._op.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._op is not None:
            self._op.cancel()
        super().reject()

    def _done(self, op: Operation[Outcome], outcome: Outcome,
              on_done: Callable[[Outcome], None]) -> None:
        if op is self._op:
            on_done(outcome)

    def _failed(self, op: Operation[Outcome], failure: Failure | None) -> None:
        """A failure, or None when the job was cancelled."""
        if op is self._op:
            self._finish(self.tr("Cancelled; nothing was saved.") if failure is None
                         else failure.message)

    def _empty_note(self, outcome: Outcome) -> str:
        if outcome.report is not None and outcome.report.is_empty:
            return care_text(EMPTY_MESSAGE) + " " + self.tr("The report says so.") + " "
        return ""

    def _saved(self, outcome: Outcome) -> None:
        self.saved_path = outcome.path
        self.open_pdf.show()
        self._finish(self._empty_note(outcome) + self.tr("Saved to {path}.").format(
            path=outcome.path))

    def _printed(self, outcome: Outcome) -> None:
        self.printed_pages = outcome.pages
        self._printer = None
        self._finish(self._empty_note(outcome) + self.tr("Sent to the printer."))

    def _fhir_saved(self, outcome: Outcome) -> None:
        if outcome.resources == 0:
            text = self.tr("Nothing was logged between these dates; the file holds an empty "
                           "bundle.")
        else:
            text = self.tr("Saved {count} records for a clinic system to {path}.").format(
                count=locale_format.number(outcome.resources), path=outcome.path)
        self._finish(text)

    def _finish(self, message: str) -> None:
        self._op = None
        self.progress.hide()
        for button in (self.save, self.print_button, self.fhir):
            button.setEnabled(True)
        self.cancel.setText(self.tr("Close"))
        self.message.setText(message)
