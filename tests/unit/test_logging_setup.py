from pathlib import Path

from wellness_app.logging_setup import rotate


def test_a_big_log_is_rotated_keeping_three_old_files(tmp_path: Path) -> None:
    log = tmp_path / "wellness_app.log"
    for number, text in ((1, "one"), (2, "two"), (3, "three")):
        (tmp_path / f"wellness_app.log.{number}").write_text(text)
    log.write_text("x" * 50)
    assert rotate(log, max_bytes=10, backups=3)
    assert not log.exists()
    assert (tmp_path / "wellness_app.log.1").read_text() == "x" * 50
    assert (tmp_path / "wellness_app.log.2").read_text() == "one"
    assert (tmp_path / "wellness_app.log.3").read_text() == "two"  # "three" was the oldest
    assert not (tmp_path / "wellness_app.log.4").exists()


def test_a_small_or_missing_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "wellness_app.log"
    assert not rotate(log, max_bytes=10)
    log.write_text("short")
    assert not rotate(log, max_bytes=10) and log.read_text() == "short"
