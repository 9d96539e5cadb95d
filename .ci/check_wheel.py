"""Check a built wheel holds what a desktop install needs: LICENSE, the third-party
notices (with Qt's LGPL and SQLCipher/OpenSSL), the icons, the compiled translations, the
launcher entry and the AppStream metainfo. Usage: python .ci/check_wheel.py WHEEL"""

from __future__ import annotations

import sys
import zipfile

APP_ID = "org.wellness_app.journal"
RES = "wellness_app/resources/"
REQUIRED = [
    RES + "LICENSE", RES + "THIRD_PARTY_NOTICES", RES + "icons/app.svg",
    RES + f"{APP_ID}.desktop", RES + f"{APP_ID}.metainfo.xml",
    RES + "translations/wellness_app_de.qm", RES + "licenses/LGPL-3.0.txt",
    *(RES + f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 32, 48, 128, 256, 512)),
]
IN_NOTICES = ["GNU LESSER GENERAL PUBLIC LICENSE", "SQLCipher", "OpenSSL", "PySide6",
              "SQLAlchemy", "numpy"]


def problems(wheel: str) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        found = [f"missing: {name}" for name in REQUIRED if name not in names]
        if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
            found.append("missing: LICENSE in the .dist-info")
        metadata = next(archive.read(n).decode() for n in names
                        if n.endswith(".dist-info/METADATA"))
        if "License-Expression: GPL-3.0-or-later" not in metadata:
            found.append("METADATA lacks License-Expression: GPL-3.0-or-later")
        if RES + "THIRD_PARTY_NOTICES" in names:
            notices = archive.read(RES + "THIRD_PARTY_NOTICES").decode()
            found += [f"notices lack {word}" for word in IN_NOTICES
                      if word.lower() not in notices.lower()]
        if RES + "LICENSE" in names and b"GNU GENERAL PUBLIC LICENSE" not in archive.read(
                RES + "LICENSE"):
            found.append("LICENSE is not the GPL")
    return found


if __name__ == "__main__":
    issues = problems(sys.argv[1])
    for issue in issues:
        print(f"wheel check: {issue}", file=sys.stderr)
    print("wheel check: " + ("FAILED" if issues else f"ok ({sys.argv[1]})"))
    sys.exit(1 if issues else 0)
