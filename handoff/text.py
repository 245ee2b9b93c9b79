"""Cleaning text that enters the model, so nothing stored can drive a terminal."""

from __future__ import annotations

import re

# Whole escape sequences first (so "\x1b[2J" does not leave "[2J" behind), then lone controls.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?   # OSC ... BEL or ST (window title, hyperlinks)
    | \x1b[P^_X][^\x1b]*(?:\x1b\\)?       # DCS, PM, APC, SOS strings
    | \x1b\[[0-?]*[ -/]*[@-~]             # CSI: cursor moves, colours, clear screen
    | \x9b[0-?]*[ -/]*[@-~]               # 8-bit CSI
    | \x1b[ -/]*[0-~]                     # other two-character escapes
    """,
    re.VERBOSE,
)
# C0 except tab and newline, DEL, and C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """Return `value` without terminal control characters or escape sequences.

    Line breaks survive (CR LF and lone CR become LF); tabs survive; everything else that a
    terminal would act on is removed.
    """
    if not _CONTROL.search(value):  # the common case: nothing to clean (CR is a control too)
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _ESCAPE_SEQUENCE.sub("", value)
    return _CONTROL.sub("", value)


def clean_line(value: str) -> str:
    """Like `clean_text`, for one-line fields: line breaks and tabs become spaces, ends trimmed."""
    value = clean_text(value)
    if "\n" in value or "\t" in value:
        value = " ".join(value.replace("\t", " ").split("\n"))
    return value.strip()
