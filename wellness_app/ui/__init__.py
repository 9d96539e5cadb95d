"""The only layer that imports PySide6 / pyqtgraph: pages, widgets, models, dialogs."""

from wellness_app.ui.refcount_guard import guard_singletons

guard_singletons()  # before any Qt call: see refcount_guard (PySide6 6.12 on Python 3.11)
