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


def column_widths(rows: Rows, metrics: QFontMetricsF, width: float) -> list[float] | None:
    """Column widths in document units that fit every cell on one line, or None."""
    needed = [max(metrics.horizontalAdvance(cell) for cell in column) + 2 * PAD + 2
              for column in zip(*rows.rows, strict=True)]
    if sum(needed) > width:
        return None
    hinted = [width * share / 100 for share in rows.widths]
    if all(need <= hint for need, hint in zip(needed, hinted, strict=True)):
        return hinted
    spare, shares = width - sum(needed), sum(rows.widths)
    return [need + spare * share / shares for need, share in zip(needed, rows.widths,
                                                                 strict=True)]


def insert_header(cursor: QTextCursor, headers: Sequence[str], widths: Sequence[float],
                  text_format: QTextCharFormat, *, page_break: bool = False) -> QTextTable:
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
    bold = QTextCharFormat(text_format)
    bold.setFontWeight(700)
    cell_format = QTextTableCellFormat()
    cell_format.setBackground(HEADER_BACKGROUND)
    for column, text in enumerate(headers):
        cell = table.cellAt(0, column)
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(text, bold)
    return table


def row_format(widths: Sequence[float], striped: bool) -> QTextBlockFormat:
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
    if striped:
        block_format.setBackground(STRIPE)
    return block_format


def fit(rows: Rows, text_format: QTextCharFormat, device: QPaintDevice,
        width: float) -> list[float] | None:
    """`column_widths` for text in `text_format` laid out on `device`."""
    if not rows.rows:
        return None
    return column_widths(rows, QFontMetricsF(text_format.font(), device), width)


def _page_end(document: QTextDocument, y: float) -> float:
    """Where text must end on the page that holds `y` (the page minus its margin)."""
    height = document.pageSize().height()
    return (y // height + 1) * height - document.documentMargin()


def insert_rows(cursor: QTextCursor, rows: Rows, widths: Sequence[float],
                text_format: QTextCharFormat,
                move_to_next_page: Callable[[QTextTable], None]) -> None:
    """Append the header table and the rows to a laid-out document. Rows are counted onto
    pages here, the header starting every page after the first, so nothing laid out before
    has to change. `move_to_next_page` moves
    the header (or the headings it belongs to) when fewer than MIN_ROWS fit after it."""
    document = cursor.document()
    layout = document.documentLayout()
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if cursor.block().length() > 1:
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    header = insert_header(cursor, rows.headers, widths, text_format)
    cursor.endEditBlock()
    box = layout.frameBoundingRect(header)
    if box.bottom() + MIN_ROWS * ROW_HEIGHT > _page_end(document, box.top()):
        move_to_next_page(header)
        box = layout.frameBoundingRect(header)
    room = int((_page_end(document, box.top()) - box.bottom()) // ROW_HEIGHT)
    usable = document.pageSize().height() - 2 * document.documentMargin()
    per_page = max(1, int((usable - box.height()) // ROW_HEIGHT))
    formats = (row_format(widths, False), row_format(widths, True))
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for number, row in enumerate(rows.rows):
        if number >= room and (number - room) % per_page == 0:
            insert_header(cursor, rows.headers, widths, text_format, page_break=True)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.setBlockFormat(formats[number % 2])
        elif number:
            cursor.insertBlock(formats[number % 2], text_format)
        else:
            cursor.setBlockFormat(formats[0])
        cursor.insertText("\t".join(row), text_format)
    cursor.endEditBlock()
