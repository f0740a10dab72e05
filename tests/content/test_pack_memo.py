"""A pack's memo: derived tables made once per pack, never part of its value."""

from __future__ import annotations

import copy
import pickle
from dataclasses import replace

from game.content.citations import citations
from game.content.model import Pack
from game.sim import new_game
from game.sim.index import build_index
from tests.quiz.fakes import fake_pack
from tests.sim.fakes import fake_pack as campaign_pack


def filled(pack: Pack) -> Pack:
    pack.memo("test.table", lambda: {"made": True})
    return pack


def test_a_memo_entry_is_made_once_and_then_kept():
    pack = fake_pack()
    made: list[int] = []

    def make() -> tuple[int, ...]:
        made.append(1)
        return (len(made),)

    first = pack.memo("test.count", make)
    assert pack.memo("test.count", make) is first
    assert made == [1]
    assert pack.memo("test.other", make) == (2,)


def test_the_memo_takes_no_part_in_equality_hashing_or_repr():
    bare, used = fake_pack(), filled(fake_pack())
    assert bare == used
    assert hash(bare) == hash(used)
    assert repr(bare) == repr(used)
    assert "_memo" not in repr(used)


def test_pickling_and_copying_a_pack_leave_its_memo_behind():
    pack = filled(build_index(campaign_pack()).pack)
    for twin in (pickle.loads(pickle.dumps(pack)), copy.copy(pack), copy.deepcopy(pack)):
        assert twin == pack
        assert twin._memo == {}
        assert twin.root == pack.root and twin.texts == pack.texts
    assert "test.table" in pack._memo


def test_a_changed_copy_of_a_pack_starts_with_an_empty_memo():
    pack = filled(fake_pack())
    fewer = replace(pack, quiz=pack.quiz[:1])
    assert fewer._memo == {}
    assert citations(fewer, ["relay"]) == citations(pack, ["relay"])


def test_every_campaign_of_a_pack_shares_one_index():
    pack = campaign_pack()
    first, second = new_game(pack, "alpha", 1), new_game(pack, "gamma", 2)
    assert first.index is second.index
    other = new_game(replace(pack, quiz=pack.quiz[:2]), "alpha", 1)
    assert other.index is not first.index
    assert len(other.index.quiz) == 2


def test_citations_from_the_memo_match_the_packs_records():
    pack = fake_pack()
    sources = {s.id: s for s in pack.sources}
    for _ in range(2):  # the second call reads the memo
        found = citations(pack, ["moon-base", "nowhere", "probe-launch"])
        assert [c.fact_id for c in found] == ["moon-base", "probe-launch"]
        for citation in found:
            source = sources[citation.source_id]
            assert (citation.source_title, citation.publisher, citation.published) == (
                source.title,
                source.publisher,
                source.published.human(),
            )
