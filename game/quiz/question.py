"""A quiz item as shown to a player, and the values an answer to it can take.

``Question`` is what every kind builds from a pack item (``game.quiz.kinds``); ``Answer``
is what a player gives: an option index (choice, true/false), a tuple of indices (order:
the items in the order picked; match: for each row, the index of its partner), or a
number. ``AnswerProblem`` and ``Hint`` are codes with parameters: the layer that shows
them writes the words.
"""

from __future__ import annotations

from dataclasses import dataclass

LETTERS = "ABCDEF"

Answer = int | tuple[int, ...] | float


@dataclass(frozen=True)
class Question:
    """A quiz item as shown: ``choices`` are options, True/False, the shuffled items of an
    order, or the shuffled right-hand column of a match, whose left-hand ``rows`` stay in
    the pack's order."""

    item_id: str
    type: str
    prompt: str
    choices: tuple[str, ...]
    unit: str = ""
    difficulty: int = 1
    rows: tuple[str, ...] = ()

    def letter(self, index: int) -> str:
        return LETTERS[index]


@dataclass(frozen=True)
class AnswerProblem:
    """Why a value is not an answer to a question at all (not: why it is wrong).

    Codes: ``choose-one`` (not an option index), ``option-range`` (``count`` options),
    ``every-item-once`` (an order), ``every-row-once`` (a match), ``not-a-number``,
    ``not-finite``."""

    code: str
    count: int = 0


@dataclass(frozen=True)
class Hint:
    """What to type for a question, as a code: ``type-option`` (``count`` options),
    ``type-true-false``, ``type-order`` / ``type-match`` (``count`` items), ``type-number``
    (with ``unit``)."""

    code: str
    count: int = 0
    unit: str = ""
