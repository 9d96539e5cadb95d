"""`wellness-app desktop-integration install|remove [--user]`: the Linux menu entry."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from wellness_app.domain.errors import UserError

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser(
        "desktop-integration", help="add or remove the menu entry and icon (Linux)")
    p.add_argument("action", choices=["install", "remove"])
    p.add_argument("--user", action="store_true",
                   help="for you only (~/.local/share) instead of all users (/usr/local/share)")
    p.set_defaults(handler=run_desktop_integration, command_name="desktop-integration")


def run_desktop_integration(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.desktop_integration import (
        DesktopIntegration,
        data_home,
        gui_command,
    )

    if sys.platform.startswith("win") or sys.platform == "darwin":
        raise UserError("desktop-integration is for Linux; Windows and macOS use the "
                        "installer (see the README)")
    integration = DesktopIntegration(data_home(args.user))
    try:
        paths = (integration.install(gui_command()) if args.action == "install"
                 else integration.remove())
    except PermissionError as exc:
        hint = "" if args.user else "; run it as root, or add --user for yourself only"
        raise UserError(f"cannot write {exc.filename or integration.root}: permission "
                        f"denied{hint}") from exc
    if args.action == "install":
        ctx.print(f"Installed the menu entry and icons into {integration.root}:")
    else:
        ctx.print(f"Removed {len(paths)} file(s) from {integration.root}"
                  if paths else f"Nothing to remove in {integration.root}")
    for path in paths if args.action == "install" else []:
        ctx.print(f"  {path}")
    return 0
