"""File → Import… and Export…: pick a file, ask what the format needs, run in the
background with progress and cancel, then show the report.

The format is detected from the file (Daylio CSV, Apple Health zip/XML, any other CSV).
The readers and dialogs are imported when the person imports or exports, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from wellness_app.domain.changes import ALL
from wellness_app.domain.errors import UserError
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.menus import window_menu
from wellness_app.ui.common.operations import Job, Operation

if TYPE_CHECKING:
    from wellness_app.services.io.common import ImportReport
    from wellness_app.services.io.service import ImportOptions, ImportService

FILE_MENU = "fileMenu"


class Chooser:
    """File dialogs and message boxes behind classmethods, so tests can monkeypatch them."""

    @classmethod
    def open_path(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("ImportExport", "Import"), str(Path.home()),
            translate("ImportExport", "Daylio CSV or backup, Apple Health export, CSV, "
                      "this app's CSV export (*.csv *.zip *.xml *.txt *.daylio);;"
                      "All files (*)"))
        return Path(name) if name else None

    @classmethod
    def save_path(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("ImportExport", "Export as CSV files in a zip"),
            str(Path.home() / "wellness-export.zip"),
            translate("ImportExport", "Zip of CSV files (*.zip)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.casefold() == ".zip" else path.with_suffix(".zip")

    @classmethod
    def error(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, translate("ImportExport", "Import"), message)


def add_import_export_actions(menu: QMenu, ctx: UiContext, parent: QWidget) -> None:
    """Add "Import…" and "Export…" to `menu`."""
    importing = QAction(translate("ImportExport", "&Import…"), parent)
    importing.setObjectName("importAction")
    importing.setShortcut(QKeySequence("Ctrl+Shift+I"))
    importing.setStatusTip(
        translate("ImportExport", "Import from Daylio, Apple Health or a CSV file"))
    importing.triggered.connect(lambda: import_file(ctx, parent))
    exporting = QAction(translate("ImportExport", "&Export…"), parent)
    exporting.setObjectName("exportAction")
    exporting.setShortcut(QKeySequence("Ctrl+Shift+E"))
    exporting.setStatusTip(translate("ImportExport", "Export everything as CSV files in a zip"))
    exporting.triggered.connect(lambda: export_csv(ctx, parent))
    menu.addAction(importing)
    menu.addAction(exporting)


def extend_window(window: QMainWindow, ctx: UiContext) -> None:
    """WINDOW_EXTENSIONS hook: find (or create) the File menu and add our actions."""
    menu = window_menu(window, FILE_MENU, translate("ImportExport", "&File"))
    add_import_export_actions(menu, ctx, window)


def import_file(ctx: UiContext, parent: QWidget | None,
                path: Path | None = None) -> ImportReport | None:
    """The whole import flow; returns the report, or None if cancelled or refused."""
    from wellness_app.services.io.common import ImportReport
    from wellness_app.ui.io.report_dialog import ReportDialog
    from wellness_app.ui.io.report_text import import_report_lines

    path = path or Chooser.open_path(parent)
    if path is None:
        return None
    try:
        fmt, options = _options_for(path, parent, ctx.services.imports)
    except UserError as exc:
        Chooser.error(parent, str(exc))
        return None
    if fmt is None:
        return None
    service = ctx.services.imports

    def work(job: Job) -> ImportReport:
        return service.run(fmt, path, options, progress=job.progress, cancel=job.cancel)

    title = translate("ImportExport", "Importing {name}").format(name=path.name)
    op = Operation(_owner(ctx, parent), work).run_modal(title, parent)
    report = op.result
    if not isinstance(report, ImportReport):
        if op.was_cancelled:
            ctx.state.status_message.emit(
                translate("ImportExport", "Import cancelled; nothing was changed."))
        return None
    ctx.state.announce(*ALL)
    ReportDialog.show_report(parent, translate("ImportExport", "Import finished"),
                             import_report_lines(report))
    return report


def _options_for(path: Path, parent: QWidget | None,
                 service: ImportService) -> tuple[str | None, ImportOptions]:
    """Detect the format and ask what it needs (mood names, column mapping)."""
    from wellness_app.services.io import csv_generic, daylio
    from wellness_app.services.io.service import ImportOptions, detect_format, is_zip
    from wellness_app.ui.io.csv_mapping_dialog import CsvMappingDialog
    from wellness_app.ui.io.mood_map_dialog import MoodMapDialog

    fmt = detect_format(path)
    options = ImportOptions()
    if fmt is None:
        raise UserError(translate("ImportExport", "{name}: not a format this app imports "
                                  "(Daylio CSV, Apple Health export.zip or XML, or a CSV "
                                  "file).").format(name=path.name))
    if fmt == "json":
        raise UserError(translate("ImportExport", "This looks like a JSON backup: import it with "
                           "`wellness-app import json FILE`."))
    if fmt == "daylio" and not is_zip(path):
        remembered = service.remembered_mood_map("daylio")
        proposals = daylio.proposals(daylio.read_text(path), remembered)
        if proposals:
            mood_map = MoodMapDialog.ask(parent, proposals)
            if mood_map is None:
                return None, options
            options.mood_map = mood_map
    elif fmt == "csv":
        header, rows = csv_generic.preview(daylio.read_text(path))
        settings = CsvMappingDialog.ask(parent, header, rows)
        if settings is None:
            return None, options
        options.column_map = settings.column_map
        options.date_format, options.mood_scale = settings.date_format, settings.mood_scale
        options.decimal, options.thousands = settings.decimal, settings.thousands
    return fmt, options


def export_csv(ctx: UiContext, parent: QWidget | None, path: Path | None = None) -> bool:
    from wellness_app.ui.io.report_dialog import ReportDialog

    path = path or Chooser.save_path(parent)
    if path is None:
        return False
    service = ctx.services.csv_export

    def work(job: Job) -> dict[str, int]:
        return service.export(path, progress=job.progress, cancel=job.cancel)

    op = Operation(_owner(ctx, parent), work).run_modal(
        translate("ImportExport", "Exporting"), parent)
    if not isinstance(op.result, dict):
        return False
    counts = op.result
    ReportDialog.show_report(parent, translate("ImportExport", "Export finished"), [
        translate("ImportExport", "Wrote {path}").format(path=path),
        *[f"  {name}.csv: {locale_format.number(rows)}" for name, rows in counts.items()]])
    return True


def _owner(ctx: UiContext, parent: QWidget | None) -> QObject:
    """Who the outcome belongs to: the window, or the app state when there is none."""
    return parent if parent is not None else ctx.state
