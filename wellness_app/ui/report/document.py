"""Lays the report out in pages and paints them onto a PDF writer or a printer.

Safe off the GUI thread: QTextDocument, QImage and QPainter on QPdfWriter/QPrinter are
all usable in a worker thread. The document is laid out at 96 units per inch (a QImage
as its paint device, so no screen is asked), headings are kept with what follows them,
and each page is painted with a "Page X of Y" footer; `cancelled` is asked between pages.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTransform,
)

from wellness_app.domain.questionnaires import GAD7, PHQ9
from wellness_app.services.report.model import EMPTY_MESSAGE, ClinicianReport
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.report.charts import mood_chart, questionnaire_chart
from wellness_app.ui.report.details import _h, _p, detail_html
from wellness_app.ui.report.summary_page import header_html, summary_html

DOC_DPI = 96
MARGIN_MM = 15
LAYOUT_STEP = 40  # blocks laid out per call while building
FOOTER = 24.0  # document units below the text on each page
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
CSS = """
body { font-family: sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; color: #2c5d8f; }
h3 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; }
p.meta { color: #555; margin: 0; }
p.statement { font-style: italic; color: #444; }
th { background: #dfe7ef; text-align: left; }
td { border-bottom: 1px solid #d8d8d8; }
"""
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The person pressed Cancel; nothing was written."""


def _checkpoint(cancelled: Callable[[], bool]) -> None:
    """Between two short Qt calls: stop if cancelled, and hand Python's GIL to the GUI
    thread now rather than at the end of the interpreter's switch interval."""
    if cancelled():
        raise Cancelled
    time.sleep(0)


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS.get(paper, PAPERS["a4"])),
                       QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def report_parts(report: ClinicianReport, name: str = "") -> list[str]:
    """The report as small HTML fragments: headings, paragraphs, tables of a year at most."""
    if report.is_empty:
        return [*header_html(report, name), _h(2, care_text(EMPTY_MESSAGE)),
                _p(translate("ClinicianReport",
                             "Choose a wider range, or log a few days first."))]
    return summary_html(report, name) + detail_html(report)


def report_html(report: ClinicianReport, name: str = "") -> str:
    """The whole report as one HTML page (charts refer to `chart:` resources)."""
    body = "".join(report_parts(report, name))
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def _new_document(paper: str) -> QTextDocument:
    """An empty document with the report's page size and styles, and no layout yet (Qt
    lays a document out again on every insertion once it has one)."""
    document = QTextDocument()
    body = page_layout(paper).paintRect(QPageLayout.Unit.Inch)
    document.setPageSize(QSizeF(body.width() * DOC_DPI, body.height() * DOC_DPI - FOOTER))
    font = QFont(document.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # "first", not "ﬁrst": copy and search find it
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDefaultStyleSheet(CSS)
    return document


def _add_charts(document: QTextDocument, report: ClinicianReport) -> None:
    resource = QTextDocument.ResourceType.ImageResource
    if report.moods:
        document.addResource(resource, QUrl("chart:mood"),
                             mood_chart(report.moods, report.start, report.end))
    for kind, records, questionnaire in (("phq9", report.phq9, PHQ9),
                                         ("gad7", report.gad7, GAD7)):
        if records:
            document.addResource(resource, QUrl(f"chart:{kind}"), questionnaire_chart(
                records, questionnaire, report.start, report.end))


FIRST_TAGS = ('<h1>', '<h2>', '<h3>', '<p class="meta">', '<p class="statement">', "<p>")


def _block_formats() -> dict[str, QTextBlockFormat]:
    """The block format each kind of fragment starts with, under the report's style sheet.
    Inserting a fragment merges its first block into the cursor's block, which keeps its
    own format, so the format is set again from here."""
    template = QTextDocument()
    template.setDefaultStyleSheet(CSS)
    template.setHtml("".join(f"{tag}x</{tag[1:3].strip('>')}>" for tag in FIRST_TAGS))
    formats, block = {}, template.begin()
    for tag in FIRST_TAGS:
        formats[tag] = block.blockFormat()
        block = block.next()
    return formats


def _first_format(formats: dict[str, QTextBlockFormat], part: str) -> QTextBlockFormat | None:
    if part.startswith("<h"):
        heading = QTextBlockFormat(formats[part[:3] + ">"])
        if "page-break-before" in part[:60]:
            heading.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return heading
    return next((formats[tag] for tag in FIRST_TAGS[3:] if part.startswith(tag)), None)


def _attach_layout(document: QTextDocument) -> None:
    """Create the layout, at 96 dpi whatever the screen (a QImage as its paint device)."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(DOC_DPI / 0.0254))
    device.setDotsPerMeterY(round(DOC_DPI / 0.0254))
    document.documentLayout().setPaintDevice(device)
    document.setProperty("layoutDevice", device)  # keeps the image alive with the document


def build_document(report: ClinicianReport, paper: str = "a4", name: str = "",
                   cancelled: Callable[[], bool] = lambda: False) -> QTextDocument:
    """The report laid out in pages of `paper`, headings kept with what follows them.

    The fragments go in before the document has a layout, then it is laid out forty
    blocks at a time: each Qt call stays short, so a worker thread never holds Python's
    GIL long enough to stall the window, and Cancel is honoured between steps."""
    document = _new_document(paper)
    if not report.is_empty:
        _add_charts(document, report)
    _checkpoint(cancelled)
    formats = _block_formats()
    cursor = QTextCursor(document)
    for index, part in enumerate(report_parts(report, name)):
        _checkpoint(cancelled)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if index and cursor.block().length() > 1:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        first = cursor.block().blockNumber()
        cursor.insertHtml(part)
        block_format = _first_format(formats, part)
        if block_format is not None:
            QTextCursor(document.findBlockByNumber(first)).setBlockFormat(block_format)
    _attach_layout(document)
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockNumber() % LAYOUT_STEP == 0:
            _checkpoint(cancelled)
            layout.blockBoundingRect(block)
        if block.blockFormat().headingLevel():
            keep_with_next(document, block)
        block = block.next()
    return document


def _page_of(document: QTextDocument, y: float) -> int:
    return int(y // document.pageSize().height())


def keep_with_next(document: QTextDocument, heading: QTextBlock) -> bool:
    """Start `heading` on a new page when what follows it begins on the next one."""
    following = heading.next()
    if not following.isValid():
        return False
    top = document.documentLayout().blockBoundingRect(heading).top()
    if _page_of(document, following_top(document, following)) <= _page_of(document, top):
        return False
    page_break = QTextBlockFormat()
    page_break.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(heading).mergeBlockFormat(page_break)
    return True


def keep_headings_with_next(document: QTextDocument) -> int:
    """Move every heading that would end a page onto the next one; returns how many."""
    moved = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            moved += keep_with_next(document, block)
        block = block.next()
    return moved


def following_top(document: QTextDocument, block: QTextBlock) -> float:
    """Top of the block after a heading in document coordinates (also inside a table)."""
    table = QTextCursor(block).currentTable()
    layout = document.documentLayout()
    if table is not None:  # the first cell's text (asking for the table's frame would
        # lay out the whole document at once)
        block = table.cellAt(0, 0).firstCursorPosition().block()
    return layout.blockBoundingRect(block).top()


def paint_pages(document: QTextDocument, device: QPagedPaintDevice,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> int:
    """Paint every page with its footer; returns the page count. Raises Cancelled."""
    pages = document.pageCount()
    width, height = document.pageSize().width(), document.pageSize().height()
    scale = device.logicalDpiX() / DOC_DPI
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The PDF or printer could not be opened for drawing")
    try:
        footer_font = QFont(document.defaultFont())
        footer_font.setPixelSize(11)  # document units: scaled with the page
        for page in range(pages):
            _checkpoint(cancelled)
            if page:
                device.newPage()
            painter.save()  # scale to the device, then shift this page to the top
            painter.setWorldTransform(QTransform(scale, 0, 0, scale, 0, -page * height * scale),
                                      True)
            clip = QRectF(0, page * height, width, height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, height + 4, width, FOOTER - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             translate("ClinicianReport", "Page {page} of {pages}").format(
                                 page=page + 1, pages=pages))
            painter.restore()
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages
