"""The log file in the log dir, rotated at start-up. Never log note text or other
personal content.

Rotation is done here at start (keep 3 old files once the log passes 1 MB) instead of
with `logging.handlers.RotatingFileHandler`: that module imports socket, pickle and queue,
10 ms of every start-up, and a journal's log grows by a few lines a day. On Windows a log
another process holds open (the app, while a CLI command runs) cannot be renamed: then
this run appends to it and a later start rotates it.

Native crashes (a segfault inside Qt) bypass logging: `faulthandler` writes their Python
traceback to `crash.log` in the same folder.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import IO

LOG_FILENAME = "wellness_app.log"
CRASH_FILENAME = "crash.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: the name of the handler setup_logging adds, so a second call replaces it
HANDLER_NAME = "wellness_app"
MAX_BYTES = 1_000_000
BACKUPS = 3


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> bool:
    """Shift `log` → `log.1` → … → `log.N` (dropping the oldest) when `log` is too big."""
    try:
        if path.stat().st_size < max_bytes:
            return False
    except FileNotFoundError:
        return False
    try:
        for number in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:  # held open by another process (Windows): rotate another time
        return False
    return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Route the app's loggers to `log_dir/wellness_app.log`. Returns its path.

    When the log file cannot be written (a read-only or full disk), warnings and errors
    go to stderr instead, so reading the journal still works."""
    path = log_dir / LOG_FILENAME
    root = logging.getLogger("wellness_app")
    for old in list(root.handlers):
        if old.get_name() == HANDLER_NAME:
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    enable_crash_traces(log_dir)
    return path


_crash_file: IO[str] | None = None
_close_registered = False


def enable_crash_traces(log_dir: Path) -> Path | None:
    """Let `faulthandler` write native crashes (and their Python stacks) to crash.log.
    Where it cannot be written (a read-only or full disk) they go to stderr: None."""
    global _crash_file, _close_registered
    path = log_dir / CRASH_FILENAME
    if _crash_file is None or _crash_file.closed or Path(_crash_file.name) != path:
        if _crash_file is not None and not _crash_file.closed:
            _crash_file.close()
        if not _close_registered:
            atexit.register(_close_crash_file)
            _close_registered = True
        try:
            _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open)
        except OSError:
            _crash_file = None
            if sys.stderr is not None and hasattr(sys.stderr, "fileno"):
                # no real stderr in a windowed executable: then no trace at all
                with contextlib.suppress(OSError, ValueError, AttributeError):
                    faulthandler.enable(sys.stderr, all_threads=True)
            return None
    faulthandler.enable(_crash_file, all_threads=True)
    return path


def _close_crash_file() -> None:
    if _crash_file is not None and not _crash_file.closed:
        faulthandler.disable()
        _crash_file.close()


def log_bug(exc: BaseException, logger: str = "wellness_app.crash") -> None:
    """Log an unexpected exception by type and stack only: its message (and any chained
    one) could carry personal text, such as a note in a SQL parameter."""
    import traceback

    frames = "".join(traceback.format_tb(exc.__traceback__))
    logging.getLogger(logger).critical("Unexpected %s.%s\n%s", type(exc).__module__,
                                       type(exc).__qualname__, frames.rstrip())
