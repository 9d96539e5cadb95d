"""The import history (`import_batches`): one row per import that wrote something."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from wellness_app.storage.rows import ImportBatch


def record_batch(session: Session, kind: str, source_name: str, file_sha256: str,
                 summary: dict[str, Any]) -> int:
    row = ImportBatch(kind=kind, source_name=source_name[:400], file_sha256=file_sha256,
                      imported_at=datetime.now(UTC),
                      summary=json.dumps(summary, ensure_ascii=False, sort_keys=True))
    session.add(row)
    session.flush()
    return row.id
