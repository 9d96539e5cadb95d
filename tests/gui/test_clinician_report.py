"""The clinician report as a person reaches it (File menu shortcut, the dialog's buttons)
and as a clinician reads it (page 1 read back from the PDF, item 9 flagged at the top)."""

from __future__ import annotations

import itertools
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from care_planting import phq9_answers, plant_assessment, plant_mood
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from wellness_app.services.report import ReportService
from wellness_app.storage.rows import DailyMetric, Medication
from wellness_app.ui.report.dialog import ReportDialog
from wellness_app.ui.report.document import build_document
from wellness_app.ui.report.flow import following_top, keep_headings_with_next
from wellness_app.ui.report.render import default_paper, render_pdf

TODAY = date(2026, 5, 20)
START = TODAY - timedelta(days=89)


def plant_quarter(db, *, item9: tuple[int, ...] = (0, 1, 2)) -> None:  # type: ignore[no-untyped-def]
    """90 days of moods, three PHQ-9s (item 9 as given), a GAD-7, sleep and steps in this and
    the previous quarter, and a dose change of sertraline inside the period."""
    for n in range(180):
        day = TODAY - timedelta(days=n)
        if n < 90:
            plant_mood(db, day, 2 + n % 3)
        with db.transaction() as s:
            s.add(DailyMetric(local_date=day, metric="sleep_hours", value=6.0 if n < 90 else 8.0))
            s.add(DailyMetric(local_date=day, metric="steps", value=4000.0))
    for offset, answer, total in zip((80, 40, 5), item9, (18, 14, 9), strict=True):
        plant_assessment(db, TODAY - timedelta(days=offset), "phq9",
                         phq9_answers(total, item9=answer))
    plant_assessment(db, TODAY - timedelta(days=5), "gad7", [2, 2, 1, 1, 1, 0, 0], hour=9)
    with db.transaction() as s:
        s.add(Medication(name="Sertraline", dose="50 mg", start_date=date(2025, 1, 1),
                         stop_date=TODAY - timedelta(days=30)))
        s.add(Medication(name="Sertraline", dose="100 mg", start_date=TODAY - timedelta(days=30)))
        s.add(Medication(name="Lithium", dose="400 mg", start_date=date(2024, 1, 1),
                         stop_date=date(2024, 6, 1)))


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_page_one_is_a_summary_with_the_item9_flag_first(ui_ctx, tmp_path: Path) -> None:
    plant_quarter(ui_ctx.db)
    report = ReportService(ui_ctx.db).build(START, TODAY, today=TODAY)
    target = tmp_path / "r.pdf"
    render_pdf(report, target)
    pages = pdf_pages(target)
    first = pages[0]
    flag = first.index("PHQ-9 question 9 answered above “Not at all”")
    assert flag < first.index("Questionnaires")  # at the top, before anything else
    assert "4/10/2026 (Several days, 1); 5/15/2026 (More than half the days, 2)" in first
    assert "3/1/2026" not in first[flag:first.index("Questionnaires")]  # item 9 = 0: no flag
    assert "PHQ-9 9 / 27 mild 5/15/2026 −9 since 3/1/2026 (18)" in first
    assert "GAD-7 7 / 21 mild 5/15/2026 only one in this period" in first
    assert "Sertraline 100 mg 4/20/2026 4/20/2026: 50 mg → 100 mg" in first
    assert "Lithium" not in first  # stopped long before: not a current medication
    assert "Sleep (hours a night logged) 6.0 8.0" in first
    assert "Steps (a day logged) 4,000 4,000" in first
    assert "Mood (daily mean" in first and "Page 1 of" in first
    assert "Mood in detail" not in first  # details start on page 2
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


def test_no_flag_when_every_item9_is_zero(ui_ctx, tmp_path: Path) -> None:
    plant_quarter(ui_ctx.db, item9=(0, 0, 0))
    report = ReportService(ui_ctx.db).build(START, TODAY, today=TODAY)
    render_pdf(report, tmp_path / "r.pdf")
    assert "answered above" not in pdf_pages(tmp_path / "r.pdf")[0]


def test_german_report_quotes_the_german_form_word_for_word(ui_ctx, german,
                                                            tmp_path: Path) -> None:
    """The questionnaire wording is validated only as printed: a German report quotes the
    PHQ-D wording the German form showed (item 9, answers, bands), never the English."""
    from wellness_app.domain.questionnaire_wording import wording

    plant_quarter(ui_ctx.db)
    report = ReportService(ui_ctx.db).build(START, TODAY, today=TODAY)
    render_pdf(report, tmp_path / "r.pdf")
    text = " ".join(pdf_pages(tmp_path / "r.pdf"))
    german_words = wording("phq9", "de")
    assert german_words.items[8] in text
    assert f"10.04.2026 ({german_words.answers[1]}, 1)" in text
    assert f"({german_words.answers[2]}, 2)" in text and "mittelgradig" in text
    assert "better off dead" not in text and "Several days" not in text
    assert "moderate" not in text and "mild" not in text


@pytest.mark.parametrize("locale, paper", [
    ("en_US", "letter"), ("es_US", "letter"), ("en_CA", "letter"), ("fr_CA", "letter"),
    ("en_GB", "a4"), ("de_DE", "a4"), ("fr_FR", "a4"), ("en_AU", "a4"), ("es_MX", "a4"),
])
def test_paper_follows_the_locale(locale: str, paper: str) -> None:
    assert default_paper(QLocale(locale)) == paper


@pytest.mark.parametrize("paper, points", [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_page_size(ui_ctx, tmp_path: Path, paper: str, points: tuple[int, int]) -> None:
    plant_mood(ui_ctx.db, TODAY, 3)
    report = ReportService(ui_ctx.db).build(START, TODAY, today=TODAY, paper=paper)
    render_pdf(report, tmp_path / "r.pdf")
    box = PdfReader(str(tmp_path / "r.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_detail_pages_repeat_headers_show_weeks_as_dates_and_keep_headings(
        ui_ctx, tmp_path: Path) -> None:
    from wellness_app.services.demo_data import DemoDataService

    DemoDataService(ui_ctx.db).fill(years=2)
    end = date.today()
    report = ReportService(ui_ctx.db).build(end - timedelta(days=700), end)
    render_pdf(report, tmp_path / "r.pdf")
    pages = pdf_pages(tmp_path / "r.pdf")
    weekly = [p for p in pages if "Light (minutes)" in p]
    assert len(weekly) >= 2  # the table runs over pages and its header comes along
    assert not any("-W" in p for p in pages)  # no ISO week labels
    document = build_document(report)
    layout, height = document.documentLayout(), document.pageSize().height()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.next().isValid():
            top = layout.blockBoundingRect(block).top()
            assert int(following_top(document, block.next()) // height) == int(top // height)
        block = block.next()
    assert keep_headings_with_next(document) == 0  # already settled


def test_long_tables_carry_their_header_onto_every_page_and_no_text_is_lost(
        ui_ctx, tmp_path: Path) -> None:
    """Two years with notes: every page holding weekly or per-day rows starts them with the
    table's header, and every paragraph is laid out (none prints as nothing)."""
    import re

    from wellness_app.services.demo_data import DemoDataService

    DemoDataService(ui_ctx.db).fill(years=2)
    end = date.today()
    report = ReportService(ui_ctx.db).build(end - timedelta(days=700), end,
                                            include_notes=True)
    render_pdf(report, tmp_path / "r.pdf")
    pages = pdf_pages(tmp_path / "r.pdf")
    weekly = [p for p in pages if re.search(r"\d{4} – \d+/\d+/\d{4} \d+ \d+ \d+", p)]
    daily = [p for p in pages if "Not at all (0)" in p]
    assert len(weekly) >= 2 and len(daily) >= 2
    assert all("Week Light (minutes) Light sessions" in p for p in weekly)
    assert all("Date PHQ-9 Item 9 GAD-7" in p for p in daily)
    document = build_document(report)
    assert document.pageCount() == len(pages)
    block = document.begin()
    while block.isValid():
        assert not block.text().strip() or block.layout().lineCount() > 0, block.text()
        block = block.next()


def test_a_table_whose_cells_do_not_fit_one_line_is_an_ordinary_table(qapp) -> None:  # type: ignore[no-untyped-def]
    """Tab-aligned rows need every cell on one line; otherwise the rows go in as HTML tables
    (cells wrap) and nothing is lost."""
    from PySide6.QtGui import QTextCursor

    from wellness_app.ui.report.document import CSS, _new_document
    from wellness_app.ui.report.flow import Flow, block_formats, layout_device
    from wellness_app.ui.report.rows import Rows, fit

    formats = block_formats(CSS)
    short = Rows(("Week", "Minutes"), (("1/5/2026 – 1/11/2026", "208"),), (50, 50))
    columns = fit(short, formats[1], layout_device(), 680)
    assert columns is not None and columns.header_fits
    assert abs(sum(columns.widths) - 680) < 1
    wide = Rows(("Note", "Day"), tuple((f"{n} " + "a long note " * 30, "1/5/2026")
                                       for n in range(40)), (80, 20))
    assert fit(wide, formats[1], layout_device(), 680) is None
    document = _new_document("a4")
    flow = Flow(document, formats)
    flow.add(wide)
    flow.finish()
    text = document.toPlainText()
    assert all(f"{n} a long note" in text for n in range(40))
    block = document.begin()
    while block.isValid() and "39 a long note" not in block.text():
        block = block.next()
    assert QTextCursor(block).currentTable() is not None


def test_file_menu_shortcut_opens_the_report(qtbot, tmp_path: Path, monkeypatch) -> None:
    from test_main_window import open_window

    opened = []
    monkeypatch.setattr(ReportDialog, "ask", classmethod(
        lambda cls, ctx, parent=None: opened.append(parent)))
    window, db = open_window(qtbot, tmp_path)
    action = window.findChild(QAction, "clinicianReportAction")
    assert action in window.file_menu.actions()
    assert action.text() == "Clinician &report…"
    shortcuts = [a.shortcut() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert shortcuts.count(QKeySequence("Ctrl+Shift+R")) == 1
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert opened == [window]
    db.close()


def save(qtbot, dialog: ReportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)


def test_save_then_open_pdf_and_print(qtbot, ui_ctx, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrinter

    plant_quarter(ui_ctx.db)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(ReportDialog, "ask_path", staticmethod(lambda parent, s: target))
    opened: list[Path] = []
    monkeypatch.setattr(ReportDialog, "open_file", staticmethod(
        lambda path: opened.append(path) or True))
    printed = tmp_path / "printed.pdf"

    def printer(parent, paper):  # type: ignore[no-untyped-def]
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    monkeypatch.setattr(ReportDialog, "ask_printer", staticmethod(printer))
    dialog = ReportDialog(ui_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "letter"  # tests run as en_US
    assert "you chose to log" in dialog.findChildren(type(dialog.message))[0].text()
    assert dialog.open_pdf.isHidden()
    save(qtbot, dialog)
    assert "Saved to" in dialog.message.text() and target.stat().st_size > 0
    assert not list(tmp_path.glob(".*.part"))
    qtbot.mouseClick(dialog.open_pdf, Qt.MouseButton.LeftButton)
    assert opened == [target]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printed_pages > 0, timeout=30_000)
    assert "Sent to the printer." in dialog.message.text()
    assert "PHQ-9 question 9 answered above" in pdf_pages(printed)[0]


def test_cancel_leaves_nothing_behind(qtbot, ui_ctx, tmp_path: Path, monkeypatch) -> None:
    from wellness_app.services.demo_data import DemoDataService

    DemoDataService(ui_ctx.db).fill(years=3)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(ReportDialog, "ask_path", staticmethod(lambda parent, s: target))
    dialog = ReportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(3)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.cancel.text() == "Cancel"
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Cancelled; nothing was saved."
    qtbot.waitUntil(lambda: not list(tmp_path.glob(".*.part")), timeout=30_000)
    time.sleep(0.2)
    assert not target.exists()
    assert dialog.save.isEnabled()


def test_a_large_report_never_stalls_the_window(qtbot, ui_ctx, tmp_path: Path,
                                                monkeypatch) -> None:
    """Event-loop lateness probe: a 10 ms timer keeps firing while ten years are made."""
    from wellness_app.services.demo_data import DemoDataService

    DemoDataService(ui_ctx.db).fill(years=10)
    for n in range(0, 3650, 2):
        plant_mood(ui_ctx.db, date.today() - timedelta(days=n), 3, note="a longer note " * 20)
    target = tmp_path / "big.pdf"
    monkeypatch.setattr(ReportDialog, "ask_path", staticmethod(lambda parent, s: target))
    dialog = ReportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    # a first, short report loads what a report needs once (an installed app has its
    # bytecode compiled; a test run may not, and compiling holds Python's GIL)
    save(qtbot, dialog)
    dialog.saved_path = None
    dialog.preset.setCurrentIndex(dialog.preset.count() - 1)
    dialog.start.setDate(date.today() - timedelta(days=3650))
    dialog.notes.setChecked(True)
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    started = time.perf_counter()
    save(qtbot, dialog)
    elapsed = time.perf_counter() - started
    probe.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(gaps) > 20
    # relative, so a busy machine does not fail it: drawn on the GUI thread, the longest
    # stall would be about the whole time the report takes
    assert max(gaps) < elapsed / 4, (
        f"longest GUI stall {max(gaps) * 1000:.0f} ms of {elapsed * 1000:.0f} ms")


def test_save_for_a_clinic_system_from_the_dialog(qtbot, ui_ctx, tmp_path: Path,
                                                  monkeypatch) -> None:
    import json

    from fhir.resources.R4B.bundle import Bundle

    plant_quarter(ui_ctx.db)
    target = tmp_path / "clinic.json"
    monkeypatch.setattr(ReportDialog, "ask_fhir_path", staticmethod(lambda parent, s: target))
    dialog = ReportDialog(ui_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.name.setText("Alex Example")
    qtbot.mouseClick(dialog.fhir, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "clinic system" in dialog.message.text(), timeout=30_000)
    bundle = json.loads(target.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    names = [e["resource"].get("name") for e in bundle["entry"]
             if e["resource"]["resourceType"] == "Patient"]
    assert names == [[{"text": "Alex Example"}]]
    dialog.preset.setCurrentIndex(dialog.preset.count() - 1)
    dialog.start.setDate(date(2001, 1, 1))
    dialog.end.setDate(date(2001, 2, 1))
    qtbot.mouseClick(dialog.fhir, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "empty bundle" in dialog.message.text(), timeout=30_000)


@pytest.mark.parametrize("button, seam", [("save", "ask_path"), ("fhir", "ask_fhir_path")])
def test_a_folder_that_cannot_be_written_is_one_clear_message(qtbot, ui_ctx, tmp_path: Path,
                                                              monkeypatch, button: str,
                                                              seam: str) -> None:
    plant_mood(ui_ctx.db, TODAY, 3)
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "report.out"
    monkeypatch.setattr(ReportDialog, seam, staticmethod(lambda parent, s: target))
    dialog = ReportDialog(ui_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save.isEnabled(), timeout=30_000)
    assert "not-a-folder" in dialog.message.text()
    assert "Traceback" not in dialog.message.text() and dialog.saved_path is None
    assert blocker.read_text() == "x" and list(folder.iterdir()) == [blocker]
