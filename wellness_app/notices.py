"""THIRD_PARTY_NOTICES: who wrote the software this app ships with, under which licence,
with each licence's full text. Generated at build time (the wheel: setup.py; the bundle:
.ci/wellness-app.spec) from the installed distributions' metadata, plus the parts that
carry no licence file of their own: Qt (LGPL-3.0, through PySide6), SQLCipher (BSD) and
OpenSSL (Apache-2.0), both built into sqlcipher3, and SQLite (public domain).

Standard library only: setup.py loads this file by path, before anything is installed.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

APP_DISTRIBUTION = "wellness-app"
NOTICES_FILENAME = "THIRD_PARTY_NOTICES"
RULE = "=" * 78
LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
# what ships inside another distribution's binaries: (inside, title, licence, text file)
EMBEDDED = (
    ("PySide6-Essentials", "Qt 6 (The Qt Company), through PySide6 and shiboken6",
     "LGPL-3.0-only (the Qt libraries are loaded as shared libraries and can be replaced)",
     "LGPL-3.0.txt"),
    ("sqlcipher3", "SQLCipher (Zetetic LLC), built into sqlcipher3", "BSD-3-Clause",
     "SQLCipher.txt"),
    ("sqlcipher3", "OpenSSL (The OpenSSL Project), built into sqlcipher3", "Apache-2.0",
     "Apache-2.0.txt"),
    ("sqlcipher3", "SQLite (D. Richard Hipp and others), built into sqlcipher3",
     "public domain", None),
)


def _requirement_name(requirement: str) -> str | None:
    """The distribution a Requires-Dist line names, or None when it does not apply here
    (an extra's requirement, or a marker for another platform or Python)."""
    try:
        from packaging.requirements import Requirement  # in every build environment
    except ImportError:
        pass
    else:
        parsed = Requirement(requirement)
        if parsed.marker is not None and not parsed.marker.evaluate({"extra": ""}):
            return None
        return parsed.name
    if re.search(r"\bextra\s*==", requirement):
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else None


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(requirements: list[str]) -> tuple[list[metadata.Distribution],
                                                           list[str]]:
    """The installed distributions `requirements` need at run time (recursively, sorted),
    and the names of those that are not installed here."""
    found: dict[str, metadata.Distribution] = {}
    missing: set[str] = set()
    todo = list(requirements)
    while todo:
        name = _requirement_name(todo.pop())
        if name is None or _normal(name) in found or _normal(name) in missing:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.add(_normal(name))
            continue
        found[_normal(name)] = dist
        todo.extend(dist.requires or [])
    return sorted(found.values(), key=lambda d: _normal(d.metadata["Name"])), sorted(missing)


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field, or "" when the distribution leaves it out."""
    return str(meta[name]) if name in meta else ""


def _license_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) < 120:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def _license_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        path = str(file).replace("\\", "/")
        if ".dist-info/" in path and LICENSE_FILE.search(path):
            try:
                texts.append((path.split(".dist-info/", 1)[1], file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return sorted(texts)


def app_requirements() -> list[str]:
    """The app's own run-time requirements: from its installed metadata, else (a build)
    from pyproject.toml next to this package."""
    try:
        return list(metadata.requires(APP_DISTRIBUTION) or [])
    except metadata.PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
                    ["dependencies"])


def render(licenses_dir: Path, requirements: list[str] | None = None, *,
           bundled_python: bool = False) -> str:
    """The whole notices file; `licenses_dir` holds the texts for EMBEDDED.
    `bundled_python`: for an installer that ships the Python interpreter too."""
    dists, missing = runtime_distributions(
        app_requirements() if requirements is None else requirements)
    # what ships inside a requirement is named even when the build cannot see it installed
    names = {_normal(d.metadata["Name"]) for d in dists} | set(missing)
    out = ["Third-party software in Wellness Journal", RULE,
           "Wellness Journal is free software under the GNU General Public License, version 3",
           "or later (see LICENSE). It uses the following software, under these licences;",
           "each licence's full text follows the list.", ""]
    out += [f"  {title.split(',')[0]}: {licence.split(' (')[0]}"
            for inside, title, licence, _text in EMBEDDED if _normal(inside) in names]
    out += [f"  {d.metadata['Name']} {d.version}: {_license_of(d)}" for d in dists]
    out += [f"  {name}" for name in missing]
    out.append("")
    for inside, title, licence, text_file in EMBEDDED:
        if _normal(inside) not in names:
            continue
        out += [RULE, title, f"Licence: {licence}", RULE]
        if text_file:
            out.append((licenses_dir / text_file).read_text(encoding="utf-8"))
        else:
            out.append("The SQLite source code is dedicated to the public domain.\n")
    for dist in dists:
        meta = dist.metadata
        home = _field(meta, "Home-page") or next(
            (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or []), "")
        out += [RULE, f"{meta['Name']} {dist.version}", f"Licence: {_license_of(dist)}"]
        if home:
            out.append(f"Home: {home}")
        out.append(RULE)
        for name, text in _license_texts(dist):
            out += [f"--- {name} ---", text.rstrip(), ""]
    if bundled_python or getattr(sys, "frozen", False):
        version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
        out += [RULE, f"Python {sys.version.split()[0]}", "Licence: PSF-2.0", RULE]
        for python_license in (Path(sys.base_prefix, "lib", version, "LICENSE.txt"),
                               Path(sys.base_prefix, "LICENSE.txt")):  # Unix, Windows
            if python_license.is_file():
                out.append(python_license.read_text(encoding="utf-8"))
                break
    for name in missing:
        out += [RULE, name, "Licence: see the licence files installed with this package "
                "(not installed where this file was generated)", RULE]
    return "\n".join(out).rstrip() + "\n"


def write(target: Path, licenses_dir: Path, requirements: list[str] | None = None, *,
          bundled_python: bool = False) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(licenses_dir, requirements, bundled_python=bundled_python),
                      encoding="utf-8")
    return target


if __name__ == "__main__":  # python wellness_app/notices.py OUTPUT
    here = Path(__file__).resolve().parent.parent
    print(write(Path(sys.argv[1]), here / "resources" / "licenses"))
