"""The journal through the bare driver, for the CLI's quick commands (no SQLAlchemy).

Importing SQLAlchemy costs a command line several times Python's own start-up, so
`log mood`, `day` and `status` read and write through sqlcipher3 (or sqlite3) directly,
with the same pragmas, key and timeout as the engine. Only a journal in the ordinary
state is opened this way (`journal.open_lean`); anything else — a migration due, an
encrypted file without its passphrase, a lock, damage, leftovers of an interrupted
conversion or restore, the day's backup still to take — gives None, and the caller
takes the full path, which explains or repairs it.
"""

from wellness_app.storage.lean.journal import LeanJournal, open_lean

__all__ = ["LeanJournal", "open_lean"]
