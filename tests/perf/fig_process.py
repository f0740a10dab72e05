"""Figures measured on a whole game process: start-up, idle CPU and peak memory.

Each runs the real command line in a child (through ``probe_app.py``, which reports the
first frame and counts frames) beside a bare pygame-ce window doing the least it can, the
floor that figure is read against.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml
from perf_common import (
    BUILTIN_PACK_ID,
    PERF_DIR,
    REPO,
    Child,
    ChildRun,
    Figure,
    Settings,
    child_env,
    log,
    na,
    probe_value,
    proc_cpu_seconds,
    ratio,
    require_ok,
    run_child,
    stat,
)

PROBE = str(PERF_DIR / "probe_app.py")


def first_playable_agency() -> str | None:
    """The first playable agency of the built-in pack, read straight from its YAML."""
    path = REPO / "content" / "packs" / BUILTIN_PACK_ID / "agencies.yaml"
    if not path.exists():
        return None
    for entry in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or []:
        if isinstance(entry, dict) and entry.get("playable"):
            return str(entry.get("id"))
    return None


def _first_frame_after(launched: float, stderr: str) -> float:
    for line in stderr.splitlines():
        if line.startswith("PROBE first_frame "):
            return float(line.split()[2]) - launched
    tail = [line for line in stderr.strip().splitlines() if not line.startswith("PROBE")]
    raise RuntimeError(f"no frame drawn: {tail[-1] if tail else 'no output'}")


def _startup_once(flags: Sequence[str], game_args: Sequence[str], settings: Settings) -> float:
    launched = time.monotonic()
    run = run_child([PROBE, "--exit-after-first-frame", *flags, "--", *game_args], settings)
    return _first_frame_after(launched, run.stderr)


def startup(settings: Settings) -> Figure:
    """Launch to first title frame (``play`` with no arguments), beside a bare window."""
    game, floor, python = [], [], []
    for _ in range(settings.repeats):
        python.append(run_child(["-c", "pass"], settings).wall_s)
        floor.append(_startup_once(["--bare"], [], settings))
        game.append(_startup_once([], ["play"], settings))
    game_stat, floor_stat = stat(game), stat(floor)
    return {
        "startup_s": game_stat,
        "floor_bare_window_s": floor_stat,
        "floor_python_s": stat(python),
        "ratio_to_floor": ratio(game_stat, floor_stat),
    }


class IdleChild:
    """A game (or bare loop) left running, whose CPU time we sample from /proc."""

    def __init__(self, name: str, flags: Sequence[str], args: Sequence[str], settings: Settings):
        self.name = name
        self.err = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, PROBE, "--serve-counts", *flags, "--", *args],
            cwd=REPO,
            env=child_env(settings),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self.err,
            text=True,
        )
        self.samples: list[tuple[float, float]] = []  # (wall, cpu) seconds
        self.frames: list[int] = []
        self.failure = ""

    def stderr(self) -> str:
        self.err.seek(0)
        return self.err.read()

    def wait_first_frame(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "PROBE first_frame" in self.stderr():
                return True
            if self.proc.poll() is not None:
                tail = [x for x in self.stderr().splitlines() if not x.startswith("PROBE")]
                self.failure = f"exited {self.proc.returncode}: {tail[-1] if tail else ''}"
                return False
            time.sleep(0.02)
        self.failure = f"no frame within {timeout:.0f} s"
        return False

    def sample(self) -> None:
        """Record CPU seconds so far and ask the probe for its frame count."""
        if self.failure or self.proc.poll() is not None:
            self.failure = self.failure or f"exited {self.proc.returncode} while idle"
            return
        self.samples.append((time.monotonic(), proc_cpu_seconds(self.proc.pid)))
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()

    def read_frames(self) -> list[int]:
        return [
            int(x.split()[2]) for x in self.stderr().splitlines() if x.startswith("PROBE frames")
        ]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self.proc.stdin:
            self.proc.stdin.close()
        self.err.close()

    def figure(self) -> Figure:
        if self.failure:
            return na(self.failure)
        pairs = zip(self.samples, self.samples[1:], strict=False)
        cpu = [100.0 * (c1 - c0) / (t1 - t0) for (t0, c0), (t1, c1) in pairs]
        (start, cpu0), (end, cpu1) = self.samples[0], self.samples[-1]
        frames = self.read_frames()
        figure: Figure = {
            "cpu_percent": stat(cpu, 2),
            "cpu_percent_whole_window": round(100.0 * (cpu1 - cpu0) / (end - start), 2),
        }
        if len(frames) >= 2:
            figure["frames_in_window"] = frames[-1] - frames[0]
        return figure


def idle_cpu(settings: Settings) -> Figure:
    """CPU of each screen left idle for the window, sampled in slices, beside a bare loop."""
    agency = first_playable_agency()
    screens: dict[str, tuple[list[str], list[str]]] = {
        "floor_bare_60fps_loop": (["--bare-loop"], []),
        "title": ([], ["play"]),
        "classroom_setup": ([], ["classroom", "--seed", "1"]),
    }
    if agency:
        screens["campaign"] = ([], ["play", "--agency", agency, "--seed", "1"])
    children = [IdleChild(name, f, a, settings) for name, (f, a) in screens.items()]
    try:
        for child in children:
            child.wait_first_frame(30.0)
        time.sleep(0.2 if settings.quick else 0.5)  # let the first screen settle
        slices = 5 if not settings.quick else 4
        for _ in range(slices + 1):
            for child in children:
                child.sample()
            time.sleep(settings.idle_seconds / slices)
        time.sleep(0.2)  # let the probes answer the last count request
        result = {c.name: c.figure() for c in children}
    finally:
        for child in children:
            child.stop()
    if not agency:
        result["campaign"] = na("built-in pack has no playable agency yet")
    measured = [
        f["cpu_percent_whole_window"]
        for name, f in result.items()
        if not name.startswith("floor") and "cpu_percent" in f
    ]
    return {
        "worst_screen_percent": max(measured) if measured else None,
        "window_s": settings.idle_seconds,
        "screens": result,
    }


def _peak_mb(run: ChildRun, what: str) -> float:
    kib = probe_value(run.stderr, "peak_rss_kib")
    if kib is None:
        raise RuntimeError(f"{what} did not report its peak memory")
    return round(kib / 1024.0, 1)


def peak_rss(settings: Settings) -> Figure:
    """Peak RSS of a scripted session beside a bare window, run side by side.

    The full run's session is ``tour`` (every screen, scripted input); the quick run, which
    checks the harness rather than the number, only opens the game to its first frame.
    """
    with tempfile.TemporaryDirectory(prefix="bench-tour-") as out:
        if settings.quick:
            session, args = (
                "play, to the first frame (quick run)",
                ["--exit-after-first-frame", "--", "play"],
            )
        else:
            session, args = "tour: every screen, scripted input", ["--", "tour", "--out", out]
        floor_child = Child([PROBE, "--bare"], settings)
        game_child = Child([PROBE, *args], settings)
        floor = require_ok(floor_child.finish(), "bare window")
        run = require_ok(game_child.finish(timeout=300.0), session.split(":")[0])
        pngs = len(list(Path(out).glob("*.png")))
    log(f"[bench]   {session}: {run.wall_s:.1f} s, {pngs} screens saved")
    peak, floor_mb = _peak_mb(run, "the session"), _peak_mb(floor, "bare window")
    return {
        "peak_rss_mb": peak,
        "floor_bare_window_mb": floor_mb,
        "ratio_to_floor": round(peak / floor_mb, 2),
        "session": session,
        "session_s": round(run.wall_s, 2),
        "screens_saved": pngs,
    }
