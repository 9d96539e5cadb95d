"""The only layer that imports PySide6 / pyqtgraph: pages, widgets, models, dialogs."""
