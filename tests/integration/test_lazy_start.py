"""The GUI start path stays lazy: the window can show before SQLAlchemy or pyqtgraph load."""

from __future__ import annotations

import subprocess
import sys

from wellness_app.cli import _plain_gui_start

PROBE = """
import sys
import wellness_app.cli
import wellness_app.boot
import wellness_app.ui.shell.main_window
heavy = [m for m in ("sqlalchemy", "alembic", "pyqtgraph", "numpy") if m in sys.modules]
print(",".join(heavy) or "none")
"""


def test_window_modules_load_without_sqlalchemy_or_pyqtgraph() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "none"


def test_only_a_plain_start_skips_the_full_parser() -> None:
    assert _plain_gui_start([]).data_dir is None  # type: ignore[union-attr]
    assert _plain_gui_start(["--data-dir", "d"]).data_dir == "d"  # type: ignore[union-attr]
    assert _plain_gui_start(["--data-dir=d"]).data_dir == "d"  # type: ignore[union-attr]
    assert _plain_gui_start(["--minimized"]).minimized  # type: ignore[union-attr]
    started_at_login = _plain_gui_start(["--data-dir", "d", "--minimized"])
    assert started_at_login.data_dir == "d" and started_at_login.minimized  # type: ignore[union-attr]
    assert not _plain_gui_start([]).minimized  # type: ignore[union-attr]
    for argv in (["--demo"], ["--minimized", "--minimized"], ["--minimized", "log"],
                 ["--version"], ["--help"], ["log", "mood", "3"],
                 ["--data-dir", "d", "day", "2026-01-01"], ["--data-dir"]):
        assert _plain_gui_start(argv) is None


HELP_PROBE = """
import contextlib, io, sys
from wellness_app.cli import main
for argv in (["--version"], ["--help"], ["log", "--help"], ["import", "csv", "--help"]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main(argv)
print(",".join(m for m in ("sqlalchemy", "alembic", "PySide6") if m in sys.modules) or "none")
"""


def test_version_and_help_import_no_sqlalchemy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"WELLNESS_APP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", HELP_PROBE], capture_output=True, text=True,
                         check=True, timeout=60, env=env)
    assert out.stdout.strip().splitlines()[-1] == "none"


def test_the_top_level_help_is_the_full_parsers() -> None:
    """`--help` builds only the commands' names and help: it must read exactly as the
    full parser's help (a command added or renamed shows in both)."""
    from wellness_app.cli.parser import build_parser

    assert build_parser(help_only=True).format_help() == build_parser().format_help()


TOP_HELP_PROBE = """
import contextlib, io, sys
from wellness_app.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
    main(["--help"])
assert "{log,import,export," in out.getvalue(), out.getvalue()
# the import-csv help names the CSV fields and date formats (a plain module of names)
light = {"wellness_app.services", "wellness_app.services.io",
         "wellness_app.services.io.csv_values"}
print(",".join(sorted(m for m in sys.modules if m.startswith("wellness_app.services")
                      and m not in light)) or "none")
"""


def test_help_imports_no_service(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"WELLNESS_APP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", TOP_HELP_PROBE], capture_output=True,
                         text=True, check=True, timeout=60, env=env)
    assert out.stdout.strip().splitlines()[-1] == "none"
