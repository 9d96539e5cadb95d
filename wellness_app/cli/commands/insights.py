"""`wellness-app insights [--from D] [--to D] [--json]`: mood with and without each factor,
one plain sentence each (the JSON keeps every number)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellness_app.cli.text import counted
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import parse_date

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser(
        "insights", help="how mood differs on days with and without each factor")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day to include")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day to include")
    p.add_argument("--json", action="store_true", help="print every insight as JSON")
    p.set_defaults(handler=run, command_name="insights")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.insights import InsightService

    start = parse_date(args.start) if args.start else None
    end = parse_date(args.end) if args.end else None
    if start and end and start > end:
        raise ValidationError(f"--from {start} is after --to {end}")
    report = InsightService(ctx.db()).report(start, end)
    if args.json:
        ctx.print_json(report.to_json_dict())
        return 0
    if not report.insights:
        ctx.print(f"No insights yet: each factor needs at least 5 days with it and 5 without "
                  f"({counted(report.days, 'day', 'days')} with a mood check-in so far).")
        return 0
    for insight in report.insights:
        ctx.print(f"- {insight.sentence} ({insight.strength_words})")
    ctx.print("Patterns, not proof of cause. `insights --json` has every number.")
    return 0
