"""Start the app as `python -m wellness_app --data-dir DIR` does, printing `<mark> <unix
time>` lines for bench_startup.py, then quit once all three are known:

- `exposed`: the main window is first exposed;
- `painted`: Today's entries (or its empty state) are first painted — from the early
  preview, before the journal is open, when there is one (boot.py);
- `ready`: the journal is open and every page and action works.

Usage: python bench/startup_probe.py DATA_DIR
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

from wellness_app import boot

MARKS = ("exposed", "painted", "ready")


class StartupMarks(QObject):
    """A `boot.StartupWatch` that prints the marks and quits."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[str, float] = {}
        QTimer.singleShot(30_000, self._give_up)  # a benchmark must never hang

    def window_created(self, window: QWidget) -> None:
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def today_painting(self, widget: QWidget) -> None:
        if not self.marks.get("watching"):
            self.marks["watching"] = 1
            widget.installEventFilter(self)

    def ready(self, window: QWidget) -> None:
        self._mark("ready")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed()):
            self._mark("exposed")
        elif event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    args = parser.parse_args(argv)
    paths = boot.resolve_paths(args.data_dir)
    paths.ensure()
    boot.setup_logging(paths.log_dir)
    return boot.run_gui(paths, watch=StartupMarks())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
