"""The quiz engine shared by campaign checkpoints, classroom mode and the terminal quiz.

It turns a pack's quiz items into questions ready to show (each through its kind in
``game.quiz.kinds``, choices shuffled by the caller's seeded RNG), grades answers, picks
items (by count, difficulty, tags, or the facts an event cites), and builds the reveal:
the right answer, the explanation, and every cited fact's quote and source
(``game.content.citations``).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from game.content.citations import Citation, citations
from game.content.model import Pack, QuizItem
from game.quiz.kinds import kind_of
from game.quiz.kinds.base import number_text
from game.quiz.question import LETTERS, Answer, Question
from game.values import quick_init

__all__ = [
    "LETTERS",
    "Answer",
    "Question",
    "AnswerReveal",
    "accuracy",
    "grade",
    "items_citing",
    "make_question",
    "number_text",
    "reveal",
    "right_answer",
    "right_answer_text",
    "select_items",
]


@quick_init
@dataclass(frozen=True)
class AnswerReveal:
    """What the player sees after answering: the right answer in words, the explanation and
    the citations (the classroom's ``Reveal`` is a move of the teacher, not this)."""

    item_id: str
    correct: bool
    right_answer: str
    explanation: str
    citations: tuple[Citation, ...]


def make_question(item: QuizItem, rng: random.Random) -> Question:
    """The question for ``item``, its choices shuffled with ``rng`` where its kind shuffles."""
    return kind_of(item.type).question(item, rng)


def right_answer(item: QuizItem, question: Question) -> Answer:
    """The answer that grades as right, in the form ``grade`` takes for ``question``."""
    return kind_of(item.type).right_answer(item, question)


def grade(item: QuizItem, question: Question, answer: Answer) -> bool:
    """Whether ``answer`` to ``question`` (made from ``item``) is right."""
    return kind_of(item.type).grade(item, question, answer)


def right_answer_text(item: QuizItem) -> str:
    """The right answer in words, for the reveal and for exports."""
    return kind_of(item.type).right_words(item)


def reveal(pack: Pack, item: QuizItem, correct: bool) -> AnswerReveal:
    return AnswerReveal(
        item_id=item.id,
        correct=correct,
        right_answer=right_answer_text(item),
        explanation=item.explanation,
        citations=citations(pack, item.facts),
    )


def select_items(
    items: Sequence[QuizItem],
    count: int,
    rng: random.Random,
    *,
    difficulty: int | None = None,
    tags: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> list[QuizItem]:
    """Up to ``count`` items in a seeded order, filtered by difficulty, tags and ids to skip."""
    wanted_tags = set(tags)
    skipped = set(exclude)
    pool = [
        item
        for item in items
        if item.id not in skipped
        and (difficulty is None or item.difficulty == difficulty)
        and (not wanted_tags or wanted_tags.intersection(item.tags))
    ]
    rng.shuffle(pool)
    return pool[:count]


def items_citing(
    items: Sequence[QuizItem], fact_ids: Iterable[str], exclude: Iterable[str] = ()
) -> list[QuizItem]:
    """Items that cite any of ``fact_ids`` and are not in ``exclude``, in pack order."""
    wanted = set(fact_ids)
    skipped = set(exclude)
    return [item for item in items if item.id not in skipped and wanted.intersection(item.facts)]


def accuracy(right: int, asked: int) -> float:
    """Share of right answers, 0.0 when nothing was asked."""
    return right / asked if asked else 0.0
