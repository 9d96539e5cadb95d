"""The app icon rendered for each platform: hicolor PNGs (Linux), .ico (Windows) and .icns
(macOS) are real containers that Qt's own image readers open."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]


def load_icons():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("render_icons",
                                                  ROOT / ".ci" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    return icons


def test_ico_and_icns_open_with_every_size(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    icons = load_icons()
    ico, icns = tmp_path / "app.ico", tmp_path / "app.icns"
    ico.write_bytes(icons.ico_bytes())
    icns.write_bytes(icons.icns_bytes())
    reader = QImageReader(str(ico))
    assert reader.format() == b"ico" and reader.imageCount() == len(icons.ICO_SIZES)
    reader = QImageReader(str(icns))
    assert reader.format() == b"icns" and reader.imageCount() == len(icons.ICNS_TYPES)
    assert not reader.read().isNull()


def test_committed_hicolor_pngs_match_their_folder_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icons = load_icons()
    for size in icons.HICOLOR_SIZES:
        path = ROOT / f"resources/icons/hicolor/{size}x{size}/apps/{icons.APP_ID}.png"
        image = QImageReader(str(path)).read()
        assert (image.width(), image.height()) == (size, size), path
