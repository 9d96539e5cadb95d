"""Start-up benchmark hook, used only when WELLNESS_APP_BENCH_EXIT=1 (bench/bench_startup.py).

Prints `exposed <unix time>` when the main window is mapped and `painted <unix time>`
after the first paint of Today's entries, then quits. Not used in normal runs.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, target: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.exposed: float | None = None
        self.painted: float | None = None
        self.done = False
        target.installEventFilter(self)
        window.windowHandle().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        now = time.time()
        if event.type() == QEvent.Type.Expose and self.exposed is None \
                and self._window.windowHandle().isExposed():
            self.exposed = now
        elif event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = now
        if not self.done and self.exposed is not None and self.painted is not None:
            self.done = True
            print(f"exposed {self.exposed:.6f}\npainted {self.painted:.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_after_first_paint(window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("today")
    view = page.entries_stack.currentWidget()  # the list, or the empty-state label
    target = view.viewport() if hasattr(view, "viewport") else view
    window._bench_watch = _PaintWatch(window, target)
