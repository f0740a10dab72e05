"""Pack stats: counts per kind and coverage, on the scaffolded pack and small changes of it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.loader import load_pack
from game.content.model import Agency, Event, Pack, PackDate, Resources, Source
from game.content.stats import UNDATED, as_json_data, format_text, pack_stats
from tests.content.authoring_kit import new_pack


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    loaded, problems = load_pack(new_pack(tmp_path_factory.mktemp("stats")))
    assert loaded is not None, problems
    return loaded


def test_counts_give_the_number_of_records_of_each_kind(pack: Pack) -> None:
    stats = pack_stats(pack)
    assert stats.counts == {
        "sources": 1,
        "facts": 6,
        "agencies": 2,
        "agreement kinds": 1,
        "agreements": 1,
        "missions": 3,
        "events": 1,
        "quiz items": 5,
    }
    assert stats.playable == ("northland",)
    assert stats.planned == {"agreements": 0, "missions": 1, "events": 0}


def test_quiz_items_are_counted_by_type_and_difficulty_with_zeros_kept(pack: Pack) -> None:
    stats = pack_stats(pack)
    assert stats.quiz_by_type == {"choice": 1, "true_false": 1, "order": 1, "number": 1, "match": 1}
    assert stats.quiz_by_difficulty == {1: 2, 2: 2, 3: 1}
    only_choice = dataclasses.replace(pack, quiz=pack.quiz[:1])
    assert pack_stats(only_choice).quiz_by_type == {
        "choice": 1,
        "true_false": 0,
        "order": 0,
        "number": 0,
        "match": 0,
    }


def test_facts_no_quiz_item_cites_are_listed(pack: Pack) -> None:
    assert pack_stats(pack).facts_without_quiz == ()
    fewer = dataclasses.replace(pack, quiz=pack.quiz[:1])  # only the camera question
    assert "skywatch-mass" in pack_stats(fewer).facts_without_quiz
    assert "southland-camera" not in pack_stats(fewer).facts_without_quiz


def test_a_fact_cited_by_a_record_but_no_quiz_item_is_not_cited_nowhere(pack: Pack) -> None:
    fewer = pack_stats(dataclasses.replace(pack, quiz=()))
    assert "skywatch-launched" in fewer.facts_without_quiz
    assert "skywatch-launched" not in fewer.facts_cited_nowhere  # a mission cites it


def test_a_source_no_fact_quotes_is_listed(pack: Pack) -> None:
    extra = Source(
        id="unused-article",
        title="Unused",
        publisher="Nobody",
        published=PackDate(2021),
        date_basis="stated",
        file="sources/unused.txt",
    )
    stats = pack_stats(dataclasses.replace(pack, sources=pack.sources + (extra,)))
    assert stats.sources_without_facts == ("unused-article",)


def test_an_agency_that_leads_or_joins_no_mission_is_listed(pack: Pack) -> None:
    assert pack_stats(pack).agencies_without_missions == ()
    loner = Agency(
        id="loner",
        name="Loner Agency",
        short="LA",
        country="Nowhere",
        playable=False,
        start=2020,
        resources=Resources(budget=1, income=1),
        colour="#000000",
    )
    stats = pack_stats(dataclasses.replace(pack, agencies=pack.agencies + (loner,)))
    assert stats.agencies_without_missions == ("loner",)


def test_date_bases_are_counted_with_undated_facts_apart(pack: Pack) -> None:
    stats = pack_stats(pack)
    assert stats.facts_by_date_basis == {"stated": 4, "inferred": 1, "background": 0, UNDATED: 1}
    assert stats.share("stated") == pytest.approx(4 / 6)


def test_events_are_counted_per_decade_in_order(pack: Pack) -> None:
    later = Event(
        id="later",
        date=PackDate(2031, 2),
        date_basis="stated",
        title="Later",
        facts=("storms-2020",),
    )
    earlier = dataclasses.replace(later, id="earlier", date=PackDate(2019))
    stats = pack_stats(dataclasses.replace(pack, events=(later, *pack.events, earlier)))
    assert stats.events_by_decade == {"2010s": 1, "2020s": 1, "2030s": 1}


def test_the_json_form_holds_counts_shares_and_coverage(pack: Pack) -> None:
    data = as_json_data(pack_stats(pack))
    assert json.loads(json.dumps(data)) == data
    assert data["pack"] == pack.info.id
    bases = data["facts_by_date_basis"]
    assert isinstance(bases, dict) and bases["stated"] == {"count": 4, "share": 0.6667}
    assert set(data["coverage"]) == {  # type: ignore[arg-type]
        "facts_without_quiz",
        "facts_cited_nowhere",
        "sources_without_facts",
        "agencies_without_missions",
    }


def test_the_text_form_names_every_section(pack: Pack) -> None:
    text = format_text(pack_stats(pack))
    for heading in ("Counts", "Quiz items", "Facts by date basis", "Events per decade", "Coverage"):
        assert heading in text
    assert "by type: choice: 1, true_false: 1, order: 1, number: 1" in text
    assert "sources cited by no fact: none" in text


def test_an_empty_pack_has_zero_shares_not_a_division_error(pack: Pack) -> None:
    empty = dataclasses.replace(
        pack, sources=(), facts=(), agencies=(), agreements=(), missions=(), events=(), quiz=()
    )
    stats = pack_stats(empty)
    assert stats.share("stated") == 0.0
    assert "Counts" in format_text(stats)


@settings(max_examples=25, deadline=None)
@given(keep=st.lists(st.booleans(), min_size=5, max_size=5))
def test_every_fact_is_either_quizzed_or_listed_as_not(pack: Pack, keep: list[bool]) -> None:
    quiz = tuple(item for item, kept in zip(pack.quiz, keep, strict=True) if kept)
    stats = pack_stats(dataclasses.replace(pack, quiz=quiz))
    quizzed = {fact for item in quiz for fact in item.facts}
    assert set(stats.facts_without_quiz) == {f.id for f in pack.facts} - quizzed
    assert sum(stats.quiz_by_type.values()) == len(quiz)
    assert sum(stats.facts_by_date_basis.values()) == len(pack.facts)


def test_stats_read_the_folder_they_are_given(tmp_path: Path) -> None:
    loaded, _ = load_pack(new_pack(tmp_path, "my-moon-pack"))
    assert loaded is not None
    assert pack_stats(loaded).pack_id == "my-moon-pack"
