"""The terminal quiz, driven by piped answers: re-prompts, sources, score, end of input."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from game.commands.quiz_text import run_quiz
from game.content.loader import open_pack
from game.errors import SpaceAccordError
from game.quiz.answers import parse_answer
from game.quiz.engine import make_question, right_answer, select_items
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
ROOT = Path(__file__).resolve().parents[2]


def right_lines(count: int, seed: int) -> list[str]:
    """What a student who knows every answer types, worked out the way the quiz shuffles."""
    rng = random.Random(seed)
    lines = []
    for item in select_items(PACK.quiz, count, rng):
        question = make_question(item, rng)
        good = right_answer(item, question)
        if isinstance(good, tuple):
            lines.append(" ".join(str(i + 1) for i in good))
        elif question.type == "number":
            lines.append(item.answer)
        else:
            lines.append(question.letter(int(good)).lower())
    return lines


def play(lines: list[str], count: int = 6, seed: int = 5) -> tuple[int, str]:
    out = io.StringIO()
    code = run_quiz(PACK, count, seed, io.StringIO("".join(f"{x}\n" for x in lines)), out)
    return code, out.getvalue()


def test_every_right_answer_scores_and_each_shows_its_quote_and_source() -> None:
    code, text = play(right_lines(6, 5))
    assert code == 0
    assert text.count("Right.") == 6
    assert "Final score: 6 out of 6 (100 percent)." in text
    assert 'Source: "Relay satellites carry data back\\forth <fast>."' in text
    assert 'From "Moon plans", Lunar Bulletin, as reported in November 2019.' in text


def test_questions_and_options_are_numbered_with_their_letters() -> None:
    _, text = play([], count=6)
    assert "Question 1 of 6." in text
    first = text.split("Question 1 of 6.")[1]
    assert "1. (A) " in first


def test_bad_input_gets_a_reprompt_that_says_what_to_type() -> None:
    good = right_lines(1, 5)
    _, text = play(["", "purple", "99", *good], count=1)
    assert text.count("is not an answer to this question") == 3
    assert text.count("Your answer: ") == 4
    assert "Final score: 1 out of 1" in text


def test_wrong_answers_are_told_the_right_one() -> None:
    rng = random.Random(5)
    wrong = []
    for item in select_items(PACK.quiz, 6, rng):
        q = make_question(item, rng)
        good = right_answer(item, q)
        if isinstance(good, tuple):
            wrong.append(" ".join(str(i + 1) for i in reversed(good)))
        elif q.type == "number":
            wrong.append("1")
        else:
            wrong.append(str((int(good) + 1) % len(q.choices) + 1))
    _, text = play(wrong)
    assert text.count("Not quite. The answer is:") == 5
    assert text.count("Not quite. The right order is") == 1
    assert "Final score: 0 out of 6 (0 percent)." in text
    assert "2030 year (answers within 1 count)" in text


def order_question(seed: int = 5) -> tuple[int, object]:
    """The position (1-based) of the fake pack's order question in the quiz, and its question."""
    rng = random.Random(seed)
    for number, item in enumerate(select_items(PACK.quiz, 6, rng), start=1):
        question = make_question(item, rng)
        if item.type == "order":
            return number, question
    raise AssertionError("the fake pack has an order question")


def test_a_wrong_order_is_told_as_the_numbers_to_type_then_the_items_in_order() -> None:
    number, question = order_question()
    lines = right_lines(6, 5)
    lines[number - 1] = "1 2 3 4"
    _, text = play(lines[:number])
    item = next(i for i in PACK.quiz if i.type == "order")
    good = right_answer(item, question)  # type: ignore[arg-type]
    assert isinstance(good, tuple) and good != (0, 1, 2, 3)
    typed = " ".join(str(i + 1) for i in good)
    in_order = ", then ".join(question.choices[i] for i in good)  # type: ignore[attr-defined]
    assert f"Not quite. The right order is {typed}: {in_order}." in text
    assert "1. Probe launch; 2." not in text  # not ranks that read like the on-screen numbers


def test_the_right_order_typed_back_as_shown_scores() -> None:
    number, _ = order_question()
    _, text = play(right_lines(6, 5)[:number])
    assert f"Score so far: {number} out of {number}" in text


def test_an_order_question_gives_its_prompt_once() -> None:
    number, _ = order_question()
    _, text = play(right_lines(6, 5)[: number - 1])
    asked = text.split(f"Question {number} of 6.")[1]
    assert asked.count("Put these in order") == 1


def test_the_end_of_input_ends_with_the_score_so_far() -> None:
    code, text = play(right_lines(6, 5)[:2])
    assert code == 0
    assert "End of input: quiz stopped." in text
    assert "Score so far: 2 out of 2 (100 percent)." in text


def test_q_stops_the_quiz() -> None:
    _, text = play(["q"])
    assert "Quiz stopped." in text and "Score so far: 0 out of 0." in text


def test_the_same_seed_asks_the_same_questions() -> None:
    assert play([], seed=9)[1] == play([], seed=9)[1]


def test_a_pack_without_questions_is_a_user_error() -> None:
    with pytest.raises(SpaceAccordError, match="no quiz questions"):
        run_quiz(fake_pack(items=()), 3, 1, io.StringIO(), io.StringIO())


@pytest.mark.parametrize(
    ("index", "typed", "expected"),
    [
        (0, "2", 1),
        (0, "(c)", 2),
        (0, "1999", 1),
        (1, "t", 0),
        (1, "No", 1),
        (2, "3 1 2 4", (2, 0, 1, 3)),
        (2, "c,a,b,d", (2, 0, 1, 3)),
        (2, "CABD", (2, 0, 1, 3)),
        (2, "1 1 2 3", None),
        (2, "1 2 3", None),
        (3, "2,030", 2030.0),
        (3, "2 030", 2030.0),
        (3, "2030 year", 2030.0),
        (3, "12,5", 12.5),
        (3, "nan", None),
        (3, "soon", None),
        (0, "", None),
    ],
)
def test_typed_answers_are_read_by_number_letter_or_text(
    index: int, typed: str, expected: object
) -> None:
    item = PACK.quiz[index]
    question = make_question(item, random.Random(0))
    if item.type == "choice":
        question = type(question)(**{**question.__dict__, "choices": item.options})
    assert parse_answer(question, typed) == expected


def test_piped_answers_work_through_the_command_line(tmp_path: Path) -> None:
    pack = open_pack("space-cooperation")
    rng = random.Random(4)
    typed = ["zzz"]  # refused first, then every answer right
    for item in select_items(pack.quiz, 3, rng):
        question = make_question(item, rng)
        good = right_answer(item, question)
        if isinstance(good, tuple):
            typed.append(" ".join(str(i + 1) for i in good))
        elif question.type == "number":
            typed.append(item.answer)
        else:
            typed.append(str(int(good) + 1))
    env = {**os.environ, "SPACE_ACCORD_DATA": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "main.py", "quiz", "--text", "--questions", "3", "--seed", "4"],
        input="".join(f"{line}\n" for line in typed),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Question 3 of 3." in done.stdout
    assert "'zzz' is not an answer to this question" in done.stdout
    assert "Final score: 3 out of 3 (100 percent)." in done.stdout
    assert done.stdout.count("Source: ") >= 3
