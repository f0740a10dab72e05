"""The quiz kinds: one registry, every kind behind the same interface, unknown kinds loud."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.content.model import QUIZ_TYPES, Pair, QuizItem
from game.quiz.answers import parse_answer
from game.quiz.engine import grade, make_question, right_answer, right_answer_text
from game.quiz.kinds import KINDS, UnknownQuizKind, kind_of
from game.quiz.pack_check import check_quiz_kinds
from tests.quiz.fakes import fake_items, fake_match_item, fake_pack

GAME = Path(__file__).resolve().parents[2] / "game"
ITEMS = (*fake_items(), fake_match_item())
PACK = fake_pack(items=ITEMS)


def test_the_registry_has_a_kind_for_every_type_of_the_pack_format() -> None:
    assert tuple(KINDS) == QUIZ_TYPES
    assert all(KINDS[name].name == name for name in KINDS)


def test_an_unknown_kind_fails_loudly_wherever_it_is_looked_up() -> None:
    from game.ui.answer_inputs import input_for

    odd = replace(ITEMS[0], type="essay")
    with pytest.raises(UnknownQuizKind, match="essay"):
        kind_of("essay")
    with pytest.raises(UnknownQuizKind):
        make_question(odd, random.Random(1))
    with pytest.raises(UnknownQuizKind):
        right_answer_text(odd)
    with pytest.raises(UnknownQuizKind):
        input_for("essay")


@given(seed=st.integers(0, 10_000), index=st.integers(0, len(ITEMS) - 1))
def test_every_kind_grades_its_right_answer_right_and_round_trips_it(seed: int, index: int) -> None:
    item = ITEMS[index]
    kind = kind_of(item.type)
    question = make_question(item, random.Random(seed))
    good = right_answer(item, question)
    assert kind.shape_problem(question, good) is None
    assert grade(item, question, good)
    assert kind.decode(question, kind.encode(question, good)) == good
    assert kind.answer_words(question, good)


def test_a_match_shows_its_rows_in_order_and_its_partners_shuffled() -> None:
    item = fake_match_item()
    question = make_question(item, random.Random(3))
    assert question.rows == tuple(pair.left for pair in item.pairs)
    assert sorted(question.choices) == sorted(pair.right for pair in item.pairs)
    assert question.choices != tuple(pair.right for pair in item.pairs)


def test_a_match_is_answered_with_the_partner_of_each_row_in_turn() -> None:
    item = fake_match_item()
    question = make_question(item, random.Random(3))
    good = right_answer(item, question)
    assert isinstance(good, tuple)
    typed = " ".join(question.letter(i) for i in good)
    assert parse_answer(question, typed) == good
    assert not grade(item, question, tuple(reversed(good)))
    assert kind_of("match").shape_problem(question, (0, 0, 1)) is not None
    words = right_answer_text(item)
    assert words.startswith("The probe = Launched in 2004")


def test_a_match_needs_three_to_five_pairs_each_text_once() -> None:
    item = fake_match_item()
    short = replace(item, pairs=item.pairs[:2])
    twice = replace(item, pairs=(*item.pairs, Pair(left="The probe", right="Something else")))
    misplaced = replace(item, answer="One")
    codes = {
        name: [p.code for p in check_quiz_kinds(fake_pack(items=(odd,)))]
        for name, odd in (("short", short), ("twice", twice), ("misplaced", misplaced))
    }
    assert codes == {
        "short": ["pair-count"],
        "twice": ["duplicate-option"],
        "misplaced": ["misplaced-field"],
    }


def test_a_number_answer_must_be_finite_in_every_layer() -> None:
    number = next(i for i in ITEMS if i.type == "number")
    question = make_question(number, random.Random(1))
    kind = kind_of("number")
    assert kind.shape_problem(question, float("inf")) is not None
    assert kind.shape_problem(question, True) is not None
    assert not grade(number, question, float("nan"))


QUIZ_NAMES = "|".join(QUIZ_TYPES)
COMPARISONS = (
    re.compile(rf"(==|!=)\s*[\"']({QUIZ_NAMES})[\"']"),
    re.compile(rf"[\"']({QUIZ_NAMES})[\"']\s*(==|!=)"),
    re.compile(rf"\bin\s*\(\s*[\"']({QUIZ_NAMES})[\"']"),
    re.compile(r"(question|item|q|checkpoint\.question)\.type\s*(==|!=|in\b|not in\b)"),
)


def test_no_module_outside_the_kinds_compares_quiz_types() -> None:
    found = []
    for path in sorted(GAME.rglob("*.py")):
        if path.parent.name == "kinds":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(pattern.search(line) for pattern in COMPARISONS):
                found.append(f"{path.relative_to(GAME.parent)}:{number}: {line.strip()}")
    assert found == []


def test_items_of_every_kind_pass_their_kind_checks() -> None:
    assert check_quiz_kinds(PACK) == []
    assert {item.type for item in ITEMS} == set(QUIZ_TYPES)
    assert all(isinstance(item, QuizItem) for item in ITEMS)
