"""Plain values and rules. Imports nothing from the app, no Qt, no SQLAlchemy."""
