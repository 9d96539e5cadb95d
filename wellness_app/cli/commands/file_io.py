"""`import daylio|apple-health|csv FILE …` and `export csv -o FILE.zip`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.cli.text import counted

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    from wellness_app.services.io.csv_values import DATE_FORMATS, FIELDS

    p = registry.imports.add_parser("daylio", help="a Daylio CSV export (More → Export entries)")
    p.add_argument("file", type=Path)
    p.add_argument("--mood-map", action="append", default=[], metavar="NAME=LEVEL",
                   help="a custom Daylio mood name and its level 1–5 (repeatable)")
    p.add_argument("--accept-proposed-moods", action="store_true",
                   help="take the proposed level for each custom mood name (listed when "
                   "this is left out)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_import, command_name="import daylio", fmt="daylio")

    p = registry.imports.add_parser("apple-health",
                                    help="export.zip from the Health app (or its XML)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_import, command_name="import apple-health", fmt="apple-health")

    p = registry.imports.add_parser("csv", help="any CSV, with a column mapping")
    p.add_argument("file", type=Path)
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD", dest="column_map",
                   help="which column holds what (repeatable); fields: " + ", ".join(FIELDS)
                   + " (kind and value: one row per reading)")
    p.add_argument("--date-format", default="", metavar="FORMAT",
                   help="how dates are written (default: the one format every date fits): "
                   + ", ".join(DATE_FORMATS))
    p.add_argument("--decimal", default="", metavar="SEP",
                   help="decimal separator: '.' or ',' (default: only unmistakable numbers)")
    p.add_argument("--thousands", default="", metavar="SEP",
                   help="thousands separator: ',', '.', space, \"'\" or none")
    p.add_argument("--mood-scale", default="1-5", metavar="LOW-HIGH",
                   help="the file's mood scale, converted to 1–5 (e.g. 1-10)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_import, command_name="import csv", fmt="csv")

    p = registry.imports.add_parser("bearable", help="a Bearable CSV export")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_import, command_name="import bearable", fmt="bearable")

    p = registry.imports.add_parser(
        "loop", help="Loop Habit Tracker: Checkmarks.csv or the export zip")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_import, command_name="import loop", fmt="loop")

    p = registry.imports.add_parser("csv-zip", help="this app's own CSV export (a zip)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run_csv_zip_import, command_name="import csv-zip")

    p = registry.exports.add_parser("csv", help="one CSV per kind of record, in a zip")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    p.set_defaults(handler=run_export, command_name="export csv")


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.io.csv_generic import parse_column_map
    from wellness_app.services.io.csv_values import separator
    from wellness_app.services.io.daylio import parse_mood_map
    from wellness_app.services.io.service import ImportOptions, ImportService

    options = ImportOptions(
        mood_map=parse_mood_map(getattr(args, "mood_map", [])),
        column_map=parse_column_map(getattr(args, "column_map", [])),
        accept_proposed_moods=getattr(args, "accept_proposed_moods", False),
        date_format=getattr(args, "date_format", ""),
        decimal=separator(getattr(args, "decimal", ""), "decimal"),
        thousands=separator(getattr(args, "thousands", ""), "thousands"),
        mood_scale=getattr(args, "mood_scale", "1-5"))
    report = ImportService(ctx.db()).run(args.fmt, args.file, options,
                                         progress=_progress if sys.stderr.isatty() else _quiet)
    if args.json:
        ctx.print_json(report.to_json_dict())
    else:
        for line in report.lines():
            ctx.print(line)
    return 0


def run_csv_zip_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.io.json_import import JsonImportService

    report = JsonImportService(ctx.db()).import_csv_zip(args.file.expanduser())
    for line in report.lines():
        ctx.print(line)
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.io.csv_export import CsvExportService

    counts = CsvExportService(ctx.db()).export(args.output)
    ctx.print(f"Wrote {args.output} ({counted(len(counts), 'CSV file', 'CSV files')}, "
              f"{counted(sum(counts.values()), 'row', 'rows')})")
    return 0


def _progress(done: int, total: int) -> None:
    if total:
        print(f"\r{100 * done // total:3d} %", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)


def _quiet(done: int, total: int) -> None:
    """No progress output when stderr is not a terminal."""
