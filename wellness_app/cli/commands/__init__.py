"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import (
    backups,
    care_assess,
    day,
    demo,
    desktop,
    fhir,
    file_io,
    insights,
    json_io,
    meds,
    mood,
    privacy,
    report,
    status,
    trackers,
    treatment,
)

COMMAND_MODULES = [
    mood, day, demo, trackers, meds, care_assess, treatment, report, insights, json_io,
    file_io, fhir, privacy, backups, desktop, status,
]
