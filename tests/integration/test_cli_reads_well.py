"""The CLI reads like a person wrote it: `day today|yesterday`, "did you mean" for a typo
and never an internal argument name, correct plurals, and starter tags however the journal
was created."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from wellness_app.cli.text import counted
from wellness_app.services import open_database
from wellness_app.services.tags import TagService


def run_usage_error(cli, *args: str) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        cli(*args)
    assert exit_info.value.code == 2
    return cli._capsys.readouterr().err


@pytest.mark.parametrize(("args", "typo", "suggestion"), [
    (["lgo", "mood", "3"], "lgo", "did you mean 'log'?"),
    (["dya", "today"], "dya", "did you mean 'day'?"),
    (["log", "mod", "3"], "mod", "did you mean 'mood'?"),
    (["exprot", "json", "x.json"], "exprot", "did you mean 'export'?"),
])
def test_a_typo_gets_a_did_you_mean(cli, args, typo, suggestion) -> None:  # type: ignore[no-untyped-def]
    err = run_usage_error(cli, *args)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and suggestion in lines[0] and f"'{typo}'" in lines[0]
    for internal in ("argument", "command_name", "log_kind", "invalid choice"):
        assert internal not in lines[0]


@pytest.mark.parametrize("args", [["log"], ["import"], ["export"]])
def test_a_missing_sub_command_is_named_by_its_choices(cli, args) -> None:  # type: ignore[no-untyped-def]
    err = run_usage_error(cli, *args)
    assert "_kind" not in err and "_format" not in err and "{" in err


def test_day_today_and_yesterday(cli) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    yesterday = now - timedelta(days=1)
    assert cli("log", "mood", "4", "--at", yesterday.strftime("%Y-%m-%dT%H:%M")).code == 0
    assert cli("log", "mood", "2", "--at", yesterday.strftime("%Y-%m-%dT%H:%M")).code == 0
    result = cli("day", "yesterday")
    assert result.out.startswith(f"{yesterday.date().isoformat()}: 2 check-ins")
    assert cli("log", "mood", "3").code == 0
    result = cli("day", "today")
    assert result.out.startswith(f"{now.date().isoformat()}: 1 check-in,")
    assert "(s)" not in result.out
    assert cli("day", "Today", "--json").code == 0


@pytest.mark.parametrize(("count", "text"), [
    (0, "0 days"), (1, "1 day"), (2, "2 days"), (1204, "1,204 days")])
def test_plurals(count, text) -> None:  # type: ignore[no-untyped-def]
    assert counted(count, "day", "days") == text


def test_demo_report_has_no_plural_slips(cli) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.demo_data import DemoReport

    fields = {name: 1 for name in DemoReport.__dataclass_fields__}
    text = str(DemoReport(**fields))  # type: ignore[arg-type]
    assert "1 check-in over 1 day" in text and "1 activity," in text and "(s)" not in text


def test_starter_tags_when_the_journal_began_in_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "3", "--tags", "work, piano").code == 0
    db = open_database(cli.db_path)
    try:
        TagService(db).seed_defaults({"walk": "Spaziergang"})  # the GUI's first open
        tags = {tag.name: tag.group for tag in TagService(db).all()}
        assert tags["piano"] == "other" and tags["work"] == "activities"
        assert tags["Spaziergang"] == "activities" and "tired" in tags
        count = len(tags)
        TagService(db).seed_defaults()  # once only
        assert len(TagService(db).all()) == count
    finally:
        db.close()


def test_an_archived_starter_tag_is_not_brought_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "wellness.db")
    try:
        service = TagService(db)
        service.seed_defaults()
        walk = next(tag for tag in service.all() if tag.name == "walk")
        service.archive(walk.id)
        service.seed_defaults()
        assert sum(tag.name == "walk" for tag in service.all(include_archived=True)) == 1
    finally:
        db.close()
