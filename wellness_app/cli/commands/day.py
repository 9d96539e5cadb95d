"""`wellness-app day YYYY-MM-DD|today|yesterday [--json]`: the day summary."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from wellness_app.cli.context import CliContext
from wellness_app.cli.text import counted
from wellness_app.domain.timestamps import parse_date
from wellness_app.services.day_summary import DaySummaryService

if TYPE_CHECKING:
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser("day", help="summary of one day")
    p.add_argument("date", help="YYYY-MM-DD, today or yesterday")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=run, command_name="day")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    day = _day(args.date)  # before opening: a typo never creates a journal
    summary = DaySummaryService(ctx.db()).summary(day).to_json_dict()
    if args.json:
        ctx.print_json(summary)
        return 0
    mood = summary["mood"]
    ctx.print(f"{summary['date']}: {counted(mood['entries'], 'check-in', 'check-ins')}"
              + (f", mood mean {mood['mean']} (min {mood['min']}, max {mood['max']})"
                 if mood["entries"] else ""))
    for key, value in summary.items():
        if key not in {"date", "mood"} and value not in (None, []):
            shown = ", ".join(value) if isinstance(value, list) else value
            ctx.print(f"  {key.replace('_', ' ')}: {shown}")
    return 0


def _day(text: str) -> date:
    """`today`, `yesterday` (in this computer's time zone) or a YYYY-MM-DD date."""
    relative = {"today": 0, "yesterday": 1}.get(text.strip().casefold())
    if relative is not None:
        return datetime.now().astimezone().date() - timedelta(days=relative)
    return parse_date(text)
