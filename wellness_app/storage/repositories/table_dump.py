"""Every user table as plain rows, streamed, for the CSV export (one CSV per kind).

Foreign keys are resolved to names (mood tags, activity kind, self-care item) so a
spreadsheet reader needs no second file. Times come as aware UTC datetimes plus the
offset; the service writes the local wall-clock time next to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from wellness_app.storage.rows import (
    ActivityKind,
    ActivitySession,
    Assessment,
    Base,
    MoodEntryRow,
    SelfCareItem,
    SelfCareLog,
    TagRow,
    mood_entry_tags,
)

#: tables not exported as CSV: internal bookkeeping
INTERNAL = {"mood_entry_tags", "preferences", "import_batches", "shown_cautions",
            "alembic_version"}


def _special(name: str) -> Select[Any] | None:
    if name == "mood_entries":
        tags = (select(func.group_concat(TagRow.name, "|"))
                .join(mood_entry_tags, TagRow.id == mood_entry_tags.c.tag_id)
                .where(mood_entry_tags.c.entry_id == MoodEntryRow.id)
                .scalar_subquery().label("tags"))
        cols = [c for c in MoodEntryRow.__table__.c]
        return select(*cols, tags).order_by(MoodEntryRow.at_utc, MoodEntryRow.id)
    if name == "activity_sessions":
        cols = [c for c in ActivitySession.__table__.c]
        return (select(*cols, ActivityKind.name.label("kind"))
                .join(ActivityKind, ActivityKind.id == ActivitySession.kind_id)
                .order_by(ActivitySession.at_utc, ActivitySession.id))
    if name == "selfcare_logs":
        cols = [c for c in SelfCareLog.__table__.c]
        return (select(*cols, SelfCareItem.name.label("item"))
                .join(SelfCareItem, SelfCareItem.id == SelfCareLog.item_id)
                .order_by(SelfCareLog.at_utc, SelfCareLog.id))
    if name == "assessments":
        return select(Assessment).order_by(Assessment.at_utc)
    return None


def table_names() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if t.name not in INTERNAL]


def dump(session: Session, name: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """(column names, rows) of one table; rows are streamed in batches."""
    stmt = _special(name)
    if stmt is None or name == "assessments":
        table = Base.metadata.tables[name]
        order = [table.c.at_utc] if "at_utc" in table.c else list(table.primary_key.columns)
        stmt = select(*table.c).order_by(*order)
    # Core rows (the ORM's result handling adds nothing here), streamed
    result = session.connection().execute(stmt.execution_options(yield_per=1000))
    columns = list(result.keys())
    return columns, (tuple(row) for row in result)
