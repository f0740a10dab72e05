"""One bounded reader for every file a user can hand the game: saves, settings, results.

``read_bytes`` opens only regular files (a FIFO, a device such as ``/dev/zero``, a folder
or a socket is refused at once, never waited on or read forever) and stops reading past
its size limit, checked while reading, not trusted to ``stat()``. ``parse_json`` refuses
nesting deeper than ``MAX_DEPTH``, numbers longer than ``MAX_DIGITS`` digits, and NaN or
infinities, before ``json`` could overflow its stack or spend seconds on a number. Every
refusal is an exception of the caller's type (a ``SpaceAccordError``) with a one-line
message that names the file.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any, BinaryIO

from game.errors import SpaceAccordError, StorageError
from game.textsafe import escaped

MAX_DEPTH = 48
MAX_DIGITS = 40
CHUNK = 1 << 16
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
# A JSON string (to skip: brackets inside one do not count) or a bracket.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]')

ErrorType = type[SpaceAccordError]


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def shown(path: Path | str) -> str:
    """A path as messages show it: escaped, and shortened when absurdly long."""
    text = escaped(str(path))
    return text if len(text) <= 200 else f"{text[:120]}…{text[-60:]}"


def _open(path: Path | str, error: ErrorType, what: str) -> int:
    """A descriptor of the regular file at ``path`` (never blocks on a pipe)."""
    where = shown(path)
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise error(f"{where}: no such {what}") from None
    except (OSError, ValueError) as failure:
        reason = getattr(failure, "strerror", None) or str(failure)
        raise error(f"cannot read {where}: {reason}") from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as failure:
        os.close(fd)
        raise error(f"cannot read {where}: {failure.strerror}") from None
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise error(f"{where} is {_kind(mode)}, not a file the game wrote")
    return fd


def open_regular(
    path: Path | str, *, error: ErrorType = StorageError, what: str = "file"
) -> BinaryIO:
    """The regular file at ``path`` opened for reading in binary (refused: anything else)."""
    return os.fdopen(_open(path, error, what), "rb")


def read_bytes(
    path: Path | str, *, limit: int, error: ErrorType = StorageError, what: str = "file"
) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them."""
    where = shown(path)
    fd = _open(path, error, what)
    try:
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise error(f"{where} is larger than {limit:,} bytes: not a file the game wrote")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as failure:
        raise error(f"cannot read {where}: {failure.strerror}") from None
    finally:
        os.close(fd)


def read_text(
    path: Path | str, *, limit: int, error: ErrorType = StorageError, what: str = "file"
) -> str:
    """``read_bytes`` decoded as UTF-8 (a byte-order mark is dropped)."""
    data = read_bytes(path, limit=limit, error=error, what=what)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise error(f"{shown(path)} is not UTF-8 text: not a file the game wrote") from None


class _Refused(Exception):
    """Raised inside ``json.loads`` by the number hooks."""


def _int(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise _Refused(f"a number of {len(text)} digits")
    return int(text)


def _float(text: str) -> float:
    value = float(text) if len(text) <= MAX_DIGITS else math.inf
    if not math.isfinite(value):
        raise _Refused(f"the number {text[:20]}…" if len(text) > 20 else f"the number {text}")
    return value


def _constant(name: str) -> Any:
    raise _Refused(f"the value {name}")


def nesting(text: str) -> int:
    """How deeply the JSON ``text`` nests its arrays and objects (strings are skipped)."""
    depth = deepest = 0
    for match in _TOKEN.finditer(text):
        char = match.group()[0]
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def parse_json(
    text: str,
    *,
    where: str,
    error: ErrorType = StorageError,
    max_depth: int = MAX_DEPTH,
    damaged: str = "",
) -> Any:
    """The JSON value of ``text``, or ``error`` saying why it is refused (``damaged``, when
    given, is the message for text that is not whole JSON)."""
    if nesting(text) > max_depth:
        raise error(f"{where}: nested deeper than {max_depth} levels: not a file the game wrote")
    try:
        return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except _Refused as refused:
        raise error(f"{where}: holds {refused}: not a file the game wrote") from None
    except (ValueError, RecursionError) as failure:
        reason = failure.msg if isinstance(failure, json.JSONDecodeError) else "damaged"
        raise error(damaged or f"{where}: damaged JSON ({reason})") from None
