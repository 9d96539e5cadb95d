"""Command line on the same entry point as the GUI. No Qt is imported unless the GUI starts;
`--version` and `--help` import no command's services either (they must answer at once)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # the journal, backups and logs are private to this user
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments and set(arguments) <= {"--version", "--verbose"} and "--version" in arguments:
        from wellness_app.versions import version_text  # before the parser: no SQLAlchemy

        print(version_text(verbose="--verbose" in arguments))
        return EXIT_OK
    if arguments in (["--help"], ["-h"]):  # the commands and their one-line help only
        from wellness_app.cli.parser import build_parser

        build_parser(help_only=True).parse_args(arguments)  # prints it and exits
    import logging

    from wellness_app.cli.context import CliContext
    from wellness_app.cli.text import one_line
    from wellness_app.domain.errors import UserError
    from wellness_app.logging_setup import setup_logging
    from wellness_app.paths import resolve_paths

    log = logging.getLogger(__name__)
    args = _plain_gui_start(arguments)
    if args is None:  # a command (or --help, --version, --demo): the full parser
        from wellness_app.cli.parser import build_parser, quick_parse

        args = quick_parse(arguments) or build_parser().parse_args(argv)
        if args.version:
            from wellness_app.versions import version_text

            print(version_text(verbose=args.verbose))
            return EXIT_OK
    paths = resolve_paths(args.data_dir)
    ctx = CliContext(paths=paths, stdout=sys.stdout, stderr=sys.stderr)
    try:
        if getattr(args, "handler", None) is None:  # no command: the app (see boot.py)
            return _start_gui(args, ctx)
        paths.ensure()
        paths.tighten_permissions()  # files from older versions or other tools
        setup_logging(paths.log_dir)
        log.info("CLI command: %s", args.command_name)
        return int(args.handler(args, ctx) or EXIT_OK)
    except UserError as exc:
        print(f"wellness-app: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(one_line(f"wellness-app: error: {exc.strerror or exc}: {exc.filename or ''}"
                       ).rstrip(": "), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        return _unexpected(exc, paths)
    finally:
        ctx.close()


def _unexpected(exc: Exception, paths: object) -> int:
    """A bug: one line naming the log, exit 1. The log gets the exception's type and
    stack, never its message (it could carry a note's text)."""
    from wellness_app.logging_setup import LOG_FILENAME, log_bug

    log_bug(exc)
    log_path = getattr(paths, "log_dir", None)
    where = f"; details are in {log_path / LOG_FILENAME}" if log_path else ""
    print(f"wellness-app: unexpected error ({type(exc).__name__}){where}. "
          "Nothing you saved was lost.", file=sys.stderr)
    return EXIT_ERROR


def _plain_gui_start(argv: list[str]) -> argparse.Namespace | None:
    """`wellness-app [--data-dir DIR] [--minimized]`: start the GUI without importing every
    command module (they pull in SQLAlchemy; the window must show first). None otherwise.

    `--minimized` (autostart at login) takes this path too.
    """
    data_dir: str | None = None
    minimized = False
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--minimized" and not minimized:
            minimized = True
        elif token == "--data-dir" and data_dir is None and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif token.startswith("--data-dir=") and data_dir is None and len(token) > 11:
            data_dir = token[11:]
        else:
            return None
    return argparse.Namespace(data_dir=data_dir, demo=False, handler=None, minimized=minimized)


def _start_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    """The app: `boot.main` runs every phase from the paths on (Qt is imported only here)."""
    from wellness_app.boot import main as start_app

    ctx.close()  # the app opens the journal itself
    return start_app(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
