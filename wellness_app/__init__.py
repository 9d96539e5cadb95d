"""Wellness app: an offline-first, private desktop wellness journal."""

__version__ = "0.1.0"
APP_NAME = "wellness_app"
APP_DISPLAY_NAME = "Wellness Journal"
