"""Small pure helpers the rules share: changing resources and relations without ever going
below zero, and drawing from the state's one seeded random generator.
"""

from __future__ import annotations

from game.content.model import Effects
from game.sim.balance import MAX_RELATIONS
from game.sim.dice import Dice
from game.sim.state import GameState, Stock, evolve


def rng_of(state: GameState) -> Dice:
    """A generator resumed from the state's; store it back with ``with_rng``."""
    return Dice(state.rng_state)


def with_rng(state: GameState, rng: Dice) -> GameState:
    """``state`` holding ``rng``'s state (the same state if it was never rolled)."""
    return evolve(state, rng_state=rng.snapshot()) if rng.rolled else state


def add_effects(stock: Stock, effects: Effects, scale: float = 1.0) -> Stock:
    """``stock`` changed by ``effects`` (scaled), each resource floored at zero."""

    def moved(value: int, change: int) -> int:
        return max(0, value + round(change * scale))

    return Stock(
        budget=moved(stock.budget, effects.budget),
        income=moved(stock.income, effects.income),
        prestige=moved(stock.prestige, effects.prestige),
        science=moved(stock.science, effects.science),
    )


def with_budget(stock: Stock, budget: int) -> Stock:
    """``stock`` with its budget set to ``budget`` (the caller checked it is not negative)."""
    return Stock(budget, stock.income, stock.prestige, stock.science)


def add_points(stock: Stock, *, prestige: int = 0, science: int = 0, budget: int = 0) -> Stock:
    return Stock(
        budget=max(0, stock.budget + budget),
        income=stock.income,
        prestige=max(0, stock.prestige + prestige),
        science=max(0, stock.science + science),
    )


def change_relations(
    relations: tuple[tuple[str, int], ...], others: tuple[str, ...] | list[str], delta: int
) -> tuple[tuple[str, int], ...]:
    """Relations with each of ``others`` moved by ``delta``, kept within 0-100."""
    if not delta:
        return relations
    wanted = set(others)
    return tuple(
        (agency, min(MAX_RELATIONS, max(0, value + delta)) if agency in wanted else value)
        for agency, value in relations
    )


def apply_to_player(state: GameState, effects: Effects, others: tuple[str, ...]) -> GameState:
    """The player's resources and relations with ``others`` changed by ``effects``."""
    return evolve(
        state,
        stock=add_effects(state.stock, effects),
        relations=change_relations(state.relations, others, effects.relations),
    )
