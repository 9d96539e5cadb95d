"""Windows that show personal data outside the main window (the quick check-in lists
every tag): the auto-lock closes them with the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

PERSONAL = "wellnessPersonalWindow"


def mark_personal(widget: QWidget) -> None:
    widget.setProperty(PERSONAL, True)


def is_personal(widget: QWidget) -> bool:
    return bool(widget.property(PERSONAL))
