"""Shared parts of the benchmark: settings, statistics over repeats, and child processes.

A figure is a plain dict so that it turns into JSON as it is. A measured number is a
``Stat`` (median, min and max over repeats, and how many there were); a figure whose piece
of the game is missing or broken is ``{"na": "why"}`` and the run goes on.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PERF_DIR = Path(__file__).resolve().parent
HEADLESS_ENV = {
    "SDL_VIDEODRIVER": "dummy",
    "SDL_AUDIODRIVER": "dummy",
    "PYGAME_HIDE_SUPPORT_PROMPT": "1",
}
SCREEN_SIZE = (1280, 720)
BUILTIN_PACK_ID = "space-cooperation"

Figure = dict[str, Any]


@dataclass(frozen=True)
class Settings:
    """How hard to try: the full run, or the quick run the smoke test uses."""

    quick: bool
    repeats: int  # repeats of every timed figure
    frames: int  # frames drawn per screen and repeat
    idle_seconds: float  # length of the idle CPU window
    large_sizes: tuple[int, ...]  # quiz items (and facts) of the synthetic packs
    campaign_seconds: float  # wall time spent playing campaigns per repeat
    data_dir: Path  # SPACE_ACCORD_DATA for everything the benchmark runs
    verbose: bool = False

    @classmethod
    def make(cls, *, quick: bool, data_dir: Path, verbose: bool = False) -> Settings:
        if quick:
            return cls(True, 1, 20, 0.5, (1000,), 0.2, data_dir, verbose)
        return cls(False, 5, 300, 5.0, (1000, 10000), 1.5, data_dir, verbose)


def log(*parts: object) -> None:
    """Progress goes to stderr so that ``--json`` leaves stdout to the one JSON object."""
    print(*parts, file=sys.stderr, flush=True)


def na(reason: str) -> Figure:
    return {"na": reason}


def is_na(figure: Any) -> bool:
    return isinstance(figure, dict) and "na" in figure


def guarded(name: str, settings: Settings, measure: Callable[[], Figure]) -> Figure:
    """Run one figure; a missing or broken piece becomes ``n/a`` with its reason."""
    started = time.perf_counter()
    log(f"[bench] {name} ...")
    try:
        figure = measure()
    except Exception as error:  # a missing piece must never stop the run
        if settings.verbose:
            traceback.print_exc(file=sys.stderr)
        figure = na(f"{type(error).__name__}: {first_line(str(error))}")
    log(f"[bench] {name} done in {time.perf_counter() - started:.1f} s")
    return figure


def first_line(text: str, limit: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def stat(values: Sequence[float], digits: int = 3) -> Figure:
    """Median, min and max of one number measured once per repeat."""
    if not values:
        return na("no measurements")
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
        "n": len(values),
    }


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ratio(numerator: Figure, denominator: Figure, digits: int = 2) -> float | None:
    """Ratio of two medians, or None when either side is missing."""
    if is_na(numerator) or is_na(denominator):
        return None
    bottom = denominator.get("median")
    top = numerator.get("median")
    if not bottom or top is None:
        return None
    return round(top / bottom, digits)


def child_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a child process: headless, private data folder, repo importable."""
    env = dict(os.environ)
    env.update(HEADLESS_ENV)
    env["SPACE_ACCORD_DATA"] = str(settings.data_dir)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), str(PERF_DIR)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    env.pop("PYTHONSTARTUP", None)
    env.update(extra)
    return env


@dataclass(frozen=True)
class ChildRun:
    """A finished child process: exit code, wall seconds, CPU seconds and output.

    No peak RSS here: Linux folds the RSS the parent had at fork into a child's
    ``ru_maxrss``, so children report their own (``probe_app.py`` prints VmHWM).
    """

    returncode: int
    wall_s: float
    cpu_s: float
    stdout: str
    stderr: str


class Child:
    """A Python child started now and collected later (``finish``), so it may run while
    other figures are measured. ``os.wait4`` gives that one child's CPU time; output goes
    to temporary files rather than pipes, so nothing blocks while we wait.
    """

    def __init__(self, args: Sequence[str], settings: Settings, **extra_env: str) -> None:
        self.args = list(args)
        # Closed in finish(): they outlive this call, as long as the child runs.
        self.out = tempfile.TemporaryFile("w+")  # noqa: SIM115
        self.err = tempfile.TemporaryFile("w+")  # noqa: SIM115
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, *args],
            cwd=REPO,
            env=child_env(settings, **extra_env),
            stdin=subprocess.DEVNULL,
            stdout=self.out,
            stderr=self.err,
        )

    def finish(self, timeout: float = 60.0) -> ChildRun:
        deadline = self.started + timeout
        try:
            while True:
                pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    self.proc.kill()
                    os.wait4(self.proc.pid, 0)
                    self.proc.returncode = -9
                    raise RuntimeError(f"{' '.join(self.args[:3])} ran over {timeout:.0f} s")
                time.sleep(0.002)
            wall = time.perf_counter() - self.started
            self.proc.returncode = os.waitstatus_to_exitcode(status)
            self.out.seek(0)
            self.err.seek(0)
            return ChildRun(
                returncode=self.proc.returncode,
                wall_s=wall,
                cpu_s=usage.ru_utime + usage.ru_stime,
                stdout=self.out.read(),
                stderr=self.err.read(),
            )
        finally:
            self.out.close()
            self.err.close()


def run_child(
    args: Sequence[str], settings: Settings, *, timeout: float = 60.0, **extra_env: str
) -> ChildRun:
    """Run a Python child to the end."""
    return Child(args, settings, **extra_env).finish(timeout)


def require_ok(run: ChildRun, what: str) -> ChildRun:
    """A child that failed makes its figure n/a, with the last line it printed as reason."""
    if run.returncode != 0:
        tail = run.stderr.strip().splitlines()[-1:] or run.stdout.strip().splitlines()[-1:]
        raise RuntimeError(f"{what} exited {run.returncode}: {tail[0] if tail else ''}")
    return run


def probe_value(stderr: str, name: str) -> float | None:
    """The last ``PROBE <name> <value>`` line a probe printed, if any."""
    found = None
    for line in stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "PROBE" and parts[1] == name:
            found = float(parts[2])
    return found


def proc_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) a live process has used, from /proc/<pid>/stat."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return ticks / os.sysconf("SC_CLK_TCK")
