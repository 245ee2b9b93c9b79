"""What a file read for import is: its header and its rows, as text, before any mapping.

The rows of a CSV file are not kept in memory: `Records` holds the first few (for the preview
and for guessing the mapping) and reads the file again, in a stream, to give the rest. A
100,000-row export therefore costs a few kilobytes here, not hundreds of megabytes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

SAMPLE_ROWS = 200  # rows kept in memory: the preview, and the columns that hold anything
PREVIEW_ROWS = 5
BROKEN = "\x00broken"  # marks a card vobject could not read; a real cell never holds NUL


@dataclass(slots=True)
class SourceRecord:
    """One row of a CSV file or one card of a vCard file, as text cells."""

    row: int  # CSV: the spreadsheet row (the header is row 1); vCard: the card's number
    line: int  # the line of the file where it starts
    cells: list[str]


class Records(Sequence[SourceRecord]):
    """The rows of a file: counted and sampled when it was read, streamed again when iterated."""

    def __init__(
        self,
        sample: list[SourceRecord],
        count: int,
        reread: Callable[[], Iterator[SourceRecord]] | None = None,
    ) -> None:
        self._sample = sample
        self._count = count
        self._reread = reread

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[SourceRecord]:
        if self._reread is None or self._count <= len(self._sample):
            return iter(self._sample)
        return self._reread()

    @overload
    def __getitem__(self, index: int) -> SourceRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[SourceRecord]: ...

    def __getitem__(self, index: int | slice) -> SourceRecord | list[SourceRecord]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if stop <= len(self._sample):
                return self._sample[index]
            return list(itertools.islice(iter(self), start, stop, step))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index < len(self._sample):
            return self._sample[index]
        return next(itertools.islice(iter(self), index, None))


@dataclass
class SourceTable:
    """A file read into a header and rows, before any mapping or validation."""

    path: Path
    kind: str  # "csv" or "vcard"
    encoding: str  # the codec that decoded it
    encoding_label: str  # what the user is told, e.g. "cp1250 (Windows Central European)"
    delimiter: str | None
    headers: list[str]
    records: Sequence[SourceRecord]
    shape: str = ""  # e.g. "Google Contacts export"; "" when not recognised

    @property
    def name(self) -> str:
        return self.path.name

    def where(self, record: SourceRecord) -> str:
        """How a person finds a record: 'row 4' (a spreadsheet's numbering) or 'card 2'."""
        return self.where_at(record.row, record.line)

    def where_at(self, row: int, line: int) -> str:
        if self.kind == "vcard":
            return f"card {row} (line {line})"
        if line != row:  # multi-line cells above: the text editor's line differs
            return f"row {row} (line {line})"
        return f"row {row}"

    @property
    def format_label(self) -> str:
        if self.kind == "vcard":
            return "vCard"
        return f"CSV ({self.shape})" if self.shape else "CSV"

    @property
    def delimiter_label(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter or "", "")
