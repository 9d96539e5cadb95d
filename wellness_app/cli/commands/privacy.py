"""`wellness-app encrypt | decrypt | passphrase | delete-all-data --confirm DELETE`."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from wellness_app.cli.text import counted
from wellness_app.domain.errors import UserError

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry
    from wellness_app.services import privacy


def register(registry: CliRegistry) -> None:
    c = registry.commands
    p = c.add_parser("encrypt", help="encrypt the journal and every backup (SQLCipher)")
    p.add_argument("--remove-damaged-copies", action="store_true",
                   help="delete plaintext copies too damaged to encrypt")
    p.set_defaults(handler=run_encrypt, command_name="encrypt")
    p = c.add_parser("decrypt", help="store the journal unencrypted again")
    p.set_defaults(handler=run_decrypt, command_name="decrypt")
    p = c.add_parser("passphrase", help="change the journal's passphrase")
    p.set_defaults(handler=run_change, command_name="passphrase")
    p = c.add_parser("delete-all-data",
                     help="delete the journal, backups, logs and settings (no undo)")
    p.add_argument("--confirm", default="", metavar="DELETE",
                   help="type DELETE to confirm")
    p.set_defaults(handler=run_delete, command_name="delete-all-data")


def _prepare(ctx: CliContext) -> None:
    from wellness_app.services import privacy

    privacy.refuse_while_app_runs(ctx.paths)
    reason = privacy.encryption_unavailable_reason()
    if reason:
        raise UserError(reason)
    kind = privacy.journal_kind(ctx.paths.db_path)
    if kind == "missing":
        raise UserError(f"There is no journal at {ctx.paths.db_path} yet.")
    if kind == "not a journal":
        raise UserError(f"{ctx.paths.db_path} is not a journal; nothing was changed.")


def _current(ctx: CliContext) -> str:
    from wellness_app.cli.context import PASSPHRASE_ENV

    value = ctx.passphrase()
    if not value:
        raise UserError(f"The journal is encrypted: set {PASSPHRASE_ENV} "
                        "or run this in a terminal to be asked. Nothing was changed.")
    return value


def run_encrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.cli.context import PASSPHRASE_ENV
    from wellness_app.services import privacy
    from wellness_app.services.backup_restore import BackupService

    _prepare(ctx)
    path = ctx.paths.db_path
    if privacy.is_encrypted(path):  # finish plaintext copies an earlier run left behind
        value = _current(ctx)
        privacy.check_passphrase(path, value)
    ctx.encrypting = True
    was_pending = privacy.encryption_pending(path)
    db = ctx.db()  # quick-check, migrate and take the day's backup first (and finish an
    extra = BackupService(db).extra_folder()  # interrupted run whose journal is encrypted)
    ctx.close()
    if privacy.is_encrypted(path):
        if not privacy.plain_copies(path, ctx.paths.backups_dir, extra):
            if was_pending and not privacy.encryption_pending(path):
                ctx.print("Finished the interrupted encryption: the journal and all its "
                          "backups are encrypted.")
                return 0
            raise UserError("The journal and all its copies are already encrypted (use "
                            "`wellness-app passphrase` to change the passphrase).")
    else:
        value = os.environ.get(PASSPHRASE_ENV) or ctx.new_passphrase()
        problem = privacy.passphrase_problem(value)
        if problem:
            raise UserError(problem)
    report = privacy.encrypt(path, value, ctx.paths.backups_dir, extra,
                             remove_unencryptable=args.remove_damaged_copies)
    _print_report(ctx, report)
    return 0


def _print_report(ctx: CliContext, report: privacy.EncryptionReport) -> None:
    done = ([f"the journal ({counted(report.rows, 'row', 'rows')} verified)"]
            if report.journal else [])
    if report.copies:
        done.append(counted(len(report.copies), "backup or kept-aside copy",
                            "backups and kept-aside copies"))
    ctx.print("Encrypted " + (" and ".join(done) or "nothing new") + ".")
    for path in report.copies:
        ctx.print(f"  encrypted {path}")
    for path in report.removed:
        ctx.print(f"  removed (too damaged to encrypt) {path}")
    for path in report.left_plain:
        ctx.warn(f"wellness-app: warning: {path} is damaged and could not be encrypted; it "
                 "is still plaintext. Run `wellness-app encrypt --remove-damaged-copies` "
                 "to delete it.")
    ctx.print("Keep the passphrase safe: without it the journal cannot be opened.")


def run_decrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    _prepare(ctx)
    if not privacy.is_encrypted(ctx.paths.db_path):
        raise UserError("The journal is not encrypted.")
    value = _current(ctx)
    privacy.check_passphrase(ctx.paths.db_path, value)
    ctx.db()  # finish an interrupted `encrypt` and clean leftovers first
    ctx.close()
    rows = privacy.decrypt(ctx.paths.db_path, value)
    ctx.print(f"Decrypted the journal ({counted(rows, 'row', 'rows')} verified). "
              "Older backups stay encrypted.")
    return 0


def run_change(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    _prepare(ctx)
    if not privacy.is_encrypted(ctx.paths.db_path):
        raise UserError("The journal is not encrypted; use `wellness-app encrypt`.")
    old = _current(ctx)
    privacy.check_passphrase(ctx.paths.db_path, old)
    rows = privacy.change_passphrase(ctx.paths.db_path, old, ctx.new_passphrase())
    ctx.print(f"Passphrase changed ({counted(rows, 'row', 'rows')} verified). "
              "Backups taken before keep the old passphrase.")
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    privacy.refuse_while_app_runs(ctx.paths)
    ctx.close()
    removed = privacy.delete_all_data(ctx.paths, args.confirm)
    ctx.print(f"Deleted {counted(len(removed), 'file or folder', 'files and folders')} under "
              f"{ctx.paths.data_dir}.")
    return 0
