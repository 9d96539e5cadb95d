"""Pours the report's parts into a document that is laid out as it grows.

Qt only lays out well forwards: changing a document that is laid out part of the way
drops the rest of its lazy layout (those blocks print as nothing), and each change to a
fully laid-out one moves everything after it. So parts are appended to a laid-out
document, a group at a time (one layout pass each, text up to GROUP_CHARS), and the only
changes made afterwards are at its very end: a heading that would end a page starts the
next one instead. Long tables (`Rows`) are counted onto pages as they go in.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from wellness_app.ui.report.charts import ChartPainter
from wellness_app.ui.report.rows import Rows, fit, insert_rows

DOC_DPI = 96
GROUP_CHARS = 20_000  # HTML laid out per Qt call at most: short enough not to stall the GUI
ROWS_PER_TABLE = 27  # a `Rows` too wide for tab stops goes in as HTML tables of this size
FIRST_TAGS = ('<h1>', '<h2>', '<h3>', '<p class="meta">', '<p class="statement">', "<p>")
Formats = tuple[dict[str, QTextBlockFormat], QTextCharFormat]


def block_formats(css: str) -> Formats:
    """The block format each kind of fragment starts with, under the report's style sheet,
    and the character format of body text. Inserting a fragment merges its first block into
    the cursor's block, which keeps its own format, so the format is set again from here."""
    template = QTextDocument()
    template.setDefaultStyleSheet(css)
    template.setHtml("".join(f"{tag}x</{tag[1:3].strip('>')}>" for tag in FIRST_TAGS))
    formats, block = {}, template.begin()
    text_format = QTextCharFormat()
    for tag in FIRST_TAGS:
        formats[tag] = block.blockFormat()
        if tag == "<p>":
            text_format = block.begin().fragment().charFormat()
        block = block.next()
    return formats, text_format


def first_format(formats: dict[str, QTextBlockFormat], part: str) -> QTextBlockFormat | None:
    if part.startswith("<h"):
        heading = QTextBlockFormat(formats[part[:3] + ">"])
        if "page-break-before" in part[:60]:
            heading.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return heading
    return next((formats[tag] for tag in FIRST_TAGS[3:] if part.startswith(tag)), None)


def layout_device() -> QImage:
    """A 96 dpi paint device to lay the document out on, whatever the screen."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(DOC_DPI / 0.0254))
    device.setDotsPerMeterY(round(DOC_DPI / 0.0254))
    return device


def attach_layout(document: QTextDocument, device: QImage | None = None) -> None:
    """Create the layout on `device` (a new 96 dpi one by default)."""
    device = device or layout_device()
    document.documentLayout().setPaintDevice(device)
    document.setProperty("layoutDevice", device)  # keeps the image alive with the document


def page_of(document: QTextDocument, y: float) -> int:
    return int(y // document.pageSize().height())


def following_top(document: QTextDocument, block: QTextBlock) -> float:
    """Top of `block` in document coordinates (inside a table: of its first cell)."""
    table = QTextCursor(block).currentTable()
    if table is not None:
        block = table.cellAt(0, 0).firstCursorPosition().block()
    return document.documentLayout().blockBoundingRect(block).top()


def content_top(document: QTextDocument, block: QTextBlock) -> float:
    """Top of the first thing shown from `block` on (Qt hides the empty block it keeps
    before a table)."""
    while (block.length() == 1 and QTextCursor(block).currentTable() is None
           and block.next().isValid()):
        block = block.next()
    return following_top(document, block)


def break_before(block: QTextBlock) -> None:
    page_break = QTextBlockFormat()
    page_break.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).mergeBlockFormat(page_break)


def keep_with_next(document: QTextDocument, heading: QTextBlock) -> bool:
    """Start `heading` on a new page when what follows it begins on the next one."""
    following = heading.next()
    if not following.isValid():
        return False
    top = document.documentLayout().blockBoundingRect(heading).top()
    if page_of(document, content_top(document, following)) <= page_of(document, top):
        return False
    break_before(heading)
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


class Flow:
    """Appends parts to `document` (laid out from the start on a 96 dpi device)."""

    def __init__(self, document: QTextDocument, formats: Formats,
                 charts: ChartPainter | None = None) -> None:
        self.document, self.charts = document, charts
        self.formats, self.text_format = formats
        self.device = layout_device()
        attach_layout(document, self.device)
        self.width = document.pageSize().width() - 2 * document.documentMargin()
        self.cursor = QTextCursor(document)
        self.pending: list[str] = []
        self.headings: list[int] = []  # block numbers of headings still without content
        self.chart_blocks: list[int] = []

    def add(self, part: str | Rows) -> None:
        if isinstance(part, Rows):
            self.flush()
            self._add_rows(part)
            return
        self.pending.append(part)
        if sum(map(len, self.pending)) >= GROUP_CHARS:
            self.flush()

    def finish(self) -> None:
        """Flush, then note where the charts are (nothing before them moves any more)."""
        self.flush()
        if self.charts is None:
            return
        for number in self.chart_blocks:
            block = self.document.findBlockByNumber(number)
            for _ in range(3):  # a chart part is a paragraph or two
                if block.isValid():
                    self.charts.find(block)
                    block = block.next()

    def flush(self) -> None:
        """Lay the pending parts out in one pass, then keep headings with their text."""
        if not self.pending:
            return
        cursor = self.cursor
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        starts = []
        for part in self.pending:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if cursor.block().length() > 1:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            first = cursor.block().blockNumber()
            cursor.insertHtml(part)
            block_format = first_format(self.formats, part)
            if block_format is not None:
                QTextCursor(self.document.findBlockByNumber(first)).setBlockFormat(block_format)
            starts.append((first, part.startswith("<h")))
            if 'src="chart:' in part:
                self.chart_blocks.append(first)
        cursor.endEditBlock()
        self.pending.clear()
        for first, heading in starts:
            if heading:
                self.headings.append(first)
            else:
                self._keep_headings_with(self.document.findBlockByNumber(first))

    def _keep_headings_with(self, block: QTextBlock) -> None:
        """Move the headings just before `block` to the next page if `block` starts there."""
        if self.headings:
            last = self.document.findBlockByNumber(self.headings[-1])
            heading_top = self.document.documentLayout().blockBoundingRect(last).top()
            if page_of(self.document, content_top(self.document, block)) \
                    > page_of(self.document, heading_top):
                break_before(self.document.findBlockByNumber(self.headings[0]))
        self.headings.clear()

    def _add_rows(self, rows: Rows) -> None:
        widths = fit(rows, self.text_format, self.device, self.width)
        if widths is None:  # cells too wide for one line: ordinary tables, a few rows each
            for start in range(0, max(len(rows.rows), 1), ROWS_PER_TABLE):
                piece = Rows(rows.headers, rows.rows[start:start + ROWS_PER_TABLE], rows.widths)
                self.pending.append(piece.html())
                self.flush()
            return
        def move_headings() -> bool:
            if self.headings:
                break_before(self.document.findBlockByNumber(self.headings[0]))
            return bool(self.headings)

        insert_rows(self.cursor, rows, widths, self.text_format, move_headings)
        self.headings.clear()
