"""`wellness-app log treatment --kind KIND [--at ISO] [--clinic T] [--before N] [--after N]
[--note T]`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellness_app.cli.commands.trackers import print_cautions
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment, parse_moment
from wellness_app.domain.vocabulary import TREATMENT_KINDS

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.log.add_parser("treatment", help="log a treatment session (ketamine, TMS, …)")
    p.add_argument("--kind", required=True, help=", ".join(TREATMENT_KINDS))
    p.add_argument("--at", help="when, ISO-8601 (default: now)")
    p.add_argument("--clinic", default="", help="where (up to 200 characters)")
    p.add_argument("--before", help="how you felt before, 1–5")
    p.add_argument("--after", help="how you felt after, 1–5")
    p.add_argument("--note", default="", help="a short note")
    p.set_defaults(handler=run, command_name="log treatment")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.domain.treatments import ESKETAMINE_NOTE, TreatmentSession, check_kind
    from wellness_app.services.treatments import TreatmentService

    result = TreatmentService(ctx.db()).save(TreatmentSession(
        moment=parse_moment(args.at) if args.at else Moment.now(),
        kind=check_kind(args.kind), clinic=args.clinic, note=args.note,
        mood_before=_mood("Mood before", args.before),
        mood_after=_mood("Mood after", args.after),
    ))
    saved = result.value
    when = saved.moment.local.strftime("%Y-%m-%d %H:%M")
    ctx.print(f"Saved: {saved.name} at {when}.")
    if saved.needs_driving_note:
        ctx.print(ESKETAMINE_NOTE)
    print_cautions(ctx, result.cautions)
    return 0


def _mood(name: str, text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(f"{name} must be a whole number from 1 to 5, not '{text}'") from None
