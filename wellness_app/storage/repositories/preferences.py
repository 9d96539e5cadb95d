"""Preferences stored in the database (JSON values), for settings the CLI needs too."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from wellness_app.storage.rows import Preference


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Preference, key)
    return default if row is None else json.loads(row.value)


def put(session: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Preference, key)
    if row is None:
        session.add(Preference(key=key, value=encoded))
    else:
        row.value = encoded
    session.flush()
