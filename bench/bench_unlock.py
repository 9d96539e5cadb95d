"""Unlocking an encrypted journal: the key derived once vs once per connection, and the
cost of SQLCipher's `cipher_memory_security` (wiping freed memory) on saves and reads.

Baselines measured in the same run, on the same file:
- unlock the old way: check the passphrase, quick-check and open, each deriving the key;
- saves and reads with `cipher_memory_security = OFF`.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wellness_app.services import open_database, privacy
from wellness_app.services.moods import MoodService
from wellness_app.storage.encryption import connect_raw, quote

PASSPHRASE = "a bench passphrase"
ROUNDS = 3


def seconds(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def unlock_old(path: Path) -> None:
    privacy.check_passphrase(path, PASSPHRASE)
    db = privacy.open_checked(path, PASSPHRASE)
    MoodService(db).count()
    db.close()


def unlock_new(path: Path) -> None:
    key = privacy.unlock_key(path, PASSPHRASE)
    db = privacy.open_checked(path, key)
    MoodService(db).count()
    db.close()


def saves(path: Path, key: str, security: str, count: int = 400) -> Callable[[], object]:
    def run() -> None:
        conn = connect_raw(path, key)
        conn.execute(f"PRAGMA cipher_memory_security = {security}")
        for n in range(count):
            conn.execute("BEGIN")
            conn.execute("INSERT INTO preferences (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         (f"bench{n % 10}", quote("x" * 200)))
            conn.execute("COMMIT")
            conn.execute("SELECT group_concat(note) FROM mood_entries").fetchone()
        conn.close()

    return run


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wellness.db"
        db = open_database(path)
        for n in range(200):
            MoodService(db).log(1 + n % 5, note=f"bench note {n}")
        db.close()
        privacy.encrypt(path, PASSPHRASE)
        old = seconds(lambda: unlock_old(path))
        new = seconds(lambda: unlock_new(path))
        print(f"unlock (key derived once): {new * 1000:.0f} ms "
              f"({new / old:.2f}× baseline: derived per connection, {old * 1000:.0f} ms)")
        key = privacy.unlock_key(path, PASSPHRASE)
        off = seconds(saves(path, key, "OFF"))
        on = seconds(saves(path, key, "ON"))
        print(f"400 saves + reads, cipher_memory_security ON: {on * 1000:.0f} ms "
              f"({on / off:.2f}× baseline: OFF, {off * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
