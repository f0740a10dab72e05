"""Shared tools of the hostile-input tests: copies of the built-in pack, and the CLI run
in-process with what it printed, its exit code and the files it opened."""

from __future__ import annotations

import io
import shutil
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from game.cli import main
from game.paths import builtin_packs_dir

BUILTIN = builtin_packs_dir() / "space-cooperation"
MARKER = "SECRET-MARKER-7f3a9c"


def copy_pack(where: Path, name: str = "pack") -> Path:
    """A fresh copy of the built-in pack in ``where/name``."""
    target = where / name
    shutil.copytree(BUILTIN, target)
    return target


def secret_file(where: Path) -> Path:
    """A file outside any pack whose text must never reach the output."""
    path = where / "secret.txt"
    path.write_text(f"{MARKER}\n" * 10, encoding="utf-8")
    return path


@dataclass
class Run:
    """What one in-process run of the CLI did."""

    code: int
    out: str
    err: str
    seconds: float
    opened: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.out + self.err


class _Opens:
    """Paths the interpreter opens while ``active`` (through an audit hook, installed once)."""

    def __init__(self) -> None:
        self.active = False
        self.paths: list[str] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if self.active and event == "open" and isinstance(args[0], str | bytes | Path):
            self.paths.append(str(args[0]) if not isinstance(args[0], bytes) else args[0].decode())


_OPENS: _Opens | None = None


@contextmanager
def watching_opens() -> Iterator[list[str]]:
    """Collect every path opened inside the block (audit hooks cannot be removed, so one
    hook is installed for the whole test run and switched on and off)."""
    global _OPENS
    if _OPENS is None:
        _OPENS = _Opens()
        sys.addaudithook(_OPENS)
    _OPENS.paths = []
    _OPENS.active = True
    try:
        yield _OPENS.paths
    finally:
        _OPENS.active = False


def run_cli(argv: Sequence[str]) -> Run:
    """``space-accord ARGV`` in this process: exit code (SystemExit included) and output."""
    import game.commands.pack_validate  # noqa: F401 - imported before opens are watched

    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with watching_opens() as opened, redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 2
    return Run(code, out.getvalue(), err.getvalue(), time.perf_counter() - started, list(opened))


class TooSlow(Exception):
    """Raised by ``deadline``'s alarm inside the code under test."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail the block with ``TooSlow`` after ``seconds`` instead of letting it hang."""

    def ring(signum: int, frame: object) -> None:
        raise TooSlow(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# Attacks tried, per family, by the fuzzers of this run; ``conftest`` prints them at the end
# (and writes them as JSON to the file named by FUZZ_TALLY, when set).
TALLY: Counter[str] = Counter()


def tally(family: str) -> None:
    TALLY[family] += 1
