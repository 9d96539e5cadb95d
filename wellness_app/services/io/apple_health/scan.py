"""Picking the few interesting start tags out of a chunk before any XML parsing.

Most of an export is heart rate, energy and other samples this app does not track.
Calling Python for each of those elements (what an expat handler does) already costs
more than twice a bare expat pass, so instead fast byte searches (`bytes.find`, in C)
locate the start tags of the record types we import and of workouts; only those go to
expat (which still parses their attributes and entities). Safe because in the export
`<` never appears inside an attribute value (XML forbids it) and Apple escapes `>`
(`&lt;&lt;HKDevice…&gt;`), and chunks always end just after a `>`.
"""

from __future__ import annotations

from collections.abc import Iterable

RECORD = b"<Record "
WORKOUT = b"<Workout "
STATE_OF_MIND = b"<StateOfMind "  # iOS 17+ exports: its own element, not a Record


def needles(types: Iterable[str]) -> list[bytes]:
    return [b'type="' + name.encode("ascii") + b'"' for name in types]


def wanted_tags(chunk: bytes, wanted: list[bytes]) -> tuple[list[bytes], int]:
    """(self-closed start tags of wanted records and of workouts, number of other records)."""
    tags: list[bytes] = []
    find, rfind = chunk.find, chunk.rfind
    for needle in wanted:
        pos = find(needle)
        while pos >= 0:
            start = rfind(b"<", 0, pos)
            end = find(b">", pos)
            if start >= 0 and end > pos and chunk.startswith(RECORD, start):
                tag = chunk[start:end + 1]
                tags.append(tag if tag[-2] == 47 else tag[:-1] + b"/>")  # 47: "/"
            else:
                end = pos + 1
            pos = find(needle, end)
    records = len(tags)
    for element in (WORKOUT, STATE_OF_MIND):
        pos = find(element)
        while pos >= 0:
            end = find(b">", pos)
            if end < 0:
                break
            tags.append(_closed(chunk[pos:end + 1]))
            pos = find(element, end)
    return tags, chunk.count(RECORD) - records


def _closed(tag: bytes) -> bytes:
    return tag if tag.endswith(b"/>") else tag[:-1] + b"/>"
