"""The quiz engine: questions shuffled by a seeded generator, grading, selection, reveals."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.model import PackDate
from game.quiz.engine import (
    accuracy,
    citations,
    grade,
    items_citing,
    make_question,
    reveal,
    right_answer,
    right_answer_text,
    select_items,
)
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
ITEMS = {item.id: item for item in PACK.quiz}


def test_the_same_seed_gives_the_same_question():
    item = ITEMS["probe-year"]
    assert make_question(item, random.Random(4)) == make_question(item, random.Random(4))


def test_choice_options_are_shuffled_but_all_kept():
    item = ITEMS["probe-year"]
    orders = {make_question(item, random.Random(seed)).choices for seed in range(20)}
    assert len(orders) > 1
    assert all(sorted(order) == sorted(item.options) for order in orders)


def test_an_order_question_never_starts_in_the_right_order():
    item = ITEMS["events-in-order"]
    for seed in range(50):
        assert make_question(item, random.Random(seed)).choices != item.items


@settings(max_examples=40)
@given(st.sampled_from(sorted(ITEMS)), st.integers(min_value=0, max_value=10_000))
def test_the_right_answer_always_grades_right(item_id, seed):
    item = ITEMS[item_id]
    question = make_question(item, random.Random(seed))
    assert grade(item, question, right_answer(item, question))


def test_true_false_answers_are_graded_by_index():
    item = ITEMS["probe-false"]
    question = make_question(item, random.Random(0))
    assert question.choices == ("True", "False")
    assert grade(item, question, 1) and not grade(item, question, 0)


def test_a_number_answer_counts_within_its_tolerance_only():
    item = ITEMS["base-year"]
    question = make_question(item, random.Random(0))
    assert grade(item, question, 2031) and grade(item, question, 2029.5)
    assert not grade(item, question, 2032)
    assert not grade(item, question, float("nan")) and not grade(item, question, True)


def test_an_order_answer_must_match_every_position():
    item = ITEMS["events-in-order"]
    question = make_question(item, random.Random(2))
    right = right_answer(item, question)
    assert isinstance(right, tuple)
    assert not grade(item, question, tuple(reversed(right)))


def test_the_right_answer_in_words_suits_each_type():
    assert right_answer_text(ITEMS["probe-year"]) == "2004"
    assert right_answer_text(ITEMS["moon-base-planned"]) == "True"
    assert right_answer_text(ITEMS["base-year"]) == "2030 year"
    assert right_answer_text(ITEMS["events-in-order"]).startswith("Probe launch → Relay")


def test_a_reveal_carries_each_cited_quote_with_its_source_and_date():
    shown = reveal(PACK, ITEMS["events-in-order"], correct=False)
    assert not shown.correct and shown.explanation.startswith("2004")
    assert [(c.fact_id, c.source_title, c.published) for c in shown.citations] == [
        ("probe-launch", "Probes & partners: a {new} era", "4 March 2021"),
        ("moon-base", "Moon plans", "November 2019"),
    ]
    assert shown.citations[0].as_reported == "as reported on 4 March 2021"
    assert shown.citations[1].as_reported == "as reported in November 2019"


def test_citations_skip_unknown_facts():
    assert [c.fact_id for c in citations(PACK, ["relay", "nope"])] == ["relay"]


def test_items_citing_finds_items_by_fact_and_skips_those_asked():
    found = items_citing(PACK.quiz, ["moon-base"], exclude=["base-year"])
    assert [item.id for item in found] == ["moon-base-planned", "events-in-order"]


def test_selection_filters_by_difficulty_tags_and_exclusions():
    rng = random.Random(1)
    assert {i.id for i in select_items(PACK.quiz, 10, rng, difficulty=2)} == {
        "events-in-order",
        "base-year",
    }
    moon = select_items(PACK.quiz, 10, rng, tags=["moon"], exclude=["base-year"])
    assert {i.id for i in moon} == {"moon-base-planned", "events-in-order"}
    assert len(select_items(PACK.quiz, 2, rng)) == 2


@pytest.mark.parametrize(("right", "asked", "share"), [(0, 0, 0.0), (3, 4, 0.75), (2, 2, 1.0)])
def test_accuracy_is_the_share_of_right_answers(right, asked, share):
    assert accuracy(right, asked) == share


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (PackDate(2018), "2018"),
        (PackDate(2023, 7), "July 2023"),
        (PackDate(2018, 4, 19), "19 April 2018"),
        (PackDate(1970, 1, 1), "1 January 1970"),
        (PackDate(2030, 12), "December 2030"),
    ],
)
def test_a_date_reads_in_words_as_precise_as_its_source(date, words):
    assert date.human() == words


def test_a_citation_says_on_before_a_day_and_in_before_a_month_or_a_year():
    reported = {c.fact_id: c.as_reported for c in citations(PACK, ["probe-launch", "moon-base"])}
    assert reported == {
        "probe-launch": "as reported on 4 March 2021",
        "moon-base": "as reported in November 2019",
    }
    dated_by_year = with_source(PACK, "bulletin", published=PackDate(2019))
    (moon,) = citations(dated_by_year, ["moon-base"])
    assert (moon.published, moon.as_reported) == ("2019", "as reported in 2019")


def test_a_title_the_author_supplied_is_cited_in_square_brackets():
    supplied = with_source(PACK, "bulletin", headline=False)
    (moon,) = citations(supplied, ["moon-base"])
    assert moon.source_title == "[Moon plans]"
    (probe,) = citations(supplied, ["probe-launch"])
    assert probe.source_title == "Probes & partners: a {new} era"
    assert reveal(supplied, ITEMS["events-in-order"], True).citations[1].source_title == (
        "[Moon plans]"
    )


def with_source(pack, source_id: str, **changes):
    sources = tuple(replace(s, **changes) if s.id == source_id else s for s in pack.sources)
    return replace(pack, sources=sources)


def test_a_quote_inside_another_quote_of_the_same_source_is_shown_once() -> None:
    from game.content.citations import Citation, distinct_quotes

    def cite(fact: str, quote: str, source: str = "paper") -> Citation:
        return Citation(fact, quote, "s", source, "The Paper", "P", "2010")

    long = cite("a", "China will adjust the satellites in orbit to serve its partners.")
    inner = cite("b", "adjust the satellites in orbit")
    elsewhere = cite("c", "adjust the satellites in orbit", source="other")
    assert distinct_quotes([inner, long, elsewhere]) == (long, elsewhere)
