"""Child process for the kill-point tests: runs one storage operation and SIGKILLs itself
at its Nth executed line inside `wellness_app` (N=0: runs to the end and prints the
number of lines it executed, so the parent can spread kill points over the whole run).

usage: kill_child.py OPERATION DATA_DIR N [PASSPHRASE]
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

PACKAGE = str(Path(__file__).resolve().parents[2] / "wellness_app")


def operation(name: str, data: Path, passphrase: str | None) -> Any:
    from wellness_app.services import open_database, privacy
    from wellness_app.services.backup_restore import BackupService, restore_backup

    db_path = data / "wellness.db"
    if name == "restore":
        backup = sorted((data / "backups").glob("manual-*.db"))[0]
        return lambda: restore_backup(db_path, backup, None)
    if name == "encrypt":
        return lambda: privacy.encrypt(db_path, passphrase or "", data / "backups",
                                       data / "extra")
    if name == "decrypt":
        return lambda: privacy.decrypt(db_path, passphrase or "")
    db = open_database(db_path, passphrase)
    if name == "backup":
        return lambda: BackupService(db).backup_now()
    if name == "daily":
        return lambda: BackupService(db).daily_if_due()
    raise SystemExit(f"unknown operation {name}")


def main() -> None:
    name, data, kill_at = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    passphrase = sys.argv[4] if len(sys.argv) > 4 else None
    run = operation(name, data, passphrase)
    count = 0

    def tracer(frame: FrameType, event: str, _arg: object) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(PACKAGE):
            return None
        if event == "line":
            count += 1
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return tracer

    sys.settrace(tracer)
    run()
    sys.settrace(None)
    print(count, flush=True)


if __name__ == "__main__":
    main()
