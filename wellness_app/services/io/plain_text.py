"""Daylio's bits of HTML in notes (`<br>`, `<b>`, `<li>`, entities) → plain text.

Hand-written on html.parser (stdlib) because the job is tiny: keep text, turn block
tags into line breaks and list items into "- " lines, drop every other tag.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "blockquote"}
_LISTS = {"ul", "ol"}
_TAG_HINT = re.compile(r"</?[a-zA-Z][^>]*>|&[#a-zA-Z0-9]+;")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK or tag in _LISTS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(text: str) -> str:
    """Plain text; text without tags or entities is returned unchanged (only trimmed)."""
    if not _TAG_HINT.search(text):
        return text.strip()
    parser = _Text()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts).replace("\xa0", " ")  # &nbsp;
    lines = [line.rstrip() for line in joined.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
