"""A TinyDB storage that never loses data.

TinyDB's own JSONStorage rewrites the file in place (seek, write, truncate) and takes no lock:
a crash half-way leaves half a file, and two processes overwrite each other. This storage
instead writes a temporary file in the same folder, flushes and fsyncs it, `os.replace`s it over
the database and fsyncs the folder, so the file on disk is always either the old or the new
whole database. Reads are served from memory until the file on disk changes (checked with one
`stat`), so a query never re-parses the file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import json
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import msgspec
from tinydb.storages import Storage

from handoff.errors import DamagedDatabase, StoreError, ValidationError

Data = dict[str, dict[str, Any]]


META = "_meta"  # the table of the schema record (see `store`)
_TOKEN_BYTES = 16
# Every save writes a new random token first in the file: `{"_meta":{"1":{"write":"<hex>",`.
# A reader compares it (one small read) to decide whether the file changed. The file's inode,
# size and time alone are not enough: on a file system with 1-second times a rewrite of the
# same size within the same second, into a reused inode, looks unchanged.
_TOKEN_PREFIX = b'{"' + META.encode() + b'":{"1":{"write":"'
_TOKEN_RE = re.compile(re.escape(_TOKEN_PREFIX) + rb'([0-9a-f]{%d})"' % (2 * _TOKEN_BYTES))
_HEAD = len(_TOKEN_PREFIX) + 2 * _TOKEN_BYTES + 1
# A JSON escape of a lone surrogate: text that cannot be written as UTF-8.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")

Key = tuple[int, int, int, str | None]


def new_token() -> str:
    return secrets.token_hex(_TOKEN_BYTES)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the file would exceed the file-size limit",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.EDQUOT: "the disk quota is exceeded",
}


def _temporary(path: Path) -> tuple[int, Path]:
    """A new, empty file beside `path` named `.<name>.<16 hex digits>.tmp`, open for writing."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:
            continue


def atomic_write_bytes(
    path: Path,
    payload: bytes | Iterable[bytes],
    *,
    mode: int | None = None,
    exclusive: bool = False,
) -> os.stat_result:
    """Replace `path` with `payload` so that a crash leaves either the old or the new file.

    The file gets `mode`, or (None) the mode of the file it replaces, or 0600 for a new one.
    `exclusive`: never replace an existing file (`FileExistsError`). Returns the new file's
    status (inode, size, time). Raises `StoreError` (after removing the temporary file) when
    anything else fails; the previous file is then untouched. `payload` may come in chunks
    (`encode_chunks`), so a large database is never held whole as one string.
    """
    from handoff.paths import shown

    folder = path.parent
    if mode is None:
        try:
            mode = os.stat(path).st_mode & 0o777
        except FileNotFoundError:
            mode = 0o600  # client data: readable by its owner only
    tmp: Path | None = None
    try:
        fd, tmp = _temporary(path)
        with os.fdopen(fd, "wb") as handle:
            for chunk in (payload,) if isinstance(payload, bytes) else payload:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), mode)
            status = os.fstat(handle.fileno())
        if exclusive:
            _link_exclusive(tmp, path)
        else:
            os.replace(tmp, path)
            tmp = None
        fsync_dir(folder)
    except FileExistsError:
        raise
    except OSError as exc:
        reason = _REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)
        raise StoreError(
            f"could not save {shown(path)}: {reason}; the previous file is unchanged"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return status


def _link_exclusive(tmp: Path, path: Path) -> None:
    """Give `tmp`'s content the name `path` unless `path` exists (then `FileExistsError`)."""
    try:
        os.link(tmp, path)  # atomic, and fails when the name is taken
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise
        # A file system without hard links (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
        os.rename(tmp, path)


def write_output(target: Path | None, payload: bytes, *, mode: int | None = None) -> None:
    """Write a file a command made to `target` (see `paths.output_path`), or to standard output
    when `target` is None."""
    import sys

    if target is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return
    atomic_write_bytes(target, payload, mode=mode)


def _stale_temporary(database: Path) -> re.Pattern[str]:
    # Ours (16 hex digits) and those of older versions (tempfile's 8 characters), for the
    # database and for the copies a restore keeps.
    return re.compile(
        rf"\.{re.escape(database.name)}(?:\.before-restore-[0-9-]+)?\."
        r"(?:[0-9a-f]{16}|[a-z0-9_]{8})\.tmp"
    )


def remove_stale_temporaries(database: Path) -> int:
    """Remove the temporary files that a save killed half-way (kill -9, power cut) left beside
    `database`. Call only under the database lock: every live save of this database holds it,
    so none of the files removed is being written. Returns how many were removed."""
    pattern = _stale_temporary(database)
    removed = 0
    try:
        entries = list(os.scandir(database.parent))
    except OSError:
        return 0
    for entry in entries:
        if pattern.fullmatch(entry.name):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _field_path(data: Any, trail: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Where in `data` a string holds a lone surrogate (text that is not UTF-8), or None."""
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            return trail
        return None
    if isinstance(data, dict):
        for key, value in data.items():
            found = (
                _field_path(str(key), (*trail, "(field name)")) if isinstance(key, str) else None
            )
            found = found or _field_path(value, (*trail, str(key)))
            if found is not None:
                return found
    elif isinstance(data, (list, tuple)):
        for index, value in enumerate(data):
            found = _field_path(value, (*trail, str(index)))
            if found is not None:
                return found
    return None


def _not_utf8(trail: tuple[str, ...]) -> str:
    """'clients record 3, field notes: not valid UTF-8 text' (never the text itself)."""
    safe = [part.encode("utf-8", "backslashreplace").decode("utf-8") for part in trail]
    if len(safe) >= 3:
        where = f"{safe[0]} record {safe[1]}, field {'.'.join(safe[2:])}"
    else:
        where = " ".join(safe) or "the data"
    return f"{where}: not valid UTF-8 text"


def encode(data: Data, token: str | None = None) -> bytes:
    """The database file's bytes. `token` (see `new_token`) is written first, when the data has
    its schema record. Text that is not UTF-8 is refused naming the record and field."""
    out: dict[str, Any] = data
    meta = data.get(META)
    if token is not None and isinstance(meta, dict) and isinstance(meta.get("1"), dict):
        first = {"write": token, **{k: v for k, v in meta["1"].items() if k != "write"}}
        out = {META: {"1": first, **{k: v for k, v in meta.items() if k != "1"}}}
        out.update((name, table) for name, table in data.items() if name != META)
    try:
        return json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        trail = _field_path(out)
        raise ValidationError(_not_utf8(trail or ()), "text") from None


_DOCS_PER_CHUNK = 2000


def encode_chunks(data: Data, token: str | None = None) -> Iterator[bytes]:
    """The bytes of `encode(data, token)`, a few thousand records at a time.

    Encoding a 100,000-client database at once held a 70 MB string (two bytes a character as
    soon as one name has a Polish letter) and its 35 MB of bytes next to the data itself.
    """
    meta = data.get(META)
    if token is not None and isinstance(meta, dict) and isinstance(meta.get("1"), dict):
        head = {"write": token, **{k: v for k, v in meta["1"].items() if k != "write"}}
        ordered: dict[str, Any] = {META: {"1": head, **{k: v for k, v in meta.items() if k != "1"}}}
        ordered.update((name, table) for name, table in data.items() if name != META)
        data = ordered

    def dumps(value: object) -> bytes:
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            trail = _field_path(data)
            raise ValidationError(_not_utf8(trail or ()), "text") from None

    yield b"{"
    for t, (name, table) in enumerate(data.items()):
        yield (b"," if t else b"") + dumps(name) + b":{"
        docs = iter(table.items())
        first = True
        while chunk := dict(itertools.islice(docs, _DOCS_PER_CHUNK)):
            yield (b"" if first else b",") + dumps(chunk)[1:-1]
            first = False
        yield b"}"
    yield b"}"


_NOT_READ = object()


def decode(path: Path, raw: bytes) -> Data:
    """Parse a database file; anything that is not one is `DamagedDatabase`. (The write
    token is still in the data: see `take_token`.)"""
    from handoff.paths import shown

    try:
        # msgspec parses in half the time of `json` (0.7 s against 1.2 s for 100,000 clients,
        # the biggest part of opening a large firm); anything it refuses (damaged text, NaN,
        # huge numbers) goes to `json`, whose answer and error message stay as they were.
        data = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        data = _NOT_READ
    try:
        if data is _NOT_READ:
            data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedDatabase(f"{shown(path)} is not a handoff database (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise DamagedDatabase(
            f"{shown(path)} is damaged (JSON error at line {exc.lineno}, column {exc.colno})"
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise DamagedDatabase(f"{shown(path)} is not a handoff database (unexpected structure)")
    if _SURROGATE_ESCAPE.search(raw):
        trail = _field_path(data)
        if trail is not None:
            raise DamagedDatabase(f"{shown(path)}: {_not_utf8(trail)}")
    return data


def take_token(data: Data) -> str | None:
    """Remove the write token from decoded data (the store never sees it) and return it."""
    first = data.get(META, {}).get("1")
    if isinstance(first, dict) and "write" in first:
        value = first.pop("write")
        return value if isinstance(value, str) else None
    return None


class AtomicJSONStorage(Storage):
    """The storage behind `Store`: atomic writes, cached reads, deferred writes for batches."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: Data | None = None
        # What the file looked like when it was read or written: (inode, size, time, token).
        self._key: Key | None = None
        self._deferred = False
        self._dirty = False
        # Bumped whenever the in-memory data is replaced from outside this process's own writes
        # (a load from disk, or a failed batch thrown away), so callers can drop their caches.
        self.generation = 0

    # -- TinyDB's interface -------------------------------------------------------------
    def read(self) -> Data | None:
        if self._deferred:
            return self._data
        from handoff.paths import shown

        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            if self._data is not None or self._key is not None:
                self.generation += 1
            self._data, self._key = None, None
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {shown(self.path)}: {exc.strerror}") from None
        try:
            # One open file for the check and the read: both see the same file, even when
            # another process replaces it in between.
            status = os.fstat(fd)
            head = os.pread(fd, _HEAD, 0)
            match = _TOKEN_RE.match(head)
            key = (
                status.st_ino,
                status.st_size,
                status.st_mtime_ns,
                match.group(1).decode() if match else None,
            )
            if key == self._key:
                return self._data
            chunks = []
            while chunk := os.read(fd, 1 << 22):
                chunks.append(chunk)
            raw = b"".join(chunks)
        except OSError as exc:
            raise StoreError(f"cannot read {shown(self.path)}: {exc.strerror}") from None
        finally:
            os.close(fd)
        data = decode(self.path, raw)
        self._data, self._key = data, (key[0], key[1], key[2], take_token(data))
        self.generation += 1
        return self._data

    def write(self, data: Data) -> None:
        self._data = data
        if self._deferred:
            self._dirty = True
            return
        self._save()

    # -- batches ------------------------------------------------------------------------
    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold every write in memory and save once at the end; on error, save nothing."""
        if self._deferred:  # nested batch: the outer one saves
            yield
            return
        self.read()
        self._deferred, self._dirty = True, False
        try:
            yield
        except BaseException:
            self._deferred = False
            self.forget()
            raise
        self._deferred = False
        if self._dirty:
            self._save()

    def forget(self) -> None:
        """Drop what is in memory; the next read loads the file again."""
        self._data, self._key, self._dirty = None, None, False
        self.generation += 1

    def _save(self) -> None:
        """Write the data (the caller holds the database lock)."""
        assert self._data is not None
        token = new_token()
        try:
            payload = encode_chunks(self._data, token)
            remove_stale_temporaries(self.path)
            atomic_write_bytes(self.path, payload)
            # The file as written: the lock keeps every other handoff from replacing it first.
            status = os.stat(self.path)
        except BaseException:
            self.forget()  # memory may hold the change that failed: reload the good file
            raise
        self._key = (status.st_ino, status.st_size, status.st_mtime_ns, token)


class FileLock:
    """An exclusive, re-entrant `flock` on the folder that holds the database, held for
    read-modify-write.

    The folder is locked rather than a lock file beside the database: a lock file can be
    deleted (or replaced) while a process holds it, and the next process would then lock a new
    file and write at the same time. A folder that holds the database cannot be deleted, and
    stays the same folder while the database lies in it. Databases in one folder share the lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path  # the database
        self.folder = path.parent
        self._fd: int | None = None
        self._depth = 0

    def acquire(self, blocking: bool = True) -> bool:
        """Take the lock (or one more level of it); False if `blocking` is off and another
        holder has it."""
        if self._depth == 0:
            from handoff.paths import shown

            try:
                fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
            except OSError as exc:
                raise StoreError(
                    f"cannot lock {shown(self.path)}: {shown(self.folder)}: {exc.strerror}"
                ) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            except OSError as exc:
                os.close(fd)
                raise StoreError(f"cannot lock {shown(self.path)}: {exc.strerror}") from None
            self._fd = fd
        self._depth += 1
        return True

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
