"""Match the pairs: 3 to 5 ``pairs`` of a ``left`` and a ``right`` text. The left texts
are shown as rows in the pack's order, the right ones shuffled beside them; an answer
gives, for each row in turn, the index of the shown right-hand text it goes with."""

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

PAIRS = (3, 5)
JOIN = " = "


class Match:
    name = "match"
    numeric = False

    def question(self, item: QuizItem, rng: random.Random) -> Question:
        rights = shuffled_apart([pair.right for pair in item.pairs], rng)
        rows = tuple(pair.left for pair in item.pairs)
        return Question(item.id, item.type, item.prompt, rights, item.unit, item.difficulty, rows)

    def right_answer(self, item: QuizItem, question: Question) -> Answer:
        return tuple(question.choices.index(pair.right) for pair in item.pairs)

    def grade(self, item: QuizItem, question: Question, answer: Answer) -> bool:
        return answer == self.right_answer(item, question)

    def shape_problem(self, question: Question, answer: Answer) -> AnswerProblem | None:
        if is_places(answer, len(question.choices)) and len(question.rows) == len(question.choices):
            return None
        return AnswerProblem("every-row-once", len(question.rows))

    def right_words(self, item: QuizItem) -> str:
        return "; ".join(f"{pair.left}{JOIN}{pair.right}" for pair in item.pairs)

    def answer_words(self, question: Question, answer: Answer, *, spoken: bool = False) -> str:
        picked = answer if isinstance(answer, tuple) else ()
        pair, joiner = (" goes with ", ", ") if spoken else (JOIN, "; ")
        return joiner.join(
            f"{row}{pair}{question.choices[i]}"
            for row, i in zip(question.rows, picked, strict=False)
            if 0 <= i < len(question.choices)
        )

    def parse(self, question: Question, text: str) -> Answer | None:
        return pick_places(question, text)

    def hint(self, question: Question) -> Hint:
        return Hint("type-match", len(question.rows))

    def encode(self, question: Question, answer: Answer) -> str:
        return letters_of(question, answer)

    def decode(self, question: Question, text: str) -> Answer:
        return places_from_letters(text)

    def check(self, pack: Pack, item: QuizItem) -> list[Problem]:
        problems = misplaced(pack, item, unused_fields(("pairs",)))
        problems += count_problem(pack, item, "pairs", len(item.pairs), PAIRS, "pair-count")
        lefts = [pair.left for pair in item.pairs]
        rights = [pair.right for pair in item.pairs]
        problems += duplicates(pack, item, "left", lefts, field="pairs")
        problems += duplicates(pack, item, "right", rights, field="pairs")
        return problems

    def claim(self, item: QuizItem) -> QuizClaim:
        """Every pair is a claim: both its texts stand in the quotes (each may start a
        sentence, so a capital alone is no name)."""
        texts = [text for pair in item.pairs for text in (pair.left, pair.right)]
        related = (item.prompt, *texts)
        return QuizClaim(" ; ".join(texts), "pairs", True, related, related)

    def giveaway(self, item: QuizItem, words: Words) -> frozenset[str]:
        return frozenset()  # every text is shown with the question anyway

    def gift(self, item: QuizItem, escape: Escape) -> tuple[str, str]:
        """A GIFT matching question: ``=left -> right`` for each pair."""
        answers = " ".join(f"={escape(p.left)} -> {escape(p.right)}" for p in item.pairs)
        return item.prompt, answers

    def table(self, item: QuizItem) -> TableCells:
        cells = tuple(f"{pair.left}{JOIN}{pair.right}" for pair in item.pairs)
        return TableCells(cells, self.right_words(item))

    def sheet(self, item: QuizItem, question: Question) -> SheetParts:
        places = self.right_answer(item, question)
        assert isinstance(places, tuple)
        rows = ", ".join(f"{n} {question.letter(i)}" for n, i in enumerate(places, start=1))
        how = "letter-per-row"
        key = f"{rows} ({self.right_words(item)})"
        return SheetParts(how, question.choices, key, rows, rows=question.rows)


KIND = Match()
