"""Turns a ClinicianReport into a PDF or a print-out: real, selectable text
(QTextDocument) with the charts embedded as images, on A4 or US Letter. Needs a
QGuiApplication (the CLI starts an offscreen one); safe to call off the GUI thread.

The PDF is written to a hidden file beside the target and renamed into place at the end,
so a cancelled or failed report never leaves half a file (or replaces a good one)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from wellness_app.services.report.model import TITLE, ClinicianReport
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.report.document import (
    Cancelled,
    Progress,
    build_document,
    page_layout,
    paint_pages,
    report_html,
)

LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
__all__ = ["Cancelled", "default_paper", "print_report", "render_pdf", "report_html"]


def default_paper(locale: QLocale | None = None) -> str:
    """"letter" in the US and Canada, "a4" everywhere else."""
    territory = (locale or QLocale()).territory()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def render_pdf(report: ClinicianReport, path: Path, *, name: str = "",
               progress: Progress | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write the report to `path` on `report.paper`; returns the number of pages.

    Raises OSError when the folder cannot be written, Cancelled when cancelled."""
    partial = path.with_name(f".{path.name}.part")
    with partial.open("wb"):
        pass  # fail early and clearly (QPdfWriter reports nothing on a bad path)
    try:
        document = build_document(report, report.paper, name, cancelled)
        writer = QPdfWriter(str(partial))
        writer.setTitle(care_text(TITLE))
        writer.setCreator("wellness-app")
        writer.setResolution(300)
        writer.setPageLayout(page_layout(report.paper))
        pages = paint_pages(document, writer, progress, cancelled)
        del writer  # flushes and closes the file
        if partial.stat().st_size == 0:
            raise OSError(f"Nothing could be written to {path}")
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return pages


def print_report(report: ClinicianReport, printer: QPagedPaintDevice, *, name: str = "",
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> int:
    """Paint the report onto a printer chosen in QPrintDialog (its paper wins)."""
    printer.setPageMargins(page_layout(report.paper).margins(),
                           page_layout(report.paper).units())
    size_id = printer.pageLayout().pageSize().id()
    paper = "letter" if size_id == page_layout("letter").pageSize().id() else "a4"
    document = build_document(report, paper, name, cancelled)
    return paint_pages(document, printer, progress, cancelled)
