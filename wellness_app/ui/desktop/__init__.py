"""Desktop citizenship: tray icon, reminders, quick check-in, start at login."""
