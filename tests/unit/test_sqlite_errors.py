"""Real errors from both drivers (the stdlib's sqlite3 and sqlcipher3) carry the result code
that `storage.sqlite_errors` classifies by: damage, the environment, or a bug."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from wellness_app.storage.sqlite_errors import Fault, classify, environment_problem

DRIVERS = [pytest.param(sqlite3, id="sqlite3"), pytest.param(sqlcipher, id="sqlcipher3")]


Connect = Callable[..., Any]


def _not_a_database(connect: Connect, folder: Path) -> None:
    path = folder / "notes.db"
    path.write_bytes(b"not a journal, just text " * 200)
    connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def _locked(connect: Connect, folder: Path) -> None:
    path = folder / "busy.db"
    holder = connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    connect(path, timeout=0).execute("SELECT * FROM t").fetchall()


def _read_only(connect: Connect, folder: Path) -> None:
    path = folder / "ro.db"
    connect(path).execute("CREATE TABLE t (x)")
    connect(f"{path.as_uri()}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")


def _missing_folder(connect: Connect, folder: Path) -> None:
    connect(folder / "no such folder" / "journal.db")


def _constraint(connect: Connect, folder: Path) -> None:
    conn = connect(folder / "c.db")
    conn.execute("CREATE TABLE t (x INTEGER CHECK (x BETWEEN 1 AND 5))")
    conn.execute("INSERT INTO t VALUES (9)")


def _syntax(connect: Connect, folder: Path) -> None:
    connect(folder / "s.db").execute("SELEKT 1")


CASES: list[tuple[Callable[[Connect, Path], None], Fault | None]] = [
    (_not_a_database, Fault.DAMAGE),
    (_locked, Fault.LOCKED),
    (_read_only, Fault.READ_ONLY),
    (_missing_folder, Fault.PERMISSION),
    (_constraint, None),  # a bug: never a reason to move anything
    (_syntax, None),
]


@pytest.mark.parametrize("driver", DRIVERS)
@pytest.mark.parametrize(("cause", "fault"), CASES, ids=[c.__name__ for c, _ in CASES])
def test_real_driver_errors_are_classified_by_their_code(
        driver: ModuleType, cause: Callable[[Connect, Path], None], fault: Fault | None,
        tmp_path: Path) -> None:
    opened: list[Any] = []

    def connect(*args: Any, **kwargs: Any) -> Any:
        opened.append(driver.connect(*args, **kwargs))
        return opened[-1]

    try:
        with pytest.raises(driver.Error) as caught:
            cause(connect, tmp_path)
    finally:
        for conn in opened:
            conn.close()
    error: Any = caught.value
    assert isinstance(error.sqlite_errorcode, int) and error.sqlite_errorname.startswith(
        "SQLITE_")
    assert classify(error) is fault
    problem = environment_problem(error, tmp_path / "journal.db")
    if fault in (None, Fault.DAMAGE):  # only the environment becomes a plain message
        assert problem is None
    else:
        assert problem is not None and problem.fault is fault and "Nothing" in str(problem)
