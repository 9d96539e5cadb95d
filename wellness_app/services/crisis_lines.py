"""Crisis lines for the person's country: the bundled, reviewed list with their own edits.

All offline: the list ships in resources/crisis_lines.json. The country comes from a DB
preference (so the CLI and the GUI agree), defaulting to the system locale.
"""

from __future__ import annotations

import json
import locale
import logging
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from wellness_app.domain.crisis_lines import (
    ELSEWHERE,
    CrisisDirectory,
    CrisisLine,
    check_line,
    country_from_locale,
    merge,
    normalise_country,
    parse_directory,
)
from wellness_app.domain.errors import ValidationError
from wellness_app.resources import resource_path
from wellness_app.storage import Database
from wellness_app.storage.repositories import crisis_lines, preferences

log = logging.getLogger(__name__)
COUNTRY_KEY = "crisis.country"
DATA_FILE = "crisis_lines.json"


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
    def __init__(self, db: Database) -> None:
        self._db = db
        self.directory = load_directory()

    # -- country ----------------------------------------------------------------------
    def country(self) -> str:
        if self._db.locked:  # crisis lines never wait for an unlock: the system's country
            return system_country()
        with self._db.reading() as session:
            chosen = preferences.get(session, COUNTRY_KEY)
        return str(chosen) if chosen else system_country()

    def set_country(self, text: str) -> str:
        code = normalise_country(text)
        with self._db.transaction() as session:
            preferences.put(session, COUNTRY_KEY, code)
        return code

    def countries(self) -> list[tuple[str, str]]:
        """(code, name) of every shipped country, "elsewhere" last."""
        return [(c.code, c.name) for c in self.directory.countries]

    def country_name(self, code: str) -> str:
        entry = self.directory.get(code)
        return entry.name if entry.code == code else code

    # -- lines ------------------------------------------------------------------------
    def lines(self, country: str | None = None, *, include_hidden: bool = False
              ) -> list[CrisisLine]:
        """Lines for a country (default: the configured one); shipped lines come from the
        "elsewhere" entry when the country has none of its own."""
        code = normalise_country(country) if country else self.country()
        shipped = [CrisisLine(code, s.label, s.contact, s.note)
                   for s in self.directory.get(code).lines]
        if self._db.locked:  # the shipped lines only: the person's own are in the journal
            return merge(shipped, [], include_hidden=include_hidden)
        with self._db.reading() as session:
            own = crisis_lines.for_country(session, code)
        return merge(shipped, own, include_hidden=include_hidden)

    def edit(self, country: str, old_label: str, label: str, contact: str,
             note: str = "") -> CrisisLine:
        """Change a line (shipped or own). Renaming a shipped line hides the original."""
        code = normalise_country(country)
        label, contact, note = check_line(label, contact, note)
        with self._db.transaction() as session:
            if old_label.casefold() != label.casefold():
                if self._is_shipped(code, old_label):
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
        with self._db.transaction() as session:
            return crisis_lines.upsert(session, CrisisLine(code, label, contact, note))

    def set_hidden(self, country: str, label: str, hidden: bool = True) -> None:
        code = normalise_country(country)
        current = next((line for line in self.lines(code, include_hidden=True)
                        if line.label.casefold() == label.casefold()), None)
        if current is None:
            raise ValidationError(f"No crisis line called '{label}' for {code}")
        with self._db.transaction() as session:
            crisis_lines.upsert(session, CrisisLine(code, current.label, current.contact,
                                                    current.note, hidden))

    def reset(self, country: str, label: str) -> None:
        """Forget the person's version: a shipped line comes back as shipped, an own line
        is removed."""
        with self._db.transaction() as session:
            crisis_lines.remove(session, normalise_country(country), label)

    def _is_shipped(self, code: str, label: str) -> bool:
        return any(s.label.casefold() == label.casefold()
                   for s in self.directory.get(code).lines)

    def _hidden(self, code: str, label: str) -> CrisisLine:
        original = next(s for s in self.directory.get(code).lines
                        if s.label.casefold() == label.casefold())
        return CrisisLine(code, original.label, original.contact, original.note, hidden=True)
