"""Output helpers shared by the entry point and the parser (no heavy imports)."""


def one_line(text: str) -> str:
    """Control characters (a newline typed into an argument) shown escaped: one line stays one."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
