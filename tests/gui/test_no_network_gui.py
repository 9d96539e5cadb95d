"""A whole GUI session with IP sockets forbidden: single-instance channel, unlock, every page,
the Privacy & data dialog, a backup, a lock — and no IP socket is ever opened (checked both
with pytest-socket for Python code and, on Linux, in /proc for Qt's own sockets). The logs
never contain the note text typed during the session."""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_socket import disable_socket, enable_socket

from wellness_app.domain.changes import Change
from wellness_app.logging_setup import setup_logging
from wellness_app.paths import AppPaths
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import lock_path
from wellness_app.ui.privacy.unlock import NewPassphraseDialog

MARKER = "QUOKKA-NOTE-55c1"


def ip_socket_inodes_of_this_process() -> set[str]:
    """Inodes of this process's sockets that appear in the kernel's TCP/UDP tables."""
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    ip = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > 9:
                    ip.add(fields[9])
    return mine & ip


@pytest.fixture
def no_ip_sockets() -> Iterator[None]:
    disable_socket(allow_unix_socket=True)
    yield
    enable_socket()


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    logger = logging.getLogger("wellness_app")
    saved = (list(logger.handlers), logger.propagate, logger.level)
    yield
    for handler in logger.handlers:
        if handler not in saved[0]:
            logger.removeHandler(handler)
            handler.close()
    logger.propagate, logger.level = saved[1], saved[2]


def test_a_gui_session_never_touches_the_network(tmp_path: Path, qtbot, monkeypatch,
                                                  no_ip_sockets: None) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.app import build_main_window, open_journal
    from wellness_app.ui.privacy.dialog import PrivacyDialog
    from wellness_app.ui.shell.registry import PAGES
    from wellness_app.ui.shell.single_instance import SingleInstance

    paths = AppPaths(tmp_path, tmp_path / "logs", tmp_path / "config")
    paths.ensure()
    setup_logging(paths.log_dir)
    instance = SingleInstance(paths.data_dir, lock_path(paths))
    assert instance.acquire()
    instance.listen()
    second = SingleInstance(paths.data_dir, lock_path(paths))
    with qtbot.waitSignal(instance.raise_requested, timeout=3000):
        assert second.ask_first_to_raise()
    from wellness_app.ui.privacy import startup

    monkeypatch.setattr(startup.FirstRunOffer, "ask", classmethod(lambda cls: None))
    db = open_journal(paths)
    assert db is not None
    window = build_main_window(db, paths)
    qtbot.addWidget(window)
    window.show()
    shown = []
    for spec in PAGES:
        if importlib.util.find_spec(spec.target.split(":")[0]) is None:
            continue  # a page merged from another branch later
        window.show_page(spec.key)
        qtbot.wait(10)
        shown.append(spec.key)
    MoodService(db).log(2, note=MARKER, tags=(MARKER.lower(),))  # what the check-in saves
    window.ctx.state.announce(Change.MOOD)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a: (None, "pw")))
    dialog = PrivacyDialog(window.privacy_actions, window)
    qtbot.addWidget(dialog)
    dialog._encrypt()
    assert window.privacy_actions.backup_now()
    window.auto_lock.lock()
    if Path("/proc/self/fd").exists():
        assert ip_socket_inodes_of_this_process() == set()
    window.close()
    instance.release()
    db.close()
    for log_file in paths.log_dir.rglob("*"):
        assert MARKER.lower() not in log_file.read_text(errors="replace").lower()
    assert (paths.log_dir / "wellness_app.log").exists()
