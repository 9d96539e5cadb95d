"""`wellness-app export json [-o FILE]` and `wellness-app import json FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.exports.add_parser("json", help="everything, in the documented JSON schema")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    p.set_defaults(handler=run_export, command_name="export json")
    p = registry.imports.add_parser("json", help="a JSON export of this app")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_import, command_name="import json")


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.io.json_export import JsonExportService

    service = JsonExportService(ctx.db(), ctx.paths.settings_file)
    if not args.output:
        ctx.stdout.write(service.text())
        return 0
    path = Path(args.output).expanduser()
    counts = service.write(path)
    ctx.print(f"Exported {sum(counts.values()):,} records to {path}")
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.io.json_import import JsonImportService

    service = JsonImportService(ctx.db(), ctx.paths.settings_file)
    report = service.import_file(Path(args.file).expanduser())
    for line in report.lines():
        ctx.print(line)
    return 0
