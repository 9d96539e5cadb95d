"""`wellness-app day YYYY-MM-DD|today|yesterday [--json]`: the day summary."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from wellness_app.cli.text import counted
from wellness_app.domain.timestamps import parse_date

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser("day", help="summary of one day")
    p.add_argument("date", help="YYYY-MM-DD, today or yesterday")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=run, command_name="day")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    day = _day(args.date)  # before opening: a typo never creates a journal
    journal = ctx.quick(write=False)
    if journal is not None:  # the ordinary case: no SQLAlchemy to import
        from wellness_app.services.quick import day_summary

        summary = day_summary(journal, day).to_json_dict()
    else:
        from wellness_app.services.day_summary import DaySummaryService

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
            ctx.print(f"  {key.replace('_', ' ')}: {_shown(value)}")
    return 0


def _day(text: str) -> date:
    """`today`, `yesterday` (in this computer's time zone) or a YYYY-MM-DD date."""
    relative = {"today": 0, "yesterday": 1}.get(text.strip().casefold())
    if relative is not None:
        return datetime.now().astimezone().date() - timedelta(days=relative)
    return parse_date(text)


def _shown(value: object) -> str:
    """One line for a summary value: lists joined, treatment sessions in words."""
    if not isinstance(value, list):
        return str(value)
    return ", ".join(_treatment(item) if isinstance(item, dict) else str(item) for item in value)


def _treatment(session: dict[str, object]) -> str:
    at = str(session.get("at") or "")
    text = f"{session.get('kind')} at {at[11:16]}" if len(at) >= 16 else str(session.get("kind"))
    moods = [f"{word} {session[key]}" for word, key in
             (("before", "mood_before"), ("after", "mood_after")) if session.get(key) is not None]
    return text + (f" ({', '.join(moods)})" if moods else "")
