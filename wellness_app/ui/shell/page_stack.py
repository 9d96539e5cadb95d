"""The stack of pages inside the window's scroll area, as high as the page shown needs."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget


class PageStack(QStackedWidget):
    """QStackedLayout's height-for-width is the tallest page's, so once a tall page (Self-care
    at 1024×600) had been shown, every later page scrolled with empty space under it; here
    only the page shown counts."""

    def heightForWidth(self, width: int) -> int:
        current = self.currentWidget()
        if current is None:
            return super().heightForWidth(width)
        return max(current.heightForWidth(width), current.minimumSizeHint().height())
