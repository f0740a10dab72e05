"""Put in order: 3 to 5 ``items`` listed in the right order; shown shuffled, and
answered with the indices of the shown items in the order the player puts them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.content.model import Pack, QuizItem
from game.content.problems import Problem
from game.content.validate_evidence import QuizClaim
from game.quiz.kinds.base import (
    Escape,
    SheetParts,
    TableCells,
    Words,
    count_problem,
    duplicates,
    is_places,
    letters_of,
    misplaced,
    pick_places,
    places_from_letters,
    shuffled_apart,
    unused_fields,
)
from game.quiz.question import Answer, AnswerProblem, Hint, Question

if TYPE_CHECKING:
    import random  # the seeded generator a question is shuffled with

ITEMS = (3, 5)
ARROW = " → "


class Order:
    name = "order"
    numeric = False

    def question(self, item: QuizItem, rng: random.Random) -> Question:
        shown = shuffled_apart(item.items, rng)
        return Question(item.id, item.type, item.prompt, shown, item.unit, item.difficulty)

    def right_answer(self, item: QuizItem, question: Question) -> Answer:
        return tuple(question.choices.index(text) for text in item.items)

    def grade(self, item: QuizItem, question: Question, answer: Answer) -> bool:
        return answer == self.right_answer(item, question)

    def shape_problem(self, question: Question, answer: Answer) -> AnswerProblem | None:
        if is_places(answer, len(question.choices)):
            return None
        return AnswerProblem("every-item-once", len(question.choices))

    def right_words(self, item: QuizItem) -> str:
        return ARROW.join(item.items)

    def answer_words(self, question: Question, answer: Answer, *, spoken: bool = False) -> str:
        choices = question.choices
        picked = answer if isinstance(answer, tuple) else ()
        joiner = ", then " if spoken else ARROW
        return joiner.join(choices[i] for i in picked if 0 <= i < len(choices))

    def parse(self, question: Question, text: str) -> Answer | None:
        return pick_places(question, text)

    def hint(self, question: Question) -> Hint:
        return Hint("type-order", len(question.choices))

    def encode(self, question: Question, answer: Answer) -> str:
        return letters_of(question, answer)

    def decode(self, question: Question, text: str) -> Answer:
        return places_from_letters(text)

    def check(self, pack: Pack, item: QuizItem) -> list[Problem]:
        problems = misplaced(pack, item, unused_fields(("items",)))
        problems += count_problem(
            pack, item, "items", len(item.items), ITEMS, "item-count", verb="lists"
        )
        problems += duplicates(pack, item, "item", item.items)
        return problems

    def claim(self, item: QuizItem) -> QuizClaim:
        related = (item.prompt, item.unit, *item.items)
        numbers = (item.prompt, item.answer, *item.items)
        return QuizClaim(" ; ".join(item.items), "items", True, related, numbers)

    def giveaway(self, item: QuizItem, words: Words) -> frozenset[str]:
        return frozenset()  # every text is shown with the question anyway

    def gift(self, item: QuizItem, escape: Escape) -> tuple[str, str]:
        """GIFT has no ordering type: a matching question pairs each item with its place
        (``=Probe launch -> 1``), which Moodle grades pair by pair."""
        count = len(item.items)
        prompt = f"{item.prompt} (Give each its place in the order, 1 to {count}.)"
        answers = " ".join(
            f"={escape(text)} -> {place}" for place, text in enumerate(item.items, start=1)
        )
        return prompt, answers

    def table(self, item: QuizItem) -> TableCells:
        return TableCells(item.items, self.right_words(item))

    def sheet(self, item: QuizItem, question: Question) -> SheetParts:
        order = self.right_answer(item, question)
        assert isinstance(order, tuple)
        # The number that belongs in each printed box: "A 2, B 4, C 1, D 3".
        boxes = ", ".join(
            f"{question.letter(i)} {order.index(i) + 1}" for i in range(len(question.choices))
        )
        how = "number-the-boxes"
        return SheetParts(how, question.choices, f"{boxes} ({'; '.join(item.items)})", boxes)


KIND = Order()
