"""Cancelling long work (imports, exports, reports): the token the GUI sets and the error
the work raises. Light on purpose: the GUI imports it at start-up (ui.common.operations)."""

from __future__ import annotations

from wellness_app.domain.errors import UserError


class ImportCancelled(UserError):
    """The person cancelled: nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


class CancelToken:
    """A flag the GUI sets from its thread; parsers call `check()` between chunks."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled:
            raise ImportCancelled()
