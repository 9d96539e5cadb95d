"""Output helpers shared by the entry point and the parser (no heavy imports)."""


def one_line(text: str) -> str:
    """Control characters (a newline typed into an argument) shown escaped: one line stays one."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def counted(count: int, one: str, many: str) -> str:
    """"1 day", "2 days", "1,204 check-ins": the number with the right form of the noun."""
    return f"{count:,} {one if count == 1 else many}"
