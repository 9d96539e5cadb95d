"""Dates in 2017–2018 Daylio exports: a `year` column and the day and month written in
the phone's language ("29 March", "March 29", "29. März", "29 de marzo", "29 мар.")."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from wellness_app.domain.errors import UserError

MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia",
     "styczen", "января", "январь"),
    ("february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari",
     "lutego", "luty", "февраля", "февраль"),
    ("march", "marz", "maerz", "mars", "marzo", "marco", "maart", "marca", "marzec", "марта",
     "март"),
    ("april", "avril", "abril", "aprile", "kwietnia", "kwiecien", "апреля", "апрель"),
    ("may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj", "мая", "май"),
    ("june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "июня", "июнь"),
    ("july", "juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "июля", "июль"),
    ("august", "aout", "agosto", "augustus", "sierpnia", "sierpien", "августа", "август"),
    ("september", "septembre", "septiembre", "settembre", "setembro", "wrzesnia", "wrzesien",
     "сентября", "сентябрь"),
    ("october", "oktober", "octobre", "octubre", "ottobre", "outubro", "pazdziernika",
     "pazdziernik", "октября", "октябрь"),
    ("november", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноября",
     "ноябрь"),
    ("december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "grudnia",
     "grudzien", "декабря", "декабрь"),
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_of(word: str) -> int | None:
    """1–12 for a month name or its abbreviation (3+ letters) in any listed language."""
    folded = _fold(word).rstrip(".")
    if len(folded) < 3:
        return None
    found = {number for number, names in enumerate(MONTHS, start=1)
             for name in names if name.startswith(folded) or folded.startswith(name)}
    return found.pop() if len(found) == 1 else None


def old_date(year: str, text: str, line: int) -> date:
    digits = re.findall(r"\d+", text)
    words = re.findall(r"[^\W\d_]+\.?", text)
    months = {m for m in (month_of(w) for w in words) if m is not None}
    try:
        if len(digits) != 1 or len(months) != 1:
            raise ValueError
        return date(int(year.strip()), months.pop(), int(digits[0]))
    except ValueError:
        raise UserError(f"Line {line}: '{year.strip()[:6]} {text[:30]}' is not a date like "
                        "2018, 29 March; nothing was imported.") from None
