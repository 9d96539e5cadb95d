"""Which errors the person or the environment caused (shown as a message), and which
are bugs (logged, crash dialog). One place for the UI to ask, so it never guesses."""

from __future__ import annotations

from wellness_app.domain.errors import UserError
from wellness_app.storage.sqlite_errors import Fault, classify

_FAULTS = {
    Fault.FULL: "The disk is full. Nothing was changed. Free some space and try again.",
    Fault.PERMISSION: "No permission to use the file. Nothing was changed.",
    Fault.READ_ONLY: "The file is on a read-only disk or folder. Nothing was changed.",
    Fault.LOCKED: ("The journal is locked by another program (is the app open elsewhere?). "
                   "Nothing was changed. Close it and try again."),
    Fault.IO: "The disk reported an input/output error. Nothing was changed.",
}


def explain(exc: BaseException) -> str | None:
    """The message for an error the person or the environment caused; None for a bug.

    A UserError says what it is; a full disk, a missing permission, a read-only folder, a
    locked journal or an I/O error (OSError by errno, SQLite by result code) gets one line;
    any other OSError (a missing folder, a path that is a file) is the environment too.
    """
    if isinstance(exc, UserError):
        return str(exc)
    fault = classify(exc)
    plain_os = isinstance(exc, OSError) and not hasattr(exc, "sqlite_errorcode")
    if fault is Fault.DAMAGE or (fault is None and not plain_os):
        return None
    text = _FAULTS[fault] if fault is not None else str(getattr(exc, "strerror", "") or exc)
    filename = getattr(exc, "filename", None) if plain_os else None
    return f"{filename}: {text}" if filename else text
