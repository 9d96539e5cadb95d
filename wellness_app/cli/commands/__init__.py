"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import backups, day, demo, mood, privacy

COMMAND_MODULES = [mood, day, demo, privacy, backups]
