"""Reading a text file the way spreadsheets save it.

UTF-8 (with or without a byte-order mark), UTF-16 (with a mark, or without one when
every other byte is zero: what Excel's "Unicode text" writes) and, when the bytes are not
UTF-8, Windows-1252 / Latin-1 (Excel's "CSV" on Western Windows). An empty file and a
binary file each get their own message; nothing is guessed beyond that.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from wellness_app.domain.errors import UserError

ZIP_MAGIC = b"PK\x03\x04"


def read_text(path: Path) -> tuple[str, str]:
    """(the text, the encoding it was read in), or UserError saying what is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}") from None
    return decode(raw, path.name)


def is_zip(path: Path) -> bool:
    """Whether the file starts like a zip (UserError when it cannot be read)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}") from None


def decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", name), "UTF-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", name), "UTF-16"
    if not raw.strip():
        raise UserError(f"{name} is empty: there is nothing to import.")
    if raw.startswith(ZIP_MAGIC):
        raise UserError(f"{name} is a zip file, not a CSV text file.")
    head = raw[:4096]
    if b"\x00" in head:
        zeros_odd, zeros_even = head[1::2].count(0), head[0::2].count(0)
        if zeros_odd > len(head) // 4 and zeros_even == 0:
            return _strict(raw, "utf-16-le", name), "UTF-16"
        if zeros_even > len(head) // 4 and zeros_odd == 0:
            return _strict(raw, "utf-16-be", name), "UTF-16"
        raise UserError(f"{name} is not a text file (it holds binary data): "
                        "save it as CSV (UTF-8) and try again.")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "Latin-1"


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise UserError(f"{name} is damaged or in an unknown text encoding (it says "
                        f"{encoding.upper()} but is not): save it again as CSV (UTF-8).") from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise UserError(f"{name} is empty: there is nothing to import.")
    return text
