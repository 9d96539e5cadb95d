"""File → Import… / Export…: dialogs and the report (work runs through ui.common.operations)."""
