"""Desktop notifications where there is no tray (stock GNOME): the freedesktop
`org.freedesktop.Notifications` service on the session bus. Clicking one emits `clicked`.

Why not QtDBus: PySide6 cannot marshal a D-Bus `uint32` (Notify's `replaces_id`; a Python
int goes out as `int32`), and GNOME Shell, KDE, dunst and mako all reject that call. So the
messages are built by jeepney (pure Python, sans-I/O: no sockets of its own) and carried
over a QLocalSocket on Qt's event loop: nothing here ever blocks the GUI thread. One
connection sends the notification and receives its clicks (servers send ActionInvoked to
the sender only).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalSocket

from wellness_app import APP_DISPLAY_NAME, APP_ID

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"  # the notification body was clicked
EXPIRE_DEFAULT = -1


def bus_socket(environ: Mapping[str, str] = os.environ) -> tuple[str, bool] | None:
    """(socket name, abstract?) of the session bus, from DBUS_SESSION_BUS_ADDRESS (or the
    systemd default $XDG_RUNTIME_DIR/bus); None when there is no usable Unix address."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address and environ.get("XDG_RUNTIME_DIR"):
        address = f"unix:path={environ['XDG_RUNTIME_DIR']}/bus"
    for candidate in address.split(";"):
        transport, _, params = candidate.partition(":")
        if transport != "unix":
            continue
        values = dict(part.partition("=")[::2] for part in params.split(","))
        for key, abstract in (("path", False), ("abstract", True)):
            if values.get(key):
                unescaped = re.sub(r"%([0-9A-Fa-f]{2})",
                                   lambda m: chr(int(m.group(1), 16)), values[key])
                return unescaped, abstract
    return None


class DesktopNotifier(QObject):
    """Send notifications; `clicked` fires when the person clicks one of ours.
    `activation_token` (Wayland) holds the token that came with the last click."""

    clicked = Signal()
    unavailable = Signal(str)  # no bus or no notification service: why

    def __init__(self, environ: Mapping[str, str] = os.environ,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._environ = environ
        self._socket: QLocalSocket | None = None
        self._auth: Any = None
        self._parser: Any = None
        self._ready = False
        self._serial = 0
        self._queue: list[tuple[str, str, str]] = []
        self._pending: set[int] = set()  # serials of Notify calls awaiting their id
        self._ours: set[int] = set()  # notification ids shown by this app
        self.activation_token: str | None = None

    def notify(self, title: str, body: str, action_label: str) -> None:
        """Show a notification (queued until the bus connection is up)."""
        self._queue.append((title, body, action_label))
        if self._ready:
            self._flush()
        elif self._socket is None:
            self._connect()

    def close(self) -> None:
        socket, self._socket, self._ready = self._socket, None, False
        if socket is not None:
            socket.abort()
            socket.deleteLater()

    # -- connection -------------------------------------------------------------------
    def _connect(self) -> None:
        from jeepney.auth import Authenticator
        from jeepney.low_level import Parser

        target = bus_socket(self._environ)
        if target is None:
            self._give_up("no session bus")
            return
        name, abstract = target
        self._auth, self._parser = Authenticator(), Parser()
        socket = QLocalSocket(self)
        if abstract:
            socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        socket.connected.connect(self._on_connected)
        socket.readyRead.connect(self._on_ready_read)
        socket.errorOccurred.connect(lambda _error: self._socket_failed(socket))
        self._socket = socket
        socket.connectToServer(name)

    def _on_connected(self) -> None:
        self._write(self._auth.data_to_send() or b"")

    def _on_ready_read(self) -> None:
        if self._socket is None:
            return
        data = bytes(self._socket.readAll().data())
        if not self._auth.authenticated:
            self._authenticate(data)
            return
        for message in self._parser.feed(data):
            self._handle(message)

    def _authenticate(self, data: bytes) -> None:
        from jeepney.auth import BEGIN, AuthenticationError
        from jeepney.bus_messages import MatchRule, message_bus

        try:
            self._auth.feed(data)
        except AuthenticationError as exc:
            self._give_up(f"bus authentication failed: {exc}")
            return
        if not self._auth.authenticated:
            self._write(self._auth.data_to_send() or b"")
            return
        self._write(BEGIN)
        self._send(message_bus.Hello())
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        self._send(message_bus.AddMatch(rule))
        self._ready = True
        self._flush()

    # -- messages ---------------------------------------------------------------------
    def _flush(self) -> None:
        from jeepney import DBusAddress, new_method_call

        target = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        while self._queue:
            title, body, action_label = self._queue.pop(0)
            hints = {"desktop-entry": ("s", APP_ID), "category": ("s", "presence")}
            call = new_method_call(
                target, "Notify", "susssasa{sv}i",
                (APP_DISPLAY_NAME, 0, APP_ID, title, body, [DEFAULT_ACTION, action_label],
                 hints, EXPIRE_DEFAULT))
            self._pending.add(self._send(call))

    def _handle(self, message: Any) -> None:
        from jeepney import HeaderFields, MessageType

        header = message.header
        kind = header.message_type
        reply_to = header.fields.get(HeaderFields.reply_serial)
        if kind is MessageType.method_return and reply_to in self._pending:
            self._pending.discard(reply_to)
            self._ours.add(int(message.body[0]))
        elif kind is MessageType.error and reply_to in self._pending:
            self._pending.discard(reply_to)
            self._give_up(str(header.fields.get(HeaderFields.error_name, "error")))
        elif kind is MessageType.signal and header.fields.get(HeaderFields.interface) == SERVICE:
            self._on_signal(header.fields.get(HeaderFields.member), message.body)

    def _on_signal(self, member: str | None, body: tuple[Any, ...]) -> None:
        if not body or int(body[0]) not in self._ours:
            return  # another app's notification
        if member == "ActivationToken" and len(body) > 1:
            self.activation_token = str(body[1])
        elif member == "ActionInvoked" and len(body) > 1 and body[1] == DEFAULT_ACTION:
            log.info("Notification clicked")
            self.clicked.emit()
        elif member == "NotificationClosed":
            self._ours.discard(int(body[0]))

    def _send(self, message: Any) -> int:
        self._serial += 1
        self._write(message.serialise(serial=self._serial))
        return self._serial

    def _write(self, data: bytes) -> None:
        if self._socket is not None and data:
            self._socket.write(data)
            self._socket.flush()

    def _socket_failed(self, socket: QLocalSocket) -> None:
        if socket is self._socket:
            self._give_up(socket.errorString())

    def _give_up(self, reason: str) -> None:
        log.info("Desktop notifications unavailable: %s", reason)
        self._queue.clear()
        self.close()
        self.unavailable.emit(reason)
