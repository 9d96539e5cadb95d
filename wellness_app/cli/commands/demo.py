"""`wellness-app demo`: fill an empty data dir with two years of realistic synthetic data."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser("demo", help="fill an empty journal with demo data")
    p.add_argument("--years", type=float, default=2.0, help="how many years (default 2)")
    p.add_argument("--seed", type=int, default=7, help="random seed")
    p.set_defaults(handler=run, command_name="demo")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.demo_data import DemoDataService

    report = DemoDataService(ctx.db()).fill(years=args.years, seed=args.seed)
    ctx.print(f"Demo data added: {report}")
    return 0


def fill_demo_if_empty(ctx: CliContext) -> None:
    from wellness_app.services.demo_data import DemoDataService

    DemoDataService(ctx.db()).fill(years=2.0, seed=7)
