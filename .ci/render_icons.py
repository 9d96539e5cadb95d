"""Render the app icon (resources/icons/app.svg) for each platform, with Qt offscreen:
the hicolor PNG sizes for Linux (kept in resources/icons/hicolor/, shipped in the wheel),
and at build time a Windows .ico and a macOS .icns (both: PNG images in the container).

    python .ci/render_icons.py hicolor            # refresh resources/icons/hicolor/
    python .ci/render_icons.py ico|icns OUTPUT    # used by .ci/wellness-app.spec
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
APP_ID = "org.wellness_app.journal"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" format)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at `size`×`size` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes() -> bytes:
    """A macOS icon: the 'icns' header, then one PNG element per type."""
    cache: dict[int, bytes] = {}
    elements = b""
    for kind, size in ICNS_TYPES:
        png = cache.setdefault(size, render_png(size))
        elements += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_hicolor(root: Path = ROOT / "resources" / "icons" / "hicolor") -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        path = root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(size))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["hicolor"]:
        for path in write_hicolor():
            print(path.relative_to(ROOT))
        return 0
    if len(argv) == 2 and argv[0] in ("ico", "icns"):
        output = Path(argv[1])
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(ico_bytes() if argv[0] == "ico" else icns_bytes())
        print(output)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
