"""Dialogs; each exposes `@classmethod ask(...)` so tests can monkeypatch it."""
