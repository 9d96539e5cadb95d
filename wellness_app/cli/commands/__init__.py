"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import day, demo, meds, mood, trackers

COMMAND_MODULES = [mood, day, demo]
COMMAND_MODULES += [trackers, meds]
