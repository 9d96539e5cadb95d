"""A small freedesktop notification server for the tests, on a private session bus.

Usage: python notification_server.py BUS_ADDRESS. Prints "ready", then one JSON line per
Notify call (its D-Bus signature and plain arguments). It answers with id 42, then sends
ActionInvoked for another app's notification (7) and for ours (42, "default"), as a server
does when the person clicks it. Quits when stdin closes."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

PATH = "/org/freedesktop/Notifications"
SERVICE = "org.freedesktop.Notifications"


class Server(QDBusVirtualObject):
    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() != "Notify":
            return False
        plain = [a for a in message.arguments() if isinstance(a, str | int | list)]
        print(json.dumps({"signature": message.signature(), "args": plain}), flush=True)
        connection.send(message.createReply(42))
        QTimer.singleShot(100, lambda: self.click(7))
        QTimer.singleShot(200, lambda: self.click(42))
        return True

    def click(self, notification_id: int) -> None:
        for member, argument in (("ActivationToken", "token-123"), ("ActionInvoked", "default")):
            signal = QDBusMessage.createSignal(PATH, SERVICE, member)
            signal.setArguments([notification_id, argument])
            self.bus.send(signal)


def main() -> None:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "notification-server")
    server = Server(bus)
    if not (bus.registerVirtualObject(PATH, server) and bus.registerService(SERVICE)):
        print("could not register", bus.lastError().message(), flush=True)
        sys.exit(1)
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda: sys.stdin.buffer.read1(1024) or app.quit())
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
