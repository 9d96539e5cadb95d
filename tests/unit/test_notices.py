"""THIRD_PARTY_NOTICES lists what the app really runs on, with the licence texts."""

from __future__ import annotations

from pathlib import Path

from wellness_app import notices

ROOT = Path(__file__).resolve().parents[2]


def test_only_requirements_that_apply_here_are_followed() -> None:
    dists, missing = notices.runtime_distributions([
        "SQLAlchemy>=2", "greenlet; extra == 'asyncio'", "pywin32; sys_platform == 'win32'",
        "surely-not-installed-xyz>=1"])
    names = {d.metadata["Name"].lower() for d in dists}
    assert "sqlalchemy" in names and "typing_extensions" in {n.replace("-", "_") for n in names}
    assert "greenlet" not in names and "pywin32" not in names
    assert missing == ["surely-not-installed-xyz"]


def test_rendered_notices_carry_the_embedded_licences_and_package_texts() -> None:
    text = notices.render(ROOT / "resources" / "licenses", ["PySide6-Essentials", "sqlcipher3",
                                                            "SQLAlchemy"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # Qt, no licence file in the wheel
    assert "ZETETIC LLC" in text and "Apache License" in text  # SQLCipher, OpenSSL
    assert "SQLAlchemy" in text and "Licence: MIT" in text
    assert "Permission is hereby granted" in text  # SQLAlchemy's own LICENSE text


def test_the_packaged_gpl_is_the_repository_licence() -> None:
    assert (ROOT / "LICENSE").read_text().startswith(
        "                    GNU GENERAL PUBLIC LICENSE\n                       Version 3")
