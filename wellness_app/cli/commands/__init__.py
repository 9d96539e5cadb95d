"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import day, demo, meds, mood, report, trackers, treatment

COMMAND_MODULES = [mood, day, demo]
COMMAND_MODULES += [treatment, report]
COMMAND_MODULES += [trackers, meds]
