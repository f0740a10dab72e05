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
from game.content.model import Pack, QuizItem
from game.errors import SpaceAccordError
from game.quiz.answers import parse_answer
from game.quiz.classroom import ClassroomSession, start
from game.quiz.engine import Question, make_question, right_answer
from game.quiz.pack_check import open_pack
from game.services.classroom import Choices, settings_for
from game.storage.results import read_results
from tests.quiz.fakes import fake_match_item, fake_pack

PACK = fake_pack()
ROOT = Path(__file__).resolve().parents[2]


def asked(count: int, seed: int, pack: Pack = PACK) -> ClassroomSession:
    """The session the quiz asks: the same seed, the same questions and options."""
    return start(pack, settings_for(pack, Choices(questions=count, teams=("S",), seed=seed)))


def typed_right(item: QuizItem, question: Question) -> str:
    good = right_answer(item, question)
    if isinstance(good, tuple):
        return " ".join(str(i + 1) for i in good)
    if question.type == "number":
        return item.answer
    return question.letter(int(good)).lower()


def right_lines(count: int, seed: int) -> list[str]:
    """What a student who knows every answer types."""
    s = asked(count, seed)
    return [typed_right(item, q) for item, q in zip(s.items, s.questions, strict=True)]


def play(
    answers: list[str], count: int = 6, seed: int = 5, *, raw: bool = False
) -> tuple[int, str]:
    """The quiz's output for ``answers``, each followed by Enter for the next question
    (``raw``: the lines exactly as given)."""
    lines = answers if raw else [part for answer in answers for part in (answer, "")]
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
    assert "Option A, or 1: " in first and "(A)" not in first


def test_bad_input_gets_a_reprompt_that_says_what_to_type() -> None:
    good = right_lines(1, 5)
    _, text = play(["", "purple", "99", *good], count=1, raw=True)
    assert text.count("is not an answer to this question") == 3
    assert text.count("Your answer: ") == 4
    assert "Final score: 1 out of 1" in text


def test_wrong_answers_are_told_the_right_one_after_the_students_own() -> None:
    s = asked(6, 5)
    wrong = []
    for item, q in zip(s.items, s.questions, strict=True):
        good = right_answer(item, q)
        if isinstance(good, tuple):
            wrong.append(" ".join(str(i + 1) for i in reversed(good)))
        elif q.type == "number":
            wrong.append("1")
        else:
            wrong.append(str((int(good) + 1) % len(q.choices) + 1))
    _, text = play(wrong)
    assert text.count("Not quite. The answer is ") == 5
    assert text.count("Not quite. The right order is") == 1
    assert text.count("You answered ") == 5 and "You answered 1 year." in text
    assert text.count("You put them in the order ") == 1
    assert "Final score: 0 out of 6 (0 percent)." in text
    assert "2030 year (answers within 1 count)" in text


def test_a_choice_typed_as_a_number_is_told_back_with_its_words() -> None:
    s = asked(6, 5)
    index = next(n for n, q in enumerate(s.questions) if q.type == "choice")
    question, item = s.questions[index], s.items[index]
    good = int(right_answer(item, question))  # type: ignore[arg-type]
    lines = right_lines(6, 5)[:index] + [str(good + 1)]
    _, text = play(lines)
    said = f"{question.letter(good)}: {question.choices[good]}"
    assert f"You answered {said}." in text


def test_the_quiz_waits_for_enter_before_the_next_question() -> None:
    _, text = play(right_lines(2, 5)[:1], count=2, raw=True)
    assert "Press Enter for the next question." in text
    assert "Question 2 of 2." not in text  # the input ended at the wait


def test_a_number_may_be_typed_in_words() -> None:
    s = asked(6, 5)
    index = next(n for n, q in enumerate(s.questions) if q.type == "number")
    lines = right_lines(6, 5)[:index] + ["two thousand and thirty"]
    _, text = play(lines)
    assert "You answered 2030 year." in text and text.count("Right.") == index + 1


def test_one_question_is_one_question_not_one_questions() -> None:
    _, text = play([], count=1)
    assert "1 question, seed 5" in text


def test_id_previews_one_item(tmp_path: Path) -> None:
    item = PACK.quiz[2]
    out = io.StringIO()
    run_quiz(PACK, 10, 1, io.StringIO(""), out, item_id=item.id)
    text = out.getvalue()
    assert f"1 question: item {item.id}." in text and "Question 1 of 1." in text


def test_an_unknown_id_is_a_user_error_that_names_the_closest() -> None:
    with pytest.raises(SpaceAccordError, match="did you mean"):
        run_quiz(PACK, 10, 1, io.StringIO(""), io.StringIO(), item_id=PACK.quiz[0].id + "x")


def test_the_answers_go_to_a_results_file_the_teacher_can_collect(tmp_path: Path) -> None:
    out = io.StringIO()
    lines = [part for answer in right_lines(3, 5) for part in (answer, "")]
    stdin = io.StringIO("".join(f"{x}\n" for x in lines))
    run_quiz(PACK, 3, 5, stdin, out, folder=tmp_path, name="Ana")
    results = read_results(next(tmp_path.glob("classroom-*seed5.csv")))
    assert results.settings.teams == ("Ana",)
    assert [r["right"] for r in results.rows if r["event"] == "answer"] == ["yes"] * 3
    assert f"Your answers are saved in {results.path}" in out.getvalue()
    gradebook = next(tmp_path.glob("*-gradebook.csv")).read_text(encoding="utf-8-sig")
    assert gradebook.splitlines()[1].endswith(",3,3,100")


def order_question(seed: int = 5) -> tuple[int, Question]:
    """The position (1-based) of the fake pack's order question in the quiz, and its question."""
    s = asked(6, seed)
    for number, (item, question) in enumerate(zip(s.items, s.questions, strict=True), start=1):
        if item.type == "order":
            return number, question
    raise AssertionError("the fake pack has an order question")


def test_a_wrong_order_is_told_as_the_numbers_to_type_then_the_items_in_order() -> None:
    number, question = order_question()
    lines = right_lines(6, 5)
    lines[number - 1] = "1 2 3 4"
    _, text = play(lines[:number])
    item = next(i for i in PACK.quiz if i.type == "order")
    good = right_answer(item, question)
    assert isinstance(good, tuple) and good != (0, 1, 2, 3)
    typed = " ".join(str(i + 1) for i in good)
    in_order = ", then ".join(question.choices[i] for i in good)
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
        (3, "two thousand and thirty", 2030.0),
        (3, "twenty thirty years", None),
        (3, "twenty thirty", 2030.0),
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
    s = asked(3, 4, pack)
    typed = ["zzz"]  # refused first, then every answer right, each followed by Enter
    for item, question in zip(s.items, s.questions, strict=True):
        good = right_answer(item, question)
        if isinstance(good, tuple):
            typed.append(" ".join(str(i + 1) for i in good))
        elif question.type == "number":
            typed.append(item.answer)
        else:
            typed.append(str(int(good) + 1))
        typed.append("")
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


def test_a_match_lists_its_rows_then_its_items_and_is_told_back_pair_by_pair() -> None:
    pack = fake_pack(items=(fake_match_item(),))
    s = asked(1, 3, pack)
    item, question = s.items[0], s.questions[0]
    good = right_answer(item, question)
    assert isinstance(good, tuple)
    wrong = " ".join(str(i + 1) for i in reversed(good))
    out = io.StringIO()
    run_quiz(pack, 1, 3, io.StringIO(f"{wrong}\n\n"), out)
    text = out.getvalue()
    assert "Row 1: The probe." in text and "Item A, or 1: " in text
    assert "For each of the 3 rows in turn, type the number" in text
    typed = " ".join(str(i + 1) for i in good)
    assert f"Not quite. The pairs are {typed}: The probe goes with " in text
    out = io.StringIO()
    run_quiz(pack, 1, 3, io.StringIO(f"{typed}\n\n"), out)
    assert "Right." in out.getvalue()
