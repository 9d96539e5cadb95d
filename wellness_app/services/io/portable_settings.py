"""The preferences from `settings.ini` that belong to the person, not the machine:
language, theme, reminders, auto-lock and tray. Read and written without Qt (the file is
QSettings' INI format), so the CLI's JSON export and import carry them too. Window
geometry and other per-machine keys stay where they are.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path
from typing import Any

#: key → type, as `ui/settings.py` declares them
PORTABLE: dict[str, type] = {
    "look/language": str, "look/theme": str, "reminders/enabled": bool,
    "reminders/times": str, "privacy/auto_lock_minutes": int, "desktop/close_to_tray": bool,
}


class _CaseKeepingParser(configparser.RawConfigParser):
    """Keys are read as QSettings wrote them (configparser would lower-case them)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _parser() -> configparser.RawConfigParser:
    return _CaseKeepingParser(strict=False, interpolation=None)


def read(path: Path | None) -> dict[str, Any]:
    """The portable keys that are set in the file (missing or unreadable file: none)."""
    if path is None or not path.is_file():
        return {}
    parser = _parser()
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return {}
    found: dict[str, Any] = {}
    for key, kind in PORTABLE.items():
        section, name = key.split("/", 1)
        if parser.has_option(section, name):
            value = _typed(parser.get(section, name), kind)
            if value is not None:
                found[key] = value
    return found


def _typed(raw: str, kind: type) -> Any:
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    if kind is bool:
        return text.casefold() in ("true", "1", "yes")
    if kind is int:
        try:
            return int(text)
        except ValueError:
            return None
    return text


def apply_missing(path: Path, values: dict[str, Any]) -> list[str]:
    """Write the portable `values` this file does not set yet; returns the keys written.
    A person's own settings on this machine always win over an imported file's."""
    wanted = {k: v for k, v in values.items()
              if k in PORTABLE and isinstance(v, PORTABLE[k]) and k not in read(path)}
    if not wanted:
        return []
    parser = _parser()
    if path.is_file():
        parser.read(path, encoding="utf-8")
    for key, value in wanted.items():
        section, name = key.split("/", 1)
        if not parser.has_section(section):
            parser.add_section(section)
        text = str(value).lower() if isinstance(value, bool) else str(value)
        parser.set(section, name, f'"{text}"' if "," in text else text)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    with tmp.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)
    os.replace(tmp, path)
    return sorted(wanted)
