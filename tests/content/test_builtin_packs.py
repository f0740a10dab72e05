"""Every pack shipped in content/packs validates with no problem at all, quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from game.content.validate import check_pack
from game.paths import builtin_packs_dir

PACKS = sorted(p for p in builtin_packs_dir().glob("*") if (p / "pack.yaml").exists())


def test_there_is_at_least_one_built_in_pack() -> None:
    assert PACKS, f"no pack in {builtin_packs_dir()}"


@pytest.mark.parametrize("folder", PACKS, ids=[p.name for p in PACKS])
def test_a_built_in_pack_validates_with_no_problems(folder: Path) -> None:
    pack, problems = check_pack(folder)
    assert [p.moved(str(folder / p.file)).format() for p in problems] == []
    assert pack is not None and pack.info.id == folder.name


@pytest.mark.parametrize("folder", PACKS, ids=[p.name for p in PACKS])
def test_a_built_in_pack_loads_and_validates_quickly(folder: Path) -> None:
    # The target is well under 100 ms (``make bench`` measures it); the bound here is loose
    # because tests share the machine, and only catches a pathological slowdown.
    check_pack(folder)  # warm up imports
    best = min(_timed(folder) for _ in range(3))
    assert best < 0.5, f"{folder.name} took {best * 1000:.0f} ms"


def _timed(folder: Path) -> float:
    started = time.perf_counter()
    check_pack(folder)
    return time.perf_counter() - started
