"""Whether the first-run setup is due, and showing it (the wizard is imported only then)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wellness_app.services import Database
from wellness_app.services.facade import Services
from wellness_app.ui.common.settings import Keys, Settings


def pending(settings: Settings) -> bool:
    """True until the person has finished or skipped the setup once."""
    return not settings.get(Keys.onboarding_done)


def due(settings: Settings, services: Services) -> bool:
    """Shown on first run: setup not yet seen and a journal with no check-ins."""
    return pending(settings) and services.moods.count() == 0


def run_if_due(db: Database, settings: Settings, parent: QWidget | None = None) -> bool:
    """Show the setup when it is due (before the main window). True if it was shown."""
    services = Services(db)  # before the window's context exists
    if not due(settings, services):
        return False
    from wellness_app.ui.onboarding.wizard import OnboardingWizard

    OnboardingWizard.ask(services, settings, parent)
    settings.sync()
    return True
