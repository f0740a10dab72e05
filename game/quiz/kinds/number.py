"""A number: the ``answer`` is a number, ``tolerance`` how far off still counts, ``unit``
what it counts; typed, never picked."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from game.content.model import Pack, QuizItem
from game.content.problems import Problem, at
from game.content.validate_evidence import QuizClaim
from game.quiz.kinds.base import (
    Escape,
    SheetParts,
    TableCells,
    Words,
    misplaced,
    number_text,
    unused_fields,
)
from game.quiz.number_words import parse_number_words
from game.quiz.question import Answer, AnswerProblem, Hint, Question

if TYPE_CHECKING:
    import random  # the seeded generator a question is shuffled with

_THOUSANDS = re.compile(r"-?\d{1,3}([, ]\d{3})+(\.\d+)?")


def read_number(text: str, unit: str = "") -> float | None:
    """``2030``, ``-3.5``, ``1,000``, ``2,5`` (a decimal comma), or in words (``two
    thousand and thirty``), with or without ``unit``; ``None`` for anything else,
    infinities and NaN included."""
    token = text.strip()
    if unit and token.casefold().endswith(unit.casefold()):
        token = token[: -len(unit)].strip()
    if _THOUSANDS.fullmatch(token):
        token = token.replace(",", "").replace(" ", "")
    elif token.count(",") == 1 and "." not in token:
        token = token.replace(",", ".")
    try:
        value = float(token)
    except ValueError:
        words = parse_number_words(token)  # "two thousand and thirty"
        if words is None:
            return None
        value = words
    return value if math.isfinite(value) else None


class Number:
    name = "number"
    numeric = True

    def question(self, item: QuizItem, rng: random.Random) -> Question:
        return Question(item.id, item.type, item.prompt, (), item.unit, item.difficulty)

    def right_answer(self, item: QuizItem, question: Question) -> Answer:
        return float(item.answer)

    def grade(self, item: QuizItem, question: Question, answer: Answer) -> bool:
        if self.shape_problem(question, answer) is not None:
            return False
        assert isinstance(answer, (int, float))
        return abs(float(answer) - float(item.answer)) <= item.tolerance

    def shape_problem(self, question: Question, answer: Answer) -> AnswerProblem | None:
        if isinstance(answer, bool) or not isinstance(answer, (int, float)):
            return AnswerProblem("not-a-number")
        if not math.isfinite(float(answer)):
            return AnswerProblem("not-finite")
        return None

    def right_words(self, item: QuizItem) -> str:
        return f"{item.answer} {item.unit}".strip()

    def answer_words(self, question: Question, answer: Answer, *, spoken: bool = False) -> str:
        if not isinstance(answer, (int, float)):
            return str(answer)
        return f"{number_text(float(answer))} {question.unit}".strip()

    def parse(self, question: Question, text: str) -> Answer | None:
        return read_number(text, question.unit)

    def hint(self, question: Question) -> Hint:
        return Hint("type-number", unit=question.unit)

    def encode(self, question: Question, answer: Answer) -> str:
        return repr(float(answer)) if isinstance(answer, float) else str(answer)

    def decode(self, question: Question, text: str) -> Answer:
        return float(text)

    def check(self, pack: Pack, item: QuizItem) -> list[Problem]:
        problems = misplaced(pack, item, unused_fields(("answer", "tolerance", "unit")))
        try:
            value = float(item.answer)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            message = f"a number answer is a number like 2011 or 4.5, not {item.answer!r}"
            problems.append(at(pack.where_of(item, "answer"), "bad-answer", message))
        if item.tolerance < 0:
            message = f"tolerance is 0 or more, not {item.tolerance}"
            problems.append(at(pack.where_of(item, "tolerance"), "out-of-range", message))
        return problems

    def claim(self, item: QuizItem) -> QuizClaim:
        related = (item.prompt, item.unit, *item.items)
        numbers = (item.prompt, item.answer, *item.items)
        return QuizClaim(item.answer, "answer", False, related, numbers)

    def giveaway(self, item: QuizItem, words: Words) -> frozenset[str]:
        try:
            return frozenset({number_text(float(item.answer))})
        except ValueError:
            return frozenset()

    def gift(self, item: QuizItem, escape: Escape) -> tuple[str, str]:
        prompt = f"{item.prompt} (unit: {item.unit})" if item.unit else item.prompt
        return prompt, f"#{number_text(float(item.answer))}:{number_text(item.tolerance)}"

    def table(self, item: QuizItem) -> TableCells:
        return TableCells((), item.answer, number_text(item.tolerance))

    def sheet(self, item: QuizItem, question: Question) -> SheetParts:
        accepted = f" (± {number_text(item.tolerance)} accepted)" if item.tolerance else ""
        within = f" ± {number_text(item.tolerance)}" if item.tolerance else ""
        words = self.right_words(item)
        return SheetParts("", (), words + accepted, words + within, blank_unit=item.unit)


KIND = Number()
