"""Activity kinds (editable list), sessions, WHO week sums and daily steps."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.movement import ActivitySession as Activity
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import DEFAULT_ACTIVITY_KINDS, METRIC_STEPS
from wellness_app.storage.rows import ActivityKind, DailyMetric
from wellness_app.storage.rows import ActivitySession as Row


def seed_kinds(session: Session) -> None:
    if session.scalar(select(func.count(ActivityKind.id))):
        return
    for position, name in enumerate(DEFAULT_ACTIVITY_KINDS):
        session.add(ActivityKind(name=name, position=position))
    session.flush()


def kinds(session: Session) -> list[str]:
    seed_kinds(session)
    query = select(ActivityKind.name).where(ActivityKind.archived.is_(False)).order_by(
        ActivityKind.position, ActivityKind.id)
    return list(session.scalars(query))


def find_kind(session: Session, name: str) -> ActivityKind | None:
    return session.scalar(select(ActivityKind).where(ActivityKind.name == name))


def add_kind(session: Session, name: str) -> str:
    """Add (or un-archive) a kind; returns its stored spelling."""
    row = find_kind(session, name)
    if row is None:
        last = session.scalar(select(func.max(ActivityKind.position))) or 0
        row = ActivityKind(name=name, position=last + 1)
        session.add(row)
    row.archived = False
    session.flush()
    return row.name


def archive_kind(session: Session, name: str) -> None:
    row = find_kind(session, name)
    if row is None:
        raise NotFoundError(f"There is no activity kind '{name}'")
    row.archived = True
    session.flush()


def to_domain(row: Row, kind: str) -> Activity:
    return Activity(Moment(row.at_utc, row.utc_offset_min), kind, row.minutes,
                           row.intensity, row.note, row.id, row.source)


def add(session: Session, activity: Activity, kind_row: ActivityKind) -> Activity:
    row = Row(id=activity.id, at_utc=activity.moment.utc,
              utc_offset_min=activity.moment.offset_minutes,
              local_date=activity.moment.local_date, kind_id=kind_row.id,
              minutes=activity.minutes, intensity=activity.intensity, note=activity.note,
              source=activity.source)
    session.add(row)
    session.flush()
    return to_domain(row, kind_row.name)


def delete(session: Session, session_id: int) -> Activity:
    row = session.get(Row, session_id)
    if row is None:
        raise NotFoundError("That activity no longer exists")
    kind = session.get(ActivityKind, row.kind_id)
    gone = to_domain(row, kind.name if kind else "")
    session.delete(row)
    session.flush()
    return gone


def for_day(session: Session, day: date) -> list[Activity]:
    query = (select(Row, ActivityKind.name).join(ActivityKind, ActivityKind.id == Row.kind_id)
             .where(Row.local_date == day).order_by(Row.at_utc, Row.id))
    return [to_domain(row, name) for row, name in session.execute(query)]


def day_kind_minutes(session: Session, day: date, kind_id: int) -> float:
    total = session.scalar(select(func.sum(Row.minutes)).where(
        Row.local_date == day, Row.kind_id == kind_id))
    return float(total or 0.0)


def day_minutes(session: Session, day: date) -> float | None:
    total = session.scalar(select(func.sum(Row.minutes)).where(Row.local_date == day))
    return None if total is None else float(total)


def week_sums(session: Session, monday: date) -> list[tuple[date, str, float]]:
    """(local_date, intensity, minutes) summed in SQL for the seven days from `monday`."""
    query = (select(Row.local_date, Row.intensity, func.sum(Row.minutes))
             .where(Row.local_date >= monday, Row.local_date < monday + timedelta(days=7))
             .group_by(Row.local_date, Row.intensity))
    return [(d, i, float(m)) for d, i, m in session.execute(query)]


def put_steps(session: Session, day: date, steps: int, source: str = "manual") -> None:
    row = session.scalar(select(DailyMetric).where(
        DailyMetric.local_date == day, DailyMetric.metric == METRIC_STEPS,
        DailyMetric.source == source))
    if row is None:
        session.add(DailyMetric(local_date=day, metric=METRIC_STEPS, value=steps, source=source))
    else:
        row.value = steps
    session.flush()


def day_steps(session: Session, day: date) -> int | None:
    """Steps for a day: the manual value if there is one, else the largest imported one."""
    rows = session.execute(select(DailyMetric.source, DailyMetric.value).where(
        DailyMetric.local_date == day, DailyMetric.metric == METRIC_STEPS)).all()
    if not rows:
        return None
    manual = [v for s, v in rows if s == "manual"]
    return int(manual[0] if manual else max(v for _, v in rows))
