"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

Measured here (PySide6 6.12.0, Python 3.11.7): every call of a Qt method that returns
void drops one reference to `None` (QPainter.setPen, QWidget.update, …), and
`Signal.emit` drops one to the bool it returns. `None` starts with ~5,000 references, so
after a few thousand paint calls Python aborts with "none_dealloc: deallocating None"
(the "creating many plots crashes Python" symptom; pyqtgraph makes thousands of such
calls per frame). Python ≥ 3.12 makes these singletons immortal, so it is immune.

The guard gives None, True and False a very large extra reference count once, which is
what 3.12 does; these objects are never freed anyway, so the extra count is harmless.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFERENCES = 1 << 40
_applied = False


def guard_singletons() -> None:
    """Idempotent; a no-op on Python ≥ 3.12."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += EXTRA_REFERENCES
    _applied = True
