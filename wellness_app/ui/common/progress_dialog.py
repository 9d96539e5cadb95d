"""The modal progress dialog of `Operation.run_modal`: a bar, Cancel, and the error inline."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.ui.common.operations import Failure, Operation, show_progress


class ProgressDialog(QDialog):
    """Closes itself when the work succeeds or is cancelled; a failure stays on screen
    with its message until the person closes it. Esc or Cancel cancels the work first."""

    def __init__(self, title: str, op: Operation[Any], parent: QWidget | None = None, *,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.op = op
        self.cancellable = cancellable
        self.label = QLabel(self.tr("Working… you can cancel at any time; nothing changes "
                                    "until the end.") if cancellable else self.tr("Working…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setVisible(cancellable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        # the caller's callbacks run first, then the dialog closes or shows the error
        self._then = (op._success, op._failure, op._cancelled)
        op.on_progress(lambda done, total: show_progress(self.bar, done, total))
        op.on_success(self._succeeded).on_failure(self._failed).on_cancelled(self._cancelled)

    def _succeeded(self, value: Any) -> None:
        if self._then[0] is not None:
            self._then[0](value)
        self.accept()

    def _cancelled(self) -> None:
        if self._then[2] is not None:
            self._then[2]()
        super().reject()

    def _failed(self, failure: Failure) -> None:
        if self._then[1] is not None:
            self._then[1](failure)
        self.label.setText(failure.message)
        self.label.setAccessibleName(failure.message)
        self.bar.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.show()

    def reject(self) -> None:
        """Cancel (or Esc): while the work runs, ask it to stop and close once it has."""
        if self.op.running:
            if not self.cancellable:
                return  # Esc while work that cannot stop halfway runs: keep waiting
            self.op.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            return
        super().reject()
