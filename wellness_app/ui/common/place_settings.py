"""Place (a city from astral's offline list, or latitude/longitude) and the outdoor lux
estimate used for daylight sessions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.light import MAX_LUX
from wellness_app.domain.sun import Place, city_names


@dataclass(frozen=True)
class LightSettings:
    city: str | None  # set when chosen by name
    latitude: float
    longitude: float
    outdoor_lux: int


class PlaceFields(QWidget):
    """City search over astral's offline list, or latitude/longitude (also used by the
    first-run setup). An empty city means "no place chosen"."""

    def __init__(self, place: Place | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.by_city = QRadioButton(self.tr("City"))
        self.by_city.setAccessibleName(self.tr("Choose a city"))
        self.by_coords = QRadioButton(self.tr("Latitude and longitude"))
        self.by_coords.setAccessibleName(self.tr("Enter latitude and longitude"))
        group = QButtonGroup(self)
        group.addButton(self.by_city)
        group.addButton(self.by_coords)
        self.city = QLineEdit(place.name if place and place.timezone else "")
        self.city.setPlaceholderText(self.tr("Type to search, e.g. London"))
        self.city.setAccessibleName(self.tr("City"))
        completer = QCompleter(list(city_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.city.setCompleter(completer)
        self.latitude = QDoubleSpinBox()
        self.latitude.setRange(-90, 90)
        self.latitude.setDecimals(3)
        self.latitude.setAccessibleName(self.tr("Latitude"))
        self.longitude = QDoubleSpinBox()
        self.longitude.setRange(-180, 180)
        self.longitude.setDecimals(3)
        self.longitude.setAccessibleName(self.tr("Longitude"))
        if place:
            self.latitude.setValue(place.latitude)
            self.longitude.setValue(place.longitude)
        self.form.addRow(self.by_city, self.city)
        self.form.addRow(self.by_coords)
        self.form.addRow(self.tr("Latitude"), self.latitude)
        self.form.addRow(self.tr("Longitude"), self.longitude)
        self.by_city.toggled.connect(self._follow_choice)
        (self.by_coords if place and not place.timezone else self.by_city).setChecked(True)
        self._follow_choice()
        # the city search comes first in the tab order: it is what most people want
        for first, then in ((self.city, self.by_city), (self.by_city, self.by_coords),
                            (self.by_coords, self.latitude), (self.latitude, self.longitude)):
            QWidget.setTabOrder(first, then)

    def _follow_choice(self) -> None:
        """Latitude and longitude show only when chosen (never an unset "0.000")."""
        by_city = self.by_city.isChecked()
        self.city.setEnabled(by_city)
        for field in (self.latitude, self.longitude):
            field.setEnabled(not by_city)
            self.form.setRowVisible(field, not by_city)


class LightSettingsDialog(QDialog):
    def __init__(self, place: Place | None, outdoor_lux: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Place and light settings"))
        layout = QVBoxLayout(self)
        self.place_fields = fields = PlaceFields(place, self)
        self.by_city, self.by_coords, self.city = fields.by_city, fields.by_coords, fields.city
        self.latitude, self.longitude = fields.latitude, fields.longitude
        layout.addWidget(fields)
        self.outdoor = QSpinBox()
        self.outdoor.setRange(100, MAX_LUX)
        self.outdoor.setSingleStep(500)
        self.outdoor.setGroupSeparatorShown(True)
        self.outdoor.setSuffix(self.tr(" lux"))
        self.outdoor.setValue(outdoor_lux)
        self.outdoor.setAccessibleName(self.tr("Outdoor light estimate in lux"))
        fields.form.addRow(self.tr("Outdoor estimate"), self.outdoor)  # one aligned form
        note = QLabel(self.tr(
            "Daylight sessions without a measured lux count at this estimate. Outdoors on an "
            "overcast day is several thousand lux or more; a low estimate keeps the daily dose "
            "honest. Everything is computed on this computer."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def result_settings(self) -> LightSettings:
        city = self.city.text().strip() if self.by_city.isChecked() else None
        return LightSettings(city or None, self.latitude.value(), self.longitude.value(),
                             self.outdoor.value())

    @classmethod
    def ask(cls, parent: QWidget | None, place: Place | None,
            outdoor_lux: int) -> LightSettings | None:
        dialog = cls(place, outdoor_lux, parent)
        return dialog.result_settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
