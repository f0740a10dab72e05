"""Which missions an agency can reach: the rule the game and the validator share."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.content.loader import load_pack
from game.content.model import Pack
from game.content.reach import missions_open_to
from tests.content.fakes import FakePack


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    loaded, problems = load_pack(FakePack().write(tmp_path / "pack"))
    assert loaded is not None and problems == []
    return loaded


def _ids(pack: Pack, agency: str) -> list[str]:
    return [m.id for m in missions_open_to(pack, agency)]


def test_a_lead_with_a_launcher_reaches_its_missions_in_pack_order(pack: Pack) -> None:
    assert _ids(pack, "alpha") == ["beta-satellite", "weather-sat", "joint-imager", "moon-lander"]


def test_a_partner_is_blocked_by_a_required_mission_it_cannot_reach(pack: Pack) -> None:
    assert _ids(pack, "gamma") == []


def test_a_required_agreement_opens_a_mission_only_to_its_parties(pack: Pack) -> None:
    agreements = tuple(replace(a, parties=("gamma", "delta")) for a in pack.agreements)
    assert "joint-imager" not in _ids(replace(pack, agreements=agreements), "alpha")


def test_a_mission_needing_a_launcher_is_closed_when_nobody_involved_has_one(pack: Pack) -> None:
    agencies = tuple(replace(a, launcher=False) for a in pack.agencies)
    assert _ids(replace(pack, agencies=agencies), "alpha") == []


def test_a_mission_without_launcher_needs_stays_open_without_one(pack: Pack) -> None:
    agencies = tuple(replace(a, launcher=False) for a in pack.agencies)
    missions = tuple(replace(m, needs_launcher=False) for m in pack.missions)
    reachable = _ids(replace(pack, agencies=agencies, missions=missions), "alpha")
    assert reachable == ["beta-satellite", "weather-sat", "joint-imager", "moon-lander"]


def test_missions_in_a_requirement_cycle_are_never_open(pack: Pack) -> None:
    missions = tuple(
        replace(m, requires=("moon-lander",)) if m.id == "beta-satellite" else m
        for m in pack.missions
    )
    assert _ids(replace(pack, missions=missions), "alpha") == ["weather-sat"]
