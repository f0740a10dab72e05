"""Durable file primitives: replace a whole file atomically, append a line durably.

``write_atomic`` writes a temporary file in the same folder, flushes and fsyncs it, renames
it over the target with ``os.replace`` and fsyncs the folder, so a reader sees either the
old file or the new one, never half of one. ``append_durably`` appends one line and fsyncs
before returning, for logs that must survive a crash (classroom results). A writer killed
between the two steps leaves its temporary file; the next write of the same file removes
those over a minute old.
"""

from __future__ import annotations

import contextlib
import os
import stat
import string
import tempfile
import time
from pathlib import Path

from game.errors import StorageError
from game.textsafe import escaped


def _fsync_dir(folder: Path) -> None:
    # Directories cannot be opened on Windows; the rename is durable enough there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


STALE_SECONDS = 60.0
_TEMP_LETTERS = frozenset(string.ascii_letters + string.digits + "_")  # mkstemp's alphabet


def _remove_stale_temps(target: Path) -> None:
    """Remove ``.{name}.XXXXXXXX.tmp`` files of ``target`` left by a killed writer: only
    our own pattern, only next to ``target``, only ones too old to be a live write."""
    prefix, cutoff = f".{target.name}.", time.time() - STALE_SECONDS
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            middle = entry.name[len(prefix) : -len(".tmp")]
            if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
                continue
            if len(middle) != 8 or not set(middle) <= _TEMP_LETTERS:
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)


def replaceable(path: Path) -> Path:
    """The file to replace when writing ``path``: ``path`` itself, or the regular file its
    symlink leads to. Anything else that exists there (a device such as ``/dev/full``, a
    pipe, a folder, a socket) is not ours to replace: ``StorageError``."""
    try:
        if not path.is_symlink() and not path.exists():
            return path
        real = path.resolve()
        mode = real.stat().st_mode
    except FileNotFoundError:
        return path  # a dangling symlink: replaced like a missing file
    except (OSError, RuntimeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise StorageError(f"cannot write {escaped(str(path))}: {reason}") from None
    if not stat.S_ISREG(mode):
        raise StorageError(
            f"{escaped(str(path))} is not a regular file (a device, a pipe or a folder), "
            "so it was not replaced"
        )
    return real


def write_atomic(path: Path | str, data: str | bytes) -> Path:
    """Write ``data`` (text is UTF-8) to ``path`` atomically; create the folder if needed.
    A target that exists and is not a regular file is refused (``replaceable``)."""
    target = replaceable(Path(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:
        raise StorageError(f"cannot write in {target.parent}: {error.strerror}") from None
    _remove_stale_temps(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        _fsync_dir(target.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise StorageError(f"cannot write {target}: {error.strerror}") from None
    return target


def append_durably(path: Path | str, line: str) -> None:
    """Append ``line`` (a newline is added if missing) and fsync before returning.

    The file is first made to end with a line end: a row a crash or a full disk cut short
    stays a damaged line of its own and never swallows the row appended after it."""
    target = Path(path)
    text = line if line.endswith("\n") else line + "\n"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        existed = target.exists()
        with open(target, "a+b") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size:
                handle.seek(size - 1)
                if handle.read(1) != b"\n":
                    text = "\n" + text
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if not existed:
            _fsync_dir(target.parent)
    except OSError as error:
        raise StorageError(f"cannot append to {target}: {error.strerror}") from None
