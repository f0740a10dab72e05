"""Space Accord benchmarks: every figure next to its floor, measured in one run.

    python tests/perf/bench.py [--quick] [--json] [--only NAME,...] [--verbose]

Prints a table (figure, median, min, max, floor, ratio, target, met) on stdout; with
``--json`` prints one JSON object alone on stdout instead. Progress goes to stderr. A
figure whose piece of the game is missing or broken shows ``n/a`` and why; the run goes on.
Timings are never asserted: the benchmark reports, people judge. See tests/perf/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[2])]
for _key, _value in {
    "SDL_VIDEODRIVER": "dummy",
    "SDL_AUDIODRIVER": "dummy",
    "PYGAME_HIDE_SUPPORT_PROMPT": "1",
}.items():
    os.environ.setdefault(_key, _value)

from perf_common import Figure, Settings, guarded, is_na, log  # noqa: E402
from report import render_table, targets  # noqa: E402

FIGURES = (
    "frames",
    "packs",
    "large_pack",
    "campaigns",
    "startup",
    "idle_cpu",
    "peak_rss",
    "devices",
)


def _frames(settings: Settings) -> dict[str, Figure]:
    from fig_frames import bare_frame

    floor = guarded("bare_frame_ms", settings, lambda: bare_frame(settings))

    def screens() -> Figure:
        from fig_screens import measure_screens

        return {"screens": measure_screens(settings)}

    return {"bare_frame_ms": floor, "frame_ms": guarded("frame_ms", settings, screens)}


def _packs(settings: Settings) -> dict[str, Figure]:
    def measure() -> Figure:
        from fig_packs import builtin_pack

        return builtin_pack(settings)

    figure = guarded("pack_load_ms", settings, measure)
    if is_na(figure):
        return {"pack_load_ms": figure, "pack_parse_ms": figure, "pack_load_vs_parse": figure}
    vs = figure["pack_load_vs_parse"]
    return {
        "pack_load_ms": {**figure["pack_load_ms"], "errors": figure["errors"]},
        "pack_parse_ms": figure["pack_parse_ms"],
        "pack_load_vs_parse": {"ratio": vs} if vs is not None else {"na": "no ratio"},
    }


def _single(key: str, module: str, function: str) -> Callable[[Settings], dict[str, Figure]]:
    def run(settings: Settings) -> dict[str, Figure]:
        def measure() -> Figure:
            return getattr(__import__(module), function)(settings)

        return {key: guarded(key, settings, measure)}

    return run


RUNNERS: dict[str, Callable[[Settings], dict[str, Figure]]] = {
    "frames": _frames,
    "packs": _packs,
    "large_pack": _single("large_pack", "fig_packs", "large_pack"),
    "campaigns": _single("campaigns_per_s", "fig_campaigns", "campaigns"),
    "startup": _single("startup_s", "fig_process", "startup"),
    "idle_cpu": _single("idle_cpu_percent", "fig_process", "idle_cpu"),
    "peak_rss": _single("peak_rss_mb", "fig_process", "peak_rss"),
    "devices": _single("devices", "fig_devices", "devices"),
}


def machine(settings: Settings) -> Figure:
    import pygame

    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "mode": "quick" if settings.quick else "full",
        "repeats": settings.repeats,
        "python": platform.python_version(),
        "pygame_ce": pygame.version.ver,
        "sdl": ".".join(map(str, pygame.get_sdl_version())),
        "cpus": os.cpu_count() or 0,
        "load_average_1m": round(load[0], 2),
        "platform": platform.platform(terse=True),
    }


def run(settings: Settings, only: tuple[str, ...]) -> Figure:
    result: Figure = {"meta": machine(settings)}
    for name in FIGURES:
        if name in only:
            result.update(RUNNERS[name](settings))
    result["meta"]["load_average_1m_after"] = round(os.getloadavg()[0], 2)
    result["targets"] = targets(result)
    return result


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 1k pack only")
    parser.add_argument("--json", action="store_true", help="one JSON object alone on stdout")
    parser.add_argument(
        "--only",
        default=",".join(FIGURES),
        help=f"comma-separated subset of: {', '.join(FIGURES)}",
    )
    parser.add_argument("--verbose", action="store_true", help="tracebacks of n/a figures")
    args = parser.parse_args(argv)
    unknown = set(args.only.split(",")) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="bench-data-") as data:
        os.environ["SPACE_ACCORD_DATA"] = data  # never the real home, here or in children
        settings = Settings.make(quick=args.quick, data_dir=Path(data), verbose=args.verbose)
        with contextlib.redirect_stdout(sys.stderr):  # stray prints must not spoil the JSON
            result = run(settings, tuple(args.only.split(",")))
    if args.json:
        print(json.dumps(result, indent=1, sort_keys=False))
    else:
        print(render_table(result))
    log("[bench] done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
