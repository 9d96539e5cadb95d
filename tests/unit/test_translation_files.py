"""The committed .ts files are what pyside6-lupdate makes of today's source, fully translated.

So a string added to the interface without being translated, or a translation left behind
for a string that is gone, fails here rather than showing English in a German window.
(Refresh with `.ci/update-translations .venv/bin/python`.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → the translation's type attribute (None when finished)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            found[(name, message.findtext("source") or "")] = (
                None if node is None else node.get("type"))
    return found


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not next to python")
@pytest.mark.parametrize("ts_file", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_ts_file_matches_the_source_and_is_complete(ts_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts_file.name
    shutil.copy(ts_file, fresh)
    sources = sorted(str(p) for p in (ROOT / "wellness_app" / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, str(ROOT / "wellness_app" / "boot.py"),
                    "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True,
                   timeout=120)
    committed, updated = messages(ts_file), messages(fresh)
    assert sorted(set(updated) - set(committed)) == []  # in the interface, not in the .ts
    assert sorted(set(committed) - set(updated)) == []  # in the .ts, gone from the interface
    assert sorted(key for key, kind in committed.items() if kind is not None) == []


def test_messages_reads_contexts_and_unfinished_entries(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text("<TS><context><name>Today</name>"
                  "<message><source>Save</source><translation>Speichern</translation></message>"
                  "<message><source>Note</source><translation type=\"unfinished\"/></message>"
                  "</context></TS>")
    assert messages(ts) == {("Today", "Save"): None, ("Today", "Note"): "unfinished"}
