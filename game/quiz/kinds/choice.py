"""Multiple choice: 2 to 4 ``options``, the ``answer`` one of them; shown shuffled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.content.model import Pack, QuizItem
from game.content.problems import Problem, at
from game.content.validate_evidence import QuizClaim
from game.quiz.kinds.base import (
    Escape,
    SheetParts,
    TableCells,
    Words,
    count_problem,
    did_you_mean,
    duplicates,
    is_index,
    misplaced,
    pick_one,
    unused_fields,
)
from game.quiz.question import LETTERS, Answer, AnswerProblem, Hint, Question

if TYPE_CHECKING:
    import random  # the seeded generator a question is shuffled with

OPTIONS = (2, 4)


class OneOption:
    """What every kind answered by picking one option shares (choice and true/false)."""

    name = ""
    numeric = False

    def options(self, item: QuizItem) -> tuple[str, ...]:
        return item.options

    def question(self, item: QuizItem, rng: random.Random) -> Question:
        choices = list(self.options(item))
        rng.shuffle(choices)
        return Question(item.id, item.type, item.prompt, tuple(choices), item.unit, item.difficulty)

    def right_words(self, item: QuizItem) -> str:
        return item.answer

    def right_answer(self, item: QuizItem, question: Question) -> Answer:
        return question.choices.index(self.right_words(item))

    def grade(self, item: QuizItem, question: Question, answer: Answer) -> bool:
        return type(answer) is int and answer == self.right_answer(item, question)

    def shape_problem(self, question: Question, answer: Answer) -> AnswerProblem | None:
        if type(answer) is not int:
            return AnswerProblem("choose-one")
        if not is_index(answer, len(question.choices)):
            return AnswerProblem("option-range", len(question.choices))
        return None

    def answer_words(self, question: Question, answer: Answer, *, spoken: bool = False) -> str:
        choices = question.choices
        if type(answer) is int and 0 <= answer < len(choices):
            return choices[answer]
        return str(answer)

    def parse(self, question: Question, text: str) -> Answer | None:
        return pick_one(question, text)

    def hint(self, question: Question) -> Hint:
        return Hint("type-option", len(question.choices))

    def encode(self, question: Question, answer: Answer) -> str:
        assert isinstance(answer, int)
        return question.letter(answer)

    def decode(self, question: Question, text: str) -> Answer:
        return LETTERS.index(text)

    def table(self, item: QuizItem) -> TableCells:
        return TableCells(self.options(item), self.right_words(item))

    def giveaway(self, item: QuizItem, words: Words) -> frozenset[str]:
        return words(item.answer)

    def claim(self, item: QuizItem) -> QuizClaim:
        related = (item.prompt, item.unit, *item.items)
        numbers = (item.prompt, item.answer, *item.items)
        return QuizClaim(item.answer, "answer", False, (*related, item.answer), numbers)

    def sheet(self, item: QuizItem, question: Question) -> SheetParts:
        index = self.right_answer(item, question)
        assert isinstance(index, int)
        letter, words = question.letter(index), question.choices[index]
        return SheetParts("", question.choices, f"{letter}: {words}", letter, words)


class Choice(OneOption):
    name = "choice"

    def check(self, pack: Pack, item: QuizItem) -> list[Problem]:
        problems = misplaced(pack, item, unused_fields(("options", "answer")))
        problems += count_problem(pack, item, "options", len(item.options), OPTIONS, "option-count")
        problems += duplicates(pack, item, "option", item.options)
        if item.answer not in item.options:
            hint = did_you_mean(item.answer, item.options)
            message = f"the answer {item.answer!r} is not one of the options{hint}"
            problems.append(at(pack.where_of(item, "answer"), "answer-not-option", message))
        return problems

    def gift(self, item: QuizItem, escape: Escape) -> tuple[str, str]:
        marks = ("=" if option == item.answer else "~" for option in item.options)
        answers = " ".join(
            f"{mark}{escape(option)}" for mark, option in zip(marks, item.options, strict=True)
        )
        return item.prompt, answers


KIND = Choice()
