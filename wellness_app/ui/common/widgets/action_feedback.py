"""What a tracker page shows above its forms after an action: a calm caution banner and
an inline error line, and the one way to run a save through them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.ui.common import theme
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.widgets.caution_banner import CautionBanner


class ActionFeedback(QWidget):
    """`run(action, message)`: a UserError shows inline and changes nothing; on success the
    cautions returned with the record (if any) show, `kind` is announced and
    `message` goes to the status bar."""

    def __init__(self, ctx: UiContext, kind: Change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.banner = CautionBanner(self)
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)

    def run(self, action: Callable[[], object], message: str) -> bool:
        try:
            result = action()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        self.banner.show_cautions(getattr(result, "cautions", []))
        self.ctx.state.announce(self.kind)
        self.ctx.state.status_message.emit(message)
        return True
