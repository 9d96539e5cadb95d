"""Command line on the same entry point as the GUI. No Qt is imported unless the GUI starts."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from wellness_app.cli.context import CliContext
from wellness_app.cli.parser import build_parser, one_line
from wellness_app.domain.errors import UserError
from wellness_app.logging_setup import setup_logging
from wellness_app.paths import resolve_paths

log = logging.getLogger(__name__)
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # the journal, backups and logs are private to this user
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    ctx = CliContext(paths=paths, stdout=sys.stdout, stderr=sys.stderr)
    try:
        paths.ensure()
        _tighten(paths)
        setup_logging(paths.log_dir)
        if getattr(args, "handler", None) is None:
            return _start_gui(args, ctx)
        log.info("CLI command: %s", args.command_name)
        return int(args.handler(args, ctx) or EXIT_OK)
    except UserError as exc:
        print(f"wellness-app: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(one_line(f"wellness-app: error: {exc.strerror or exc}: {exc.filename or ''}"
                       ).rstrip(": "), file=sys.stderr)
        return EXIT_USAGE
    finally:
        ctx.close()


def _tighten(paths: object) -> None:
    """Files made by older versions or other tools become private to this user (POSIX)."""
    from wellness_app.services.privacy import tighten_permissions

    tighten_permissions(paths)  # type: ignore[arg-type]


def _start_gui(args: object, ctx: CliContext) -> int:
    if getattr(args, "demo", False):
        from wellness_app.cli.commands.demo import fill_demo_if_empty

        fill_demo_if_empty(ctx)
        ctx.close()
    from wellness_app.app import run_gui

    return run_gui(ctx.paths, minimized=bool(getattr(args, "minimized", False)))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
