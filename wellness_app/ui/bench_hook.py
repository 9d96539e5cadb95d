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
        self._targets: list[QObject] = []
        self._done = False
        QTimer.singleShot(30_000, self._give_up)  # a benchmark must never hang

    def watch_exposure(self) -> None:
        """Call before window.show() (after window.winId())."""
        self._window.windowHandle().installEventFilter(self)

    def watch_today_paint(self) -> None:
        """Call after window.start() built the Today page."""
        page = self._window.page("today")
        stack = page.entries_stack  # the list or the empty-state label: either may paint
        page.scroll.ensureWidgetVisible(stack)  # banners may push it below the fold
        for index in range(stack.count()):
            view = stack.widget(index)
            target = view.viewport() if hasattr(view, "viewport") else view
            target.installEventFilter(self)
            self._targets.append(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        now = time.time()
        if event.type() == QEvent.Type.Expose and self.exposed is None \
                and watched.isExposed():  # type: ignore[attr-defined]
            self.exposed = now
        elif event.type() == QEvent.Type.Paint and watched in self._targets \
                and self.painted is None:
            self.painted = now
        if not self._done and self.exposed is not None and self.painted is not None:
            self._done = True
            print(f"exposed {self.exposed:.6f}\npainted {self.painted:.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

    def _give_up(self) -> None:
        if not self._done:
            print(f"timeout: exposed={self.exposed} painted={self.painted}", flush=True)
            QApplication.exit(3)
