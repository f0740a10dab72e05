"""Which missions an agency can reach, and the launcher rule the game and the validator
share: without a launcher of its own, an agency flies through an agreement with one that
has it (in the pack, or one it could propose before a ban stops it)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from game.content.loader import load_pack
from game.content.model import Ban, Event, Pack, PackDate
from game.content.reach import may_fly, missions_open_to, possible_launch_partners
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


def _gamma_leads_a_launch(pack: Pack, **changes: Any) -> Pack:
    """The weather satellite led by gamma (no launcher), with alpha (a launcher) as partner."""
    missions = tuple(
        replace(m, lead="gamma", partners=("alpha",))
        for m in pack.missions
        if m.id == "weather-sat"
    )
    return replace(pack, missions=missions, **changes)


def _without_kinds(pack: Pack) -> Pack:
    return replace(pack, info=replace(pack.info, agreement_kinds=()))


def _ban_from(pack: Pack, year: int) -> Pack:
    ban = Ban(agency="gamma", partners=("alpha",), reason="A law forbids it.")
    law = Event(
        id="law",
        date=PackDate(year),
        date_basis="stated",
        title="A law",
        facts=pack.events[0].facts,
        bans=(ban,),
    )
    return replace(pack, events=pack.events + (law,))


def test_a_lead_without_a_launcher_flies_through_an_agreement_of_the_pack(pack: Pack) -> None:
    opened = _gamma_leads_a_launch(_without_kinds(pack))
    assert possible_launch_partners(opened, "gamma") == ("alpha",)
    assert _ids(opened, "gamma") == ["weather-sat"]


def test_a_lead_without_a_launcher_flies_through_a_kind_it_could_propose(pack: Pack) -> None:
    assert _ids(_gamma_leads_a_launch(pack, agreements=()), "gamma") == ["weather-sat"]


def test_a_launcher_among_the_partners_is_not_enough_without_an_agreement(pack: Pack) -> None:
    closed = _gamma_leads_a_launch(_without_kinds(pack), agreements=())
    assert possible_launch_partners(closed, "gamma") == ()
    assert _ids(closed, "gamma") == []


def test_a_ban_in_force_before_any_proposal_closes_that_path(pack: Pack) -> None:
    banned_early = _ban_from(_gamma_leads_a_launch(pack, agreements=()), 2000)
    banned_late = _ban_from(_gamma_leads_a_launch(pack, agreements=()), 2010)
    assert _ids(banned_early, "gamma") == []
    assert _ids(banned_late, "gamma") == ["weather-sat"]


def test_the_launcher_rule_asks_for_a_launch_partner_only_when_it_is_needed(pack: Pack) -> None:
    agencies = pack.by_id("agencies")
    satellite = next(m for m in pack.missions if m.id == "weather-sat")
    assert may_fly(satellite, agencies["alpha"], ())
    assert not may_fly(satellite, agencies["gamma"], ())
    assert may_fly(satellite, agencies["gamma"], ("alpha",))
    assert may_fly(replace(satellite, needs_launcher=False), agencies["gamma"], ())
