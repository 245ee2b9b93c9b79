"""Errors a person can read. The command line prints them on one line and exits 2."""

from __future__ import annotations


class HandoffError(Exception):
    """Base for every error that carries a message meant for a person."""


class ValidationError(HandoffError):
    """Input that does not make sense: a bad date, an unknown id, an empty name."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(ValidationError):
    """An id or a name that matches nothing (or more than one thing)."""


class StoreError(HandoffError):
    """The database cannot be read or written; the previous file is always left intact."""


class DamagedDatabase(StoreError):
    """The file exists but is not a handoff database we can read; it is never overwritten."""


class Conflict(StoreError):
    """A save from a copy that is out of date: someone else saved the record since it was read.

    `current` is the record as it is stored now, so the person can choose what to keep. The
    message names the record by its id, never by what it holds.
    """

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current


class UnexpectedError(HandoffError):
    """Something failed that nobody foresaw. Its message names only the kind of failure and
    where the (data-free) traceback was logged: never the failing exception's own text, which
    may quote a record (a `UnicodeEncodeError` quotes the whole database it failed to encode)."""
