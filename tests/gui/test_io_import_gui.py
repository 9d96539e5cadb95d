"""File → Import… the way a person gets in: Daylio proposals pre-filled, the original
mood name visible in the Journal, CSV number/date/scale choices, the report's notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from wellness_app.services.io.csv_generic import CsvSettings
from wellness_app.ui.io import actions
from wellness_app.ui.io.csv_mapping_dialog import CsvMappingDialog
from wellness_app.ui.io.mood_map_dialog import MoodMapDialog
from wellness_app.ui.io.report_dialog import ReportDialog

DAYLIO = ("full_date,date,weekday,time,mood,activities,note\n"
          "2024-04-02,April 2,Tuesday,7:05 pm,Medium [-],walk,\n"
          "2024-04-02,April 2,Tuesday,8:00 am,blorp,walk,\n"
          "2024-04-01,April 1,Monday,8:00 am,beyond anxious,,\n")


def rows(db, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    from sqlalchemy import text

    with db.reading() as session:
        return [tuple(r) for r in session.execute(text(sql))]


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    shown: list[list[str]] = []
    monkeypatch.setattr(ReportDialog, "show_report",
                        classmethod(lambda cls, parent, title, lines: shown.append(lines)))
    return shown


def window_for(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    return window


def test_file_import_prefills_proposals_and_the_journal_shows_the_names(
        ui_ctx, qtbot, tmp_path: Path, monkeypatch, reports) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    monkeypatch.setattr(actions.Chooser, "open_path", classmethod(lambda cls, p: path))
    seen: list[dict[str, int]] = []

    def ask(cls, parent, proposals):  # type: ignore[no-untyped-def]
        dialog = cls(proposals, parent)
        qtbot.addWidget(dialog)
        seen.append({name: spin.value() for name, spin in dialog.spins.items()})
        dialog.spins["blorp"].setValue(4)  # the person corrects the guess
        return dialog.mapping()

    monkeypatch.setattr(MoodMapDialog, "ask", classmethod(ask))
    window = window_for(ui_ctx, qtbot)
    window.findChild(QAction, "importAction").trigger()
    assert seen == [{"beyond anxious": 1, "blorp": 3, "Medium [-]": 3}]
    assert any("blorp = 4" in line for line in reports[0])
    window.show_page("journal")
    page = window.page("journal")
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)  # it queries in the background
    texts = [page.model.index(r, 0).data() or "" for r in range(page.model.rowCount())]
    assert any("imported as “Medium [-]”" in t for t in texts)
    assert any("imported as “beyond anxious”" in t for t in texts)


def test_csv_dialog_offers_date_number_and_scale_choices(qtbot) -> None:
    dialog = CsvMappingDialog(["Date", "Mood", "Steps"], [["11/24/2026", "7", "12,345"]])
    qtbot.addWidget(dialog)
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("MM/DD/YYYY"))
    dialog.decimal.setCurrentIndex(dialog.decimal.findData("."))
    dialog.thousands.setCurrentIndex(dialog.thousands.findData(","))
    dialog.scale.setCurrentIndex(dialog.scale.findData("1-10"))
    dialog.combos["Steps"].setCurrentIndex(dialog.combos["Steps"].findData("steps"))
    assert dialog.settings() == CsvSettings({"Date": "date", "Mood": "mood", "Steps": "steps"},
                                            "MM/DD/YYYY", ".", ",", "1-10")
    dialog.decimal.setCurrentIndex(dialog.decimal.findData(","))
    dialog._accept()
    assert "must differ" in dialog.error.text()


def test_csv_import_through_the_menu_uses_the_choices(ui_ctx, qtbot, tmp_path: Path,
                                                      monkeypatch, reports) -> None:
    path = tmp_path / "steps.csv"
    path.write_bytes('Date,Mood,Steps\n11/24/2026,7,"12,345"\n'.encode("utf-16"))
    monkeypatch.setattr(actions.Chooser, "open_path", classmethod(lambda cls, p: path))
    monkeypatch.setattr(CsvMappingDialog, "ask", classmethod(
        lambda cls, p, header, rows: CsvSettings(
            {"Date": "date", "Mood": "mood", "Steps": "steps"}, "", ".", ",", "1-10")))
    window = window_for(ui_ctx, qtbot)
    window.findChild(QAction, "importAction").trigger()
    assert any("Read as UTF-16" in line for line in reports[0])
    assert rows(ui_ctx.db, "SELECT value FROM daily_metrics") == [(12345.0,)]
    assert rows(ui_ctx.db, "SELECT mood, mood_label FROM mood_entries") == [(4, "7/10")]


def test_the_apps_own_csv_export_comes_back_through_file_import(ui_ctx, qtbot, tmp_path: Path,
                                                                monkeypatch, reports) -> None:
    from wellness_app.services.io.csv_export import CsvExportService
    from wellness_app.services.moods import MoodService

    MoodService(ui_ctx.db).log(2, energy=1, anxiety=4, sleep_hours=5.5, tags=["tea"])
    path = tmp_path / "wellness-export.zip"
    CsvExportService(ui_ctx.db).export(path)
    with ui_ctx.db.transaction() as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM mood_entries"))
    monkeypatch.setattr(actions.Chooser, "open_path", classmethod(lambda cls, p: path))
    window = window_for(ui_ctx, qtbot)
    window.findChild(QAction, "importAction").trigger()
    assert any("this app's CSV export" in line for line in reports[0])
    assert rows(ui_ctx.db, "SELECT mood, energy, anxiety, sleep_hours FROM mood_entries") == [
        (2, 1, 4, 5.5)]


@pytest.mark.parametrize(("name", "text", "table"), [
    ("Bearable App - Data Export.csv",
     "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"
     "22nd Sep 2020,2020-09-22,Tuesday,am,Mood,8,,\n", "mood_entries"),
    ("Checkmarks.csv", "Date,Walk,\n2020-09-22,2,\n", "selfcare_logs"),
])
def test_bearable_and_loop_are_recognised_by_file_import(ui_ctx, qtbot, tmp_path: Path,
                                                         monkeypatch, reports, name: str,
                                                         text: str, table: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(actions.Chooser, "open_path", classmethod(lambda cls, p: path))
    monkeypatch.setattr(CsvMappingDialog, "ask", classmethod(
        lambda cls, *args: pytest.fail("asked for a column mapping")))
    window = window_for(ui_ctx, qtbot)
    window.findChild(QAction, "importAction").trigger()
    assert rows(ui_ctx.db, f"SELECT count(*) FROM {table}") == [(1,)]
    assert any(("Bearable" in line) or ("Loop Habit Tracker" in line) for line in reports[0])
