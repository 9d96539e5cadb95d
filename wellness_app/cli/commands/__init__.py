"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import (
    care_assess,
    day,
    demo,
    json_io,
    meds,
    mood,
    report,
    trackers,
    treatment,
)

COMMAND_MODULES = [
    mood, day, demo, trackers, meds, care_assess, treatment, report, json_io,
]
