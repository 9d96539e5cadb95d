"""`wellness-app day YYYY-MM-DD --json`: the day summary."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellness_app.cli.context import CliContext
from wellness_app.domain.timestamps import parse_date

if TYPE_CHECKING:
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser("day", help="summary of one day")
    p.add_argument("date", help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=run, command_name="day")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.day_summary import DaySummaryService

    day = parse_date(args.date)  # before opening: a typo never creates a journal
    summary = DaySummaryService(ctx.db()).summary(day).to_json_dict()
    if args.json:
        ctx.print_json(summary)
        return 0
    mood = summary["mood"]
    ctx.print(f"{summary['date']}: {mood['entries']} check-in(s)"
              + (f", mood mean {mood['mean']} (min {mood['min']}, max {mood['max']})"
                 if mood["entries"] else ""))
    for key, value in summary.items():
        if key not in {"date", "mood"} and value not in (None, []):
            shown = ", ".join(value) if isinstance(value, list) else value
            ctx.print(f"  {key.replace('_', ' ')}: {shown}")
    return 0
