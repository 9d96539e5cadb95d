"""Privacy & data: unlock screen, auto-lock, backups and restore, single instance."""
