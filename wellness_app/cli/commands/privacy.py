"""`wellness-app encrypt | decrypt | passphrase | delete-all-data --confirm DELETE`."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from wellness_app.cli.context import PASSPHRASE_ENV, CliContext
from wellness_app.domain.errors import UserError

if TYPE_CHECKING:
    from wellness_app.cli.parser import CliRegistry


def register(registry: CliRegistry) -> None:
    c = registry.commands
    p = c.add_parser("encrypt", help="encrypt the journal with a passphrase (SQLCipher)")
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
    value = ctx.passphrase()
    if not value:
        raise UserError(f"The journal is encrypted: set {PASSPHRASE_ENV} "
                        "or run this in a terminal to be asked. Nothing was changed.")
    return value


def run_encrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    _prepare(ctx)
    if privacy.is_encrypted(ctx.paths.db_path):
        raise UserError("The journal is already encrypted (use `wellness-app passphrase` "
                        "to change the passphrase).")
    ctx.db().close()  # quick-check, migrate and take the day's backup first
    ctx.close()
    value = os.environ.get(PASSPHRASE_ENV) or ctx.new_passphrase()
    rows = privacy.encrypt(ctx.paths.db_path, value, ctx.paths.backups_dir)
    ctx.print(f"Encrypted the journal ({rows} rows verified) and its backups. "
              "Keep the passphrase safe: without it the journal cannot be opened.")
    return 0


def run_decrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    _prepare(ctx)
    if not privacy.is_encrypted(ctx.paths.db_path):
        raise UserError("The journal is not encrypted.")
    rows = privacy.decrypt(ctx.paths.db_path, _current(ctx))
    ctx.print(f"Decrypted the journal ({rows} rows verified). Older backups stay encrypted.")
    return 0


def run_change(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    _prepare(ctx)
    if not privacy.is_encrypted(ctx.paths.db_path):
        raise UserError("The journal is not encrypted; use `wellness-app encrypt`.")
    old = _current(ctx)
    privacy.check_passphrase(ctx.paths.db_path, old)
    rows = privacy.change_passphrase(ctx.paths.db_path, old, ctx.new_passphrase())
    ctx.print(f"Passphrase changed ({rows} rows verified). "
              "Backups taken before keep the old passphrase.")
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    from wellness_app.services import privacy

    privacy.refuse_while_app_runs(ctx.paths)
    ctx.close()
    removed = privacy.delete_all_data(ctx.paths, args.confirm)
    ctx.print(f"Deleted {len(removed)} files and folders under {ctx.paths.data_dir}.")
    return 0
