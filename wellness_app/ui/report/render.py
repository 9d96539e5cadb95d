"""Turns a ClinicianReport into a PDF: real, selectable text (QTextDocument) with the
charts embedded as images. Needs a QGuiApplication (the CLI starts an offscreen one)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from wellness_app.domain.questionnaires import ANSWERS, GAD7, PHQ9, PHQ9_SUICIDE_ITEM_INDEX
from wellness_app.services.report.model import EMPTY_MESSAGE, STATEMENT, TITLE, ClinicianReport
from wellness_app.ui import locale_format as fmt
from wellness_app.ui.care.care_text import care_text, treatment_name
from wellness_app.ui.care.outcome_text import observations, series_heading
from wellness_app.ui.i18n import translate
from wellness_app.ui.report.charts import mood_chart, questionnaire_chart

# A4 minus 15 mm margins, in points: the document is laid out at this size, then printed
PAGE_POINTS = QSizeF(595 - 85, 842 - 85)
IMAGE_WIDTH = 500
NOWRAP = ' style="white-space: nowrap; border: 1px solid #ccc"'
CSS = """
body { font-family: sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #2c5d8f; }
p.meta { color: #555; margin: 0; }
p.statement { font-style: italic; color: #444; }
table { border-collapse: collapse; }
th { background: #eef2f6; text-align: left; }
th, td { padding: 2px 8px; border: 1px solid #ccc; }
"""


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]],
           widths: Sequence[int] = ()) -> str:
    """A simple bordered table; `widths` are optional column widths in percent."""
    sizes = [f' width="{w}%"' for w in widths] + [""] * len(headers)
    head = "".join(f"<th{sizes[i]}>{escape(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{NOWRAP if i == 0 else ''}>{escape(str(cell))}</td>"
                         for i, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table cellspacing="0" cellpadding="3" width="100%"><tr>{head}</tr>{body}</table>'


def _day(value: date | None) -> str:
    return "—" if value is None else fmt.short_date(value)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _meta(text: str) -> str:
    return f'<p class="meta">{escape(text)}</p>'


def report_html(report: ClinicianReport) -> str:
    """The report as HTML; charts refer to `chart:` resources added by `build_document`."""
    parts = [
        _h(1, care_text(TITLE)),
        _meta(translate("ClinicianReport", "Period: {start} – {end}").format(
            start=fmt.short_date(report.start), end=fmt.short_date(report.end))),
        _meta(translate("ClinicianReport", "Generated: {date}").format(
            date=fmt.short_date(report.generated))),
        f'<p class="statement">{escape(care_text(STATEMENT))}</p>',
    ]
    if report.is_empty:
        parts.append(_h(2, care_text(EMPTY_MESSAGE)))
        parts.append(_p(translate("ClinicianReport",
                                  "Choose a wider range, or log a few days first.")))
    else:
        parts += _mood(report) + _questionnaires(report) + _treatments(report)
        parts += _medications(report) + _weekly(report)
        if report.include_notes:
            parts += _notes(report)
    return f"<html><head><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"


def _mood(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Mood (daily mean, 1 = awful … 5 = great)"))]
    if not report.moods:
        return [*out, _p(translate("ClinicianReport", "No mood check-ins in this period."))]
    mean = report.mood_mean or 0.0
    low = sum(1 for m in report.moods if m.mean <= 2)
    out.append(f'<p><img src="chart:mood" width="{IMAGE_WIDTH}"></p>')
    out.append(_p(translate("ClinicianReport", "Days with check-ins: {days}. Mean of daily "
                            "means: {mean}. Days with a mean of 2 or lower: {low}.").format(
        days=fmt.number(len(report.moods)), mean=fmt.number(mean, 1), low=fmt.number(low))))
    return out


def _questionnaires(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "PHQ-9 and GAD-7"))]
    records = sorted(report.phq9 + report.gad7, key=lambda r: r.moment.utc)
    if not records:
        return [*out, _p(translate("ClinicianReport", "No questionnaires in this period."))]
    if report.phq9:
        out.append(f'<p><b>PHQ-9</b><br><img src="chart:phq9" width="{IMAGE_WIDTH}"></p>')
    if report.gad7:
        out.append(f'<p><b>GAD-7</b><br><img src="chart:gad7" width="{IMAGE_WIDTH}"></p>')
    names = {"phq9": PHQ9, "gad7": GAD7}
    out.append(_table(
        [translate("ClinicianReport", "Date"), translate("ClinicianReport", "Questionnaire"),
         translate("ClinicianReport", "Total"), translate("ClinicianReport", "Band")],
        [(fmt.short_date(r.local_date), names[r.kind].title, r.total,
          names[r.kind].band(r.total).name) for r in records],
    ))
    out.append(_h(2, translate("ClinicianReport", "PHQ-9 item 9 over time")))
    out.append(_p(f"“{PHQ9.items[PHQ9_SUICIDE_ITEM_INDEX]}”"))
    if report.item9:
        out.append(_table(
            [translate("ClinicianReport", "Date"), translate("ClinicianReport", "Answer")],
            [(fmt.short_date(d), f"{ANSWERS[a]} ({a})") for d, a in report.item9]))
    else:
        out.append(_p(translate("ClinicianReport", "No PHQ-9 in this period.")))
    return out


def _treatments(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Treatment sessions"))]
    if not report.treatments:
        return [*out, _p(translate("ClinicianReport",
                                   "No treatment sessions in this period."))]
    headers = [translate("ClinicianReport", "Date and time"),
               translate("ClinicianReport", "Treatment"), translate("ClinicianReport", "Clinic"),
               translate("ClinicianReport", "Mood before → after")]
    if report.include_notes:
        headers.append(translate("ClinicianReport", "Note"))
    rows = []
    for t in report.treatments:
        moods = f"{t.mood_before or '—'} → {t.mood_after or '—'}"
        row: list[object] = [fmt.date_and_time(t.moment.local), treatment_name(t.kind),
                             t.clinic, moods]
        if report.include_notes:
            row.append(t.note)
        rows.append(row)
    widths = (18, 20, 16, 20, 26) if report.include_notes else (22, 26, 24, 28)
    out.append(_table(headers, rows, widths))
    for outcome in report.outcomes:
        out.append(f"<p><b>{escape(series_heading(outcome.series))}</b></p>")
        out.append("<ul>" + "".join(f"<li>{escape(line)}</li>"
                                    for line in observations(outcome)) + "</ul>")
    return out


def _medications(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Medications"))]
    if not report.medications:
        return [*out, _p(translate("ClinicianReport",
                                   "No medications on the list for this period."))]
    headers = [translate("ClinicianReport", "Name"), translate("ClinicianReport", "Dose"),
               translate("ClinicianReport", "Started"), translate("ClinicianReport", "Stopped")]
    return [*out, _table(headers, [(m.name, m.dose, _day(m.start), _day(m.stop))
                                   for m in report.medications])]


def _weekly(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Light per week"))]
    week = translate("ClinicianReport", "ISO week")
    minutes = translate("ClinicianReport", "Minutes")
    sessions = translate("ClinicianReport", "Sessions")
    if report.light:
        out.append(_table([week, minutes, sessions],
                          [(w.week, fmt.number(w.minutes), fmt.number(w.sessions))
                           for w in report.light]))
    else:
        out.append(_p(translate("ClinicianReport", "No light logged in this period.")))
    out.append(_h(2, translate("ClinicianReport", "Movement per week")))
    if report.activity:
        out.append(_table(
            [week, translate("ClinicianReport", "Moderate-equivalent minutes"), minutes, sessions],
            [(w.week, fmt.number(w.moderate_equivalent_minutes), fmt.number(w.minutes),
              fmt.number(w.sessions)) for w in report.activity]))
    else:
        out.append(_p(translate("ClinicianReport", "No movement logged in this period.")))
    return out


def _notes(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Notes (included by the person)"))]
    if not report.notes:
        return [*out, _p(translate("ClinicianReport", "No notes in this period."))]
    headers = [translate("ClinicianReport", "Date"), translate("ClinicianReport", "Title"),
               translate("ClinicianReport", "Note")]
    return [*out, _table(headers, [(fmt.short_date(n.day), n.title, n.text)
                                   for n in report.notes])]


def build_document(report: ClinicianReport) -> QTextDocument:
    document = QTextDocument()
    document.setPageSize(PAGE_POINTS)
    font = QFont(document.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # "first", not "ﬁrst": copy and search find it
    document.setDefaultFont(font)
    if not report.is_empty:
        resource = QTextDocument.ResourceType.ImageResource
        if report.moods:
            document.addResource(resource, QUrl("chart:mood"),
                                 mood_chart(report.moods, report.start, report.end))
        if report.phq9:
            document.addResource(resource, QUrl("chart:phq9"), questionnaire_chart(
                report.phq9, PHQ9, report.start, report.end))
        if report.gad7:
            document.addResource(resource, QUrl("chart:gad7"), questionnaire_chart(
                report.gad7, GAD7, report.start, report.end))
    document.setHtml(report_html(report))
    return document


def render_pdf(report: ClinicianReport, path: Path) -> Path:
    """Write the report to `path` (A4). Raises OSError when the file cannot be written."""
    with path.open("wb"):
        pass  # fail early and clearly (QPdfWriter reports nothing on a bad path)
    writer = QPdfWriter(str(path))
    writer.setTitle(care_text(TITLE))
    writer.setCreator("wellness-app")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = build_document(report)
    document.print_(writer)
    del writer  # flushes and closes the file
    return path
