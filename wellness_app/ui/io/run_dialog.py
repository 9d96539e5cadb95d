"""A modal progress dialog with Cancel, running one job in the global QThreadPool."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.ui.io.worker import Job, Task


class RunDialog(QDialog):
    def __init__(self, title: str, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.result_value: Any = None
        self.error = ""
        self.cancelled = False
        self.label = QLabel(self.tr("Working… you can cancel at any time; nothing changes "
                                    "until the end."))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.task = Task(job)
        signals = self.task.signals
        signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._running = False

    def start(self) -> None:
        self._running = True
        QThreadPool.globalInstance().start(self.task)

    @classmethod
    def run(cls, title: str, job: Job, parent: QWidget | None = None) -> RunDialog:
        """Run `job` with a progress bar; returns the dialog (result_value / error)."""
        dialog = cls(title, job, parent)
        dialog.start()
        dialog.exec()
        return dialog

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _on_finished(self, value: Any) -> None:
        self._running = False
        self.result_value = value
        self.accept()

    def _on_failed(self, message: str, cancelled: bool) -> None:
        self._running = False
        self.error, self.cancelled = message, cancelled
        if cancelled:
            self.reject()
            return
        self.label.setText(message)
        self.label.setAccessibleName(message)
        self.bar.hide()
        self.cancel_button.setText(self.tr("Close"))

    def _cancel(self) -> None:
        if self._running:
            self.task.cancel.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self._running:  # Esc while running: cancel first, close when the job stops
            self._cancel()
            return
        super().reject()
