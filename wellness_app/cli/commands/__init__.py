"""One module per feature; each has `register(registry)` adding its sub-commands.

Modules are imported when a parser is built (`command_modules`), so a quick command can
build a parser with its own module only (`cli.parser.build_quick_parser`).
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

MODULE_NAMES = (
    "mood", "day", "demo", "trackers", "meds", "care_assess", "treatment", "report",
    "insights", "json_io", "file_io", "fhir", "privacy", "backups", "desktop", "status",
)


def command_modules(names: tuple[str, ...] = MODULE_NAMES) -> list[ModuleType]:
    return [import_module(f"{__name__}.{name}") for name in names]
