"""Start-up benchmark hook, used only when WELLNESS_APP_BENCH_EXIT=1 (bench/bench_startup.py).

Prints `exposed <unix time>` when the main window is first exposed and `painted <unix time>`
after the first paint of Today's entries (or its empty state), then quits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class StartupWatch(QObject):
    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self._window = window
        self.exposed: float | None = None
        self.painted: float | None = None
        self._target: QObject | None = None
        self._done = False

    def watch_exposure(self) -> None:
        """Call before window.show() (after window.winId())."""
        self._window.windowHandle().installEventFilter(self)

    def watch_today_paint(self) -> None:
        """Call after window.start() built the Today page."""
        page = self._window.page("today")
        view = page.entries_stack.currentWidget()  # the list, or the empty-state label
        self._target = view.viewport() if hasattr(view, "viewport") else view
        self._target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        now = time.time()
        if event.type() == QEvent.Type.Expose and self.exposed is None \
                and watched.isExposed():  # type: ignore[attr-defined]
            self.exposed = now
        elif event.type() == QEvent.Type.Paint and watched is self._target \
                and self.painted is None:
            self.painted = now
        if not self._done and self.exposed is not None and self.painted is not None:
            self._done = True
            print(f"exposed {self.exposed:.6f}\npainted {self.painted:.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
