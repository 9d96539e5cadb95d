"""A treatment series' before/after summary as translated sentences (page and report).

The same facts as `domain.treatment_outcome.SeriesOutcome.observations()` (which the CLI
prints in English), but each sentence is one translatable string with named placeholders and
dates and numbers in the interface locale.
"""

from __future__ import annotations

from wellness_app.domain.treatment_outcome import SeriesOutcome, Window
from wellness_app.domain.treatments import Series
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import treatment_name
from wellness_app.ui.common.i18n import translate


def series_span(series: Series) -> str:
    """"11/03/2026 – 11/24/2026", or the one day when the series has one session."""
    first = fmt.short_date(series.first.local_date)
    if len(series.sessions) == 1:
        return first
    return translate("TreatmentOutcome", "{start} – {end}").format(
        start=first, end=fmt.short_date(series.last.local_date))


def series_heading(series: Series) -> str:
    """"Ketamine infusion · sessions: 6 · 11/03/2026 – 11/24/2026".

    Counts are written as "label: number": pyside6-lupdate marks a `%n` call as plural only
    when its count is a number literal, so plural sentences cannot be translated here."""
    return translate("TreatmentOutcome", "{treatment} · sessions: {count} · {span}").format(
        treatment=treatment_name(series.kind), count=fmt.number(len(series.sessions)),
        span=series_span(series))


def _period(label: str, window: Window) -> str:
    start, end = fmt.short_date(window.start), fmt.short_date(window.end)
    if label == "before":
        text = translate("TreatmentOutcome", "14 days before the first session ({start} – {end})")
    elif label == "after":
        text = translate("TreatmentOutcome", "14 days after the last session ({start} – {end})")
    else:
        text = translate("TreatmentOutcome",
                         "14 days after the last session, so far ({start} – {end})")
    return text.format(start=start, end=end)


def _window_sentence(label: str, window: Window) -> str:
    if window.mood_mean is None:
        mood = translate("TreatmentOutcome", "no mood check-ins")
    else:
        mood = translate("TreatmentOutcome",
                         "mean daily mood {mean} of 5 (days with check-ins: {days})").format(
            mean=fmt.number(window.mood_mean, 1), days=fmt.number(window.mood_days))
    if window.phq9_mean is None:
        phq = translate("TreatmentOutcome", "no PHQ-9")
    else:
        phq = translate("TreatmentOutcome", "mean PHQ-9 {mean} (taken: {count})").format(
            mean=fmt.number(window.phq9_mean, 1), count=fmt.number(window.phq9_count))
    return translate("TreatmentOutcome", "{period}: {mood}; {phq9}.").format(
        period=_period(label, window), mood=mood, phq9=phq)


def observations(outcome: SeriesOutcome, *, for_clinician: bool = False) -> list[str]:
    """Plain sentences stating what the journal shows (no advice, no judgement); spoken to
    the person, or about the journal for the clinician report."""
    lines = [_window_sentence("before", outcome.before),
             _window_sentence("after" if outcome.after_complete else "so far", outcome.after)]
    if outcome.baseline_phq9 is None:
        lines.append(translate("TreatmentOutcome", "No PHQ-9 was taken in the 14 days before "
                               "the first session, so response and remission cannot be "
                               "marked."))
        return lines
    lines.append(translate("TreatmentOutcome", "PHQ-9 baseline (last before the first "
                           "session): {total}.").format(total=outcome.baseline_phq9))
    if outcome.response_on is not None:
        if for_clinician:
            text = translate("TreatmentOutcome", "The PHQ-9 total first fell by half or more "
                             "on {date}.")
        else:
            text = translate("TreatmentOutcome", "Your PHQ-9 total first fell by half or "
                             "more on {date}.")
        lines.append(text.format(date=fmt.short_date(outcome.response_on)))
    if outcome.remission_on is not None:
        if for_clinician:
            text = translate("TreatmentOutcome", "The PHQ-9 total was first below 5 on "
                             "{date}.")
        else:
            text = translate("TreatmentOutcome", "Your PHQ-9 total was first below 5 on "
                             "{date}.")
        lines.append(text.format(date=fmt.short_date(outcome.remission_on)))
    return lines
