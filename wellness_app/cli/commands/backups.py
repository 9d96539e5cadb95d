"""`wellness-app backup | backups | restore FILE | backup-folder [DIR | --clear]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.domain.errors import UserError

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    c = registry.commands
    p = c.add_parser("backup", help="back up the journal now")
    p.set_defaults(handler=run_backup, command_name="backup")
    p = c.add_parser("backups", help="list the backups, newest first")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(handler=run_list, command_name="backups")
    p = c.add_parser("restore", help="replace the journal with a checked backup")
    p.add_argument("file", help="a backup file (see `wellness-app backups`)")
    p.set_defaults(handler=run_restore, command_name="restore")
    p = c.add_parser("backup-folder", help="also back up into a folder you choose")
    p.add_argument("folder", nargs="?", help="e.g. a folder Syncthing or a NAS syncs")
    p.add_argument("--clear", action="store_true", help="stop using the extra folder")
    p.set_defaults(handler=run_folder, command_name="backup-folder")


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.backup_restore import BackupService

    for path in BackupService(ctx.db()).backup_now():
        ctx.print(f"Backed up to {path}")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy
    from wellness_app.services.backup_restore import BackupService, list_backups_in

    try:
        items = BackupService(ctx.db()).list()
    except privacy.CorruptJournalError as exc:  # moved aside: the backups are what matter
        ctx.warn(f"wellness-app: {exc}")
        items = list_backups_in(ctx.paths.backups_dir)
    if args.json:
        ctx.print_json([{"path": str(b.path), "kind": b.kind, "size": b.size,
                         "encrypted": b.encrypted, "taken_at": b.taken_at.isoformat()}
                        for b in items])
        return 0
    if not items:
        ctx.print("No backups yet.")
    for b in items:
        when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lock = " encrypted" if b.encrypted else ""
        ctx.print(f"{when}  {b.kind:<20} {b.size // 1024:>7} KiB{lock}  {b.path}")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy
    from wellness_app.services.backup_restore import restore_backup

    privacy.refuse_while_app_runs(ctx.paths)
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"{source} is not a file.")
    ctx.close()
    passphrase = ctx.passphrase()
    if passphrase is None and privacy.is_encrypted(source):
        raise UserError("The backup is encrypted: set WELLNESS_APP_PASSPHRASE to its passphrase "
                        "(or run this in a terminal to be asked). Nothing was changed.")
    was_encrypted = privacy.is_encrypted(ctx.paths.db_path)
    aside = restore_backup(ctx.paths.db_path, source.resolve(), passphrase)
    ctx.print(f"Restored the journal from {source}.")
    if was_encrypted and not privacy.is_encrypted(ctx.paths.db_path):
        ctx.print("This backup was not encrypted: run `wellness-app encrypt` to encrypt it.")
    if aside is not None:
        ctx.print(f"The previous journal was kept as {aside}.")
    return 0


def run_folder(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services.backup_restore import BackupService

    service = BackupService(ctx.db())
    if args.clear:
        service.set_extra_folder(None)
        ctx.print("Backups go only to the app's backups folder now.")
    elif args.folder:
        folder = Path(args.folder).expanduser().resolve()
        service.set_extra_folder(folder)
        ctx.print(f"Backups also go to {folder}.")
    else:
        folder_now = service.extra_folder()
        ctx.print(str(folder_now) if folder_now else "No extra backup folder.")
    return 0
