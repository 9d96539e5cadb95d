"""Lays the report out in pages and paints them onto a PDF writer or a printer.

Safe off the GUI thread: QTextDocument, QImage and QPainter on QPdfWriter/QPrinter are
all usable in a worker thread. The document is laid out at 96 units per inch (a QImage
as its paint device, so no screen is asked), headings are kept with what follows them,
and each page is painted with a "Page X of Y" footer; `cancelled` is asked between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
    QTransform,
)

from wellness_app.domain.questionnaires import GAD7, PHQ9
from wellness_app.services.report.model import EMPTY_MESSAGE, ClinicianReport
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.report.charts import (
    ChartPainter,
    Paint,
    paint_mood_chart,
    paint_questionnaire_chart,
)
from wellness_app.ui.report.details import Part, _h, _p, detail_html
from wellness_app.ui.report.flow import DOC_DPI, Flow, block_formats
from wellness_app.ui.report.rows import Rows
from wellness_app.ui.report.summary_page import header_html, summary_html

MARGIN_MM = 15
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
    """Between two short Qt calls: stop if cancelled. (Python hands its GIL to a waiting
    GUI thread within its 5 ms switch interval; yielding here on purpose cost ~2 ms a call
    on a busy machine, a third of a one-year report's time.)"""
    if cancelled():
        raise Cancelled


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS.get(paper, PAPERS["a4"])),
                       QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def report_parts(report: ClinicianReport, name: str = "") -> list[Part]:
    """The report as small HTML fragments (headings, paragraphs, short tables) and `Rows`
    (long tables of a year at most)."""
    if report.is_empty:
        return [*header_html(report, name), _h(2, care_text(EMPTY_MESSAGE)),
                _p(translate("ClinicianReport",
                             "Choose a wider range, or log a few days first."))]
    return summary_html(report, name) + detail_html(report)


def report_html(report: ClinicianReport, name: str = "") -> str:
    """The whole report as one HTML page (charts refer to `chart:` resources)."""
    body = "".join(part.html() if isinstance(part, Rows) else part
                   for part in report_parts(report, name))
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def _new_document(paper: str) -> ReportDocument:
    """An empty document with the report's page size and styles."""
    document = ReportDocument()
    body = page_layout(paper).paintRect(QPageLayout.Unit.Inch)
    document.setPageSize(QSizeF(body.width() * DOC_DPI, body.height() * DOC_DPI - FOOTER))
    font = QFont(document.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # "first", not "ﬁrst": copy and search find it
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDefaultStyleSheet(CSS)
    return document


class ReportDocument(QTextDocument):
    """The laid-out report and the charts to draw over their places when painted."""

    def __init__(self) -> None:
        super().__init__()
        self.charts = ChartPainter({})


def _add_charts(document: ReportDocument, report: ClinicianReport) -> None:
    """Placeholders for the report's `chart:` images, drawn over as vectors when painted."""
    start, end = report.start, report.end
    charts: dict[str, Paint] = {}
    if report.moods:
        charts["chart:mood"] = partial(paint_mood_chart, moods=report.moods, start=start,
                                       end=end)
    for kind, records, questionnaire in (("phq9", report.phq9, PHQ9),
                                         ("gad7", report.gad7, GAD7)):
        if records:
            charts[f"chart:{kind}"] = partial(paint_questionnaire_chart, records=records,
                                              questionnaire=questionnaire, start=start,
                                              end=end)
    document.charts = ChartPainter(charts)
    for name in charts:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             ChartPainter.placeholder())


def build_document(report: ClinicianReport, paper: str = "a4", name: str = "",
                   cancelled: Callable[[], bool] = lambda: False) -> QTextDocument:
    """The report laid out in pages of `paper`, headings kept with what follows them and
    long tables' headers repeated on every page. Each part is a short Qt call, so a worker
    thread never holds Python's GIL long enough to stall the window, and Cancel is honoured
    between parts."""
    document = _new_document(paper)
    if not report.is_empty:
        _add_charts(document, report)
    flow = Flow(document, block_formats(CSS), document.charts)
    for part in report_parts(report, name):
        _checkpoint(cancelled)
        flow.add(part)
    flow.finish()
    return document


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
            if isinstance(document, ReportDocument):
                document.charts.paint(painter, clip)
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
