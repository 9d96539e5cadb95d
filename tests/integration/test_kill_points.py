"""Kill points: a storage operation is SIGKILLed at sampled lines of its run; afterwards a
complete journal exists, no acknowledged save is lost and, after the next start (or the
next run of the command), no plaintext copy is left. Set WELLNESS_KILL_POINTS=all for
every line (a long run; add -s to see the counts per operation, and
WELLNESS_KILL_POINTS_LOG=FILE for a line per kill point as it goes); the default samples
a few per operation."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wellness_app.services import open_database, privacy
from wellness_app.services.backup_restore import BackupService
from wellness_app.services.moods import MoodService
from wellness_app.storage.encryption import connect_raw, detect_kind, integrity_status

CHILD = Path(__file__).parents[1] / "faults" / "kill_child.py"
# a raw SQLCipher key (key and salt in hex): kill points are Python lines, and the slow
# passphrase derivation (C code between two lines, about 15 per point) would only make a
# full run take hours; the passphrase path itself is tested in test_privacy_cli
KEY = "x'" + "5e" * 32 + "a7" * 16 + "'"
MARKER = "KILLPOINT-NOTE"
SAMPLES = 3  # the default suite: a few points per operation
# the hang guard scales with the work (kill points × a generous minute each), so a loaded
# machine slows the test down without failing it
POINTS_PER_TEST = 10_000 if os.environ.get("WELLNESS_KILL_POINTS") == "all" else SAMPLES + 3
pytestmark = [pytest.mark.skipif(os.name != "posix", reason="SIGKILL"), pytest.mark.slow,
              pytest.mark.timeout(60 * POINTS_PER_TEST)]


def _run_child(op: str, data: Path, kill_at: int,
               key: str | None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, str(CHILD), op, str(data), str(kill_at), *([key] if key else [])]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    # no wall-clock timeout that could fire on a loaded machine: the child is short and
    # either finishes or kills itself
    return subprocess.run(args, capture_output=True, text=True, env=env, check=False)


def _points(op: str, make: object, key: str | None, tmp: Path) -> list[int]:
    data = tmp / f"{op}-count"
    make(data)  # type: ignore[operator]
    done = _run_child(op, data, 0, key)
    assert done.returncode == 0, done.stderr
    total = int(done.stdout.split()[-1])
    if os.environ.get("WELLNESS_KILL_POINTS") == "all":
        # every line, in an order that covers the whole operation early (1, 9, 17, …,
        # then 2, 10, …), so a run cut short still tells something about every step
        return [point for first in range(1, 9) for point in range(first, total + 1, 8)]
    step = max(1, total // SAMPLES)
    return sorted({1, *range(step // 2 + 1, total, step), total})


_TEMPLATES: dict[tuple[Path, int, str | None], Path] = {}


def _journal(data: Path, moods: int = 3, key: str | None = None) -> None:
    """A journal with backups in both folders (built once per kind, then copied)."""
    template = _TEMPLATES.get((data.parent, moods, key))
    if template is None:
        template = data.parent / f"template-{moods}-{key}"
        _TEMPLATES[(data.parent, moods, key)] = template
        _build(template, moods, key)
    shutil.copytree(template, data)


def _build(data: Path, moods: int, key: str | None) -> None:
    data.mkdir(parents=True)
    db = open_database(data / "wellness.db")
    for n in range(moods):
        MoodService(db).log(1 + n % 5, note=MARKER, tags=("walk",))
    BackupService(db).backup_now()
    db.close()
    (data / "extra").mkdir()  # the extra backup folder (copied: a preference would pin
    for made in (data / "backups").glob("manual-*"):  # the template's path)
        shutil.copy(made, data / "extra" / made.name)
    if key:
        privacy.encrypt(data / "wellness.db", key, data / "backups", data / "extra")


def _moods(path: Path, key: str | None) -> int:
    conn = connect_raw(path, key if detect_kind(path) == "encrypted" else None)
    try:
        assert integrity_status(conn) == "ok"
        return int(conn.execute("SELECT count(*) FROM mood_entries").fetchone()[0])
    finally:
        conn.close()


def _plaintext(data: Path, allowed: tuple[Path, ...] = ()) -> list[Path]:
    """Files holding a note's text in the clear (`allowed`: a journal meant to be plain)."""
    return [path for path in data.rglob("*")
            if path.is_file() and "logs" not in path.parts and path not in allowed
            and MARKER.encode() in path.read_bytes()]


class Tally:
    """Counts over every kill point of one operation; printed (run with -s) and asserted
    at the end, so a full run reports all its figures, not only the first failure."""

    def __init__(self, op: str) -> None:
        self.op, self.points, self.intact, self.plain, self.lost = op, 0, 0, 0, 0
        self.problems: list[str] = []

    def check(self, point: int, intact: bool, saves_kept: bool, plaintext: list[Path],
              other: str = "") -> None:
        self.points += 1
        self.intact += intact
        self.lost += not saves_kept
        self.plain += bool(plaintext)
        found = [problem for problem in (
            ("journal not intact" if not intact else ""),
            ("an acknowledged save lost" if not saves_kept else ""),
            (f"plaintext left: {plaintext[0].name}" if plaintext else ""), other) if problem]
        self.problems += [f"kill point {point}: {problem}" for problem in found]
        progress = os.environ.get("WELLNESS_KILL_POINTS_LOG")  # a long run's progress
        if progress:
            with open(progress, "a", encoding="utf-8") as handle:
                handle.write(f"{self.op} {point}: {'; '.join(found) or 'ok'}\n")

    def finish(self) -> None:
        print(f"\n{self.op}: {self.points} kill points tried, {self.intact} journals intact, "
              f"{self.plain} with plaintext left, {self.lost} with an acknowledged save lost")
        assert self.points and not self.problems, self.problems[:10]


def _moods_or_none(path: Path, key: str | None) -> int | None:
    try:
        return _moods(path, key)
    except Exception:  # a missing or unreadable journal is what is counted
        return None


def _kill_at(op: str, data: Path, point: int, key: str | None) -> bool:
    done = _run_child(op, data, point, key)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr
    return done.returncode == -signal.SIGKILL


def test_kills_during_restore_always_leave_a_complete_journal(tmp_path: Path) -> None:
    def make(data: Path) -> None:
        _journal(data, moods=2)
        db = open_database(data / "wellness.db")
        MoodService(db).log(5)  # the backup has 2, the journal 3
        db.close()

    tally = Tally("restore")
    for point in _points("restore", make, None, tmp_path):
        data = tmp_path / f"restore-{point}"
        make(data)
        _kill_at("restore", data, point, None)
        moods = _moods_or_none(data / "wellness.db", None)  # old or new, never none
        privacy.open_checked(data / "wellness.db").close()  # the next start cleans up
        leftover = (data / "wellness.db.restoring").exists()
        tally.check(point, moods is not None, moods in (2, 3), [],
                    "a .restoring leftover" if leftover else "")
        shutil.rmtree(data)
    tally.finish()


def test_kills_during_encrypt_leave_no_plaintext_after_the_next_run(tmp_path: Path) -> None:
    tally = Tally("encrypt")
    for point in _points("encrypt", _journal, KEY, tmp_path):
        data = tmp_path / f"encrypt-{point}"
        _journal(data)
        _kill_at("encrypt", data, point, KEY)
        path = data / "wellness.db"
        key = KEY if detect_kind(path) == "encrypted" else None
        moods = _moods_or_none(path, key)
        privacy.open_checked(path, key).close()  # the next start completes a started run
        if key is None or privacy.plain_copies(path, data / "backups", data / "extra"):
            privacy.encrypt(path, KEY, data / "backups", data / "extra")  # run it again
        done = detect_kind(path) == "encrypted" and not privacy.encryption_pending(path)
        tally.check(point, moods is not None, moods == 3, _plaintext(data),
                    "" if done else "not encrypted after the next run")
        shutil.rmtree(data)
    tally.finish()


def test_kills_during_decrypt_leave_no_plaintext_leftover(tmp_path: Path) -> None:
    def make(data: Path) -> None:
        _journal(data, key=KEY)

    tally = Tally("decrypt")
    for point in _points("decrypt", make, KEY, tmp_path):
        data = tmp_path / f"decrypt-{point}"
        make(data)
        _kill_at("decrypt", data, point, KEY)
        path = data / "wellness.db"
        moods = _moods_or_none(path, KEY)
        key = KEY if detect_kind(path) == "encrypted" else None
        privacy.open_checked(path, key).close()  # the next start completes or rolls back
        # rolled back: still encrypted, so nothing may be plaintext; completed: only the
        # journal itself (the backups keep their encryption)
        left = [*_plaintext(data, () if key else (path,)), *data.glob("*.converting*")]
        marker = (data / "wellness.db.conversion").exists()
        tally.check(point, moods is not None, moods == 3, left,
                    "the decrypt marker is left" if marker else "")
        shutil.rmtree(data)
    tally.finish()


@pytest.mark.parametrize("op", ["backup", "daily"])
def test_kills_during_a_backup_never_hurt_the_journal(tmp_path: Path, op: str) -> None:
    tally = Tally(op)
    for point in _points(op, _journal, None, tmp_path):
        data = tmp_path / f"{op}-{point}"
        _journal(data)
        _kill_at(op, data, point, None)
        moods = _moods_or_none(data / "wellness.db", None)
        db = open_database(data / "wellness.db")
        BackupService(db).backup_now()  # the next backup clears `.partial` leftovers
        db.close()
        partial = list(data.rglob("*.partial*"))
        tally.check(point, moods is not None, moods == 3, [],
                    f"{partial[0].name} left" if partial else "")
        shutil.rmtree(data)
    tally.finish()
