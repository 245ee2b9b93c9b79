"""Reading a file for import: its encoding, whether it is CSV or vCard, its delimiter, its rows.

A CSV file is read in a stream, twice at most: once here (to check the encoding and the
quoting of every row, count the rows and keep the first few), and once more when the plan
walks its rows (`Records`). Neither pass keeps the whole file in memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

from handoff.errors import ValidationError
from handoff.importing.mapping import shape_of
from handoff.importing.table import SAMPLE_ROWS, Records, SourceRecord, SourceTable
from handoff.text import clean_line

MAX_FILE_BYTES = 200 * 1024 * 1024  # a contacts export this large is a mistake, not a client list
CSV_FIELD_LIMIT = 64 * 1024 * 1024  # read huge cells so the error can name their row and column
_CHUNK = 1 << 20  # bytes read at a time
_HEAD = 65536  # bytes looked at to tell binary data, vCard and the delimiter

_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16 with BOM",
    "cp1250": "cp1250 (Windows Central European)",
    "cp1252": "cp1252 (Windows Western European)",
    "iso-8859-2": "ISO-8859-2 (Latin-2)",
    "latin-1": "latin-1 (ISO-8859-1)",
}
_LEGACY = ("cp1250", "cp1252", "iso-8859-2", "latin-1")
# Letters common in the languages whose legacy files we expect (Polish and Catalan, and the
# Western European neighbours). A wrong guess turns them into symbols (¹ ³ ¿ £) or into
# letters hardly any language uses (ŕ ď ň), which is how the right codec is told apart.
_LIKELY_LETTERS = set(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"  # Polish
    "àèéíïòóúüçÀÈÉÍÏÒÓÚÜÇ·"  # Catalan
    "áâãäåêëìîñôõöùûýÿßÁÂÃÄÅÊËÌÎÑÔÕÖÙÛÝ"  # Spanish, French, German, Portuguese, Italian
    "čěřšťůžČĚŘŠŤŮŽ"  # Czech and Slovak, the other cp1250 users
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SCORE_SAMPLE = 1_000_000  # bytes: plenty to tell codecs apart, quick on a huge file


def _first_bad_byte(path: Path, codec: str) -> int | None:
    """Decode the whole file in chunks; the offset of the first byte `codec` cannot decode."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = 0
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return max(0, offset + exc.start - len(decoder.getstate()[0]))
            if not chunk:
                return None
            offset += len(chunk)


def _decode_check(path: Path, head: bytes, source: str, forced: str | None) -> str:
    """The codec of the file: UTF-8 (with or without BOM) first, then the likeliest legacy one."""
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise ValidationError(f"{source}: unknown encoding {forced!r}") from None
        bad = _first_bad_byte(path, forced)
        if bad is not None:
            raise ValidationError(
                f"{source} is not {forced} text (byte {bad + 1} cannot be decoded)"
            )
        return forced
    if head.startswith(b"\xef\xbb\xbf"):
        bad = _first_bad_byte(path, "utf-8-sig")
        if bad is not None:
            raise ValidationError(f"{source} starts like UTF-8 but byte {bad + 1} is not UTF-8")
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        if _first_bad_byte(path, "utf-16") is not None:
            raise ValidationError(f"{source} starts like UTF-16 but is not")
        return "utf-16"
    if _first_bad_byte(path, "utf-8") is None:
        return "utf-8"
    with open(path, "rb") as handle:
        sample = handle.read(_SCORE_SAMPLE)
    best: tuple[int, int, str] | None = None
    for rank, codec in enumerate(_LEGACY):
        if _first_bad_byte(path, codec) is not None:
            continue
        candidate = (_plausibility(sample.decode(codec, errors="ignore")), -rank, codec)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    assert best is not None  # latin-1 decodes any bytes
    return best[2]


def _plausibility(sample: str) -> int:
    """How much `sample` looks like names and notes: likely letters up, mojibake down."""
    score = 0
    for match in _NON_ASCII.finditer(sample):
        ch, i = match.group(), match.start()
        if "\x80" <= ch <= "\x9f":  # C1 controls: latin-1 reading Windows bytes
            score -= 20
        elif ch in _LIKELY_LETTERS:
            score += 2
        elif ch.isalpha():
            score -= 1
        else:  # a symbol glued to a letter ('Micha³', 'Wi¿e') is a wrongly decoded letter
            before = sample[i - 1] if i else " "
            after = sample[i + 1] if i + 1 < len(sample) else " "
            if before.isalpha() or after.isalpha():
                score -= 10
    return score


def _check_not_binary(head: bytes, text: str, source: str) -> None:
    if head.startswith(b"PK\x03\x04"):
        raise ValidationError(
            f"{source} is a zip file (an Excel workbook?), not CSV or vCard: "
            "save it as CSV from the spreadsheet first"
        )
    if head.startswith(b"%PDF"):
        raise ValidationError(f"{source} is a PDF, not CSV or vCard")
    # Escape codes (ESC) are text someone pasted: cleaned later, not a sign of binary data.
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\x1b")
    if "\x00" in text or controls > max(8, len(text) // 20):
        raise ValidationError(
            f"{source} does not look like a text file (it holds binary data): "
            "give a CSV or vCard (.vcf) file"
        )


def _stamp(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns)


def read_source(path: Path | str, encoding: str | None = None) -> SourceTable:
    """Read a CSV or vCard file into a `SourceTable`; errors name the file (and line)."""
    path = Path(path).expanduser()
    source = path.name
    try:
        if path.is_dir():
            raise ValidationError(f"{path} is a folder, not a CSV or vCard file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                f"{source}: {size:,} bytes is too large to import (at most {MAX_FILE_BYTES:,})"
            )
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
        if size <= _HEAD and not head.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
            raise ValidationError(f"{source} is empty: there is nothing to import")
        codec = _decode_check(path, head, source, encoding)
    except FileNotFoundError:
        raise ValidationError(f"{path}: no such file") from None
    except OSError as exc:
        raise ValidationError(f"{path}: {exc.strerror}") from None
    text = head.decode(codec, errors="ignore")
    _check_not_binary(head, text, source)
    label = _ENCODING_LABELS.get(codec, codec)
    if _looks_like_vcard(text):
        from handoff.importing.vcard import read_vcards

        whole = path.read_bytes().decode(codec)
        headers, records = read_vcards(whole, source)
        return SourceTable(path, "vcard", codec, label, None, headers, records, "vCard")
    delimiter, skip_first = _sniff_delimiter(text)
    stamp = _stamp(path)

    def rows() -> Iterator[tuple[int, list[str]]]:
        return _csv_rows(path, codec, delimiter, skip_first, source)

    reader = rows()
    header = next(reader, None)
    if header is None:
        raise ValidationError(f"{source} is empty: there is nothing to import")
    headers = [clean_line(c) for c in header[1]]
    sample: list[SourceRecord] = []
    count = 0
    for line, cells in reader:
        count += 1
        if count <= SAMPLE_ROWS:
            sample.append(SourceRecord(row=count + 1, line=line, cells=cells))
    if not count:
        raise ValidationError(f"{source} has a header row but no clients under it")

    def reread() -> Iterator[SourceRecord]:
        if _stamp(path) != stamp:
            raise ValidationError(f"{source} changed since it was read: read it again")
        again = rows()
        next(again)
        for row, (line, cells) in enumerate(again, start=2):
            yield SourceRecord(row=row, line=line, cells=cells)

    return SourceTable(
        path, "csv", codec, label, delimiter, headers, Records(sample, count, reread),
        shape_of(headers),
    )  # fmt: skip


def _sniff_delimiter(text: str) -> tuple[str, bool]:
    """Pick comma, semicolon or tab: the one that splits the header into the most columns
    and the first rows into as many. Honours Excel's 'sep=;' first line (then skipped)."""
    head = text.lstrip("\ufeff").partition("\n")[0]
    hint = head.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5:
        delimiter = head.strip()[4]
        return ("\t" if delimiter == "t" else delimiter), True
    sample = text[: text.rfind("\n") + 1] or text
    best: tuple[tuple[bool, float, int], str] | None = None
    for delimiter in (",", ";", "\t"):
        try:
            rows = [
                r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r
            ]
        except csv.Error:
            rows = []
        if not rows:
            continue
        width = len(rows[0])
        body = rows[1:21]
        steady = sum(1 for r in body if len(r) == width) / len(body) if body else 1.0
        score = (width > 1, steady, width)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return (best[1] if best else ","), False


def _csv_rows(
    path: Path, codec: str, delimiter: str, skip_first: bool, source: str
) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, cells) for every non-blank row, the header first."""
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    with open(path, encoding=codec, newline="") as handle:
        first_line = 1
        if skip_first:
            handle.readline()
            first_line = 2
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        header_seen = False
        row = 1
        while True:
            start = first_line + reader.line_num
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                where = f"row {row + 1}" if header_seen else "the header row"
                problem = (
                    'a quoted cell is never closed (a " is missing)'
                    if "end of data" in str(exc)
                    else f"broken quoting ({exc}): a cell that holds a quote must be quoted "
                    'whole, with the quote doubled ("")'
                )
                raise ValidationError(
                    f"{source}, {where} (line {start}): {problem}; nothing was imported"
                ) from None
            if not any(c.strip() for c in cells):
                continue  # blank lines are not rows
            if header_seen:
                row += 1
            header_seen = True
            yield start, cells


def _looks_like_vcard(text: str) -> bool:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("\ufeff").upper() == "BEGIN:VCARD"
    return False
