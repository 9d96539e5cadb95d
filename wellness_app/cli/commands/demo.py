"""`wellness-app demo`: fill an empty data dir with two years of realistic synthetic data,
in the app's language (the GUI's setting, else the system's) or the one asked for."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry

LANGUAGES = ("en", "de")


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser("demo", help="fill an empty journal with demo data")
    p.add_argument("--years", type=float, default=2.0, help="how many years (default 2)")
    p.add_argument("--seed", type=int, default=7, help="random seed")
    p.add_argument("--language", choices=LANGUAGES, default=None,
                   help="the notes' and names' language (default: the app's language "
                        "setting, else the system's)")
    p.set_defaults(handler=run, command_name="demo")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    language, report = _fill(ctx, args.years, args.seed, args.language)
    ctx.print(f"Demo data added: {report}")
    german = language.startswith("de")
    ctx.print(f"Notes and names are in {'German' if german else 'English'} "
              f"(--language {'en' if german else 'de'} for {'English' if german else 'German'}).")
    return 0


def fill_demo_if_empty(ctx: CliContext) -> None:
    _fill(ctx, 2.0, 7, None)


def _fill(ctx: CliContext, years: float, seed: int, language: str | None) -> tuple[str, object]:
    """As the first-run "example data" choice fills a journal: the starter tags and
    self-care items named, and the notes written, in the language."""
    from wellness_app.offscreen import demo_words
    from wellness_app.services.demo_data import DemoDataService
    from wellness_app.services.io import portable_settings
    from wellness_app.services.tags import TagService

    if language is None:
        setting = portable_settings.read(ctx.paths.settings_file).get("look/language")
        language = str(setting or "system")
    locale, tag_names, names = demo_words(language)
    db = ctx.db()
    TagService(db).seed_defaults(tag_names)  # a new journal's catalogue, if still empty
    return locale, DemoDataService(db).fill(years=years, seed=seed, language=locale,
                                            names=names)
