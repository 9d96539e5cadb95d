"""`log light`, `log activity`, `log steps`, `log selfcare`: the trackers on the command line.

A St John's Wort caution is printed after the save (never instead of it).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment, parse_date, parse_moment
from wellness_app.domain.vocabulary import INTENSITIES, LIGHT_KINDS, SELFCARE_CATEGORIES

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry
    from wellness_app.domain.cautions import Caution


def register(registry: CliRegistry) -> None:
    p = registry.log.add_parser("light", help="log daylight or a light-therapy lamp session")
    p.add_argument("--minutes", required=True, help="how long")
    p.add_argument("--kind", default="daylight", choices=LIGHT_KINDS)
    p.add_argument("--lux", help="measured lux (default: lamp 10,000; daylight the estimate)")
    p.add_argument("--distance", help="lamp distance in cm")
    p.add_argument("--at", help="when it started, ISO-8601 (default: now)")
    p.set_defaults(handler=run_light, command_name="log light")

    p = registry.log.add_parser("activity", help="log movement: a walk, dancing, housework…")
    p.add_argument("--kind", required=True, help="walk, dance, housework, yoga, …")
    p.add_argument("--minutes", required=True)
    p.add_argument("--intensity", default="moderate", choices=INTENSITIES)
    p.add_argument("--note", default="")
    p.add_argument("--at", help="when, ISO-8601 (default: now)")
    p.add_argument("--new", action="store_true", help="add KIND to your list if it is new")
    p.set_defaults(handler=run_activity, command_name="log activity")

    p = registry.log.add_parser("steps", help="record a day's step count")
    p.add_argument("steps")
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.set_defaults(handler=run_steps, command_name="log steps")

    p = registry.log.add_parser("selfcare", help="log a self-care item (a scent, a tea, …)")
    p.add_argument("name")
    p.add_argument("--note", default="")
    p.add_argument("--at", help="when, ISO-8601 (default: now)")
    p.add_argument("--new", action="store_true", help="add NAME to your items if it is new")
    p.add_argument("--category", default="custom", choices=SELFCARE_CATEGORIES,
                   help="category of a --new item")
    p.set_defaults(handler=run_selfcare, command_name="log selfcare")


def print_cautions(ctx: CliContext, cautions: list[Caution]) -> None:
    for caution in cautions:
        ctx.print(f"Caution: {caution.text}")


def number(name: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValidationError(f"{name} must be a number, not '{text}'") from None


def whole(name: str, text: str) -> int:
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise ValidationError(f"{name} must be a whole number, not '{text}'") from None


def _when(args: argparse.Namespace) -> Moment:
    return parse_moment(args.at) if args.at else Moment.now()


def run_light(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.light import LightService

    minutes = number("Minutes", args.minutes)
    lux = whole("Lux", args.lux) if args.lux else None
    distance = whole("Distance", args.distance) if args.distance else None
    saved = LightService(ctx.db()).log(minutes, kind=args.kind, lux=lux, distance_cm=distance,
                                       moment=_when(args))
    dose = LightService(ctx.db()).dose(saved.value.moment.local_date)
    what = "lamp light" if args.kind == "lamp" else "daylight"
    ctx.print(f"Saved: {saved.value.minutes:g} min of {what}. Today: "
              f"{dose.lux_hours:,.0f} of {dose.target:,} lux-hours "
              f"({dose.morning_lux_hours:,.0f} before 10:00).")
    print_cautions(ctx, saved.cautions)
    return 0


def run_activity(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.movement import MovementService

    service = MovementService(ctx.db())
    saved = service.log(args.kind, number("Minutes", args.minutes), intensity=args.intensity,
                        moment=_when(args), note=args.note, new=args.new)
    week = service.week(saved.moment.local_date)
    ctx.print(f"Saved: {saved.minutes:g} min of {saved.kind} ({saved.intensity}). "
              f"{week.message()}")
    return 0


def run_steps(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.movement import MovementService

    day = parse_date(args.date) if args.date else Moment.now().local_date
    steps = whole("Steps", args.steps)
    MovementService(ctx.db()).set_steps(day, steps)
    ctx.print(f"Saved: {steps:,} steps on {day.isoformat()}.")
    return 0


def run_selfcare(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.selfcare import SelfCareService

    saved = SelfCareService(ctx.db()).log(args.name, moment=_when(args), note=args.note,
                                          new=args.new, category=args.category)
    when = saved.value.moment.local.strftime("%Y-%m-%d %H:%M")
    ctx.print(f"Saved: {saved.value.item} at {when}.")
    print_cautions(ctx, saved.cautions)
    return 0
