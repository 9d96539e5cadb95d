"""The clinician report and the insights at 1 and 10 years of demo data (with notes).

Prints:
- report generation (read the journal, lay out, write the PDF) against rendering the same
  text as a plain QTextDocument printed to the same PDF writer (goal: at most 3×);
- the longest GUI-thread stall while the 10-year report is made off the GUI thread, seen
  by an event-loop lateness probe (a 5 ms timer; goal: under 100 ms), and the same
  report drawn on the GUI thread for contrast;
- insights (InsightService.report) against the raw day aggregate in stdlib sqlite3.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall time in ms."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def journal(folder: Path, years: int) -> Path:
    from wellness_app.services import open_database
    from wellness_app.services.demo_data import DemoDataService

    path = folder / f"{years}y.db"
    db = open_database(path)
    DemoDataService(db).fill(years=years)
    db.close()
    return path


def plain_baseline(text: str, size: object, paper: str, out: Path) -> None:
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from wellness_app.ui.report.document import page_layout

    document = QTextDocument()
    document.setPageSize(size)
    document.setPlainText(text)
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageLayout(page_layout(paper))
    document.print_(writer)
    del writer


def report_figures(path: Path, years: int, out: Path) -> object:
    from wellness_app.services import open_database
    from wellness_app.services.report import ReportService
    from wellness_app.ui.report.document import build_document
    from wellness_app.ui.report.render import render_pdf

    db = open_database(path)
    end = date.today()
    start = end - timedelta(days=365 * years - 1)
    service = ReportService(db)
    report = service.build(start, end, include_notes=True)
    document = build_document(report)
    text, size = document.toPlainText(), document.pageSize()

    def generate() -> None:
        render_pdf(service.build(start, end, include_notes=True), out / "report.pdf")

    ours = timed(generate)
    rendering = timed(lambda: render_pdf(report, out / "report.pdf"))
    plain = timed(lambda: plain_baseline(text, size, "a4", out / "plain.pdf"))
    print(f"report {years:>2} y with notes: {ours:8.1f} ms reading + rendering "
          f"({ours / plain:.2f}×), {rendering:8.1f} ms rendering ({rendering / plain:.2f}×) "
          f"against a plain QTextDocument of the same text: {plain:.1f} ms "
          f"({len(text):,} characters, {document.pageCount()} pages)")
    db.close()
    return report


def stall_probe(path: Path, out: Path) -> None:
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from wellness_app.services import open_database
    from wellness_app.ui.common.operations import Operation
    from wellness_app.ui.report.jobs import ReportRequest, pdf_job
    from wellness_app.ui.report.render import render_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(path)
    end = date.today()
    request = ReportRequest(end - timedelta(days=3649), end, True, "a4")
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done: list[object] = []
    owner = QObject()
    op = Operation(owner, pdf_job(db, request, out / "probe.pdf"))
    op.on_success(done.append).on_failure(done.append)
    started = time.perf_counter()
    probe.start()
    op.run_in_background()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    total = (time.perf_counter() - started) * 1000
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    print(f"10 y report off the GUI thread: {total:.0f} ms; longest GUI stall "
          f"{max(gaps):.0f} ms over {len(gaps)} probe ticks (goal < 100 ms)")
    from wellness_app.services.report import ReportService

    report = ReportService(db).build(request.start, request.end, include_notes=True)
    blocked = timed(lambda: render_pdf(report, out / "gui.pdf"), repeat=1)
    print(f"the same drawn on the GUI thread would block it for {blocked:.0f} ms")
    db.close()


def insights_figures(path: Path, years: int) -> None:
    from wellness_app.services import open_database
    from wellness_app.services.insights import InsightService

    db = open_database(path)
    service = InsightService(db)
    service.report()  # warm caches (t quantiles, astral import)
    ours = timed(service.report)
    raw = sqlite3.connect(path)
    sql = ("SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), avg(mood) "
           "FROM mood_entries GROUP BY local_date")
    base = timed(lambda: raw.execute(sql).fetchall())
    raw.close()
    print(f"insights {years:>2} y: {ours:7.1f} ms ({ours / base:.1f}× the raw day aggregate "
          f"in sqlite3: {base:.1f} ms)")
    db.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = {years: journal(root, years) for years in (1, 10)}
        for years, path in paths.items():
            report_figures(path, years, root)
        stall_probe(paths[10], root)
        for years, path in paths.items():
            insights_figures(path, years)
    return 0


if __name__ == "__main__":
    sys.exit(main())
