"""File → Import… / Export…: dialogs, the background runner and the report."""
