"""Running an import or export off the GUI thread (QThreadPool + QRunnable).

The job gets `progress(done, total)` and a CancelToken it must honour; results and
errors come back as queued signals on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from wellness_app.domain.errors import UserError
from wellness_app.logging_setup import log_bug
from wellness_app.services.io.common import CancelToken, ImportCancelled, Progress

log = logging.getLogger(__name__)
Job = Callable[[Progress, CancelToken], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    # (message, cancelled)
    failed = Signal(str, bool)


class Task(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it (and its signals) alive
        self.job = job
        self.cancel = CancelToken()
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.job(self._progress, self.cancel)
        except ImportCancelled as exc:
            self.signals.failed.emit(str(exc), True)
        except UserError as exc:
            self.signals.failed.emit(str(exc), False)
        except Exception as exc:  # a bug: logged by type and stack, shown without crashing
            log_bug(exc, "wellness_app.ui.io")
            self.signals.failed.emit(
                "Something went wrong; nothing was changed. The log has the details.", False)
        else:
            self.signals.finished.emit(result)

    def _progress(self, done: int, total: int) -> None:
        # scale to int range for the progress bar (totals are bytes: may exceed 2**31)
        self.signals.progress.emit(int(1000 * done / total) if total else 0, 1000)
