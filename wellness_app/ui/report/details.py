"""The report's detail pages (after the one-page summary) as HTML fragments and `Rows`:
mood, questionnaires, treatments, medications, light and movement per week, notes when
included. Short tables are HTML with a <thead> (QTextDocument repeats it on each page); the
long per-day and per-week tables are `Rows` (see ui/report/rows.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.questionnaires import PHQ9_SUICIDE_ITEM_INDEX
from wellness_app.services.report.model import ClinicianReport
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import questionnaire_wording, shown_band, treatment_name
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.outcome_text import observations, series_heading
from wellness_app.ui.report.charts import chart_html
from wellness_app.ui.report.rows import Rows, table_html

IMAGE_WIDTH = 640
NOTES_PER_PART = 40
Part = str | Rows


_table = table_html


def _day(value: date | None) -> str:
    return "—" if value is None else fmt.short_date(value)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def week_span(iso_week: str) -> str:
    """"2026-W37" as the days it covers, Monday to Sunday: "9/7/2026 – 9/13/2026"."""
    year, _, week = iso_week.partition("-W")
    monday = date.fromisocalendar(int(year), int(week), 1)
    return translate("ClinicianReport", "{start} – {end}").format(
        start=fmt.short_date(monday), end=fmt.short_date(monday + timedelta(days=6)))


def _meta(text: str) -> str:
    return f'<p class="meta">{escape(text)}</p>'


def detail_html(report: ClinicianReport) -> list[Part]:
    """The detail pages after the summary (the first heading starts a new page)."""
    mood = _mood(report)
    mood[0] = mood[0].replace("<h2>", '<h2 style="page-break-before: always">', 1)
    parts: list[Part] = [*mood, *_questionnaires(report), *_treatments(report),
                         *_medications(report), *_weekly(report)]
    if report.include_notes:
        parts += _notes(report)
    return parts


def _mood(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Mood in detail (daily mean, 1 = awful … "
                           "5 = great)"))]
    if not report.moods:
        return [*out, _p(translate("ClinicianReport", "No mood check-ins in this period."))]
    mean = report.mood_mean or 0.0
    low = sum(1 for m in report.moods if m.mean <= 2)
    out.append(_p(translate("ClinicianReport", "Days with check-ins: {days}. Mean of daily "
                            "means: {mean}. Days with a mean of 2 or lower: {low}.").format(
        days=fmt.number(len(report.moods)), mean=fmt.number(mean, 1), low=fmt.number(low))))
    return out


def _score(record: AssessmentRecord | None) -> str:
    if record is None:
        return "—"
    return f"{record.total} ({shown_band(record.kind, record.total)})"


def _questionnaires(report: ClinicianReport) -> list[Part]:
    """Charts, then one row per day a questionnaire was taken: PHQ-9, its item 9, GAD-7."""
    out: list[Part] = [_h(2, translate("ClinicianReport", "PHQ-9 and GAD-7"))]
    if not (report.phq9 or report.gad7):
        return [*out, _p(translate("ClinicianReport", "No questionnaires in this period."))]
    if report.phq9:
        out.append(f'<p><b>PHQ-9</b><br>{chart_html("phq9", IMAGE_WIDTH)}</p>')
    if report.gad7:
        out.append(f'<p><b>GAD-7</b><br>{chart_html("gad7", IMAGE_WIDTH)}</p>')
    days: dict[date, list[AssessmentRecord | None]] = {}
    for record in sorted(report.phq9 + report.gad7, key=lambda r: r.moment.utc):
        slot = days.setdefault(record.local_date, [None, None])
        slot[0 if record.kind == "phq9" else 1] = record  # the day's last one of each
    words = questionnaire_wording("phq9")  # the validated wording the form showed
    rows = []
    for day, (phq9, gad7) in days.items():
        item9 = phq9.item9 if phq9 is not None else None
        rows.append((fmt.short_date(day), _score(phq9),
                     "—" if item9 is None else f"{words.answers[item9]} ({item9})",
                     _score(gad7)))
    out.append(_p(translate("ClinicianReport", "Item 9: “{item}”").format(
        item=words.items[PHQ9_SUICIDE_ITEM_INDEX])))
    headers = (translate("ClinicianReport", "Date"), "PHQ-9",
               translate("ClinicianReport", "Item 9"), "GAD-7")
    return out + _by_year(report, list(days), headers, rows, (18, 30, 24, 28))


def _by_year(report: ClinicianReport, days: Sequence[date], headers: tuple[str, ...],
             rows: Sequence[tuple[str, ...]], widths: tuple[int, ...]) -> list[Part]:
    """One table per calendar year under a year heading when the period spans years:
    easier to find a date in."""
    if report.start.year == report.end.year:
        return [Rows(headers, tuple(rows), widths)]
    out: list[Part] = []
    for year in sorted({day.year for day in days}):
        chosen = [row for day, row in zip(days, rows, strict=True) if day.year == year]
        out += [_h(3, str(year)), Rows(headers, tuple(chosen), widths)]
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
        out.append(f"<p><b>{escape(series_heading(outcome.series))}</b></p><ul>"
                   + "".join(f"<li>{escape(line)}</li>"
                             for line in observations(outcome, for_clinician=True))
                   + "</ul>")  # one part: a list on its own would leave an empty line
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


def _weekly(report: ClinicianReport) -> list[Part]:
    """Light and movement in one table, a row per week with either."""
    out: list[Part] = [_h(2, translate("ClinicianReport", "Light and movement per week"))]
    if not (report.light or report.activity):
        return [*out, _p(translate("ClinicianReport",
                                   "No light or movement logged in this period."))]
    weeks: dict[str, list[str]] = {}
    for light in report.light:
        weeks.setdefault(light.week, ["—"] * 4)[:2] = [
            fmt.number(light.minutes), fmt.number(light.sessions)]
    for act in report.activity:
        weeks.setdefault(act.week, ["—"] * 4)[2:] = [
            fmt.number(act.moderate_equivalent_minutes), fmt.number(act.sessions)]
    headers = (translate("ClinicianReport", "Week"),
               translate("ClinicianReport", "Light (minutes)"),
               translate("ClinicianReport", "Light sessions"),
               translate("ClinicianReport", "Movement (moderate-equivalent minutes)"),
               translate("ClinicianReport", "Activities"))
    ordered = sorted(weeks.items())
    rows = [(week_span(week), *values) for week, values in ordered]
    mondays = [date.fromisocalendar(int(w[:4]), int(w[6:]), 1) for w, _ in ordered]
    return out + _by_year(report, mondays, headers, rows, (28, 15, 15, 27, 15))


def _notes(report: ClinicianReport) -> list[Part]:
    """One paragraph per note (long text reads better, and lays out faster, than a table)."""
    out: list[Part] = [_h(2, translate("ClinicianReport", "Notes (included by the person)"))]
    if not report.notes:
        return [*out, _p(translate("ClinicianReport", "No notes in this period."))]
    paragraphs = []
    for note in report.notes:
        title = f"{note.title} · " if note.title else ""
        paragraphs.append(f"<p><b>{escape(fmt.short_date(note.day))}</b> · "
                          f"<i>{escape(title)}</i>{escape(note.text)}</p>")
    return out + ["".join(paragraphs[i:i + NOTES_PER_PART])
                  for i in range(0, len(paragraphs), NOTES_PER_PART)]
