"""The setup's pages: welcome, place, reminders, crisis-line country, example data.

Each page reads its widgets into `Choices` in `store()`; nothing is saved before Finish.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wellness_app.domain.crisis_lines import country_of_place
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.reminders import format_times, parse_times
from wellness_app.domain.sun import find_city
from wellness_app.services.facade import Services
from wellness_app.ui.common import theme
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.place_settings import PlaceFields
from wellness_app.ui.common.settings import Keys, Settings
from wellness_app.ui.onboarding.choices import Choices


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    theme.set_tone(label, "error")
    label.setAccessibleName(translate("Onboarding", "Problem"))
    label.hide()
    return label


class StepPage(QWizardPage):
    def store(self, choices: Choices) -> None:
        """Copy this page's answers into `choices`."""


class WelcomePage(StepPage):
    def __init__(self, journal_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Onboarding", "Welcome"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(translate("Onboarding",
            "A quiet place to note how you feel, and what you did for yourself: mood, "
            "daylight, movement, self-care, medications and treatments.")))
        statement = paragraph(translate("Onboarding", "This is a self-care journal, not a "
                                        "medical device. It does not diagnose or advise on "
                                        "treatment."))
        statement.setObjectName("notMedicalDevice")
        font = statement.font()
        font.setBold(True)
        statement.setFont(font)
        layout.addWidget(statement)
        layout.addWidget(paragraph(translate("Onboarding",
            "Everything you write stays on this computer, in one file:\n{path}\n"
            "There is no account and no cloud, and the app has no network code: nothing is "
            "ever sent anywhere. You decide what to export or print.").format(
                path=journal_path)))
        layout.addWidget(paragraph(translate("Onboarding",
            "The next steps are all optional: a place for daylight times, reminders, a "
            "passphrase, and your country for crisis lines. \"Skip setup\" keeps the defaults "
            "and you can come back here from Settings → Welcome and setup.")))
        layout.addStretch(1)


class PlacePage(StepPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Onboarding", "Your place, for daylight"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(translate("Onboarding",
            "Sunrise, sunset and day length are worked out on this computer from a built-in "
            "list of cities. Leave the city empty to skip this; you can set it later on the "
            "Light page.")))
        self.fields = PlaceFields(services.places.place(), self)
        layout.addWidget(self.fields)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        name = self.fields.city.text().strip()
        if self.fields.by_city.isChecked() and name:
            try:
                find_city(name)
            except ValidationError as exc:
                both = translate("Onboarding", "latitude and longitude")
                self.error.setText(str(exc).replace("--lat and --lon", both))
                self.error.show()
                self.fields.city.setFocus()
                return False
        self.error.hide()
        return True

    def store(self, choices: Choices) -> None:
        if self.fields.by_city.isChecked():
            choices.city = self.fields.city.text().strip() or None
        else:
            choices.coordinates = (self.fields.latitude.value(), self.fields.longitude.value())


class RemindersPage(StepPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Onboarding", "Reminders"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(translate("Onboarding",
            "A gentle reminder to check in, shown by your desktop at the times you choose. "
            "Off unless you turn it on.")))
        form = QFormLayout()
        self.enabled = QCheckBox(translate("Onboarding", "Remind me to check in"))
        self.enabled.setAccessibleName(translate("Onboarding", "Remind me to check in"))
        self.enabled.setChecked(settings.get(Keys.reminders_enabled))
        self.times = QLineEdit(settings.get(Keys.reminder_times) or "20:00")
        self.times.setPlaceholderText("20:00")
        self.times.setAccessibleName(translate("Onboarding", "Reminder times"))
        self.times.setAccessibleDescription(
            translate("Onboarding", "24-hour times separated by commas"))
        form.addRow(self.enabled)
        form.addRow(translate("Onboarding", "Times (24-hour, e.g. 08:30, 20:00)"), self.times)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        try:
            times = parse_times(self.times.text())
        except ValidationError as exc:
            problem = str(exc)
        else:
            if times or not self.enabled.isChecked():
                self.error.hide()
                return True
            problem = translate("Onboarding", "Add at least one time, e.g. 20:00")
        self.error.setText(problem)
        self.error.show()
        self.times.setFocus()
        return False

    def store(self, choices: Choices) -> None:
        choices.reminders_enabled = self.enabled.isChecked()
        choices.reminder_times = format_times(parse_times(self.times.text()))


class CountryPage(StepPage):
    """Preset from the system locale; a city chosen on the place page presets its country
    when this page is shown (the person can still pick another)."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 place: PlacePage | None = None) -> None:
        super().__init__(parent)
        self._place = place
        self.setTitle(translate("Onboarding", "Crisis lines"))
        service = services.crisis_lines()
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(translate("Onboarding",
            "If things get very hard, the Crisis support screen shows phone numbers to call "
            "in your country. Pick it here; you can add your own numbers there later.")))
        self.country = QComboBox()
        self.country.setAccessibleName(translate("Onboarding", "Country for crisis lines"))
        for code, name in service.countries():
            self.country.addItem(care_text(name), code)
        index = self.country.findData(service.country())
        self.country.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow(translate("Onboarding", "Country"), self.country)
        layout.addLayout(form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self._place is None or not self._place.fields.by_city.isChecked():
            return
        name = self._place.fields.city.text().strip()
        try:
            code = country_of_place(find_city(name).name) if name else None
        except ValidationError:
            code = None
        index = self.country.findData(code) if code else -1
        if index >= 0:
            self.country.setCurrentIndex(index)

    def store(self, choices: Choices) -> None:
        choices.country = str(self.country.currentData())


class DemoPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Onboarding", "Example data"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(translate("Onboarding",
            "Curious what the charts and insights look like after a while? This fills your "
            "empty journal with two years of made-up check-ins, daylight, walks, sleep, "
            "self-care and questionnaires from an imagined person.")))
        self.demo = QCheckBox(translate("Onboarding", "Explore with two years of example data"))
        self.demo.setAccessibleName(
            translate("Onboarding", "Explore with two years of example data"))
        layout.addWidget(self.demo)
        layout.addWidget(paragraph(translate("Onboarding",
            "It is example data, not yours, and your own check-ins would land next to it. "
            "To start your real journal afterwards, use Privacy → Privacy & data → Delete all "
            "my data.")))
        layout.addStretch(1)

    def store(self, choices: Choices) -> None:
        choices.demo_data = self.demo.isChecked()
