"""The first-run setup wizard. "Skip setup" (or Esc) keeps every default; either way the
setup is marked done and is not shown again at start-up (Settings → Welcome and setup)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from wellness_app.services.facade import Services
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.operations import Operation
from wellness_app.ui.common.settings import Keys, Settings
from wellness_app.ui.onboarding.choices import (
    Choices,
    apply,
    apply_passphrase,
    apply_settings,
)
from wellness_app.ui.onboarding.passphrase_page import PassphrasePage
from wellness_app.ui.onboarding.steps import (
    CountryPage,
    DemoPage,
    PlacePage,
    RemindersPage,
    StepPage,
    WelcomePage,
)


class ProblemNotice:
    @classmethod
    def ask(cls, parent: QWidget | None, problems: list[str]) -> None:
        QMessageBox.warning(parent, translate("Onboarding", "Some choices were not saved"),
                            "\n\n".join(problems))


class OnboardingWizard(QWizard):
    def __init__(self, services: Services, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._settings = services, settings
        self.setObjectName("onboardingWizard")
        self.setWindowTitle(translate("Onboarding", "Welcome and setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(560, 420)
        self.welcome = WelcomePage(str(services.db.path))
        self.place = PlacePage(services)
        self.reminders = RemindersPage(settings)
        self.passphrase = PassphrasePage(services.db)
        self.country = CountryPage(services, place=self.place)
        self.steps: list[StepPage] = [self.welcome, self.place, self.reminders,
                                      self.passphrase, self.country]
        self.demo: DemoPage | None = None
        if services.moods.count() == 0:
            self.demo = DemoPage()
            self.steps.append(self.demo)
        for number, page in enumerate(self.steps, start=1):
            page.setSubTitle(translate("Onboarding", "Step {n} of {total}").format(
                n=number, total=len(self.steps)))
            self.addPage(page)
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.CancelButton, translate("Onboarding", "Skip setup"))
        for which, name in ((buttons.BackButton, translate("Onboarding", "Back")),
                            (buttons.NextButton, translate("Onboarding", "Next")),
                            (buttons.FinishButton, translate("Onboarding", "Finish")),
                            (buttons.CancelButton, translate("Onboarding", "Skip setup"))):
            self.button(which).setAccessibleName(name)
        self.applied: Choices | None = None

    def choices(self) -> Choices:
        choices = Choices()
        for page in self.steps:
            page.store(choices)
        return choices

    def accept(self) -> None:
        choices = self.choices()
        apply_settings(self._settings, choices)
        # example data take seconds: off the GUI thread (it cannot stop halfway: no Cancel)
        op = Operation(self, lambda _job: apply(self._services, choices)).run_modal(
            translate("Onboarding", "Setting up"), self, cancellable=False)
        problems = list(op.result or [])  # a failure was shown in the progress dialog
        if choices.passphrase:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problems += apply_passphrase(self._services, choices)
            finally:
                QGuiApplication.restoreOverrideCursor()
        self._mark_done()
        self.applied = choices
        if problems:
            ProblemNotice.ask(self, problems)
        super().accept()

    def reject(self) -> None:
        """"Skip setup": nothing changes except remembering the setup was seen."""
        self._mark_done()
        super().reject()

    def _mark_done(self) -> None:
        self._settings.set(Keys.onboarding_done, True)
        self._settings.sync()

    @classmethod
    def ask(cls, services: Services, settings: Settings,
            parent: QWidget | None = None) -> Choices | None:
        """The saved choices, or None when the person skipped the setup."""
        wizard = cls(services, settings, parent)
        wizard.exec()
        return wizard.applied
