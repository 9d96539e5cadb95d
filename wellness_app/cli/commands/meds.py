"""`med add|list|stop|class` and `place set|show` on the command line."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import TYPE_CHECKING

from wellness_app.cli.commands.trackers import number, print_cautions
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment, parse_date

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry
    from wellness_app.domain.cautions import InteractionTable


def register(registry: CliRegistry) -> None:
    med = registry.commands.add_parser("med", help="your medication list")
    sub = med.add_subparsers(title="action", dest="med_action", required=True,
                             parser_class=type(med))
    p = sub.add_parser("add", help="add a medication")
    p.add_argument("name")
    p.add_argument("--dose", default="", help="free text, e.g. '50 mg in the morning'")
    p.add_argument("--start", help="YYYY-MM-DD")
    p.add_argument("--stop", help="YYYY-MM-DD")
    p.set_defaults(handler=run_add, command_name="med add")
    p = sub.add_parser("list", help="show the medication list")
    p.set_defaults(handler=run_list, command_name="med list")
    p = sub.add_parser("stop", help="record the day you stopped a medication")
    p.add_argument("name")
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.set_defaults(handler=run_stop, command_name="med stop")
    p = sub.add_parser("class", help="set the St John's Wort caution class of a name")
    p.add_argument("name")
    p.add_argument("klass", metavar="CLASS", help="a class key (see `med class --list`), "
                   "or 'none' to never caution for this name")
    p.set_defaults(handler=run_class, command_name="med class")

    place = registry.commands.add_parser("place", help="your place, for sunrise and sunset")
    sub = place.add_subparsers(title="action", dest="place_action", required=True,
                               parser_class=type(place))
    p = sub.add_parser("set", help="a city from the offline list, or --lat and --lon")
    p.add_argument("city", nargs="?")
    p.add_argument("--lat")
    p.add_argument("--lon")
    p.set_defaults(handler=run_place_set, command_name="place set")
    p = sub.add_parser("show", help="sunrise, sunset and day length today")
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.set_defaults(handler=run_place_show, command_name="place show")


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.domain.selfcare import Medication
    from wellness_app.services.selfcare import MedicationService

    med = Medication(args.name, args.dose, parse_date(args.start) if args.start else None,
                     parse_date(args.stop) if args.stop else None)
    saved = MedicationService(ctx.db()).save(med)
    ctx.print(f"Saved: {saved.value.name}" + (f" ({saved.value.dose})" if saved.value.dose
                                              else "") + ".")
    print_cautions(ctx, saved.cautions)
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.cautions import InteractionService
    from wellness_app.services.selfcare import MedicationService

    meds = MedicationService(ctx.db()).list()
    if not meds:
        ctx.print("No medications listed.")
    table = InteractionService(ctx.db()).table()
    for m in meds:
        span = f"{m.start or '…'} to {m.stop or 'now'}"
        ctx.print(f"{m.name}" + (f" — {m.dose}" if m.dose else "") + f" ({span})")
        ctx.print(f"  St John's Wort: {caution_summary(table, m.name)}")
    return 0


def caution_summary(table: InteractionTable, name: str) -> str:
    """What the caution table says of a name — never "no caution" (NOT_IN_LIST instead)."""
    from wellness_app.domain.cautions import NOT_IN_LIST

    parts = ["St John's Wort itself"] if table.is_herb(name) else []
    parts += [table.classes[k].label for k in table.classes_of(name)]
    return "; ".join(parts) or NOT_IN_LIST


def run_stop(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.selfcare import MedicationService

    day = parse_date(args.date) if args.date else Moment.now().local_date
    saved = MedicationService(ctx.db()).stop(args.name, day)
    ctx.print(f"Saved: {saved.name} stopped on {day.isoformat()}.")
    return 0


def run_class(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.cautions import InteractionService

    service = InteractionService(ctx.db())
    klass = None if args.klass.lower() == "none" else args.klass
    if klass is not None and klass not in service.classes():
        raise ValidationError(f"Unknown class '{klass}'; one of: "
                              + ", ".join(service.classes()) + ", none")
    service.set_class(args.name, klass)
    ctx.print(f"Saved: {args.name} → {klass or 'removed from the caution list'}.")
    return 0


def run_place_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.place import PlaceService

    service = PlaceService(ctx.db())
    if args.lat is not None or args.lon is not None:
        if args.lat is None or args.lon is None or args.city:
            raise ValidationError("Give a city, or both --lat and --lon")
        place = service.set_coordinates(number("Latitude", args.lat),
                                        number("Longitude", args.lon))
    elif args.city:
        place = service.set_city(args.city)
    else:
        raise ValidationError("Give a city, or both --lat and --lon")
    ctx.print(f"Saved: place {place.name} ({place.latitude:.2f}, {place.longitude:.2f}).")
    return 0


def run_place_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.place import PlaceService

    service = PlaceService(ctx.db())
    day = parse_date(args.date) if args.date else Moment.now().local_date
    place, sun = service.place(), service.sun(day)
    if place is None or sun is None:
        raise ValidationError("No place set yet: use `wellness-app place set CITY`")
    hours, rest = divmod(int(sun.day_length.total_seconds() // 60), 60)
    if sun.sunrise is None or sun.sunset is None:
        state = "the sun stays up all day" if sun.day_length >= timedelta(hours=12) else \
            "the sun stays below the horizon"
        ctx.print(f"{place.name}, {day.isoformat()}: {state}.")
        return 0
    rise, fall = (t + timedelta(seconds=30) for t in (sun.sunrise, sun.sunset))  # round
    ctx.print(f"{place.name}, {day.isoformat()}: sunrise {rise:%H:%M}, sunset "
              f"{fall:%H:%M}, day length {hours} h {rest:02d} min.")
    return 0
