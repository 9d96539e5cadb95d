"""Errors the user or the environment caused: shown as a clear message, never a crash."""


class UserError(Exception):
    """Bad input or environment: the message is shown to the person as is; nothing changed."""


class ValidationError(UserError):
    """A value the person entered is out of range or malformed."""


class NotFoundError(UserError):
    """A record the person referred to does not exist (any more)."""
