"""What every scripted player (``game.sim.players``, ``game.sim.greedy``) shares: what a
player is, the right answer to the question waiting, and the pick of a dilemma's option.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from game.content.model import DilemmaOption
from game.quiz.engine import Answer, right_answer
from game.sim.actions import Action, ChooseDilemmaOption
from game.sim.dilemmas import dilemmas_of
from game.sim.state import GameState


class Player(Protocol):
    name: str

    def choose(self, state: GameState) -> Action: ...


def known_answer(state: GameState) -> Answer:
    checkpoint = state.checkpoint
    assert checkpoint is not None
    return right_answer(state.index.quiz[checkpoint.item_id], checkpoint.question)


def dilemma_action(
    state: GameState, pick: Callable[[tuple[DilemmaOption, ...]], DilemmaOption]
) -> ChooseDilemmaOption | None:
    """The choice ``pick`` makes among the options of the dilemma waiting (None if none)."""
    if not state.dilemma:
        return None
    dilemma = dilemmas_of(state)[state.dilemma]
    return ChooseDilemmaOption(dilemma.id, pick(dilemma.options).id)
