"""JSON export: everything in the journal at full fidelity, in a versioned schema.

The output is deterministic (fixed table and field order, records sorted by time and
content, no export timestamp), so export → import into an empty journal → export gives
the same bytes. One record per line keeps large exports readable and diff-friendly.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from wellness_app import __version__
from wellness_app.domain.errors import UserError
from wellness_app.domain.records import EXPORT_FORMAT, SCHEMA_VERSION
from wellness_app.services.io import portable_settings
from wellness_app.storage import Database
from wellness_app.storage.repositories import journal_dump


class JsonExportService:
    def __init__(self, db: Database, settings_file: Path | None = None) -> None:
        self._db = db
        self._settings_file = settings_file

    def document(self) -> dict[str, Any]:
        """The whole export as a JSON-ready dict (with the portable settings.ini keys)."""
        with self._db.reading() as session:
            data = journal_dump.read_all(session)
        document = {"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION,
                    "app_version": __version__, "data": data}
        settings = portable_settings.read(self._settings_file)
        if settings:
            document["settings"] = settings
        return document

    def text(self) -> str:
        return render(self.document())

    def write(self, path: Path) -> dict[str, int]:
        """Write the export to `path` atomically (temp file + rename); returns counts."""
        document = self.document()
        write_atomically(path, render(document))
        return {table: len(records) for table, records in document["data"].items()}


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def render(document: dict[str, Any]) -> str:
    """Indented top level, one compact record per line."""

    dump = _COMPACT.encode

    lines = ["{"]
    for key in ("format", "schema_version", "app_version"):
        lines.append(f"  {dump(key)}: {dump(document[key])},")
    if document.get("settings"):
        settings = json.dumps(document["settings"], ensure_ascii=False, sort_keys=True,
                              separators=(", ", ": "))
        lines.append(f'  "settings": {settings},')
    lines.append('  "data": {')
    tables = list(document["data"].items())
    for index, (table, records) in enumerate(tables):
        closing = "," if index < len(tables) - 1 else ""
        if not records:
            lines.append(f"    {dump(table)}: []{closing}")
            continue
        lines.append(f"    {dump(table)}: [")
        lines += [f"      {dump(r)}{',' if i < len(records) - 1 else ''}"
                  for i, r in enumerate(records)]
        lines.append(f"    ]{closing}")
    lines += ["  }", "}", ""]
    return "\n".join(lines)


def write_atomically(path: Path, text: str) -> None:
    """Temp file in the same folder, fsync, rename: a reader never sees half a file."""
    folder = path.parent
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial",
                                            dir=folder)
    except OSError as exc:
        raise UserError(f"Cannot write to {folder}: {exc.strerror}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
