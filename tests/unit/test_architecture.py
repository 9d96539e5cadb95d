"""The layer rule and the forbidden imports (no Qt below ui, no SQLAlchemy outside
storage, no network modules anywhere), checked by import-linter on every test run."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold() -> None:
    command = "import sys; from importlinter.cli import lint_imports_command; " \
        "sys.argv = ['lint-imports', '--no-cache']; lint_imports_command()"
    result = subprocess.run([sys.executable, "-c", command], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "0 broken" in result.stdout
