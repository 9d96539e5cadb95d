"""The safety plan's lines and contacts: read whole, replaced whole (one editor save)."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.storage.rows import SafetyContact as ContactRow
from wellness_app.storage.rows import SafetyPlanItem


def load(session: Session) -> SafetyPlan:
    items: dict[str, list[str]] = {}
    rows = session.scalars(select(SafetyPlanItem)
                           .order_by(SafetyPlanItem.section, SafetyPlanItem.position,
                                     SafetyPlanItem.id))
    for row in rows:
        items.setdefault(row.section, []).append(row.text)
    contacts = tuple(
        SafetyContact(row.name, row.phone, row.role, row.note, row.id)
        for row in session.scalars(select(ContactRow)
                                   .order_by(ContactRow.position, ContactRow.id))
    )
    return SafetyPlan({k: tuple(v) for k, v in items.items()}, contacts)


def replace(session: Session, plan: SafetyPlan) -> None:
    """Store exactly `plan` (already validated by the service)."""
    session.execute(delete(SafetyPlanItem))
    session.execute(delete(ContactRow))
    item_rows = [{"section": key, "position": i, "text": text}
                 for key, lines in plan.items.items() for i, text in enumerate(lines)]
    if item_rows:
        session.execute(insert(SafetyPlanItem), item_rows)
    contact_rows = [{"name": c.name, "phone": c.phone, "role": c.role, "note": c.note,
                     "position": i} for i, c in enumerate(plan.contacts)]
    if contact_rows:
        session.execute(insert(ContactRow), contact_rows)
