"""Finding and cleaning the Apple Health XML before the parser sees it.

- In the zip the XML is named in the phone's language: found by its content;
  `export_cda.xml` and `__MACOSX/` entries are skipped.
- The DOCTYPE (malformed on iOS 16) is cut out of the head of the stream.
- Control characters XML forbids (raw bytes and `&#11;`-style references) are removed.
Streams in 1 MiB chunks, so memory does not depend on the file size.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from wellness_app.domain.errors import UserError
from wellness_app.services.io.common import CancelToken, Progress

CHUNK = 1 << 20
HEAD_LIMIT = 8 << 20
ROOT = b"<HealthData"
FORBIDDEN = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_BAD_REF = re.compile(
    rb"&#(?:x0*(?:[0-8bcefBCEF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));")
DAMAGED = ("{name} is damaged or incomplete (was the copy interrupted?): copy it again "
           "from the phone; nothing was imported.")
NOT_HEALTH = ("{name} is not an Apple Health export (expected export.zip from the Health app, "
              "or the export XML inside it)")


@contextmanager
def open_export(path: Path) -> Iterator[tuple[IO[bytes], int]]:
    """The export XML as a binary stream, and its uncompressed size."""
    try:
        if path.stat().st_size == 0:
            raise UserError(f"{path.name} is empty: there is nothing to import.")
        if _zip_magic(path) and not zipfile.is_zipfile(path):
            raise zipfile.BadZipFile("no central directory")
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                info = _find_in_zip(archive, path)
                with archive.open(info) as stream:
                    yield stream, info.file_size
        else:
            with path.open("rb") as stream:
                yield stream, path.stat().st_size
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise UserError(DAMAGED.format(name=path.name)) from None
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}") from None


def _zip_magic(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _find_in_zip(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    candidates = []
    for info in archive.infolist():
        name = info.filename
        base = name.rsplit("/", 1)[-1].casefold()
        if (info.is_dir() or not base.endswith(".xml") or name.startswith("__MACOSX/")
                or base.startswith("._") or base == "export_cda.xml"):
            continue
        with archive.open(info) as stream:
            head = stream.read(256 * 1024)
        if ROOT in head or b"<!DOCTYPE HealthData" in head:
            candidates.append(info)
    if not candidates:
        raise UserError(f"{path.name} has no Apple Health export XML inside "
                        "(expected the zip the Health app writes)")
    return max(candidates, key=lambda info: info.file_size)


def clean_chunks(stream: IO[bytes], total: int, name: str, progress: Progress,
                 cancel: CancelToken | None) -> Iterator[bytes]:
    """Chunks that each end just after a `>` (so no tag is split), DOCTYPE cut, forbidden
    bytes dropped. Raises UserError if the file is not an export or is cut short."""
    head = b""
    while ROOT not in head:
        block = stream.read(CHUNK)
        if not block or len(head) > HEAD_LIMIT:
            raise UserError(NOT_HEALTH.format(name=name))
        head += block
    done = len(head)
    start, root = head.find(b"<!DOCTYPE"), head.find(ROOT)
    if 0 <= start < root:
        head = head[:start] + head[root:]
    carry = b""
    block = head
    while block:
        if cancel is not None:
            cancel.check()
        data = carry + block.translate(None, FORBIDDEN)
        cut = data.rfind(b">") + 1
        carry, data = data[cut:], data[:cut]
        if data:
            yield data
        if len(carry) > HEAD_LIMIT:
            raise UserError(f"{name} is not a complete Apple Health export: a tag never ends")
        progress(min(done, total), total)
        block = stream.read(CHUNK)
        done += len(block)
        if not block and not data.rstrip().endswith(b"</HealthData>"):
            raise UserError(f"{name} is not a complete Apple Health export (it ends too "
                            "early: was the copy interrupted?); nothing was imported.")


def strip_bad_refs(data: bytes) -> bytes:
    """Drop `&#11;`-style references to characters XML forbids."""
    return _BAD_REF.sub(b"", data) if b"#" in data else data
