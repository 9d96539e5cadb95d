"""The offline user guide and the shortcut table, read from the README (one source: what
the README says is what Help shows). Plain text processing, no Qt."""

from __future__ import annotations

from pathlib import Path

import wellness_app
from wellness_app.resources import resource_path

# README sections for people reading the README on the web or at a terminal, not in the app
NOT_IN_GUIDE = {"Installers", "Command line", "Demo data", "Export and import: JSON"}


def readme_path() -> Path | None:
    """The README shipped with the app (see setup.py), else the source checkout's."""
    for candidate in (resource_path("README.md"),
                      Path(wellness_app.__file__).resolve().parents[1] / "README.md"):
        if candidate.is_file():
            return candidate
    return None


def guide_sections(readme: str) -> list[tuple[str, str]]:
    """(title, markdown) of each part of "Using it", plus "Your data and privacy"."""
    sections: list[tuple[str, list[str]]] = []
    in_use = False
    for line in readme.splitlines():
        if line.startswith("## "):
            title = line[3:].strip()
            in_use = title == "Using it"
            if title == "Your data and privacy":
                sections.append((title, []))
            elif not in_use and sections and sections[-1][0] == "Your data and privacy":
                break
            continue
        if in_use and line.startswith("### "):
            sections.append((line[4:].strip(), []))
        elif sections and (in_use or sections[-1][0] == "Your data and privacy"):
            sections[-1][1].append(line)
    return [(title, "\n".join(lines).strip()) for title, lines in sections
            if title not in NOT_IN_GUIDE]


def shortcut_table(readme: str) -> str:
    """The README's keyboard-shortcut table, as markdown."""
    lines = readme.splitlines()
    for start, line in enumerate(lines):
        if line.replace(" ", "").lower() == "|keys|where|what|":
            end = start
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            return "\n".join(lines[start:end])
    return ""
