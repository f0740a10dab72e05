"""History never changes (DESIGN §6): what really happened happens on its own date in the
world, every game; only plans whose outcome lies beyond the pack's sources may slip."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.sim import new_game, play_campaign
from game.sim.index import build_index, open_plans, split_key
from game.sim.survey import playable
from tests.sim.fakes import advance_to, fake_pack
from tests.sim.test_balance import built_in_packs

WORLD_KINDS = ("event", "agreement", "mission", "offer", "history")


RECORD_KINDS = {"offer": "agreement", "history": "mission"}


def shown_on_its_own_date(state) -> list[str]:
    """News items and history entries that put a settled record on another date."""
    index = state.index
    wrong = []
    for item in state.news:
        if item.kind == "slip":  # a slip names its record by id: any kind may have slipped
            keys = [k for k in index.records if split_key(k)[1] == item.record_id]
            if not any(index.is_open_plan(k) for k in keys):
                wrong.append(f"{item.record_id} shown slipping in {item.year}")
            continue
        if item.kind not in WORLD_KINDS:
            continue
        key = f"{RECORD_KINDS.get(item.kind, item.kind)}:{item.record_id}"
        if not index.is_open_plan(key) and item.year != index.record(key).date.year:
            wrong.append(f"{key} shown in {item.year} ({item.kind})")
    for happened in state.happened:
        if not index.is_open_plan(happened.key):
            record = index.record(happened.key)
            if happened.year != record.date.year or happened.slipped_from is not None:
                wrong.append(f"{happened.key} happened in {happened.year}")
    return wrong


@pytest.mark.parametrize("player", ["greedy", "random"])
def test_no_record_that_happened_is_ever_shown_on_another_date(player):
    for pack in built_in_packs():
        for agency in playable(pack):
            for seed in range(4):
                state = play_campaign(pack, agency, seed, player)
                assert shown_on_its_own_date(state) == [], (pack.info.id, agency, seed)


def test_only_plans_beyond_the_sources_may_slip_in_the_built_in_pack():
    pack = next(p for p in built_in_packs() if p.info.id == "space-cooperation")
    plans = {split_key(key)[1] for key in open_plans(pack)}
    assert {"change-7", "ilrs-base"} <= plans
    assert not {"change-4", "svom", "cbers-4a", "tianwen-1"} & plans


def test_a_plan_dated_after_its_source_may_slip_but_one_with_a_known_outcome_may_not():
    pack = fake_pack()
    index = build_index(pack)
    planned = [key for key, record in index.records.items() if record.status == "planned"]
    for key in planned:
        record = index.record(key)
        newest = max(
            (
                s.published.year
                for s in pack.sources
                for f in record.facts
                if index.facts.get(f) and index.facts[f].source == s.id
            ),
            default=None,
        )
        expected = (
            record.date is not None
            and getattr(record, "date_basis", "") != "background"
            and (newest is None or record.date.year > newest)
            and not any(
                index.facts[f].date is not None and index.facts[f].date_basis == "background"
                for f in record.facts
                if f in index.facts
            )
        )
        assert index.is_open_plan(key) == expected, key


def test_a_settled_plan_never_slips_whatever_the_seed():
    pack = fake_pack()
    settled = [
        m
        for m in pack.missions
        if m.status == "planned"
        and m.date is not None
        and not build_index(pack).is_open_plan(f"mission:{m.id}")
    ]
    if not settled:
        pytest.skip("the fake pack has no settled plan")
    for seed in range(20):
        state = advance_to(new_game(pack, "alpha", seed), pack.info.timeline.end)
        assert shown_on_its_own_date(state) == []


def test_a_done_record_is_never_an_open_plan():
    pack = fake_pack()
    done = replace(pack.missions[0], status="done")
    pack = replace(pack, missions=(done, *pack.missions[1:]))
    assert not build_index(pack).is_open_plan(f"mission:{done.id}")
