"""The benchmark keeps working: its quick mode prints one JSON object with every figure.

Timings are never asserted (the machine may be busy); only the shape of the report is:
every figure is present, measured figures hold numbers, and a figure that could not be
measured says why.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "tests" / "perf" / "bench.py"
FIGURES = (
    "bare_frame_ms",
    "frame_ms",
    "startup_s",
    "idle_cpu_percent",
    "pack_load_ms",
    "pack_parse_ms",
    "pack_load_vs_parse",
    "large_pack",
    "campaigns_per_s",
    "peak_rss_mb",
)


def _numbers_and_reasons(node: Any, path: str = "") -> list[str]:
    """Paths under ``node`` whose leaves are neither numbers, strings, lists of codes nor None."""
    bad: list[str] = []
    if isinstance(node, dict):
        if "na" in node:
            return [] if isinstance(node["na"], str) and node["na"] else [path]
        if "median" in node:
            for key in ("median", "min", "max"):
                value = node[key]
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    bad.append(f"{path}.{key}")
            if not node["min"] <= node["median"] <= node["max"]:
                bad.append(f"{path} (min <= median <= max)")
        for key, value in node.items():
            bad += _numbers_and_reasons(value, f"{path}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            bad += _numbers_and_reasons(value, f"{path}[{n}]")
    elif not (node is None or isinstance(node, (int, float, str))):
        bad.append(path)
    return bad


@pytest.fixture(scope="module")
def quick_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        SPACE_ACCORD_DATA=str(tmp_path_factory.mktemp("data")),
    )
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_quick_benchmark_reports_every_figure(quick_report: dict[str, Any]) -> None:
    missing = [name for name in FIGURES if name not in quick_report]
    assert missing == []


def test_every_measured_figure_is_a_number_and_every_gap_has_a_reason(
    quick_report: dict[str, Any],
) -> None:
    assert _numbers_and_reasons({k: quick_report[k] for k in FIGURES}) == []


def test_the_bare_frame_floor_is_always_measured(quick_report: dict[str, Any]) -> None:
    floor = quick_report["bare_frame_ms"]
    assert floor["p50"]["median"] > 0
    assert floor["p99"]["median"] >= floor["p50"]["min"]


def test_every_target_says_met_not_met_or_why_not(quick_report: dict[str, Any]) -> None:
    rows = quick_report["targets"]
    assert len(rows) >= 8
    for row in rows:
        assert row["met"] in (True, False) or row["reason"], row


def test_the_synthetic_pack_timed_is_a_pack_that_validates(tmp_path: Path) -> None:
    # What ``pack validate`` checks, playability included: the figure times a valid pack,
    # not the reporting of its problems.
    sys.path.insert(0, str(REPO / "tests" / "perf"))
    try:
        from synth_pack import write_pack
    finally:
        sys.path.remove(str(REPO / "tests" / "perf"))
    from game.quiz.pack_check import check_pack
    from game.sim.playability import check_playability

    pack, problems = check_pack(write_pack(tmp_path / "synthetic", 1000))
    assert pack is not None
    assert [p.format() for p in problems + check_playability(pack)] == []
