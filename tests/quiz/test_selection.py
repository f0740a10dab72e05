"""Which items a session asks: the seed's order, no item beside one whose prompt gives its
answer away, each kind of question held to its share, or exactly the ids asked for."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.packs import default_pack_path
from game.quiz.pack_check import open_pack
from game.quiz.selection import UnknownItem, by_ids, choose, clash, gives_away, words
from tests.fakes import quiz_item

BUILT_IN = open_pack(default_pack_path())


def test_words_drop_filler_and_fold_case() -> None:
    assert words("The Moon's far side, in 2019") == {"moon's", "far", "side", "2019"}


def test_a_prompt_holding_a_choice_answer_gives_it_away() -> None:
    asker = quiz_item(
        id="tf", facts=("f",), type="true_false", prompt="Chang'e-4 landed on the far side."
    )
    answered = quiz_item(
        id="where", facts=("f",), options=("The far side", "Mars"), answer="The far side"
    )
    assert gives_away(asker, answered) and clash(answered, asker)


def test_a_prompt_holding_a_number_answer_gives_it_away() -> None:
    asker = quiz_item(
        id="c", facts=("f",), prompt="What landed in 2019?", options=("A", "B"), answer="A"
    )
    answered = quiz_item(id="n", facts=("f",), type="number", prompt="When?", answer="2019")
    assert gives_away(asker, answered)
    assert not gives_away(answered, asker)


def test_a_number_that_is_only_a_day_of_a_date_gives_nothing_away() -> None:
    asker = quiz_item(id="c", facts=("f",), prompt="What opened on 6 June 2017?", answer="A")
    answered = quiz_item(id="n", facts=("f",), type="number", prompt="How many?", answer="6")
    assert not gives_away(asker, answered)
    again = quiz_item(id="d", facts=("f",), prompt="Which 6 opened on 6 June?", answer="A")
    assert gives_away(again, answered)


def test_an_answer_only_partly_in_a_prompt_gives_nothing_away() -> None:
    asker = quiz_item(
        id="a", facts=("f",), prompt="Which side of the Moon?", options=("X", "Y"), answer="X"
    )
    answered = quiz_item(
        id="b", facts=("f",), options=("The far side", "Mars"), answer="The far side"
    )
    assert not gives_away(asker, answered)


def test_the_built_in_pack_has_pairs_that_give_each_other_away() -> None:
    quiz = BUILT_IN.quiz
    assert any(clash(a, b) for a in quiz for b in quiz if a is not b)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(1, 15))
def test_a_session_never_holds_two_items_that_give_each_other_away(seed: int, count: int) -> None:
    chosen = choose(BUILT_IN.quiz, count, random.Random(seed))
    assert len({item.id for item in chosen}) == len(chosen)
    assert not any(clash(a, b) for a in chosen for b in chosen if a is not b)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(1, 12))
def test_no_kind_takes_more_than_its_share(seed: int, count: int) -> None:
    chosen = choose(BUILT_IN.quiz, count, random.Random(seed))
    kinds = {item.type for item in BUILT_IN.quiz}
    share = -(-count // len(kinds))
    assert len(chosen) == count
    assert max(Counter(item.type for item in chosen).values()) <= share


def test_seed_42_draws_at_most_two_ordering_questions_of_five() -> None:
    chosen = choose(BUILT_IN.quiz, 5, random.Random(42))
    assert sum(item.type == "order" for item in chosen) <= 2


def test_the_same_seed_chooses_the_same_items_in_the_same_order() -> None:
    first = choose(BUILT_IN.quiz, 8, random.Random(3))
    assert [i.id for i in first] == [i.id for i in choose(BUILT_IN.quiz, 8, random.Random(3))]


def test_ids_pick_exactly_those_items_in_that_order() -> None:
    a, b = BUILT_IN.quiz[3].id, BUILT_IN.quiz[0].id
    assert [i.id for i in choose(BUILT_IN.quiz, 10, random.Random(1), ids=(a, b))] == [a, b]


def test_an_unknown_id_names_the_closest_one() -> None:
    known = BUILT_IN.quiz[0].id
    with pytest.raises(UnknownItem, match=f"did you mean '{known}'"):
        by_ids(BUILT_IN.quiz, [known + "x"])
