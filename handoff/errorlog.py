"""The errors log: what an unexpected error leaves behind, and the one line a person sees.

A log entry keeps the frames and the kind of each exception in the chain, never a message or a
local variable (either may quote a private note). `handoff.errors` stays free of any import of
its own, so every module can use it.
"""

from __future__ import annotations

import os
from datetime import UTC

from handoff.errors import UnexpectedError

# A log entry keeps the frames (file, line, function, source line) and the kind of each
# exception in the chain: enough to find the bug. It never keeps an exception's message or any
# local variable, because either may hold a private note.
_LOG_NOTE = "(exception messages and local variables are left out: they may hold private data)"


def _chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        chain.append(current)
        seen.add(id(current))
        wrapped = getattr(current, "error", None)  # Textual's WorkerFailed wraps the real error
        if isinstance(wrapped, BaseException):
            current = wrapped
        elif current.__cause__ is not None:
            current = current.__cause__
        elif not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    return chain


def _kind(exc: BaseException) -> str:
    kind = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__"):
        kind = f"{module}.{kind}"
    if isinstance(exc, OSError) and exc.errno is not None:
        import errno

        kind += f" [{errno.errorcode.get(exc.errno, exc.errno)}]"
    elif isinstance(exc, UnicodeError):
        reason = getattr(exc, "reason", "")
        kind += f" [{reason}]" if isinstance(reason, str) else ""
    return kind


def safe_traceback(exc: BaseException) -> str:
    """A traceback of `exc` (and what caused it) without messages or local variables."""
    import traceback

    lines = [_LOG_NOTE + "\n"]
    for each in reversed(_chain(exc)):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(traceback.extract_tb(each.__traceback__)))
        lines.append(_kind(each) + "\n")
    return "".join(lines)


def log_unexpected(exc: BaseException) -> str:
    """Append `exc`'s safe traceback to the errors log; returns where it went."""
    try:
        from datetime import datetime

        from handoff.paths import error_log_path

        path = error_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {stamp}\n{safe_traceback(exc)}\n")
        return str(path)
    except Exception:
        return "(the error log could not be written)"


def unexpected(exc: BaseException, where: str = "") -> UnexpectedError:
    """The one line a person sees for `exc`: its kind and the log; `exc` itself is logged."""
    log = log_unexpected(exc)
    return UnexpectedError(f"unexpected error{where} ({type(exc).__name__}); details in {log}")
