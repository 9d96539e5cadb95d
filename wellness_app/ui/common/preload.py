"""Heavy modules loaded off the GUI thread a moment after start-up, while the person reads
Today, so the first visit to a page with a chart does not stop the window for the import.

Importing NumPy and pyqtgraph took 0.3–1 s on the GUI thread at the first Trends,
Questionnaires or Light visit. In a worker thread the same import hands Python's GIL back
every few milliseconds (the GUI thread's longest wait was ~30 ms), and a page that asks
for a module still being imported waits for that import, never starts a second one.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QObject

from wellness_app.ui.common.operations import Operation

log = logging.getLogger(__name__)
MODULES = (
    "numpy",
    "pyqtgraph",
    "wellness_app.services.trends",
    "wellness_app.services.insights",
    "wellness_app.ui.trends.plots",
)


def preload_heavy_modules(owner: QObject) -> None:
    """Import `MODULES` on the thread pool; a failure is only logged (the page that needs
    the module imports it again and reports the error there)."""

    def work(_job: object) -> None:
        for name in MODULES:
            importlib.import_module(name)

    Operation(owner, work).on_failure(
        lambda failure: log.warning("Preloading failed: %s", type(failure.error).__name__)
    ).run_in_background()
