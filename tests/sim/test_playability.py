"""Playability: the historical player's campaign of each playable agency, played headless
by `pack validate`, reports an agency that flies nothing, a dated mission that can never
fly and years with nothing to do, at the line to fix."""

from __future__ import annotations

from pathlib import Path

from game.cli import main
from game.content.loader import load_pack
from game.content.model import Pack
from game.content.problems import Problem
from game.sim.playability import IDLE_YEARS, _idle_stretch, check_playability
from tests.content.fakes import FakePack, line_of


def _played(fake: FakePack, tmp_path: Path) -> tuple[Path, list[Problem]]:
    folder = fake.write(tmp_path / "pack")
    pack, problems = load_pack(folder)
    assert isinstance(pack, Pack) and problems == []
    return folder, check_playability(pack)


def _codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def test_the_small_pack_plays_without_a_playability_problem(tmp_path: Path) -> None:
    assert _played(FakePack(), tmp_path)[1] == []


def test_an_agency_whose_missions_are_all_repeatable_flies_no_mission(tmp_path: Path) -> None:
    fake = FakePack()
    for mission in fake.files["missions.yaml"]:
        mission.pop("date", None)
        mission.pop("date_basis", None)
        mission.pop("status", None)
        mission.pop("requires", None)
        mission["repeatable"] = True
    folder, problems = _played(fake, tmp_path)
    flies = [p for p in problems if p.code == "flies-no-mission"]
    assert len(flies) == 1 and flies[0].line == line_of(folder / "agencies.yaml", "playable: true")
    assert "dated mission" in flies[0].message


def test_a_dated_mission_that_requires_a_repeatable_one_never_flies(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["repeatable"] = True
    fake.record("missions.yaml", "moon-lander")["requires"] = ["weather-sat"]
    folder, problems = _played(fake, tmp_path)
    never = [p for p in problems if p.code == "mission-never-flies"]
    assert len(never) == 1, [p.format() for p in problems]
    assert never[0].line == line_of(folder / "missions.yaml", "- weather-sat")
    assert "repeatable 'weather-sat'" in never[0].message


def test_years_with_nothing_to_do_are_reported_with_the_years(tmp_path: Path) -> None:
    fake = FakePack()
    fake.files["pack.yaml"]["agreement_kinds"][0]["min_relations"] = 100  # no one accepts
    fake.record("missions.yaml", "weather-sat")["requires"] = ["moon-lander"]
    _folder, problems = _played(fake, tmp_path)
    idle = [p for p in problems if p.code == "idle-years"]
    assert len(idle) == 1 and "from 2000 to" in idle[0].message


def test_an_idle_stretch_is_the_first_run_of_enough_quiet_years() -> None:
    busy = {2000, 2001, 2009}
    assert _idle_stretch(2000, 2010, busy) == (2002, 2008)
    assert _idle_stretch(2000, 2000 + IDLE_YEARS - 2, set()) is None
    assert _idle_stretch(2000, 2010, set(range(2000, 2011, IDLE_YEARS - 1))) is None


def test_pack_validate_composes_the_playability_checks(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["repeatable"] = True
    fake.record("missions.yaml", "moon-lander")["requires"] = ["weather-sat"]
    folder = fake.write(tmp_path / "pack")
    assert main(["pack", "validate", str(folder)]) == 1
    assert "mission-never-flies" in capsys.readouterr().out
