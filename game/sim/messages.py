"""Codes with parameters: what the rules say instead of sentences.

A ``Message`` names what happened or why an action is refused (``code``) and carries the
values a sentence about it needs (``params``: names of the pack's records, years,
amounts). The rules never write English; each layer that shows text turns a message into
words through its catalogue (``game.ui.messages`` for the game's screens).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.values import quick_init

Param = str | int | float | bool | tuple[str, ...]


@quick_init
@dataclass(frozen=True)
class Message:
    """A code and its parameters, in the order given (a frozen, comparable value)."""

    code: str
    params: tuple[tuple[str, Param], ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.params:
            if key == name:
                return value
        return default

    def as_dict(self) -> dict[str, Param]:
        return dict(self.params)


def message(code: str, **params: Param) -> Message:
    """``Message(code, params)`` with the parameters named as keywords."""
    return Message(code, tuple(params.items()))


# Codes used in more than one module of the rules.
CAMPAIGN_OVER = Message("campaign_over")
NO_QUESTION = Message("no_question")


def cannot_pay(budget: int, cost: int) -> Message | None:
    """Why ``cost`` cannot be paid from ``budget``, or None when it can."""
    if cost > budget:
        return message("cost_over_budget", cost=cost, budget=budget)
    return None
