"""Reminders where there is no tray (stock GNOME): a freedesktop notification on the
session bus, and a click on it opens the quick check-in. Tested against a private
`dbus-daemon` with a small notification server (notification_server.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from wellness_app import APP_DISPLAY_NAME, APP_ID
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.desktop.notifications import DesktopNotifier, bus_socket
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn
from wellness_app.ui.desktop.tray import TrayController

SERVER = Path(__file__).with_name("notification_server.py")
needs_dbus = pytest.mark.skipif(shutil.which("dbus-daemon") is None,
                                reason="dbus-daemon not installed")


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(30)
    daemon.stdout.close()


@pytest.fixture
def notification_server(private_bus: str) -> Iterator[subprocess.Popen[str]]:
    server = subprocess.Popen([sys.executable, str(SERVER), private_bus], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    yield server
    assert server.stdin is not None
    server.stdin.close()
    server.wait(30)
    server.stdout.close()


def open_checkins() -> list[QuickCheckIn]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QuickCheckIn) and w.isVisible()]


def reminder_tray(qtbot, ui_ctx, notifier: DesktopNotifier):  # type: ignore[no-untyped-def]
    ui_ctx.settings.set(Keys.reminders_enabled, True)
    ui_ctx.settings.set(Keys.reminder_times, "20:00")
    window = QMainWindow()
    qtbot.addWidget(window)
    start = datetime(2026, 3, 1, 19, 59).astimezone()
    now = {"t": start}
    tray = TrayController(window, ui_ctx, clock=lambda: now["t"], tray_available=False,
                          notifier=notifier)
    now["t"] = start + timedelta(minutes=2)
    return tray


@needs_dbus
def test_reminder_without_tray_is_a_desktop_notification_and_a_click_checks_in(
        qtbot, ui_ctx, private_bus: str,  # type: ignore[no-untyped-def]
        notification_server: subprocess.Popen[str]) -> None:
    notifier = DesktopNotifier({"DBUS_SESSION_BUS_ADDRESS": private_bus})
    tray = reminder_tray(qtbot, ui_ctx, notifier)
    messages: list[str] = []
    ui_ctx.state.status_message.connect(messages.append)
    assert open_checkins() == []
    assert tray.check_reminders() == ["20:00"]
    qtbot.waitUntil(lambda: len(open_checkins()) == 1, timeout=20_000)
    assert notification_server.stdout is not None
    call = json.loads(notification_server.stdout.readline())
    # exactly the spec's types: a uint32 replaces_id, hints as a{sv}
    assert call["signature"] == "susssasa{sv}i"
    name, replaces, icon, summary, body, actions = call["args"][:6]
    assert (name, replaces, icon) == (APP_DISPLAY_NAME, 0, APP_ID)
    assert summary == "Time for a check-in" and "feeling" in body
    assert actions[0] == "default"
    assert notifier.activation_token == "token-123"
    assert messages and "check-in" in messages[0]  # the window says so too
    for dialog in open_checkins():
        dialog.close()


@needs_dbus
def test_without_a_notification_service_the_window_still_tells(
        qtbot, ui_ctx, private_bus: str) -> None:  # type: ignore[no-untyped-def]
    notifier = DesktopNotifier({"DBUS_SESSION_BUS_ADDRESS": private_bus})
    tray = reminder_tray(qtbot, ui_ctx, notifier)
    messages: list[str] = []
    ui_ctx.state.status_message.connect(messages.append)
    with qtbot.waitSignal(notifier.unavailable, timeout=20_000) as why:
        tray.check_reminders()
    assert "ServiceUnknown" in why.args[0]
    assert messages and "check-in" in messages[0] and open_checkins() == []


def test_no_session_bus_gives_up_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    notifier = DesktopNotifier({})
    with qtbot.waitSignal(notifier.unavailable) as why:
        notifier.notify("title", "body", "Check in")
    assert why.args == ["no session bus"]


@pytest.mark.parametrize(("environ", "expected"), [
    ({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"},
     ("/run/user/1000/bus", False)),
    ({"DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-x,guid=ab12"}, ("/tmp/dbus-x", True)),
    ({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=x,port=1;unix:path=/tmp/a%20b"}, ("/tmp/a b", False)),
    ({"XDG_RUNTIME_DIR": "/run/user/7"}, ("/run/user/7/bus", False)),
    ({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=localhost,port=1"}, None),
    ({}, None),
])
def test_session_bus_address_forms(environ: dict[str, str],
                                   expected: tuple[str, bool] | None) -> None:
    assert bus_socket(environ) == expected
