"""`wellness-app log mood LEVEL [--tags a,b] [--note TEXT] [--at ISO-8601]`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment, check_not_future, parse_moment

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry
    from wellness_app.domain.moods import MoodEntry

#: the same calm line Today shows after a hard check-in (never more than once a day)
SUPPORT_LINE = ("If things feel unbearable, your safety plan and crisis lines are here: "
                "wellness-app crisis")


def register(registry: CliRegistry) -> None:
    p = registry.log.add_parser("mood", help="log how you feel, 1 (awful) to 5 (great)")
    p.add_argument("level", help="1–5")
    p.add_argument("--tags", default="", help="comma-separated; new tags are created")
    p.add_argument("--note", default="", help="a short note (up to 10,000 characters)")
    p.add_argument("--at", help="when, ISO-8601 (default: now)")
    p.add_argument("--energy", help="1–5")
    p.add_argument("--anxiety", help="1–5")
    p.add_argument("--sleep", help="hours slept")
    p.set_defaults(handler=run, command_name="log mood")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.domain.moods import MoodEntry, validate_entry

    moment = parse_moment(args.at) if args.at else Moment.now()
    entry = MoodEntry(
        moment=moment,
        mood=_int("Mood", args.level),
        tags=tuple(t for t in args.tags.split(",") if t.strip()),
        note=args.note,
        energy=_int("Energy", args.energy) if args.energy else None,
        anxiety=_int("Anxiety", args.anxiety) if args.anxiety else None,
        sleep_hours=_float("Hours slept", args.sleep) if args.sleep else None,
    )
    # Check before opening the journal, so bad input never even creates the file.
    validate_entry(entry)
    check_not_future(entry.moment)
    journal = ctx.quick(write=True)
    if journal is not None:  # the ordinary case: no SQLAlchemy to import
        from wellness_app.services.quick import log_mood

        entry, label, offer = log_mood(journal, entry)
        _saved(ctx, entry, label)
    else:
        from wellness_app.services.moods import MoodService
        from wellness_app.services.support_line import SupportLineService

        entry = MoodService(ctx.db()).add(entry)
        _saved(ctx, entry, MoodService(ctx.db()).labels()[entry.mood])
        offer = SupportLineService(ctx.db()).after_checkin(entry)
    if offer:
        ctx.print(SUPPORT_LINE)
    return 0


def _saved(ctx: CliContext, entry: MoodEntry, label: str) -> None:
    when = entry.moment.local.strftime("%Y-%m-%d %H:%M")
    ctx.print(f"Saved: mood {entry.mood} ({label}) at {when}.")


def _int(name: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValidationError(f"{name} must be a whole number from 1 to 5, not '{text}'") from None


def _float(name: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValidationError(f"{name} must be a number, not '{text}'") from None
