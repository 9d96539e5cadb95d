"""The report's first page, what a clinician reads in a minute: PHQ-9 item 9 answers above
0 at the top, the latest PHQ-9 and GAD-7 with band and change, the mood chart, sleep,
movement and light against the previous period, current medications with dose changes,
and treatment outcomes. Observations only: nothing here diagnoses or advises."""

from __future__ import annotations

from html import escape

from wellness_app.domain.questionnaires import GAD7, PHQ9, PHQ9_SUICIDE_ITEM_INDEX
from wellness_app.services.report.model import STATEMENT, TITLE, ClinicianReport
from wellness_app.services.report.summary import MeasureComparison, ScoreChange
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import care_text, questionnaire_wording, shown_band
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.outcome_text import observations, series_heading
from wellness_app.ui.report.charts import chart_html
from wellness_app.ui.report.details import _day, _h, _meta, _p, _table

SUMMARY_CHART_WIDTH = 640
FLAG = ('<table width="100%" cellspacing="0" cellpadding="6" style="border: 2px solid '
        '#b3261e; background: #fdecea"><tr><td>{body}</td></tr></table>')
MEASURES = {
    "sleep_hours": (QT_TRANSLATE_NOOP("ClinicianReport", "Sleep (hours a night logged)"), 1),
    "activity_min": (QT_TRANSLATE_NOOP("ClinicianReport", "Movement (minutes a day)"), 0),
    "light_min": (QT_TRANSLATE_NOOP("ClinicianReport", "Light (minutes a day)"), 0),
    "steps": (QT_TRANSLATE_NOOP("ClinicianReport", "Steps (a day logged)"), 0),
}


def header_html(report: ClinicianReport, name: str = "") -> list[str]:
    parts = [_h(1, care_text(TITLE))]
    if name.strip():
        parts.append(_meta(translate("ClinicianReport", "Name: {name}").format(
            name=name.strip())))
    parts += [
        _meta(translate("ClinicianReport", "Period: {start} – {end}").format(
            start=fmt.short_date(report.start), end=fmt.short_date(report.end))),
        _meta(translate("ClinicianReport", "Generated: {date}").format(
            date=fmt.short_date(report.generated))),
        f'<p class="statement">{escape(care_text(STATEMENT))}</p>',
    ]
    return parts


def item9_flag(report: ClinicianReport) -> list[str]:
    """The red box at the top when any PHQ-9 in the period had item 9 above 0."""
    flags = report.item9_flags
    if not flags:
        return []
    words = questionnaire_wording("phq9")  # the validated wording the form showed
    when = "; ".join(f"{fmt.short_date(day)} ({words.answers[answer]}, {answer})"
                     for day, answer in flags)
    body = ("<b>" + escape(translate(
        "ClinicianReport", "PHQ-9 question 9 answered above “Not at all”")) + "</b><br>"
            + escape(translate("ClinicianReport", "“{item}”: {when}.").format(
                item=words.items[PHQ9_SUICIDE_ITEM_INDEX], when=when)))
    return [FLAG.format(body=body)]


def _change_text(change: ScoreChange) -> str:
    if change.change is None:
        return translate("ClinicianReport", "only one in this period")
    delta = change.change
    sign = "+" if delta > 0 else "\u2212" if delta < 0 else "±"
    return translate("ClinicianReport", "{change} since {date} ({first})").format(
        change=f"{sign}{abs(delta)}", date=fmt.short_date(change.first.local_date),
        first=change.first.total)


def scores(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Questionnaires"))]
    rows = []
    for change, questionnaire in ((report.phq9_change, PHQ9), (report.gad7_change, GAD7)):
        if change is None:
            continue
        rows.append((questionnaire.title, f"{change.latest.total} / {questionnaire.max_total}",
                     shown_band(questionnaire.kind, change.latest.total),
                     fmt.short_date(change.latest.local_date), _change_text(change)))
    if not rows:
        return [*out, _p(translate("ClinicianReport", "No PHQ-9 or GAD-7 in this period."))]
    headers = [translate("ClinicianReport", "Questionnaire"),
               translate("ClinicianReport", "Latest total"), translate("ClinicianReport", "Band"),
               translate("ClinicianReport", "Date"),
               translate("ClinicianReport", "Change since the first in the period")]
    return [*out, _table(headers, rows, (20, 14, 18, 16, 32))]


def mood(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Mood (daily mean, 1 = awful … 5 = great)"))]
    if not report.moods:
        return [*out, _p(translate("ClinicianReport", "No mood check-ins in this period."))]
    low = sum(1 for m in report.moods if m.mean <= 2)
    return [*out, f'<p>{chart_html("mood", SUMMARY_CHART_WIDTH)}</p>',
            _p(translate("ClinicianReport", "Days with check-ins: {days}. Mean of daily "
                         "means: {mean}. Days with a mean of 2 or lower: {low}.").format(
                days=fmt.number(len(report.moods)), mean=fmt.number(report.mood_mean or 0, 1),
                low=fmt.number(low)))]


def _measure_cell(value: float | None, decimals: int) -> str:
    return "—" if value is None else fmt.number(value, decimals)


def measures(report: ClinicianReport, comparisons: list[MeasureComparison]) -> list[str]:
    days = (report.end - report.start).days + 1
    out = [_h(2, translate("ClinicianReport", "Sleep, movement and light"))]
    if not comparisons:
        return [*out, _p(translate("ClinicianReport", "No sleep, movement or light logged in "
                                   "this period or the one before."))]
    headers = [translate("ClinicianReport", "Average"),
               translate("ClinicianReport", "This period"),
               translate("ClinicianReport", "Previous {days} days").format(
                   days=fmt.number(days))]
    rows = [(translate("ClinicianReport", MEASURES[m.key][0]),
             _measure_cell(m.current, MEASURES[m.key][1]),
             _measure_cell(m.previous, MEASURES[m.key][1])) for m in comparisons]
    return [*out, _table(headers, rows, (50, 25, 25))]


def medications(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Current medications"))]
    if not report.current_medications:
        return [*out, _p(translate("ClinicianReport",
                                   "No current medications on the list."))]
    rows = []
    for m in report.current_medications:
        changes = "; ".join(translate("ClinicianReport", "{date}: {before} → {after}").format(
            date=fmt.short_date(c.day), before=c.before or "—", after=c.after or "—")
            for c in m.changes) or "—"
        rows.append((m.name, m.dose or "—", _day(m.since), changes))
    headers = [translate("ClinicianReport", "Name"), translate("ClinicianReport", "Dose"),
               translate("ClinicianReport", "Since"),
               translate("ClinicianReport", "Dose changes in the period")]
    return [*out, _table(headers, rows, (26, 20, 16, 38))]


def treatments(report: ClinicianReport) -> list[str]:
    out = [_h(2, translate("ClinicianReport", "Treatments in this period"))]
    if not report.outcomes:
        return [*out, _p(translate("ClinicianReport",
                                   "No treatment sessions in this period."))]
    for outcome in report.outcomes:
        out.append(f"<p><b>{escape(series_heading(outcome.series))}</b></p><ul>"
                   + "".join(f"<li>{escape(line)}</li>"
                             for line in observations(outcome, for_clinician=True))
                   + "</ul>")  # one part: a list on its own would leave an empty line
    return out


def summary_html(report: ClinicianReport, name: str = "") -> list[str]:
    """Page 1: the flag first, then the facts in the order a clinician asks for them."""
    return (header_html(report, name) + item9_flag(report) + scores(report) + mood(report)
            + measures(report, report.measures) + medications(report) + treatments(report))
