"""The argument parser: global options, then one sub-command module per feature."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn, cast

from wellness_app import __version__
from wellness_app.cli.commands import MODULE_NAMES, command_modules
from wellness_app.cli.text import one_line


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage errors as one clear line and exit status 2 (argparse prints a usage block);
    a mistyped command or choice gets a "did you mean", never an internal argument name."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {one_line(message)} (see --help)", file=sys.stderr)
        raise SystemExit(2)

    def _check_value(self, action: argparse.Action, value: object) -> None:
        if action.choices is None or value in action.choices:
            return
        choices = [str(choice) for choice in action.choices]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else f"choose from {', '.join(choices)}"
        if isinstance(action, argparse._SubParsersAction):
            raise argparse.ArgumentError(None, f"'{value}' is not a {self.prog} command; {hint}")
        name = action.option_strings[0] if action.option_strings else action.metavar or "value"
        raise argparse.ArgumentError(None, f"{name}: '{value}' is not a choice; {hint}")


@dataclass
class CliRegistry:
    """Where feature modules add their sub-commands."""

    commands: argparse._SubParsersAction[OneLineErrorParser]
    log: argparse._SubParsersAction[OneLineErrorParser]
    imports: argparse._SubParsersAction[OneLineErrorParser]
    exports: argparse._SubParsersAction[OneLineErrorParser]


class _QuietParser(OneLineErrorParser):
    """For the quick parse: an error means "use the full parser", which reports it."""

    def error(self, message: str) -> NoReturn:
        raise _QuickParseFailed


class _QuickParseFailed(Exception):
    pass


#: commands whose own module's parser is enough: words that select them → module
QUICK_COMMANDS = {("log", "mood"): "mood", ("day",): "day", ("status",): "status"}


def quick_parse(argv: list[str]) -> argparse.Namespace | None:
    """`argv` parsed with only its command's module (`log mood`, `day`, `status`): the
    same Namespace the full parser gives, without importing every command module.
    None for anything else (other commands, help, any error): use `build_parser`."""
    words: list[str] = []
    rest = iter(argv)
    for token in rest:
        if token.startswith("-h") or token.startswith("--h"):
            return None  # help lists every command: the full parser's
        if token == "--data-dir":
            next(rest, None)
        elif not token.startswith("-") and len(words) < 2:
            words.append(token)
    module = QUICK_COMMANDS.get(tuple(words)) or QUICK_COMMANDS.get(tuple(words[:1]))
    if module is None:
        return None
    try:
        return build_parser((module,), parser_class=_QuietParser).parse_args(argv)
    except _QuickParseFailed:
        return None


class _Sketch:
    """A command's parser when only the top-level `--help` is printed: it takes every call
    (arguments, sub-commands, defaults) and keeps nothing, since that help lists only
    the commands' names and one-line help, which the command modules still give."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        pass

    def __getattr__(self, _name: str) -> Callable[..., _Sketch]:
        return self._take

    def _take(self, *_args: object, **_kwargs: object) -> _Sketch:
        return self


def build_parser(modules: tuple[str, ...] = MODULE_NAMES, *,
                 parser_class: type[OneLineErrorParser] = OneLineErrorParser,
                 help_only: bool = False) -> OneLineErrorParser:
    """The whole parser; `help_only`: just enough for the top-level `--help` (the commands'
    own arguments are not built)."""
    parser = parser_class(
        prog="wellness-app",
        description="A private, offline wellness journal. With no command, opens the app.",
    )
    parser.add_argument("--version", action="store_true",
                        help=f"print the version ({__version__}) and exit")
    parser.add_argument("--verbose", action="store_true",
                        help="with --version: also the Qt, PySide6, SQLite and SQLCipher "
                             "versions")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="keep the journal in DIR (also: WELLNESS_APP_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty data dir with demo data, then open the app")
    parser.add_argument("--minimized", action="store_true",
                        help="start in the tray (or minimised), e.g. at login")
    # the sketch takes every call a command parser gets; typed as one for the modules
    sub_class = cast(type[OneLineErrorParser], _Sketch) if help_only else parser_class
    commands = parser.add_subparsers(title="commands", dest="command_name",
                                     parser_class=sub_class)
    log_parser = commands.add_parser("log", help="log a mood, light, activity, …")
    log_kinds = log_parser.add_subparsers(title="what to log", dest="log_kind", required=True,
                                          parser_class=parser_class)
    import_parser = commands.add_parser("import", help="import Daylio, Apple Health, CSV, JSON")
    imports = import_parser.add_subparsers(title="format", dest="import_format", required=True,
                                           parser_class=parser_class)
    export_parser = commands.add_parser("export", help="export everything as JSON or CSV")
    exports = export_parser.add_subparsers(title="format", dest="export_format", required=True,
                                           parser_class=parser_class)
    registry = CliRegistry(commands=commands, log=log_kinds, imports=imports, exports=exports)
    for module in command_modules(modules):
        module.register(registry)
    _name_choices(parser)
    return parser


def _name_choices(parser: argparse.ArgumentParser) -> None:
    """A missing sub-command is named by its choices ("{mood,light,…}"), not by the
    internal `dest` ("log_kind") argparse would print."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = "{" + ",".join(action.choices) + "}"
            for sub in set(action.choices.values()):
                if isinstance(sub, argparse.ArgumentParser):  # not a help-only sketch
                    _name_choices(sub)
