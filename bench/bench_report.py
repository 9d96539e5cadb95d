"""The clinician report and the insights at 1 and 10 years of demo data (with notes).

Prints, with the load average (the machine is shared: read the ratios):
- report generation (read the journal, lay out, write the PDF) against rendering the same
  text as a plain QTextDocument printed to the same PDF writer (goal: at most 3×), as
  thread CPU time (lowest of 5: what the work costs, whatever else runs) and wall time
  (median of 5: what a person waits, inflated by a busy machine);
- the longest GUI-thread stall while the 10-year report is made off the GUI thread, seen
  by an event-loop lateness probe (a 5 ms timer; goal: under 100 ms), against the same
  probe with nothing to do, and the same report drawn on the GUI thread for contrast;
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

import timing  # bench/timing.py (this folder is on sys.path when a bench runs)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall time in ms."""
    return measured(fn, repeat)[0]


def measured(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """Median wall time and lowest thread CPU time, in ms."""
    walls, cpus = timing.runs(fn, repeat)
    return statistics.median(walls), min(cpus)


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


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

    ours = measured(generate)
    rendering = measured(lambda: render_pdf(report, out / "report.pdf"))
    plain = measured(lambda: plain_baseline(text, size, "a4", out / "plain.pdf"))
    print(f"report {years:>2} y with notes ({len(text):,} characters, "
          f"{document.pageCount()} pages; {load()}):")
    for label, index in (("CPU", 1), ("wall", 0)):
        print(f"  {label:>4}: rendering {rendering[index]:7.1f} ms "
              f"({rendering[index] / plain[index]:.2f}× a plain QTextDocument of the same "
              f"text: {plain[index]:.1f} ms); reading + rendering {ours[index]:7.1f} ms "
              f"({ours[index] / plain[index]:.2f}×)")
    db.close()
    return report


def longest_gap(app: object, start: Callable[[list[object]], None]) -> float:
    """The longest gap, in ms, between ticks of a 5 ms timer on the GUI thread while the
    work `start` begins runs (it appends to the list it is given when done)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done: list[object] = []
    probe.start()
    start(done)
    while not done:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    probe.stop()
    return max((b - a) * 1000 for a, b in itertools.pairwise(ticks))


def start_report_job(db: object, request: object, target: Path,
                     done: list[object]) -> object:
    """Start the report dialog's PDF job off the GUI thread the way the dialog does; `done`
    gets the outcome. Returns what must stay alive while it runs."""
    from PySide6.QtCore import QObject

    from wellness_app.services.facade import Services
    from wellness_app.ui.common.operations import Operation
    from wellness_app.ui.report.jobs import pdf_job

    job = pdf_job(Services(db), request, target)  # type: ignore[arg-type]
    owner = QObject()
    Operation(owner, job).on_success(done.append).on_failure(done.append).run_in_background()
    return owner


def stall_probe(path: Path, out: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wellness_app.services import open_database
    from wellness_app.ui.report.jobs import ReportRequest
    from wellness_app.ui.report.render import render_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(path)
    end = date.today()
    request = ReportRequest(end - timedelta(days=3649), end, True, "a4")
    idle = longest_gap(app, lambda done: QTimer.singleShot(1500, lambda: done.append(1)))
    keep: list[object] = []
    for _ in range(3):
        started = time.perf_counter()
        stall = longest_gap(app, lambda done: keep.append(
            start_report_job(db, request, out / "probe.pdf", done)))
        total = (time.perf_counter() - started) * 1000
        print(f"10 y report off the GUI thread: {total:.0f} ms; longest GUI stall "
              f"{stall:.0f} ms (goal < 100 ms; the idle probe's longest gap: {idle:.0f} ms; "
              f"{load()})")
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
