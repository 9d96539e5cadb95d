"""Crisis lines for the person's country: the bundled, reviewed list with their own edits.

All offline: the list ships in resources/crisis_lines.json. The country is a journal
preference (so the CLI and the GUI agree), mirrored in a one-line file next to the
journal (`crisis-country`) so the crisis screen knows it while an encrypted journal is
still locked; without either it follows the system locale.
"""

from __future__ import annotations

import json
import locale
import logging
import os
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from wellness_app.domain.crisis_lines import (
    ELSEWHERE,
    CrisisDirectory,
    CrisisLine,
    check_line,
    country_from_locale,
    country_of_place,
    merge,
    normalise_country,
    parse_directory,
)
from wellness_app.domain.errors import ValidationError
from wellness_app.resources import resource_path
from wellness_app.services.privacy import CRISIS_COUNTRY_FILE as COUNTRY_FILE
from wellness_app.storage import Database
from wellness_app.storage.repositories import crisis_lines, preferences

log = logging.getLogger(__name__)
COUNTRY_KEY = "crisis.country"
DATA_FILE = "crisis_lines.json"
EMERGENCY_FIXED = ("The emergency number is always shown: it cannot be hidden, changed "
                   "or removed.")


@cache
def load_directory(path: Path | None = None) -> CrisisDirectory:
    """The bundled crisis-line directory (read once)."""
    source = path or resource_path(DATA_FILE)
    with source.open(encoding="utf-8") as handle:
        return parse_directory(json.load(handle))


def system_country(environ: Mapping[str, str] | None = None) -> str:
    """The country of the system locale (LC_ALL / LC_MESSAGES / LANG, then Python's
    locale), or "elsewhere" when it names none (e.g. the C locale)."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return country_from_locale(value) or ELSEWHERE
    if environ is None:
        try:
            name = locale.getlocale()[0]
        except ValueError:
            name = None
        return country_from_locale(name) or ELSEWHERE
    return ELSEWHERE


class CrisisLineService:
    """`db` may be None (a locked journal): then only the bundled lines are offered and
    the country comes from the mirror file in `data_dir`."""

    def __init__(self, db: Database | None, data_dir: Path | None = None) -> None:
        self._db = None if db is None or db.locked else db  # locked: the journal is closed
        self._data_dir = data_dir or (db.path.parent if db is not None else None)
        self.directory = load_directory()

    # -- country ----------------------------------------------------------------------
    def chosen_country(self) -> str | None:
        """The country the person chose (or their place implied), or None."""
        if self._db is not None:
            with self._db.reading() as session:
                chosen = preferences.get(session, COUNTRY_KEY)
            if chosen:
                return str(chosen)
        return self._read_mirror()

    def country(self) -> str:
        return self.chosen_country() or system_country()

    def country_is_known(self) -> bool:
        """False when nothing says where the person is (no choice and a C locale)."""
        return self.chosen_country() is not None or system_country() != ELSEWHERE

    def set_country(self, text: str) -> str:
        code = normalise_country(text)
        if self._db is not None:
            with self._db.transaction() as session:
                preferences.put(session, COUNTRY_KEY, code)
        self._write_mirror(code)
        return code

    def follow_place(self, place_name: str) -> str:
        """A place chosen in the setup or on the Light page sets the crisis country."""
        return self.set_country(country_of_place(place_name))

    def countries(self) -> list[tuple[str, str]]:
        """(code, name) of every shipped country, "elsewhere" last."""
        return [(c.code, c.name) for c in self.directory.countries]

    def country_name(self, code: str) -> str:
        entry = self.directory.get(code)
        return entry.name if entry.code == code else code

    def is_stale(self, today: date | None = None) -> bool:
        return self.directory.is_stale(today or date.today())

    # -- lines ------------------------------------------------------------------------
    def lines(self, country: str | None = None, *, include_hidden: bool = False
              ) -> list[CrisisLine]:
        """Lines for a country (default: the configured one), emergency numbers first;
        shipped lines come from the "elsewhere" entry when the country has none."""
        code = normalise_country(country) if country else self.country()
        shipped = [replace(s, country=code) for s in self.directory.get(code).lines]
        own: list[CrisisLine] = []
        if self._db is not None:
            with self._db.reading() as session:
                own = crisis_lines.for_country(session, code)
        return merge(shipped, own, include_hidden=include_hidden)

    def edit(self, country: str, old_label: str, label: str, contact: str,
             note: str = "") -> CrisisLine:
        """Change a line (shipped or own). Renaming a shipped line hides the original."""
        code = normalise_country(country)
        self._refuse_emergency(code, old_label)
        self._refuse_emergency(code, label)
        label, contact, note = check_line(label, contact, note)
        with self._journal().transaction() as session:
            if old_label.casefold() != label.casefold():
                if self._shipped(code, old_label) is not None:
                    crisis_lines.upsert(session, self._hidden(code, old_label))
                else:
                    crisis_lines.remove(session, code, old_label)
            saved = crisis_lines.upsert(session, CrisisLine(code, label, contact, note))
        log.info("Edited a crisis line for %s", code)
        return saved

    def add(self, country: str, label: str, contact: str, note: str = "") -> CrisisLine:
        code = normalise_country(country)
        label, contact, note = check_line(label, contact, note)
        if any(line.label.casefold() == label.casefold()
               for line in self.lines(code, include_hidden=True)):
            raise ValidationError(f"There is already a line called '{label}' for {code}")
        with self._journal().transaction() as session:
            return crisis_lines.upsert(session, CrisisLine(code, label, contact, note))

    def set_hidden(self, country: str, label: str, hidden: bool = True) -> None:
        code = normalise_country(country)
        self._refuse_emergency(code, label)
        current = next((line for line in self.lines(code, include_hidden=True)
                        if line.label.casefold() == label.casefold()), None)
        if current is None:
            raise ValidationError(f"No crisis line called '{label}' for {code}")
        with self._journal().transaction() as session:
            crisis_lines.upsert(session, CrisisLine(code, current.label, current.contact,
                                                    current.note, hidden))

    def reset(self, country: str, label: str) -> None:
        """Forget the person's version: a shipped line comes back as shipped, an own line
        is removed."""
        with self._journal().transaction() as session:
            crisis_lines.remove(session, normalise_country(country), label)

    def restore_all(self, country: str) -> int:
        """Bring back every bundled line of a country as shipped (the person's own
        additions stay). Returns how many lines came back."""
        code = normalise_country(country)
        restored = 0
        with self._journal().transaction() as session:
            for line in self.directory.get(code).lines:
                restored += crisis_lines.remove(session, code, line.label)
        return restored

    # -- helpers ----------------------------------------------------------------------
    def _journal(self) -> Database:
        """The open journal to write to; a locked one cannot be changed."""
        if self._db is None:
            raise ValidationError("Unlock your journal to change crisis lines.")
        return self._db

    def _shipped(self, code: str, label: str) -> CrisisLine | None:
        return next((s for s in self.directory.get(code).lines
                     if s.label.casefold() == label.casefold()), None)

    def _refuse_emergency(self, code: str, label: str) -> None:
        shipped = self._shipped(code, label)
        if shipped is not None and shipped.emergency:
            raise ValidationError(EMERGENCY_FIXED)

    def _hidden(self, code: str, label: str) -> CrisisLine:
        original = self._shipped(code, label)
        assert original is not None
        return CrisisLine(code, original.label, original.contact, original.note, hidden=True)

    def _mirror_path(self) -> Path | None:
        return self._data_dir / COUNTRY_FILE if self._data_dir is not None else None

    def _read_mirror(self) -> str | None:
        path = self._mirror_path()
        try:
            text = path.read_text(encoding="utf-8").strip() if path else ""
            return normalise_country(text) if text else None
        except (OSError, ValueError):  # unreadable or not a code: the locale decides
            return None

    def _write_mirror(self, code: str) -> None:
        path = self._mirror_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(code + "\n", encoding="utf-8")
        except OSError as exc:  # the journal keeps the choice; only the locked screen
            log.warning("Could not write %s: %s", path.name, exc.strerror)
