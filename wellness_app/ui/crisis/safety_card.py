"""The safety plan and crisis lines as one HTML document: shown in the crisis dialog and
printed as a one-page PDF card (QPdfWriter + QTextDocument, so the PDF holds real text)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.domain.errors import UserError
from wellness_app.domain.safety_plan import SECTIONS, SafetyPlan
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import care_text, section_heading, shown_line
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate


def plan_html(plan: SafetyPlan, *, empty_hint: bool = True, title: bool = True) -> str:
    if plan.is_empty:
        if not empty_hint:
            return ""
        return "<p><i>{}</i></p>".format(escape(translate("SafetyCard",
            "You have not written a safety plan yet. The Safety plan page helps you make "
            "one, step by step, with your own people and your clinician.")))
    parts = (["<h2>{}</h2>".format(escape(translate("SafetyCard", "My safety plan")))]
             if title else [])
    for section in SECTIONS:
        lines = [escape(line) for line in plan.lines(section.key)]
        lines += [escape(f"{c.name} — {c.phone}" if c.phone else c.name)
                  + (f" <i>({escape(c.note)})</i>" if c.note else "")
                  for c in plan.contacts_for(section.key)]
        if not lines:
            continue
        parts.append(f"<h3>{escape(section_heading(section.key))}</h3><ul>")
        parts += [f"<li>{line}</li>" for line in lines]
        parts.append("</ul>")
    return "".join(parts)


def lines_html(lines: list[CrisisLine], country_name: str, last_reviewed: date,
               note: str) -> str:
    from wellness_app.ui.crisis.cards import details

    rows = "".join(
        f"<tr><td><b>{escape(shown.label)}</b></td>"
        f"<td>&nbsp;{escape(' / '.join((shown.contact, *shown.also)))}</td>"
        f"<td>&nbsp;<i>{escape(shown.note or details(shown))}</i></td></tr>"
        for shown in map(shown_line, lines))
    heading = translate("SafetyCard", "Crisis lines — {country}").format(country=country_name)
    reviewed = translate("SafetyCard", "Last reviewed {date}.").format(
        date=fmt.short_date(last_reviewed))
    return (f"<h2>{escape(heading)}</h2><table cellspacing='2'>{rows}</table>"
            f"<p><small>{escape(reviewed)} {escape(note)}</small></p>")


def card_html(plan: SafetyPlan, lines: list[CrisisLine], country_name: str,
              last_reviewed: date, note: str) -> str:
    """The printable card: the plan first, the numbers second."""
    title = ("<h2>{}</h2>".format(escape(translate("SafetyCard", "My safety plan")))
             if plan.is_empty else "")
    return (title + plan_html(plan)
            + lines_html(lines, country_name, last_reviewed, note)
            + "<p>{}</p>".format(escape(translate("SafetyCard",
                "If you are in immediate danger, call your local emergency number now."))))


def write_pdf(path: Path, html: str) -> int:
    """Write `html` as an A4 PDF, shrinking the font until it fits one page; returns pages."""
    writer = QPdfWriter(str(path))
    writer.setTitle(translate("SafetyCard", "Safety plan"))
    writer.setCreator("Wellness Journal")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out fonts at the printer's DPI
    doc.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    for points in (11, 10, 9, 8, 7):
        font = QFont()
        font.setPointSizeF(points)
        doc.setDefaultFont(font)
        if doc.pageCount() <= 1:
            break
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # finishes the file
    if not path.exists():
        raise UserError(translate("SafetyCard", "Could not write {path}").format(path=path))
    return pages


def ask_pdf_path(parent: QWidget | None) -> Path | None:
    title = translate("CrisisDialog", "Save safety plan card")
    name, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(Path.home() / "safety-plan.pdf"),
                                          translate("CrisisDialog", "PDF files (*.pdf)"))
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def save_card(ctx: UiContext, path: Path, country: str | None = None) -> int:
    """Write the one-page safety plan card (plan, then lines) to `path`."""
    lines = ctx.services.crisis_lines()
    code = country or lines.country()
    directory = lines.directory
    html = card_html(ctx.services.safety_plan.plan(), lines.lines(code),
                     care_text(lines.country_name(code)), directory.last_reviewed,
                     care_text(directory.note))
    try:
        return write_pdf(path, html)
    except OSError as exc:
        raise UserError(translate("CrisisDialog", "Could not save {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from None
