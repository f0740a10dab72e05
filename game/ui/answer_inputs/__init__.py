"""The answer input of each quiz kind, found through one table like the kinds themselves.

``input_for(kind)`` gives the ``AnswerInput`` class of a kind's name and raises
``UnknownQuizKind`` for any other: a new kind needs its input here before it can show.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from game.quiz import kinds
from game.quiz.kinds import UnknownQuizKind
from game.ui.answer_inputs.base import AnswerInput
from game.ui.answer_inputs.choice import OneOptionInput
from game.ui.answer_inputs.match import MatchInput
from game.ui.answer_inputs.number import NumberInput
from game.ui.answer_inputs.order import OrderInput

INPUTS: Mapping[str, type[AnswerInput]] = MappingProxyType(
    {
        kinds.choice.KIND.name: OneOptionInput,
        kinds.true_false.KIND.name: OneOptionInput,
        kinds.order.KIND.name: OrderInput,
        kinds.number.KIND.name: NumberInput,
        kinds.match.KIND.name: MatchInput,
    }
)


def input_for(kind: str) -> type[AnswerInput]:
    """The answer input of the quiz kind ``kind``; ``UnknownQuizKind`` if it has none."""
    try:
        return INPUTS[kind]
    except KeyError:
        raise UnknownQuizKind(f"no answer input for the quiz kind {kind!r}") from None


__all__ = ["INPUTS", "AnswerInput", "input_for"]
