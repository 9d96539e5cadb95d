"""Trends at scale: 10 years and 1,000,000 mood check-ins (plus daily light, activity,
sleep and steps). Where the million points live: `mood_entries` (about 274 check-ins a
day - a stress case for someone importing years of frequent wearable-style samples).
Plots draw day aggregates (GROUP BY local_date in SQL); the raw-entry scatter draws one
faint point per (day, mood level), at most five a day, so it never holds a million, and
the page draws them only on ranges up to ~200 days (the plain baseline draws all of them).

Prints:
- the day aggregation query through the app's storage layer vs the same SQL through raw
  sqlite3 (stdlib) and raw sqlcipher3 (the driver the app uses);
- loading everything the page draws (runs off the GUI thread in the app);
- first paint of the trends page (build + set data + first frame) vs plain pyqtgraph
  plotting the same arrays in one GraphicsLayoutWidget;
- new data drawn while "All" is shown (a reload) vs plain pyqtgraph's setData + repaint;
- a pan/zoom frame on every range preset vs the same on plain pyqtgraph, in wall time and
  in the GUI thread's CPU time (the machine is shared; the load average is printed).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import timing  # bench/timing.py (this folder is on sys.path when a bench runs)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
POINTS = 1_000_000
YEARS = 10
SQL = ("SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), avg(mood), count(*) "
       "FROM mood_entries GROUP BY local_date ORDER BY local_date")


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in ms."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def cpu_and_wall(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall time and median GUI-thread CPU time in ms. On a loaded machine the wall
    time includes waiting for a core; the thread's CPU time is what the work costs."""
    walls, cpus = timing.runs(fn, repeat)
    return statistics.median(walls), statistics.median(cpus)


def fmt(times: tuple[float, float]) -> str:
    return f"{times[0]:.1f} ms wall / {times[1]:.1f} ms CPU"


def ratios(times: dict[str, tuple[float, float]]) -> str:
    app, plain = times["app"], times["plain"]
    return f"ratio {app[0] / plain[0]:.2f}× wall, {app[1] / plain[1]:.2f}× CPU"


def fill(path: Path) -> None:
    from wellness_app.services import open_database

    open_database(path).close()  # create + migrate
    rng = np.random.default_rng(1)
    first = date(2016, 1, 1).toordinal()
    n_days = YEARS * 365 + 2
    day = np.sort(rng.integers(0, n_days, POINTS))
    seconds = rng.integers(0, 86_400, POINTS)
    mood = np.clip(np.round(3 + np.sin(day / 365 * 2 * np.pi) + rng.normal(0, 1, POINTS)),
                   1, 5).astype(int)
    iso = [date.fromordinal(first + d).isoformat() for d in range(n_days)]
    stamp = "2026-01-01 00:00:00.000000"
    rows = [(f"{iso[d]} {s // 3600:02d}:{s // 60 % 60:02d}:00.000000", 0, iso[d], int(m),
             stamp, stamp, "", "", "csv")
            for d, s, m in zip(day.tolist(), seconds.tolist(), mood.tolist(), strict=True)]
    try:  # the app's driver: its SQLite has the FTS5 trigram tokenizer the triggers use
        from sqlcipher3 import dbapi2 as driver
    except ImportError:
        driver = sqlite3  # type: ignore[assignment]
    con = driver.connect(str(path))
    con.execute("PRAGMA synchronous=OFF")
    with con:
        con.executemany(
            "INSERT INTO mood_entries (at_utc, utc_offset_min, local_date, mood, created_at,"
            " updated_at, note, note_title, source) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        con.execute("INSERT INTO activity_kinds (name, position, archived) VALUES ('walk',0,0)")
        daily = [(f"{d} 12:00:00.000000", 0, d) for d in iso]
        con.executemany("INSERT INTO light_sessions (at_utc, utc_offset_min, local_date, kind,"
                        " minutes, note, source) VALUES (?,?,?,'daylight',45,'','csv')", daily)
        con.executemany("INSERT INTO activity_sessions (at_utc, utc_offset_min, local_date,"
                        " kind_id, minutes, intensity, note, source)"
                        " VALUES (?,?,?,1,30,'moderate','','csv')", daily)
        for metric, value in (("steps", 6000), ("sleep_hours", 7.2)):
            con.executemany("INSERT INTO daily_metrics (local_date, metric, value, source)"
                            f" VALUES (?, '{metric}', {value}, 'csv')", [(d,) for d in iso])
    con.execute("ANALYZE")
    con.close()


def bench_queries(path: Path) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    from wellness_app.services import open_database
    from wellness_app.storage.repositories import aggregates

    db = open_database(path)

    def app_query() -> object:
        with db.reading() as session:
            return aggregates.mood_by_day(session)

    def raw(module: object) -> Callable[[], object]:
        con = module.connect(str(path))  # type: ignore[attr-defined]

        def run() -> object:
            return np.array(con.execute(SQL).fetchall(), dtype=float)
        return run

    raw_stdlib, raw_cipher = raw(sqlite3), raw(sqlcipher)
    app_query(), raw_stdlib(), raw_cipher()  # warm the page cache
    t_app, t_std, t_cipher = timed(app_query), timed(raw_stdlib), timed(raw_cipher)
    print(f"day aggregation query (1,000,000 rows → {len(app_query()[0]):,} days): "
          f"app storage layer {t_app:.0f} ms; raw sqlite3 {t_std:.0f} ms "
          f"({t_app / t_std:.2f}× raw sqlite3, target ≤ 1.5×); "
          f"raw sqlcipher3 {t_cipher:.0f} ms ({t_app / t_cipher:.2f}×)")
    from wellness_app.services.trends import TrendsService

    t_load = timed(lambda: TrendsService(db).load(), repeat=3)
    print(f"load everything the trends page draws (off the GUI thread): {t_load:.0f} ms")
    db.close()


def bench_gui(path: Path) -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from wellness_app.services import open_database
    from wellness_app.services.trends import TrendsService
    from wellness_app.ui.common.context import UiContext
    from wellness_app.ui.common.settings import Settings
    from wellness_app.ui.common.state import AppState

    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(path)
    data = TrendsService(db).load()
    ctx = UiContext(db=db, state=AppState(), settings=Settings(path.parent / "s.ini"),
                    data_dir=path.parent, log_dir=path.parent)
    from wellness_app.ui.trends.page import TrendsPage

    keep: list[object] = []

    def app_first_paint() -> TrendsPage:
        page = TrendsPage(ctx)
        page.resize(1200, 750)
        page.show()
        page._on_loaded(page._generation, data)
        page.plots.viewport().repaint()
        app.processEvents()
        keep.append(page)
        return page

    s, pts = data.series, data.points
    x = s.days * 86_400.0 + 43_200

    def plain_first_paint() -> pg.GraphicsLayoutWidget:
        widget = pg.GraphicsLayoutWidget()
        widget.resize(1200, 750)
        mood = widget.addPlot(row=0, col=0)
        mood.addItem(pg.ScatterPlotItem(pts.days * 86_400.0 + 43_200, pts.moods, size=5))
        mood.plot(x, s.mood_mean, connect="finite")
        for row, values in enumerate((s.daylight_min, s.activity_min, s.sleep_hours, s.steps)):
            sub = widget.addPlot(row=row + 1, col=0)
            sub.plot(x, values, connect="finite")
            sub.setXLink(mood)
        widget.show()
        widget.viewport().repaint()
        app.processEvents()
        keep.append(widget)
        return widget

    def first_paint(build: Callable[[], object]) -> float:
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            widget = build()
            runs.append((time.perf_counter() - start) * 1000)
            widget.close()  # type: ignore[attr-defined]
            widget.deleteLater()  # type: ignore[attr-defined]
            keep.remove(widget)
            app.processEvents()
        return statistics.median(runs)

    first_paint(plain_first_paint), first_paint(app_first_paint)  # warm-up (imports, fonts)
    t_app = first_paint(app_first_paint)
    t_plain = first_paint(plain_first_paint)
    print(f"first paint, 10 years: trends page {t_app:.0f} ms (target ≤ 300); plain "
          f"pyqtgraph same arrays {t_plain:.0f} ms; ratio {t_app / t_plain:.2f}×")

    page, plain = app_first_paint(), plain_first_paint()
    plain_mood = plain.getItem(0, 0)
    plain_items = plain_mood.listDataItems()

    def app_redraw_all() -> None:  # a reload while "All" is shown: new data, drawn
        page.apply_preset("all")
        page._on_loaded(page._generation, data)
        page.plots.viewport().repaint()

    def plain_redraw_all() -> None:
        plain_mood.setXRange(x[0], x[-1], padding=0)
        plain_items[0].setData(pts.days * 86_400.0 + 43_200, pts.moods)
        plain_items[1].setData(x, s.mood_mean, connect="finite")
        plain.viewport().repaint()

    redraw = {name: cpu_and_wall(fn, 5) for name, fn in
              (("plain", plain_redraw_all), ("app", app_redraw_all))}
    print(f"new data drawn on \"All\": trends page {fmt(redraw['app'])}; plain pyqtgraph "
          f"{fmt(redraw['plain'])}; {ratios(redraw)}")
    for label, days in (("2 weeks", 14), ("3 months", 91), ("1 year", 365), ("All", None)):
        window = days * 86_400.0 if days else x[-1] - x[0]
        frames: dict[str, tuple[float, float]] = {}
        for name, plot, view in (("app", page.plots.mood_plot, page.plots),
                                 ("plain", plain_mood, plain)):
            plot.setXRange(x[-1] - window, x[-1], padding=0)
            view.viewport().repaint()

            def frame(plot: pg.PlotItem = plot, view: pg.GraphicsView = view) -> None:
                low, high = plot.getViewBox().viewRange()[0]
                step = (high - low) * 0.05
                plot.setXRange(low - step, high - step, padding=0)  # pan
                view.viewport().repaint()
                plot.setXRange(low - step * 0.5, high - step * 1.5, padding=0)  # zoom
                view.viewport().repaint()

            wall_ms, cpu_ms = cpu_and_wall(frame, 15)
            frames[name] = (wall_ms / 2, cpu_ms / 2)
        print(f"pan/zoom frame, {label}: trends page {fmt(frames['app'])} (goal ≤ 16 ms, "
              f"≤ 2× plain); plain pyqtgraph {fmt(frames['plain'])}; {ratios(frames)}")
    for item in keep:
        item.close()  # type: ignore[attr-defined]
        item.deleteLater()  # type: ignore[attr-defined]
    app.processEvents()
    db.close()


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wellness.db"
        start = time.perf_counter()
        fill(path)
        print(f"generated {POINTS:,} check-ins over {YEARS} years in "
              f"{time.perf_counter() - start:.1f} s (raw sqlite3 executemany)")
        print(f"load average {os.getloadavg()[0]:.1f}")
        bench_queries(path)
        bench_gui(path)
        print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
