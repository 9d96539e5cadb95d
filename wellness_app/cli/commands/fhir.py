"""`wellness-app export fhir -o bundle.json [--from D] [--to D] [--include-notes] [--name N]`:
a FHIR R4 Bundle for a clinic's system (mapping in the README)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import parse_date

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry

EARLIEST = date(1900, 1, 1)


def register(registry: CliRegistry) -> None:
    p = registry.exports.add_parser(
        "fhir", help="a FHIR R4 bundle (questionnaires, mood, steps, sleep, medications)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="first day (default: the first entry)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: today)")
    p.add_argument("--include-notes", action="store_true",
                   help="add your check-in notes to the daily mood (off by default)")
    p.add_argument("--name", default="",
                   help="a name for the Patient record (default: none, nothing identifies you)")
    p.set_defaults(handler=run, command_name="export fhir")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.io.fhir_export import FhirExportService

    start = parse_date(args.start) if args.start else EARLIEST
    end = parse_date(args.end) if args.end else date.today()
    if start > end:
        raise ValidationError(f"--from {start} is after --to {end}")
    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        raise ValidationError(f"The folder {output.parent} does not exist")
    result = FhirExportService(ctx.db()).write(output, start, end,
                                               include_notes=args.include_notes,
                                               name=args.name)
    if result.resources == 0:
        ctx.warn(f"Nothing was logged in this range; {output} holds an empty bundle.")
    else:
        ctx.print(f"Wrote a FHIR bundle of {result.resources:,} records to {output}.")
    return 0
