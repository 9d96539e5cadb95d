"""`wellness-app report --from D --to D -o FILE.pdf [--include-notes]`: the clinician report.

Qt writes the PDF; the cli package never imports Qt itself but calls the top-level
`wellness_app.offscreen` wiring lazily (see its docstring)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import parse_date

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser("report", help="write a PDF summary for your clinician")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--include-notes", action="store_true",
                   help="include your check-in and treatment notes (off by default)")
    p.add_argument("--paper", choices=("a4", "letter"),
                   help="paper size (default: Letter in the US and Canada, A4 elsewhere)")
    p.set_defaults(handler=run, command_name="report")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.report import ReportService
    from wellness_app.services.report.model import EMPTY_MESSAGE

    start, end = parse_date(args.start), parse_date(args.end)
    output = Path(args.output).expanduser()
    if output.suffix.lower() != ".pdf":
        raise ValidationError(f"The report file must end in .pdf, not '{output.name}'")
    if not output.parent.is_dir():
        raise ValidationError(f"The folder {output.parent} does not exist")
    report = ReportService(ctx.db()).build(start, end, include_notes=args.include_notes)
    from wellness_app.offscreen import render_report_pdf

    render_report_pdf(report, output, args.paper)
    if report.is_empty:
        ctx.warn(f"{EMPTY_MESSAGE} The report says so: {output}")
    else:
        ctx.print(f"Wrote the report for {start} – {end} to {output}.")
    return 0
