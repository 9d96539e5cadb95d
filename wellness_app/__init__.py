"""Wellness app: an offline-first, private desktop wellness journal."""

__version__ = "0.1.0"
APP_NAME = "wellness_app"
APP_DISPLAY_NAME = "Wellness Journal"
# One reverse-DNS id everywhere: the .desktop and metainfo file names, the icon name,
# QGuiApplication.desktopFileName, the macOS bundle id and LaunchAgent, the Windows
# AppUserModelID and the Flatpak id.
APP_ID = "org.wellness_app.journal"
