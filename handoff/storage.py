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
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from handoff.errors import DamagedDatabase, StoreError

Data = dict[str, dict[str, Any]]


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, payload: bytes | Iterable[bytes]) -> None:
    """Replace `path` with `payload` so that a crash leaves either the old or the new file.

    `payload` may come in chunks (`encode_chunks`), so a large database is never held whole
    as one string. Raises `StoreError` (after removing the temporary file) when anything fails;
    the previous file is then untouched.
    """
    folder = path.parent
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        mode = 0o600  # client data: readable by its owner only
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            for chunk in (payload,) if isinstance(payload, bytes) else payload:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
        fsync_dir(folder)
    except OSError as exc:
        reason = {
            errno.ENOSPC: "the disk is full",
            errno.EFBIG: "the file would exceed the file-size limit",
            errno.EACCES: "permission denied",
            errno.EROFS: "the disk is read-only",
            errno.EDQUOT: "the disk quota is exceeded",
        }.get(exc.errno or 0, exc.strerror or str(exc))
        raise StoreError(
            f"could not save {path}: {reason}; the previous file is unchanged"
        ) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def encode(data: Data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_DOCS_PER_CHUNK = 2000


def encode_chunks(data: Data) -> Iterator[bytes]:
    """The bytes of `encode(data)`, a few thousand records at a time.

    Encoding a 100,000-client database at once held a 70 MB string (two bytes a character as
    soon as one name has a Polish letter) and its 35 MB of bytes next to the data itself.
    """

    def dumps(value: object) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

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


def decode(path: Path, raw: bytes) -> Data:
    """Parse a database file; anything that is not one is `DamagedDatabase`."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedDatabase(f"{path} is not a handoff database (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise DamagedDatabase(
            f"{path} is damaged (JSON error at line {exc.lineno}, column {exc.colno})"
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise DamagedDatabase(f"{path} is not a handoff database (unexpected structure)")
    return data


class AtomicJSONStorage(Storage):
    """The storage behind `Store`: atomic writes, cached reads, deferred writes for batches."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: Data | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._deferred = False
        self._dirty = False
        # Bumped whenever the in-memory data is replaced from outside this process's own writes
        # (a load from disk, or a failed batch thrown away), so callers can drop their caches.
        self.generation = 0

    # -- TinyDB's interface -------------------------------------------------------------
    def read(self) -> Data | None:
        if self._deferred:
            return self._data
        stamp = _stamp(self.path)
        if stamp is not None and stamp == self._stamp:
            return self._data
        if stamp is None:
            if self._data is not None or self._stamp is not None:
                self.generation += 1
            self._data, self._stamp = None, None
            return None
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror}") from None
        self._data = decode(self.path, raw)
        self._stamp = stamp
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
        self._data, self._stamp, self._dirty = None, None, False
        self.generation += 1

    def _save(self) -> None:
        assert self._data is not None
        try:
            atomic_write_bytes(self.path, encode_chunks(self._data))
        except BaseException:
            self.forget()  # memory may hold the change that failed: reload the good file
            raise
        self._stamp = _stamp(self.path)


class FileLock:
    """An exclusive, re-entrant `flock` on `<database>.lock`, held for read-modify-write."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._fd: int | None = None
        self._depth = 0

    def __enter__(self) -> FileLock:
        if self._depth == 0:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise StoreError(f"cannot lock {self.path}: {exc.strerror}") from None
            fcntl.flock(fd, fcntl.LOCK_EX)
            self._fd = fd
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
