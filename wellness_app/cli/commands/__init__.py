"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import day, demo, file_io, mood

COMMAND_MODULES = [mood, day, demo, file_io]
