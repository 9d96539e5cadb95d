"""One app per data folder: a QLockFile (stale locks of dead processes are taken over) and a
QLocalServer — a local socket, never an IP one — through which a second launch asks the
first to raise its window (passing on its Wayland activation token, if the launcher gave
it one, so the compositor lets the first window take focus).

The lock is taken before the window shows; QtNetwork (about 10 ms to load) and the server
come after its first paint (`listen()`), and a second launch retries for a moment."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
RAISE = b"raise\n"
TOKEN_ENV = "XDG_ACTIVATION_TOKEN"


def server_name(data_dir: Path) -> str:
    import hashlib  # loads OpenSSL: not before the window shows

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"wellness-app-{digest}"


class SingleInstance(QObject):
    """`acquire()` → True for the first instance (which then `listen()`s); False otherwise."""

    raise_requested = Signal(str)  # the second launch's activation token, or ""

    def __init__(self, data_dir: Path, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale = the holder's process is gone, not age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                if not self._lock.removeStaleLockFile() or not self._lock.tryLock(0):
                    return False
            else:
                return False
        return True

    def listen(self) -> None:
        """Open the channel a second launch uses to raise this window."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(name):
            log.warning("Single-instance channel unavailable: %s", server.errorString())
        self._server = server

    def ask_first_to_raise(self, timeout_ms: int = 1500) -> bool:
        """From the second instance: ask the running one to come forward (it may still be
        starting: its channel opens just after its window shows)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket.connectToServer(server_name(self._data_dir))
            if socket.waitForConnected(timeout_ms):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        token = os.environ.get(TOKEN_ENV, "").strip()
        socket.write(RAISE.strip() + (b" " + token.encode() if token else b"") + b"\n")
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # the second launch writes one short line right after connecting
            ready = socket.bytesAvailable() or socket.waitForReadyRead(500)
            line = bytes(socket.readAll().data()).decode(errors="replace") if ready else ""
            word, _, token = line.strip().partition(" ")
            if word == RAISE.decode().strip():
                self.raise_requested.emit(token.strip())
            socket.abort()
            socket.deleteLater()


def bring_to_front(window: QWidget, token: str = "") -> None:
    """Show `window` from the tray, the taskbar or behind others, keeping it maximised
    (or full screen) if it was; `token`: a Wayland activation token to present."""
    if token:
        os.environ[TOKEN_ENV] = token  # Qt's Wayland plugin presents it on activation
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state)
    window.show()
    window.raise_()
    window.activateWindow()
