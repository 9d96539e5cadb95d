"""Every translation keeps the placeholders of its source string ({0}, {name}, %1, %n)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translated_pairs(ts_file: Path) -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
            continue
        forms = node.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [node.text or ""]
        pairs.extend((source, text) for text in texts if text)
    return pairs


@pytest.mark.parametrize("ts_file", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_placeholders(ts_file: Path) -> None:
    broken = [(s, t) for s, t in translated_pairs(ts_file)
              if placeholders(s.replace("%n", "")) != placeholders(t.replace("%n", ""))]
    assert broken == []


def test_placeholder_check_catches_a_dropped_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text('<TS><context><message><source>Mood {0}: {1}</source>'
                  "<translation>Stimmung {0}</translation></message></context></TS>")
    [(source, text)] = translated_pairs(ts)
    assert placeholders(source) != placeholders(text)
