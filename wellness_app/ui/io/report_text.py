"""An import's summary as translated lines for the "Import finished" dialog.

`ImportReport.lines()` (services) stays the CLI's English; the GUI builds the same facts
here from the report's counts, with the skip reasons marked for translation where the
importers name them and numbers in the interface locale.
"""

from __future__ import annotations

from wellness_app.services.io.common import ImportReport
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

SOURCES = {
    "daylio": QT_TRANSLATE_NOOP("ImportReport", "Daylio"),
    "csv": QT_TRANSLATE_NOOP("ImportReport", "CSV file"),
    "apple-health": QT_TRANSLATE_NOOP("ImportReport", "Apple Health"),
    "csv-zip": QT_TRANSLATE_NOOP("ImportReport", "this app's CSV export"),
    "bearable": QT_TRANSLATE_NOOP("ImportReport", "Bearable"),
    "loop": QT_TRANSLATE_NOOP("ImportReport", "Loop Habit Tracker"),
}
KINDS = {
    "mood_entries": QT_TRANSLATE_NOOP("ImportReport", "Check-ins: {count}"),
    "daily_metrics": QT_TRANSLATE_NOOP("ImportReport", "Daily figures (steps, sleep, …): {count}"),
    "light_sessions": QT_TRANSLATE_NOOP("ImportReport", "Daylight sessions: {count}"),
    "activity_sessions": QT_TRANSLATE_NOOP("ImportReport", "Activity sessions: {count}"),
    "selfcare_logs": QT_TRANSLATE_NOOP("ImportReport", "Self-care logs (habits): {count}"),
    "mood_levels_changed": QT_TRANSLATE_NOOP(
        "ImportReport", "Check-ins given a new level (changed mood map): {count}"),
}
# the reasons the importers give to ImportPlan.skip (services/io), word for word
REASONS = (
    QT_TRANSLATE_NOOP("ImportReport", "empty row"),
    QT_TRANSLATE_NOOP("ImportReport", "rows with a note or tags but no mood"),
    QT_TRANSLATE_NOOP("ImportReport", "empty line"),
    QT_TRANSLATE_NOOP("ImportReport", "identical entry repeated in the file"),
    QT_TRANSLATE_NOOP("ImportReport", "already imported"),
    QT_TRANSLATE_NOOP("ImportReport", "days whose exercise minutes were all inside workouts"),
    QT_TRANSLATE_NOOP("ImportReport",
                      "records of other types (heart rate, energy, …): not tracked here"),
    QT_TRANSLATE_NOOP("ImportReport", "in-bed or awake sleep samples (only time asleep counts)"),
    QT_TRANSLATE_NOOP("ImportReport", "records with a missing or malformed date or value"),
    QT_TRANSLATE_NOOP("ImportReport", "step samples from a lower-priority device in the same hour"),
    QT_TRANSLATE_NOOP("ImportReport", "exact duplicate records (counted once)"),
    QT_TRANSLATE_NOOP("ImportReport", "workouts of 0 minutes"),
    QT_TRANSLATE_NOOP("ImportReport",
                      "sleep samples from other sources the same night (one source per night)"),
    QT_TRANSLATE_NOOP("ImportReport", "readings of a kind this app does not track"),
    QT_TRANSLATE_NOOP("ImportReport", "entries with a missing or malformed date or mood"),
    QT_TRANSLATE_NOOP("ImportReport", "already in the journal"),
    QT_TRANSLATE_NOOP("ImportReport",
                      "energy, symptoms or factors on a day without a mood rating"),
    QT_TRANSLATE_NOOP("ImportReport", "duplicate within the file"),
)


def import_report_lines(report: ImportReport) -> list[str]:
    source = translate("ImportReport", SOURCES.get(report.source, report.source))
    out = [translate("ImportReport", "Imported from {file} ({source}):").format(
        file=report.file_name, source=source)]
    if not any(report.added.values()):
        out.append("  " + translate("ImportReport", "nothing new"))
    for key, count in report.added.items():
        if count:
            text = translate("ImportReport", KINDS[key]) if key in KINDS else key + ": {count}"
            out.append("  " + text.format(count=fmt.number(count)))
    if report.skipped:
        out.append(translate("ImportReport", "Skipped:"))
        for reason, count in sorted(report.skipped.items()):
            out.append("  " + translate("ImportReport", "{count} × {reason}").format(
                count=fmt.number(count), reason=translate("ImportReport", reason)))
    if report.long_nights:
        out.append(translate("ImportReport", "Please check:"))
        out.extend("  " + translate("ImportReport", "{date}: {hours} h of sleep recorded "
                                    "(over 16 h)").format(date=fmt.short_date(day),
                                                          hours=fmt.number(hours, 1))
                   for day, hours in report.long_nights)
    if report.encoding:
        out.append(translate("ImportReport", "Read as {encoding} text.").format(
            encoding=report.encoding))
    if report.mood_map:
        out.append(translate("ImportReport", "Mood names and their levels (remembered for "
                             "next time): {pairs}").format(pairs=", ".join(
                                 f"{name} = {level}" for name, level
                                 in sorted(report.mood_map.items()))))
    if report.backup_path:
        out.append(translate("ImportReport", "Backup taken before the import: {path}").format(
            path=report.backup_path))
    return out
