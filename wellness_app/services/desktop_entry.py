"""Freedesktop desktop-entry text: the `Exec=` quoting rules and the launcher/autostart
files built with them (desktop-file-validate checks the result in the tests).

The spec's quoting is not a shell's: single quotes are not allowed, an argument with a
reserved character goes in double quotes with `"`, `` ` ``, `$` and `\\` escaped, and the
whole value is then escaped once more as a desktop-entry string (`\\` doubles)."""

from __future__ import annotations

from collections.abc import Sequence

from wellness_app import APP_DISPLAY_NAME, APP_ID

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


def exec_argument(argument: str) -> str:
    """One argument for an `Exec=` line (before string escaping)."""
    if argument == "":
        return '""'
    text = argument.replace("%", "%%")  # a literal percent sign is doubled
    if not any(char in _RESERVED for char in text):
        return text
    inner = "".join(f"\\{char}" if char in _ESCAPED_IN_QUOTES else char for char in text)
    return f'"{inner}"'


def exec_line(command: Sequence[str]) -> str:
    """The value of an `Exec=` key for `command`, escaped as a desktop-entry string."""
    if not command:
        raise ValueError("empty command")
    joined = " ".join(exec_argument(part) for part in command)
    return joined.replace("\\", "\\\\")


def autostart_entry(command: Sequence[str]) -> str:
    """The XDG autostart file that starts the app minimised at login."""
    return (
        "[Desktop Entry]\nType=Application\n"
        f"Name={APP_DISPLAY_NAME}\n"
        "Comment=Private, offline wellness journal\n"
        f"Exec={exec_line([*command, '--minimized'])}\n"
        f"Icon={APP_ID}\nTerminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def launcher_entry(template: str, command: Sequence[str]) -> str:
    """The shipped launcher entry (`template`) with `Exec=`/`TryExec=` pointing at
    `command`, so a pip or pipx install in a folder off PATH still starts."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line(command)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0].replace(chr(92), chr(92) * 2)}"
        lines.append(line)
    return "\n".join(lines) + "\n"
