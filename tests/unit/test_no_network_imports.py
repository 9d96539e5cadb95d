"""The only Qt network classes the app may use are the local-socket ones (single instance)."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "wellness_app"
ALLOWED = {"QLocalServer", "QLocalSocket"}


def test_qtnetwork_is_used_only_for_local_sockets() -> None:
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import PySide6.QtNetwork" not in text, path
        for names in re.findall(r"from PySide6\.QtNetwork import \(?([^)\n]+)", text):
            used |= {n.strip() for n in names.split(",") if n.strip()}
    assert used == ALLOWED
