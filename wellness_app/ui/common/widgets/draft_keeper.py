"""Never lose a typed word: an editor's unsaved text is kept as a draft in the journal
(shortly after each change, before the app locks and when it quits) and put back the next
time the same editor opens. Saving (or an explicit Cancel) discards the draft."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from wellness_app.domain.errors import UserError

if TYPE_CHECKING:  # SQLAlchemy loads only once the journal is open (start-up speed)
    from wellness_app.services.drafts import DraftService
    from wellness_app.services.facade import Services

R = TypeVar("R")
log = logging.getLogger(__name__)
DELAY_MS = 700
_LIVE: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()


def flush_all() -> None:
    """Store every open editor's unsaved text now (before a lock or a quit)."""
    for keeper in list(_LIVE):
        try:
            keeper.flush()
        except RuntimeError:  # its editor (and so the keeper) was already destroyed
            _LIVE.discard(keeper)


class DraftKeeper(QObject):
    """Keeps `editor`'s text under `key` while it differs from the saved `baseline`."""

    def __init__(self, editor: QPlainTextEdit, services: Callable[[], Services | None],
                 key: str = "", baseline: str = "") -> None:
        super().__init__(editor)
        self.editor = editor
        self._services = services
        self.key, self.baseline = key, baseline
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        _LIVE.add(self)

    def attach(self, key: str, baseline: str) -> bool:
        """Follow another record (`baseline`: its saved text, already in the editor);
        puts back a draft left from before. True if one was put back."""
        self.timer.stop()
        self.key, self.baseline = key, baseline
        return self.restore()

    def restore(self) -> bool:
        draft = self._call(lambda service: service.get(self.key))
        if not draft or draft == self.editor.toPlainText():
            return False
        self._loading = True
        try:
            self.editor.setPlainText(draft)
        finally:
            self._loading = False
        return True

    def flush(self) -> None:
        self.timer.stop()
        if not self.key:
            return
        try:
            text = self.editor.toPlainText()
        except RuntimeError:  # the editor is gone; its last text was flushed before
            return
        if text == self.baseline:
            self._call(lambda service: service.discard(self.key))
        else:
            self._call(lambda service: service.keep(self.key, text))

    def discard(self) -> None:
        """The text was saved (or the person chose to throw it away)."""
        self.timer.stop()
        self._call(lambda service: service.discard(self.key))

    def _changed(self) -> None:
        if not self._loading and self.key:
            self.timer.start()

    def _call(self, work: Callable[[DraftService], R]) -> R | None:
        services = self._services()
        if services is None or services.db.locked or not self.key:
            return None
        try:
            return work(services.drafts)
        except UserError as exc:  # a full or read-only disk: the text stays in the editor
            log.warning("A draft could not be kept (%s)", type(exc).__name__)
            return None
