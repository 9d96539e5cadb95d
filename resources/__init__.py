"""Bundled data files (icons, crisis lines, translations); installed as wellness_app.resources."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path to a bundled file, e.g. resource_path("crisis_lines.json")."""
    return RESOURCES_DIR.joinpath(*parts)
