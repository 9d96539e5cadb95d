"""One way to run work: a service call off the GUI thread (or on it), its outcome back on
the GUI thread. In the spirit of Anki's CollectionOp/QueryOp::

    Operation(self, lambda job: services.trends.load())
        .on_success(self._show).on_failure(self._explain)
        .run_in_background()

- `work(job)` runs on the global QThreadPool. `job.progress(done, total)` reports progress;
  `job.cancel` is a CancelToken the work polls (`job.cancel.check()` raises Cancelled).
- `in_order()` puts writes on one lane: they run one at a time, in the order asked.
- Callbacks run on the GUI thread and never after `owner` is deleted; deleting the owner
  also cancels the work.
- A UserError or an environment error (disk full, no permission…) reaches `on_failure` as a
  Failure with the message to show (default: a warning box). Anything else is a bug: logged
  by type and stack (`log_bug`), then `on_failure` gets a Failure with a generic message;
  without `on_failure` it goes to `sys.excepthook`, the crash dialog. A cancel reaches only
  `on_cancelled`.
- At quit the app waits for running work: `QThreadPool.globalInstance().waitForDone()`.
- `run_modal(title)` shows a modal progress dialog with Cancel until the work is done.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressBar, QWidget

from wellness_app.services.cancel import CancelToken, ImportCancelled
from wellness_app.services.errors import explain
from wellness_app.ui.common.i18n import translate

log = logging.getLogger(__name__)
T = TypeVar("T")
Cancelled = ImportCancelled  # what `job.cancel.check()` raises
_PERMILLE = 1000


@dataclass(frozen=True)
class Failure:
    """Why work failed: `message` is for the person; `bug` says it was not their doing."""

    error: BaseException
    message: str
    bug: bool


def failure_of(exc: BaseException) -> Failure:
    """Classify `exc`: a user or environment error keeps its message; a bug gets a generic one."""
    text = explain(exc)
    if text is not None:
        return Failure(exc, text, bug=False)
    return Failure(exc, translate("Operations", "Something went wrong; nothing was changed. "
                                  "The log has the details."), bug=True)


class Job:
    """What the work gets: a progress callback and a cancel token (thread-safe to use)."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self.cancel = CancelToken()
        self._report = report
        self._last = -1

    def progress(self, done: int, total: int) -> None:
        """Report progress; only changes of a thousandth reach the GUI thread."""
        if self._report is None:
            return
        step = int(_PERMILLE * done / total) if total else 0
        if step != self._last:
            self._last = step
            self._report(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, its slots run on the GUI thread."""

    progressed = Signal(object, object)
    finished = Signal(str, object)  # kind ("ok", "failed", "cancelled"), value

    def __init__(self, op: Operation[Any]) -> None:
        # parented to the application, so C++ owns it: it dies by deleteLater on the GUI
        # thread, never when a worker drops the last Python reference
        super().__init__(QCoreApplication.instance())
        self.op: Operation[Any] | None = op
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)

    @Slot(object, object)
    def _on_progress(self, done: int, total: int) -> None:
        if self.op is not None:
            self.op._deliver_progress(done, total)

    @Slot(str, object)
    def _on_finished(self, kind: str, value: object) -> None:
        op, self.op = self.op, None
        if op is not None:
            op._deliver(kind, value)
        self.deleteLater()

    @Slot()
    def owner_gone(self) -> None:
        if self.op is not None:
            self.op.cancel()


class _Lane:
    """Runs its jobs one after another on the global pool, in the order they came."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Callable[[], None]] = deque()
        self._busy = False

    def submit(self, fn: Callable[[], None]) -> None:
        with self._lock:
            self._queue.append(fn)
            if self._busy:
                return
            self._busy = True
        QThreadPool.globalInstance().start(_Runnable(self._drain))

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._busy = False
                    return
                fn = self._queue.popleft()
            fn()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        self._fn()


_WRITES = _Lane()
_live: set[Operation[Any]] = set()  # running operations, kept until their outcome arrives


class Operation(Generic[T]):
    """A service call with its callbacks; see the module docstring."""

    def __init__(self, owner: QObject, work: Callable[[Job], T]) -> None:
        self.owner = owner
        self._work = work
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Failure], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._progress: Callable[[int, int], None] | None = None
        self._in_order = False
        self.job = Job()
        self.running = False
        self.result: T | None = None
        self.failure: Failure | None = None
        self.was_cancelled = False

    # ---- configuration (each returns self, so calls chain) ---------------------------
    def on_success(self, fn: Callable[[T], None]) -> Operation[T]:
        self._success = fn
        return self

    def on_failure(self, fn: Callable[[Failure], None]) -> Operation[T]:
        self._failure = fn
        return self

    def on_cancelled(self, fn: Callable[[], None]) -> Operation[T]:
        self._cancelled = fn
        return self

    def on_progress(self, fn: Callable[[int, int], None]) -> Operation[T]:
        self._progress = fn
        return self

    def in_order(self) -> Operation[T]:
        """Run on the one lane for writes: after every write asked for before it."""
        self._in_order = True
        return self

    # ---- running ----------------------------------------------------------------------
    def run_in_background(self) -> Operation[T]:
        """Start the work on the thread pool; the outcome arrives on the GUI thread."""
        relay = _Relay(self)
        self.job = Job(relay.progressed.emit if self._progress is not None else None)
        job = self.job
        self.running = True
        _live.add(self)
        self.owner.destroyed.connect(relay.owner_gone)

        def task() -> None:
            kind, value = _call(self._work, job)
            relay.finished.emit(kind, value)

        (_WRITES.submit if self._in_order else
         lambda fn: QThreadPool.globalInstance().start(_Runnable(fn)))(task)
        return self

    def run_on_gui(self) -> Operation[T]:
        """Run the work here and now (for quick calls); callbacks as in the background."""
        self.job = Job(self._progress)
        self.running = True
        _live.add(self)
        self._deliver(*_call(self._work, self.job))
        return self

    def run_modal(self, title: str, parent: QWidget | None = None, *,
                  cancellable: bool = True) -> Operation[T]:
        """Run in the background behind a modal progress dialog (with Cancel unless the
        work cannot stop halfway); returns when the work is done (read `result`,
        `failure`, `was_cancelled`)."""
        from wellness_app.ui.common.progress_dialog import ProgressDialog

        dialog = ProgressDialog(title, self, parent, cancellable=cancellable)
        self.run_in_background()
        dialog.exec()
        return self

    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next `cancel.check()`)."""
        self.job.cancel.cancel()

    # ---- delivery (GUI thread) --------------------------------------------------------
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._progress is not None and self._owner_alive():
            self._progress(done, total)

    def _deliver(self, kind: str, value: Any) -> None:
        self.running = False
        _live.discard(self)
        if kind == "failed":
            self.failure = value
        elif kind == "cancelled":
            self.was_cancelled = True
        else:
            self.result = value
        alive = self._owner_alive()
        if kind == "failed" and value.bug and (self._failure is not None or not alive):
            from wellness_app.logging_setup import log_bug

            log_bug(value.error, "wellness_app.ui.operations")  # type and stack only
        if not alive:
            log.debug("Operation outcome dropped: its owner is gone")
            return
        if kind == "ok":
            if self._success is not None:
                self._success(value)
        elif kind == "cancelled":
            if self._cancelled is not None:
                self._cancelled()
        else:
            self._fail(value)

    def _fail(self, failure: Failure) -> None:
        if self._failure is not None:
            self._failure(failure)
        elif failure.bug:  # the crash dialog (it logs the bug)
            exc = failure.error
            sys.excepthook(type(exc), exc, exc.__traceback__)
        else:
            parent = self.owner if isinstance(self.owner, QWidget) else None
            QMessageBox.warning(parent, translate("Operations", "Could not finish"),
                                failure.message)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self.owner)


def _call(work: Callable[[Job], Any], job: Job) -> tuple[str, object]:
    """Run `work`; ("ok", result), ("cancelled", None) or ("failed", Failure)."""
    try:
        return "ok", work(job)
    except Cancelled:
        return "cancelled", None
    except Exception as exc:  # classified here, logged on delivery if a bug
        return "failed", failure_of(exc)


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """Show `done` of `total` on `bar` (in thousandths: totals in bytes exceed an int)."""
    bar.setRange(0, _PERMILLE)
    bar.setValue(int(_PERMILLE * done / total) if total else 0)
