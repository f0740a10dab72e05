"""The second pack ("Venezuela goes to the Moon") validates, is played and is quizzed with
the same code as the built-in pack: proof that the game is driven by its content."""

from __future__ import annotations

import random

import pytest

from game.content.citations import citations
from game.content.model import Pack, PackDate
from game.content.stats import pack_stats
from game.quiz.engine import grade, make_question, right_answer
from game.quiz.pack_check import check_pack, open_pack
from game.sim.players import play_campaign
from game.sim.report import report
from tests.content.authoring_kit import SECOND_PACK


@pytest.fixture(scope="module")
def pack() -> Pack:
    return open_pack(SECOND_PACK)


def test_the_second_pack_has_no_problems_even_in_strict_mode() -> None:
    loaded, problems = check_pack(SECOND_PACK, strict=True)
    assert loaded is not None
    assert [p.format() for p in problems] == []


def test_the_second_pack_is_small_but_complete(pack: Pack) -> None:
    stats = pack_stats(pack)
    assert 20 <= stats.counts["facts"] <= 35
    assert stats.counts["quiz items"] >= 12
    assert all(count >= 2 for count in stats.quiz_by_type.values())
    assert 3 <= stats.counts["agencies"] <= 4 and len(stats.playable) >= 2
    assert stats.counts["agreements"] >= 2 and stats.counts["events"] >= 3
    assert stats.sources_without_facts == () and stats.facts_cited_nowhere == ()


def _earliest(date: PackDate) -> tuple[int, int, int]:
    return (date.year, date.month or 1, date.day or 1)


def _latest(date: PackDate) -> tuple[int, int, int]:
    return (date.year, date.month or 12, date.day or 31)


def test_whatever_lies_after_its_articles_is_marked_planned(pack: Pack) -> None:
    facts = pack.by_id("facts")
    sources = pack.by_id("sources")
    for record in (*pack.missions, *pack.events, *pack.agreements):
        if record.date is None or not record.facts:
            continue
        reported = max(_latest(sources[facts[f].source].published) for f in record.facts)
        if _earliest(record.date) > reported:
            assert record.status == "planned", record.id


@pytest.mark.parametrize("agency", ["abae", "cnsa"])
@pytest.mark.parametrize("player", ["historical", "greedy", "random"])
def test_each_playable_agency_plays_a_whole_campaign(pack: Pack, agency: str, player: str) -> None:
    result = report(play_campaign(pack, agency, seed=7, player=player))
    assert result.finished
    assert result.pack_id == "venezuela-moon"
    if player != "random":
        assert result.missions_launched >= 1
        assert result.agreements_signed >= 1
        assert result.quiz_asked >= 1


def test_the_same_seed_plays_the_same_campaign(pack: Pack) -> None:
    first = report(play_campaign(pack, "abae", seed=3, player="greedy"))
    again = report(play_campaign(pack, "abae", seed=3, player="greedy"))
    assert first == again


def test_every_quiz_item_asks_a_question_its_right_answer_wins_and_its_quotes_show(
    pack: Pack,
) -> None:
    rng = random.Random(11)
    for item in pack.quiz:
        question = make_question(item, rng)
        assert question.prompt == item.prompt
        assert grade(item, question, right_answer(item, question))
        shown = citations(pack, item.facts)
        assert len(shown) == len(item.facts)
        assert all(c.quote and c.source_title and c.published for c in shown)
