"""Long tables as tab-aligned rows: the report's weekly and per-day tables.

A QTextTable lays every cell out as a frame of its own, several times over: measured here,
~800 rows of the ten-year report took ten times as long to lay out as the same text in
paragraphs, and most of the report's generation time. So a long table goes in as a one-row
QTextTable for its header (header words may wrap) followed by one single-line paragraph per
row, with tab stops at the column edges and light stripes for reading across. The rows are one
fixed-height line each, so they are counted onto pages as they go in, with the header
starting every page they run onto.

Cells must fit their column on one line for tabs to line up: columns get at least the width
of their widest cell, the rest is shared out by the given percentages, and a table whose
cells do not fit side by side at all goes in as an ordinary HTML table instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextOption,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

PAD = 3.0  # document units, as the HTML tables' cellpadding
ROW_HEIGHT = 20.0  # document units: every row is one line this tall
MIN_ROWS = 2  # a header at the foot of a page needs this many rows under it
HEADER_BACKGROUND = QColor("#dfe7ef")
STRIPE = QColor("#eef2f6")


def table_html(headers: Sequence[str], rows: Sequence[Sequence[object]],
               widths: Sequence[int] = ()) -> str:
    """A table with a header row that repeats on each page; `widths` are optional column
    widths in percent. Rows are ruled, not boxed: collapsed cell borders paint ~3× slower."""
    sizes = [f' width="{w}%"' for w in widths] + [""] * len(headers)
    head = "".join(f"<th{sizes[i]}>{escape(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return (f'<table cellspacing="0" cellpadding="3" width="100%"><thead><tr>{head}</tr>'
            f"</thead><tbody>{body}</tbody></table>")


@dataclass(frozen=True, slots=True)
class Rows:
    """A long table of short cells; `widths` are percentages used as a hint."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]

    def html(self) -> str:
        return table_html(self.headers, self.rows, self.widths)


@dataclass(frozen=True, slots=True)
class Columns:
    """Where the columns go; `header_fits`: the header words fit on one line as well, so
    the header is a (bold) row too, else a one-row table whose cells may wrap."""

    widths: list[float]
    header_fits: bool


def column_widths(rows: Rows, metrics: QFontMetricsF, bold: QFontMetricsF,
                  width: float) -> Columns | None:
    """Columns in document units that fit every cell on one line, or None."""
    cells = [max(metrics.horizontalAdvance(cell) for cell in column) + 2 * PAD + 2
             for column in zip(*rows.rows, strict=True)]
    if sum(cells) > width:
        return None
    heads = [max(need, bold.horizontalAdvance(header) + 2 * PAD + 2)
             for need, header in zip(cells, rows.headers, strict=True)]
    header_fits = sum(heads) <= width
    words = [max(need, *(bold.horizontalAdvance(word) + 2 * PAD + 2 for word in header.split()))
             for need, header in zip(cells, rows.headers, strict=True)]  # no word broken
    needed = heads if header_fits else words if sum(words) <= width else cells
    hinted = [width * share / 100 for share in rows.widths]
    if all(need <= hint for need, hint in zip(needed, hinted, strict=True)):
        return Columns(hinted, header_fits)
    spare, shares = width - sum(needed), sum(rows.widths)
    return Columns([need + spare * share / shares
                    for need, share in zip(needed, rows.widths, strict=True)], header_fits)


def fit(rows: Rows, text_format: QTextCharFormat, device: QPaintDevice,
        width: float) -> Columns | None:
    """`column_widths` for text in `text_format` laid out on `device`."""
    if not rows.rows:
        return None
    return column_widths(rows, QFontMetricsF(text_format.font(), device),
                         QFontMetricsF(_bold(text_format).font(), device), width)


def _bold(text_format: QTextCharFormat) -> QTextCharFormat:
    bold = QTextCharFormat(text_format)
    bold.setFontWeight(700)
    return bold


def row_format(widths: Sequence[float], background: QColor | None = None) -> QTextBlockFormat:
    """One row: a single line ROW_HEIGHT tall, tab stops at the column edges."""
    block_format = QTextBlockFormat()
    block_format.setLeftMargin(PAD)
    block_format.setTopMargin(0)
    block_format.setBottomMargin(0)
    block_format.setLineHeight(ROW_HEIGHT, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    block_format.setNonBreakableLines(True)
    edges, x = [], 0.0
    for width in widths[:-1]:
        x += width
        edges.append(QTextOption.Tab(x - PAD, QTextOption.TabType.LeftTab))
    block_format.setTabPositions(edges)
    if background is not None:
        block_format.setBackground(background)
    return block_format


class _Header:
    """A table's header row as inserted: a block (one line) or a one-row table."""

    def __init__(self, cursor: QTextCursor, rows: Rows, columns: Columns,
                 text_format: QTextCharFormat, *, page_break: bool = False) -> None:
        self.document = cursor.document()
        self.table: QTextTable | None = None
        if columns.header_fits:
            header_format = row_format(columns.widths, HEADER_BACKGROUND)
            if page_break:
                header_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            if cursor.block().length() > 1:
                cursor.insertBlock(header_format, _bold(text_format))
            else:
                cursor.setBlockFormat(header_format)
            cursor.insertText("\t".join(rows.headers), _bold(text_format))
            self.block = cursor.block()
            return
        self.table = _header_table(cursor, rows.headers, columns.widths, text_format,
                                   page_break)
        cursor.movePosition(QTextCursor.MoveOperation.End)  # the empty block Qt puts after
        self.block = cursor.block()

    def box(self) -> QRectF:
        layout = self.document.documentLayout()
        if self.table is not None:
            return layout.frameBoundingRect(self.table)
        box = layout.blockBoundingRect(self.block)  # from the top of its ROW_HEIGHT line,
        box.setHeight(ROW_HEIGHT)  # but only as tall as the text
        return box

    def start_page(self) -> None:
        if self.table is not None:
            moved = self.table.format()
            moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.table.setFormat(moved)
            return
        page_break = QTextBlockFormat()
        page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(self.block).mergeBlockFormat(page_break)


def _header_table(cursor: QTextCursor, headers: Sequence[str], widths: Sequence[float],
                  text_format: QTextCharFormat, page_break: bool) -> QTextTable:
    """A one-row table of bold header cells at the cursor, columns `widths` wide."""
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellSpacing(0)
    table_format.setCellPadding(PAD)
    table_format.setMargin(0)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.FixedLength, w) for w in widths])
    if page_break:
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table = cursor.insertTable(1, len(headers), table_format)
    cell_format = QTextTableCellFormat()
    cell_format.setBackground(HEADER_BACKGROUND)
    for column, text in enumerate(headers):
        cell = table.cellAt(0, column)
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(text, _bold(text_format))
    return table


def _page_end(document: QTextDocument, y: float) -> float:
    """Where text must end on the page that holds `y` (the page minus its margin)."""
    height = document.pageSize().height()
    return (y // height + 1) * height - document.documentMargin()


def insert_rows(cursor: QTextCursor, rows: Rows, columns: Columns,
                text_format: QTextCharFormat, move_headings: Callable[[], bool]) -> None:
    """Append the header and the rows to a laid-out document. Rows are counted onto pages
    here, the header starting every page after the first, so nothing laid out before has
    to change. When fewer than MIN_ROWS fit under the header, `move_headings` moves the
    headings just before it to the next page, or if there are none the header goes."""
    document = cursor.document()
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if cursor.block().length() > 1:
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    header = _Header(cursor, rows, columns, text_format)
    cursor.endEditBlock()
    box = header.box()
    if box.bottom() + MIN_ROWS * ROW_HEIGHT > _page_end(document, box.top()):
        if not move_headings():
            header.start_page()
        box = header.box()
    room = int((_page_end(document, box.top()) - box.bottom()) // ROW_HEIGHT)
    usable = document.pageSize().height() - 2 * document.documentMargin()
    per_page = max(1, int((usable - box.height()) // ROW_HEIGHT))
    formats = (row_format(columns.widths), row_format(columns.widths, STRIPE))
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for number, row in enumerate(rows.rows):
        if number >= room and (number - room) % per_page == 0:
            _Header(cursor, rows, columns, text_format, page_break=True)
            if columns.header_fits:
                cursor.insertBlock(formats[number % 2], text_format)
            else:
                cursor.setBlockFormat(formats[number % 2])
        elif number or columns.header_fits:
            cursor.insertBlock(formats[number % 2], text_format)
        else:
            cursor.setBlockFormat(formats[0])
        cursor.insertText("\t".join(row), text_format)
    cursor.endEditBlock()
