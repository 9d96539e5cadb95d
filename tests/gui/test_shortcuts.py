"""No shortcut is bound twice where both could fire (Qt then fires neither, "Ambiguous
shortcut overload"), and the README's table of shortcuts matches the code."""

from __future__ import annotations

import re
from pathlib import Path

from shortcut_map import GLOBAL, bindings, duplicates

from wellness_app.ui.shell.registry import PAGES

README = Path(__file__).parents[2] / "README.md"
# the same key under another name on some platforms (QKeySequence.StandardKey)
ALIASES = {"Ctrl+Return": "Ctrl+Enter", "Ctrl+Y": "Ctrl+Shift+Z"}


def every_binding(window):  # type: ignore[no-untyped-def]
    for action in window.pages_menu.actions():  # every page built, as a person visits them
        action.trigger()
    return bindings(window, {spec.key: window.page(spec.key) for spec in PAGES})


def readme_table() -> set[tuple[str, str]]:
    """(keys, page key or GLOBAL) for every Ctrl row of the README's shortcut table (a
    row may name several pages: "Light, Movement")."""
    titles = {spec.title: spec.key for spec in PAGES} | {"anywhere": GLOBAL}
    rows = set()
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or "Ctrl" not in cells[0]:
            continue
        keys = cells[0]
        for where in (titles[title.strip()] for title in cells[1].split(",")):
            match = re.fullmatch(r"Ctrl\+(\d) … Ctrl\+(\d)", keys)
            if match:
                first, last = int(match[1]), int(match[2])
                rows |= {(f"Ctrl+{n}", where) for n in range(first, last + 1)}
                continue
            rows |= {(k.strip(), where) for k in keys.split(" / ")}
    return rows


def test_no_shortcut_is_bound_twice(main_window) -> None:  # type: ignore[no-untyped-def]
    found = every_binding(main_window)
    assert not duplicates(found), "\n".join(duplicates(found))


def test_a_shortcut_bound_twice_is_caught() -> None:
    from shortcut_map import Binding

    assert duplicates([Binding("Ctrl+Shift+E", GLOBAL, GLOBAL, "File › Export"),
                       Binding("Ctrl+Shift+E", "trends", "trends", "Export PNG")])
    assert not duplicates([Binding("Ctrl+S", "safety", "safety", "Save"),
                           Binding("Ctrl+S", "light", "light", "Save")])


def test_readme_lists_exactly_the_shortcuts_in_the_code(main_window) -> None:  # type: ignore[no-untyped-def]
    found = every_binding(main_window)
    in_code = {(ALIASES.get(b.keys, b.keys), b.page) for b in found if "Ctrl+" in b.keys}
    documented = readme_table()
    assert documented - in_code == set(), "in the README but not bound"
    assert in_code - documented == set(), "bound but missing from the README's table"
