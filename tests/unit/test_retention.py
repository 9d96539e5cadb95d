"""The 7 daily / 4 weekly / 12 monthly backup retention rule."""

from datetime import datetime, timedelta

from wellness_app.domain.retention import RetentionPolicy, backups_to_delete, backups_to_keep


def _daily(days: int, start: datetime = datetime(2026, 11, 24, 9, 0)) -> list[datetime]:
    return [start - timedelta(days=n) for n in range(days)]


def test_a_week_of_backups_is_all_kept() -> None:
    stamps = _daily(7)
    assert backups_to_keep(stamps) == set(stamps)


def test_two_years_of_daily_backups_thin_to_at_most_23() -> None:
    stamps = _daily(730)
    kept = backups_to_keep(stamps)
    assert len(kept) <= 7 + 4 + 12
    assert set(stamps[:7]) <= kept  # the last seven days
    months = {(s.year, s.month) for s in kept}
    assert len(months) == 12  # one per month for a year
    assert min(kept) > datetime(2025, 11, 1)  # nothing older than a year is kept


def test_the_newest_backup_of_a_day_is_the_one_kept() -> None:
    morning, evening = datetime(2026, 11, 24, 8), datetime(2026, 11, 24, 20)
    assert backups_to_keep([morning, evening], RetentionPolicy(1, 0, 0)) == {evening}
    assert backups_to_delete([morning, evening], RetentionPolicy(1, 0, 0)) == {morning}


def test_gaps_in_use_do_not_lose_the_remaining_backups() -> None:
    # used once a month: the 12 monthly backups are all kept, even though they are old
    stamps = [datetime(2026 - (m < 0), (m % 12) + 1, 15) for m in range(10, -2, -1)]
    assert backups_to_keep(stamps) == set(stamps)


def test_keep_and_delete_partition_the_backups() -> None:
    stamps = _daily(400)
    assert backups_to_keep(stamps) | backups_to_delete(stamps) == set(stamps)
    assert not backups_to_keep(stamps) & backups_to_delete(stamps)
