"""Packs under the size cap that are built to be slow: validation must still finish in a
couple of seconds. Each runs under an alarm, so a regression fails fast instead of hanging."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.paths import project_root
from tests.hostile.kit import copy_pack

# Not a speed target (those are benchmarks): a guard against the quadratic paths these packs
# were built to find, which took 50 s before they were fixed and take under 2 s now. The
# margin lets a loaded machine pass without letting a quadratic path back in.
LIMIT = 8.0  # seconds


def validates_within(pack: Path, seconds: float) -> str:
    """Run ``pack validate`` in a child process; its output, or a test failure if it is slow.

    A child, not an alarm in this process: an exception raised from a signal handler deep
    in the validator can break pytest's own reporting."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "game", "pack", "validate", str(pack)],
            capture_output=True,
            text=True,
            timeout=seconds + 0.5,  # the interpreter's start-up
            cwd=project_root(),
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"validating took over {seconds} s")
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr[-500:]
    return done.stdout


SOURCE = "sources/maduro-visits-cast.txt"


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _mission(i: int, requires: str) -> str:
    return (
        f"- id: chain-{i}\n  name: Chain {i}\n  kind: probe\n  lead: cnsa\n  cost: 1\n"
        f"  build_years: 1\n  reliability: 0.5\n  summary: s\n"
        f"  facts: [cses-launched-2018]\n{requires}"
    )


def test_a_long_requires_chain_validates_quickly(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    n = 6000
    chain = "".join(_mission(i, f"  requires: [chain-{i + 1}]\n") for i in range(n - 1))
    _append(pack / "missions.yaml", chain + _mission(n - 1, ""))
    assert "requires-cycle" not in validates_within(pack, LIMIT)


def test_many_missing_quotes_against_a_long_source_validate_quickly(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / SOURCE).write_text(" ".join(f"w{i}" for i in range(100_000)), encoding="utf-8")
    facts = "".join(
        f"- id: miss-{i}\n  source: maduro-cast-2023\n  quote: nothing like this {i}\n"
        f"  statement: s\n  date_basis: background\n"
        for i in range(400)
    )
    _append(pack / "facts.yaml", facts)
    assert validates_within(pack, LIMIT).count("quote-not-found") >= 400


def test_a_repetitive_quote_against_a_repetitive_source_validates_quickly(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / SOURCE).write_text("a " * 150_000, encoding="utf-8")
    facts = "".join(
        f"- id: echo-{i}\n  source: maduro-cast-2023\n  quote: {'a ' * 200}b\n"
        f"  statement: s\n  date_basis: background\n"
        for i in range(5)
    )
    _append(pack / "facts.yaml", facts)
    assert "quote-not-found" in validates_within(pack, LIMIT)


def test_a_file_of_millions_of_tiny_entries_stays_in_bounded_memory(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / "events.yaml").write_text("- x\n" * 2_000_000, encoding="utf-8")
    probe = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from game.cli import main\n"
        "code = main(sys.argv[1:])\n"
        # VmHWM, not ru_maxrss: ru_maxrss keeps the forking parent's peak across exec
        "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1]\n"
        "print('maxrss-kb', hwm, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", probe, "pack", "validate", str(pack), "--format", "json"],
            capture_output=True,
            text=True,
            timeout=LIMIT + 1,
            cwd=project_root(),
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"validating took over {LIMIT + 1} s")
    assert done.returncode == 1, done.stderr[-500:]
    assert "Traceback" not in done.stderr
    rss_mb = int(done.stderr.split("maxrss-kb")[1].split()[0]) / 1024
    assert rss_mb < 300, f"{rss_mb:.0f} MB"
