"""Inputs for the optional 1–5 scales and hours slept (both may be left empty)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

from wellness_app.ui.common.i18n import translate


class ScaleCombo(QComboBox):
    """"not noted" or 1–5."""

    def __init__(self, name: str, value: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.addItem(translate("Scales", "not noted"), None)
        for level in range(1, 6):
            self.addItem(str(level), level)
        self.set_value(value)

    def value(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(0 if value is None else int(value))


class SleepSpin(QDoubleSpinBox):
    """Hours slept in half hours; the lowest step means "not noted"."""

    def __init__(self, hours: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Scales", "Hours slept"))
        self.setRange(-0.5, 24.0)
        self.setSingleStep(0.5)
        self.setDecimals(1)
        self.setSpecialValueText(translate("Scales", "not noted"))
        self.set_hours(hours)

    def hours(self) -> float | None:
        return None if self.value() < 0 else float(self.value())

    def set_hours(self, hours: float | None) -> None:
        self.setValue(-0.5 if hours is None else hours)
