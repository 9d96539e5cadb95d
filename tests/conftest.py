"""Test-wide safety: headless Qt, and no test ever touches the user's real folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).parent


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point HOME, XDG dirs and the app's data dir at a temp folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("WELLNESS_APP_DATA_DIR", str(home / "wellness-data"))
    monkeypatch.delenv("WELLNESS_APP_PASSPHRASE", raising=False)
    # no notification ever reaches the desktop of whoever runs the tests (a bus address
    # with no Unix transport: the notifier gives up at once; its tests run a private bus)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    yield


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/gui/ is a GUI test (so `-m "not gui"` is Qt-free)."""
    for item in items:
        if "gui" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _widgets_app_first(request: pytest.FixtureRequest) -> None:
    """When GUI tests run, each test process makes its QApplication before its first test.
    The CLI's `report` starts a plain QGuiApplication if none exists, and no QApplication
    can be made after it: a GUI test that a parallel worker ran after a report would fail."""
    if any(item.get_closest_marker("gui") for item in request.session.items):
        request.getfixturevalue("qapp")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def new_journal_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new journal as the app's first open makes it (migrated to the head), made once
    per test process: running every migration costs each test a quarter of a second."""
    from wellness_app.services import open_database

    path = tmp_path_factory.mktemp("new-journal") / "wellness.db"
    open_database(path).close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], \
        "the closed journal left side files: copying the .db alone would lose data"
    return path


@pytest.fixture
def db(data_dir: Path, new_journal_file: Path):  # type: ignore[no-untyped-def]
    """A real, migrated journal file in a temp folder (a private copy of a new one)."""
    from wellness_app.services import open_database

    path = data_dir / "wellness.db"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private, as the app
    with os.fdopen(fd, "wb") as copy:  # makes it
        copy.write(new_journal_file.read_bytes())
    database = open_database(path)
    yield database
    database.close()
