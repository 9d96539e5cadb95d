"""The escalation banner on planted data and the report dialog (built off the GUI thread)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from care_planting import phq9_answers, plant_assessment, plant_mood
from PySide6.QtCore import Qt

from wellness_app.domain.changes import Change
from wellness_app.services.escalation import EscalationService
from wellness_app.ui.care.escalation_banner import EscalationBanner
from wellness_app.ui.report.dialog import ReportDialog
from wellness_app.ui.shell.extensions import TODAY_BANNERS

TODAY = date(2026, 5, 20)


def shown_banner(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    """A banner inside a shown host, as on the Today page (it hides itself when quiet)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    banner = EscalationBanner(ui_ctx, host, today=TODAY)
    QVBoxLayout(host).addWidget(banner)
    host.show()
    return host, banner


def plant_low_fortnight(db, low_days: int) -> None:  # type: ignore[no-untyped-def]
    for n in range(14):
        plant_mood(db, TODAY - timedelta(days=n), 2 if n < low_days else 4)


def test_banner_is_hidden_when_the_journal_does_not_call_for_it(qtbot, ui_ctx) -> None:
    plant_low_fortnight(ui_ctx.db, 7)
    banner = EscalationBanner(ui_ctx, today=TODAY)
    qtbot.addWidget(banner)
    assert banner.isHidden()


def test_banner_appears_calmly_and_not_now_quiets_it(qtbot, ui_ctx) -> None:
    plant_low_fortnight(ui_ctx.db, 8)
    _host, banner = shown_banner(qtbot, ui_ctx)
    assert banner.isVisible()
    assert "Your mood was low on 8 of your last 14 days with check-ins." in banner.body.text()
    assert "doctor" in banner.title.text()
    with qtbot.waitSignal(ui_ctx.state.status_message) as message:
        qtbot.mouseClick(banner.not_now_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert "May 27, 2026" in message.args[0]
    assert not EscalationService(ui_ctx.db).check(TODAY + timedelta(days=6)).show
    # a new PHQ-9 that is not worse keeps the promise of quiet…
    plant_assessment(ui_ctx.db, TODAY, "phq9", phq9_answers(4))
    ui_ctx.state.announce(Change.ASSESSMENT)
    assert not banner.isVisible()
    # …a new one of 10 or more overrides it (issue 19)
    plant_assessment(ui_ctx.db, TODAY, "phq9", phq9_answers(12), hour=10)
    ui_ctx.state.announce(Change.ASSESSMENT)
    assert banner.isVisible()
    assert "Your latest PHQ-9 total was 12." in banner.body.text()


def test_banner_rechecks_when_a_phq9_is_saved(qtbot, ui_ctx) -> None:
    _host, banner = shown_banner(qtbot, ui_ctx)
    assert not banner.isVisible()
    plant_assessment(ui_ctx.db, TODAY, "phq9", phq9_answers(10))
    ui_ctx.state.announce(Change.ASSESSMENT)
    assert banner.isVisible()
    assert "Your latest PHQ-9 total was 10." in banner.body.text()
    assert "usual point to talk it over with a doctor" in banner.body.text()
    assert "two weeks" not in banner.body.text()


def test_prepare_a_report_opens_the_dialog(qtbot, ui_ctx, monkeypatch) -> None:
    plant_low_fortnight(ui_ctx.db, 14)
    opened = []
    monkeypatch.setattr(ReportDialog, "ask", classmethod(lambda cls, ctx, parent=None:
                                                           opened.append(ctx)))
    banner = EscalationBanner(ui_ctx, today=TODAY)
    qtbot.addWidget(banner)
    qtbot.mouseClick(banner.report_button, Qt.MouseButton.LeftButton)
    assert opened == [ui_ctx]


def test_today_banner_factory_is_registered(qtbot, ui_ctx) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    built = [factory(ui_ctx, host) for factory in TODAY_BANNERS]
    assert any(isinstance(widget, EscalationBanner) for widget in built)


def test_dialog_presets_and_notes_off_by_default(qtbot, ui_ctx) -> None:
    dialog = ReportDialog(ui_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.range() == (TODAY - timedelta(days=89), TODAY)
    assert not dialog.notes.isChecked()
    dialog.preset.setCurrentIndex(0)
    assert dialog.range() == (TODAY - timedelta(days=29), TODAY)
    assert not dialog.start.isEnabled()
    dialog.preset.setCurrentIndex(dialog.preset.count() - 1)
    assert dialog.start.isEnabled()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_save_as_pdf_with_notes_ticked(qtbot, ui_ctx, tmp_path: Path, monkeypatch) -> None:
    plant_mood(ui_ctx.db, TODAY - timedelta(days=2), 3, note="a note I chose to share")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(ReportDialog, "ask_path", staticmethod(lambda parent, suggested: target))
    dialog = ReportDialog(ui_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.notes.setChecked(True)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    assert "Saved to" in dialog.message.text()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "a note I chose to share" in text


def test_empty_range_says_so(qtbot, ui_ctx, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "empty.pdf"
    monkeypatch.setattr(ReportDialog, "ask_path", staticmethod(lambda parent, suggested: target))
    dialog = ReportDialog(ui_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    assert "Nothing was logged between these dates." in dialog.message.text()
    assert target.stat().st_size > 0
