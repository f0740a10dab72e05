"""True or false: the ``answer`` is ``true`` or ``false``; shown as True, then False."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.content.model import Pack, QuizItem
from game.content.problems import Problem, at
from game.content.validate_evidence import QuizClaim
from game.quiz.kinds.base import Escape, Words, misplaced, pick_one, unused_fields
from game.quiz.kinds.choice import OneOption
from game.quiz.question import Answer, Hint, Question

if TYPE_CHECKING:
    import random  # the seeded generator a question is shuffled with

TRUE_FALSE = ("True", "False")
_YES = ("t", "yes", "y")
_NO = ("f", "no", "n")


def is_true(text: str) -> bool:
    return text.strip().lower() in ("true", "yes")


class TrueFalse(OneOption):
    name = "true_false"

    def options(self, item: QuizItem) -> tuple[str, ...]:
        return TRUE_FALSE

    def question(self, item: QuizItem, rng: random.Random) -> Question:
        return Question(item.id, item.type, item.prompt, TRUE_FALSE, item.unit, item.difficulty)

    def right_words(self, item: QuizItem) -> str:
        return TRUE_FALSE[0] if is_true(item.answer) else TRUE_FALSE[1]

    def parse(self, question: Question, text: str) -> Answer | None:
        picked = pick_one(question, text)
        if picked is not None:
            return picked
        folded = text.strip().casefold()
        if folded in _YES or folded in _NO:
            return 0 if folded in _YES else 1
        return None

    def hint(self, question: Question) -> Hint:
        return Hint("type-true-false", 2)

    def check(self, pack: Pack, item: QuizItem) -> list[Problem]:
        problems = misplaced(pack, item, unused_fields(("answer",)))
        if item.answer.strip().lower() not in ("true", "false"):
            message = f"a true_false answer is true or false, not {item.answer!r}"
            problems.append(at(pack.where_of(item, "answer"), "bad-answer", message))
        return problems

    def claim(self, item: QuizItem) -> QuizClaim:
        true = is_true(item.answer)
        text, field = (item.prompt, "prompt") if true else ("", "")
        related = (item.prompt, item.unit, *item.items)
        numbers = (item.prompt, item.answer, *item.items)
        return QuizClaim(text, field, True, related, numbers, called_false=not true)

    def giveaway(self, item: QuizItem, words: Words) -> frozenset[str]:
        return frozenset()  # True and False give nothing away

    def gift(self, item: QuizItem, escape: Escape) -> tuple[str, str]:
        return item.prompt, "TRUE" if is_true(item.answer) else "FALSE"


KIND = TrueFalse()
