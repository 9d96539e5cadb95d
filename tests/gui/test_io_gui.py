"""File → Import… / Export…: menu, dialogs, background run with progress and cancel."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from wellness_app.domain.changes import ALL, Change
from wellness_app.domain.moods import JournalQuery
from wellness_app.services.io.common import CancelToken, ImportCancelled
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.progress_dialog import ProgressDialog
from wellness_app.ui.io import actions
from wellness_app.ui.io.csv_mapping_dialog import CsvMappingDialog, PreviewModel
from wellness_app.ui.io.mood_map_dialog import MoodMapDialog
from wellness_app.ui.io.report_dialog import ReportDialog

DAYLIO = ("full_date,date,weekday,time,mood,activities,note\n"
          "2024-04-02,April 2,Tuesday,7:05 pm,Fantastic,walk,\n"
          "2024-04-01,April 1,Monday,8:00 am,good,,\n")


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    shown: list[list[str]] = []
    monkeypatch.setattr(ReportDialog, "show_report",
                        classmethod(lambda cls, parent, title, lines: shown.append(lines)))
    return shown


def test_window_gets_import_and_export_in_the_file_menu(ui_ctx, qtbot) -> None:
    from wellness_app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names.count("importAction") == 1 and "exportAction" in names


def test_daylio_import_asks_for_custom_moods_then_reports(ui_ctx, qtbot, tmp_path: Path,
                                                          monkeypatch, reports) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    asked: list[list[tuple[str, int]]] = []
    monkeypatch.setattr(actions.Chooser, "open_path", classmethod(lambda cls, p: path))
    monkeypatch.setattr(MoodMapDialog, "ask", classmethod(
        lambda cls, p, proposals: asked.append([(x.name, x.level) for x in proposals])
        or {"fantastic": 5}))
    changed: list[frozenset[Change]] = []
    ui_ctx.state.changed.connect(changed.append)
    report = actions.import_file(ui_ctx, None)
    assert asked == [[("Fantastic", 5)]]  # proposed from the word
    assert report is not None and report.added["mood_entries"] == 2
    assert changed == [ALL]
    assert any("Check-ins: 2" in line for line in reports[0])
    entries = MoodService(ui_ctx.db).search(JournalQuery())
    assert [e.mood for e in entries] == [5, 4]


def test_bad_file_shows_the_error_inline_and_changes_nothing(ui_ctx, qtbot, tmp_path: Path,
                                                             monkeypatch, reports) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "no health data")
    seen: list[ProgressDialog] = []

    def exec_(dialog: ProgressDialog) -> int:  # the modal loop, without the Close click
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.op.failure is not None, timeout=5000)
        seen.append(dialog)
        return 0

    monkeypatch.setattr(ProgressDialog, "exec", exec_)
    assert actions.import_file(ui_ctx, None, path) is None
    assert "no Apple Health export" in seen[0].label.text()
    assert seen[0].cancel_button.text() == "Close"
    assert reports == []


def test_cancel_stops_the_job(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from wellness_app.ui.common.operations import Operation

    started = threading.Event()

    def job(job):  # type: ignore[no-untyped-def]
        started.set()
        for step in range(10_000):
            job.progress(step, 10_000)
            job.cancel.check()
            threading.Event().wait(0.001)
        return "finished"

    owner = QWidget()
    qtbot.addWidget(owner)
    op = Operation(owner, job)
    dialog = ProgressDialog("Importing", op)
    qtbot.addWidget(dialog)
    op.run_in_background()
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.bar.maximum() == 1000, timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: op.was_cancelled, timeout=5000)
    assert op.result is None and not op.running


def test_cancelled_import_changes_nothing(ui_ctx, tmp_path: Path) -> None:
    from wellness_app.services.io.service import ImportService

    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO.replace("Fantastic", "rad"), encoding="utf-8")
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        token.cancel()

    with pytest.raises(ImportCancelled):
        ImportService(ui_ctx.db).run("daylio", path, progress=progress, cancel=token)
    assert MoodService(ui_ctx.db).count() == 0


def test_csv_mapping_dialog_previews_and_validates(qtbot, qtmodeltester) -> None:
    header = ["Date", "Mood", "Thoughts"]
    rows = [["2024-01-01", "3", "ok"], ["2024-01-02", "4"]]
    qtmodeltester.check(PreviewModel(header, rows))
    dialog = CsvMappingDialog(header, rows)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.mapping() == {"Date": "date", "Mood": "mood"}
    dialog.combos["Date"].setCurrentIndex(0)
    dialog._accept()
    assert "date" in dialog.error.text()
    dialog.combos["Date"].setCurrentIndex(dialog.combos["Date"].findData("date"))
    dialog.combos["Thoughts"].setCurrentIndex(dialog.combos["Thoughts"].findData("note"))
    dialog._accept()
    assert dialog.result() == 1
    assert dialog.mapping() == {"Date": "date", "Mood": "mood", "Thoughts": "note"}


def test_export_writes_the_zip(ui_ctx, qtbot, tmp_path: Path, reports) -> None:
    MoodService(ui_ctx.db).log(3, note="x")
    dest = tmp_path / "out.zip"
    assert actions.export_csv(ui_ctx, None, dest)
    with zipfile.ZipFile(dest) as archive:
        assert "mood_entries.csv" in archive.namelist()
    assert "mood_entries.csv: 1" in "\n".join(reports[0])
