"""One module per feature; each has `register(registry)` adding its sub-commands."""

from wellness_app.cli.commands import care_assess, day, demo, mood

COMMAND_MODULES = [mood, day, demo, care_assess]
