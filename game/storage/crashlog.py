"""Crash logs: an unexpected error in the game window is written here with its traceback,
so a player can send one file instead of a screenshot of a terminal they never saw."""

from __future__ import annotations

import platform
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from game import __version__, paths

KEEP = 20  # crash logs kept; older ones are removed


def write_crash_log(error: BaseException, argv: Sequence[str]) -> Path | None:
    """Write ``error`` with its traceback to a new file in the log folder; its path, or None
    when nothing could be written (the caller still tells the player in one line)."""
    folder = paths.log_dir()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = "".join(
        [
            f"Space Accord {__version__} crash log, {time.strftime('%Y-%m-%d %H:%M:%S %z')}\n",
            f"python {sys.version.split()[0]} on {platform.platform()}\n",
            f"arguments: {' '.join(argv)}\n\n",
            *traceback.format_exception(error),
        ]
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(100):
            target = folder / f"crash-{stamp}{'' if n == 0 else f'-{n}'}.log"
            try:
                with target.open("x", encoding="utf-8") as stream:
                    stream.write(text)
                break
            except FileExistsError:
                continue
        else:
            return None
        _prune(folder)
    except OSError:
        return None
    return target


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("crash-*.log"))
    for old in logs[:-KEEP]:
        old.unlink(missing_ok=True)
