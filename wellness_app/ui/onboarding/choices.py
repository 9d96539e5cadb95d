"""What the person chose in the setup, and saving it through the services in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from wellness_app.domain.errors import UserError
from wellness_app.services import privacy
from wellness_app.services.facade import Services
from wellness_app.ui.common.display_names import demo_words
from wellness_app.ui.common.settings import Keys, Settings

log = logging.getLogger(__name__)


@dataclass
class Choices:
    """Everything optional; None / False leaves that part as it was."""

    city: str | None = None
    coordinates: tuple[float, float] | None = None
    reminders_enabled: bool | None = None
    reminder_times: str = ""
    passphrase: str | None = field(default=None, repr=False)  # never logged or stored
    country: str | None = None
    demo_data: bool = False


def apply_settings(settings: Settings, choices: Choices) -> None:
    """The choices kept in the settings file (on the GUI thread, quick)."""
    if choices.reminders_enabled is not None:
        settings.set(Keys.reminders_enabled, choices.reminders_enabled)
        if choices.reminder_times:
            settings.set(Keys.reminder_times, choices.reminder_times)


def _attempt(problems: list[str], what: str, work: Callable[[], object]) -> None:
    try:
        work()
    except (UserError, OSError) as exc:
        log.warning("First-run setup could not save the %s", what)
        problems.append(str(exc))


def apply(services: Services, choices: Choices) -> list[str]:
    """Save each choice kept in the journal except the passphrase; returns problems to
    show (each part is saved independently). Example data take seconds: run it off the
    GUI thread."""
    problems: list[str] = []

    def attempt(what: str, work: Callable[[], object]) -> None:
        _attempt(problems, what, work)

    if choices.city:
        attempt("place", lambda: services.places.set_city(choices.city or ""))
    elif choices.coordinates is not None:
        latitude, longitude = choices.coordinates
        attempt("place", lambda: services.places.set_coordinates(latitude, longitude))
    if choices.country:
        attempt("country", lambda: services.crisis_lines().set_country(choices.country or ""))
    if choices.demo_data:
        language, names = demo_words()
        attempt("example data", lambda: services.demo_data.fill(
            years=2, seed=7, language=language, names=names))
    return problems


def apply_passphrase(services: Services, choices: Choices) -> list[str]:
    """Encrypt the journal if a passphrase was chosen; last, so the other choices are kept
    even if it cannot be done. On the GUI thread: it reopens the journal's connections."""
    problems: list[str] = []
    if choices.passphrase:
        _attempt(problems, "passphrase",
                 lambda: privacy.encrypt_live(services.db, choices.passphrase or ""))
    return problems
