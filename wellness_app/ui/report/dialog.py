"""The clinician-report dialog: a date range (with presets), notes opt-in (off by default)
and "Save as PDF…". The journal is read off the GUI thread; Qt renders the PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.errors import UserError
from wellness_app.services.report import ClinicianReport, ReportService
from wellness_app.services.report.model import EMPTY_MESSAGE, STATEMENT
from wellness_app.ui import locale_format
from wellness_app.ui.care.care_text import care_text
from wellness_app.ui.context import UiContext
from wellness_app.ui.i18n import translate

PRESETS = ((QT_TRANSLATE_NOOP("ReportDialog", "Last 30 days"), 30),
           (QT_TRANSLATE_NOOP("ReportDialog", "Last 90 days"), 90),
           (QT_TRANSLATE_NOOP("ReportDialog", "Last 6 months"), 182),
           (QT_TRANSLATE_NOOP("ReportDialog", "Last 12 months"), 365),
           (QT_TRANSLATE_NOOP("ReportDialog", "Custom range"), 0))



class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _BuildJob(QRunnable):
    """Reads the range from the journal (SQL aggregates) without blocking the window."""

    def __init__(self, service: ReportService, start: date, end: date, notes: bool) -> None:
        super().__init__()
        self.signals = _Signals()
        self._args = (service, start, end, notes)

    def run(self) -> None:
        service, start, end, notes = self._args
        try:
            self.signals.done.emit(service.build(start, end, include_notes=notes))
        except UserError as exc:
            self.signals.failed.emit(str(exc))


class ReportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a report for your clinician"))
        self.ctx = ctx
        self.service = ReportService(ctx.db)
        self.today = today or date.today()
        self.saved_path: Path | None = None
        self._job: _BuildJob | None = None
        self._started: list[_BuildJob] = []  # kept alive until the dialog goes
        self._target: Path | None = None
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
        self.notes = QCheckBox(self.tr("Include my notes (they are private: off unless you "
                                       "tick this)"))
        self.notes.setAccessibleName(self.tr("Include my notes"))
        intro = QLabel(self.tr(
            "A summary of your journal to bring to an appointment: mood, PHQ-9 and GAD-7, "
            "treatments, medications, light and movement.") + " " + care_text(STATEMENT))
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Preparing the report"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Report status"))
        self.save = QPushButton(self.tr("Save as PDF…"))
        self.save.setAccessibleName(self.tr("Save as PDF"))
        self.save.setDefault(True)
        self.cancel = QPushButton(self.tr("Close"))
        self.cancel.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("&Period"), self.preset)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.save.clicked.connect(self._save_clicked)
        self.cancel.clicked.connect(self._cancel_clicked)
        self.preset.setCurrentIndex(1)
        self._apply_preset()
        self.setMinimumWidth(540)
        intro.setMinimumHeight(intro.heightForWidth(500))

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; returns the saved PDF's path, or None."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.saved_path

    @staticmethod
    def ask_path(parent: QWidget, suggested: str) -> Path | None:
        title = translate("ReportDialog", "Save the report as PDF")
        files = translate("ReportDialog", "PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, files)
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def range(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def _apply_preset(self) -> None:
        days = int(self.preset.currentData())
        custom = days == 0
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            self.end.setDate(QDate(self.today))
            self.start.setDate(QDate(self.today - timedelta(days=days - 1)))

    def _save_clicked(self) -> None:
        start, end = self.range()
        suggested = str(Path.home() / f"wellness-report-{start}-to-{end}.pdf")
        target = self.ask_path(self, suggested)
        if target is None:
            return
        self.start_build(target)

    def start_build(self, target: Path) -> None:
        start, end = self.range()
        self._target = target
        self._job = _BuildJob(self.service, start, end, self.notes.isChecked())
        self._job.signals.done.connect(self._built)
        self._job.signals.failed.connect(self._failed)
        self._started.append(self._job)
        self.save.setEnabled(False)
        self.cancel.setText(self.tr("Cancel"))
        self.progress.show()
        self.message.setText(self.tr("Preparing the report…"))
        QThreadPool.globalInstance().start(self._job)

    def _cancel_clicked(self) -> None:
        if self._job is None:
            self.reject()
            return
        self._job = None  # the result is ignored when it arrives
        self._finish(self.tr("Cancelled; nothing was saved."))

    def _built(self, report: ClinicianReport) -> None:
        if self._job is None or self._target is None:
            return
        from wellness_app.ui.report.render import render_pdf

        try:
            render_pdf(report, self._target)
        except OSError as exc:
            self._failed(self.tr("Could not write {path}: {error}").format(
                path=self._target, error=exc.strerror or exc))
            return
        self.saved_path = self._target
        text = self.tr("Saved to {path}.").format(path=self._target)
        if report.is_empty:
            text = care_text(EMPTY_MESSAGE) + " " + self.tr("The report says so.") + " " + text
        self._finish(text)

    def _failed(self, message: str) -> None:
        self._finish(message)

    def _finish(self, message: str) -> None:
        self._job = None
        self.progress.hide()
        self.save.setEnabled(True)
        self.cancel.setText(self.tr("Close"))
        self.message.setText(message)
