"""The argument parser: global options, then one sub-command module per feature."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import NoReturn

from wellness_app import __version__
from wellness_app.cli.commands import COMMAND_MODULES
from wellness_app.cli.text import one_line


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage errors as one clear line and exit status 2 (argparse prints a usage block)."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {one_line(message)} (see --help)", file=sys.stderr)
        raise SystemExit(2)


@dataclass
class CliRegistry:
    """Where feature modules add their sub-commands."""

    commands: argparse._SubParsersAction[OneLineErrorParser]
    log: argparse._SubParsersAction[OneLineErrorParser]
    imports: argparse._SubParsersAction[OneLineErrorParser]
    exports: argparse._SubParsersAction[OneLineErrorParser]


def build_parser() -> OneLineErrorParser:
    parser = OneLineErrorParser(
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
    commands = parser.add_subparsers(title="commands", dest="command_name",
                                     parser_class=OneLineErrorParser)
    log_parser = commands.add_parser("log", help="log a mood, light, activity, …")
    log_kinds = log_parser.add_subparsers(title="what to log", dest="log_kind", required=True,
                                          parser_class=OneLineErrorParser)
    import_parser = commands.add_parser("import", help="import Daylio, Apple Health, CSV, JSON")
    imports = import_parser.add_subparsers(title="format", dest="import_format", required=True,
                                           parser_class=OneLineErrorParser)
    export_parser = commands.add_parser("export", help="export everything as JSON or CSV")
    exports = export_parser.add_subparsers(title="format", dest="export_format", required=True,
                                           parser_class=OneLineErrorParser)
    registry = CliRegistry(commands=commands, log=log_kinds, imports=imports, exports=exports)
    for module in COMMAND_MODULES:
        module.register(registry)
    return parser
