"""``repeatable`` marks a mission as a service that may fly again and again: undated."""

from __future__ import annotations

from pathlib import Path

from game.content.loader import load_pack
from game.paths import builtin_packs_dir
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack, line_of


def test_a_repeatable_mission_with_a_date_is_reported_at_the_flag(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "beta-satellite")["repeatable"] = True
    folder = fake.write(tmp_path / "pack")
    _pack, problems = check_pack(folder)
    dated = [p for p in problems if p.code == "repeatable-dated"]
    assert [(p.file, p.line) for p in dated] == [
        ("missions.yaml", line_of(folder / "missions.yaml", "repeatable: true"))
    ]
    assert "'beta-satellite' is repeatable and dated 2019" in dated[0].message


def test_an_undated_repeatable_mission_is_sound(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["repeatable"] = True
    _pack, problems = check_pack(fake.write(tmp_path / "pack"))
    assert [p.code for p in problems if p.code == "repeatable-dated"] == []


def test_the_builtin_packs_mark_only_undated_services_repeatable() -> None:
    for folder in sorted(p for p in builtin_packs_dir().iterdir() if p.is_dir()):
        pack, _problems = load_pack(folder)
        assert pack is not None
        repeatable = [m for m in pack.missions if m.repeatable]
        assert repeatable, folder.name
        assert all(m.date is None and m.status == "done" for m in repeatable)
