"""Every pack shipped in content/packs validates with no problem at all.

Speed is measured by `make bench` (pack_load_ms), never by a timed test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.paths import builtin_packs_dir
from game.quiz.pack_check import check_pack

PACKS = sorted(p for p in builtin_packs_dir().glob("*") if (p / "pack.yaml").exists())


def test_there_is_at_least_one_built_in_pack() -> None:
    assert PACKS, f"no pack in {builtin_packs_dir()}"


@pytest.mark.parametrize("folder", PACKS, ids=[p.name for p in PACKS])
def test_a_built_in_pack_validates_with_no_problems(folder: Path) -> None:
    pack, problems = check_pack(folder)
    assert [p.moved(str(folder / p.file)).format() for p in problems] == []
    assert pack is not None and pack.info.id == folder.name
