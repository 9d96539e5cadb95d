"""Start-up benchmark hook, used only when WELLNESS_APP_BENCH_EXIT=1 (bench/bench_startup.py).

Prints `<mark> <unix time>` lines, then quits once all three are known:
- `exposed`: the main window is first exposed;
- `painted`: Today's entries (or its empty state) are first painted — possibly from a
  snapshot, before the journal is open (app.py);
- `ready`: the journal is open and every page and action works (MainWindow.start() done).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from wellness_app.ui.shell.main_window import MainWindow

MARKS = ("exposed", "painted", "ready")


class StartupWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.marks: dict[str, float] = {}
        self._targets: list[QObject] = []
        QTimer.singleShot(30_000, self._give_up)  # a benchmark must never hang

    def watch_exposure(self) -> None:
        """Call before window.show() (after window.winId())."""
        self._window.windowHandle().installEventFilter(self)

    def watch_today_paint(self) -> None:
        """Call as soon as the Today page exists, before it paints (once is enough)."""
        if self._targets:
            return
        from wellness_app.ui.today.page import TodayPage

        page = self._window.page("today")
        assert isinstance(page, TodayPage)
        page.scroll_area.ensureWidgetVisible(page.entries_stack)  # banners may push it down
        target = page.first_paint_widget()
        target.installEventFilter(self)
        self._targets.append(target)

    def mark_ready(self) -> None:
        self._mark("ready")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed()):
            self._mark("exposed")
        elif event.type() == QEvent.Type.Paint and watched in self._targets:
            self._mark("painted")
        return False

    def _mark(self, name: str) -> None:
        if name in self.marks:
            return
        self.marks[name] = time.time()
        if all(mark in self.marks for mark in MARKS):
            print("\n".join(f"{mark} {self.marks[mark]:.6f}" for mark in MARKS), flush=True)
            QTimer.singleShot(0, QApplication.quit)

    def _give_up(self) -> None:
        if not all(mark in self.marks for mark in MARKS):
            print(f"timeout: {self.marks}", flush=True)
            QApplication.exit(3)
