"""`wellness-app --version [--verbose]`. The plain form imports nothing heavy (it runs
before the argument parser, which loads every command and SQLAlchemy); the verbose form
adds what a bug report needs: Python, Qt and PySide6, SQLite, SQLCipher and OpenSSL."""

from __future__ import annotations

import platform

from wellness_app import __version__


def version_text(verbose: bool = False) -> str:
    lines = [f"wellness-app {__version__}"]
    if verbose:
        lines += [f"Python {platform.python_version()} ({platform.platform()})",
                  _qt_versions(), *_database_versions()]
    return "\n".join(lines)


def _qt_versions() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:  # pragma: no cover - a broken install
        return f"Qt: not available ({exc})"
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def _database_versions() -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a broken install
        return [f"SQLCipher: not available ({exc})"]
    connection = dbapi2.connect(":memory:")
    try:
        # a throwaway in-memory key, so SQLCipher loads its crypto provider and names it
        connection.execute("PRAGMA key = 'version-check'")
        cipher = connection.execute("PRAGMA cipher_version").fetchone()
        provider = connection.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        connection.close()
    try:
        package = f" (sqlcipher3 {version('sqlcipher3')})"
    except PackageNotFoundError:  # a frozen bundle without metadata
        package = ""
    return [f"SQLite {dbapi2.sqlite_version}{package}",
            f"SQLCipher {cipher[0] if cipher else 'unknown'}, "
            f"{provider[0] if provider else 'crypto provider unknown'}"]
