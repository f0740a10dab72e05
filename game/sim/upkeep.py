"""Upkeep: what the player's partnerships cost each year, and the limit on how many it holds.

Every agreement in force that the player's agency is party to (signed in the game, or
before the campaign began) costs ``UPKEEP_PER_AGREEMENT`` a year, paid when the income
arrives. No new agreement may take the upkeep over ``MAX_UPKEEP_SHARE`` of the yearly
income: a player keeps a handful of partnerships it can pay for, not fifty. Game balance.
"""

from __future__ import annotations

from functools import cache

from game.sim.balance import MAX_UPKEEP_SHARE, UPKEEP_PER_AGREEMENT
from game.sim.messages import Message, message
from game.sim.state import GameState, derived


def upkeep(state: GameState) -> int:
    """What the player's agreements in force cost a year."""
    return UPKEEP_PER_AGREEMENT * len(state.player_agreements())


def upkeep_limit(state: GameState) -> int:
    """The most the agreements may cost a year: a share of the income now, and never less
    than one agreement's upkeep (a poor agency may still keep one partnership)."""
    return max(UPKEEP_PER_AGREEMENT, int(state.stock.income * MAX_UPKEEP_SHARE))


def net_income(state: GameState) -> int:
    """What the budget gains at the next year's start: income less upkeep."""
    return state.stock.income - upkeep(state)


def upkeep_refusal(state: GameState) -> Message | None:
    """Why one more agreement would cost too much to keep, or None (once per agreements
    and income: the rules and the scripted players ask it for every proposal they weigh,
    and spending, which changes the stock, changes neither)."""
    return derived(
        state, ("signed",), ("upkeep_refusal", state.stock.income), lambda: _refusal(state)
    )


def _refusal(state: GameState) -> Message | None:
    now, limit = upkeep(state), upkeep_limit(state)
    if now + UPKEEP_PER_AGREEMENT > limit:
        return _full(now, limit)
    return None


@cache
def _full(now: int, limit: int) -> Message:
    return message(
        "upkeep_full",
        upkeep=now,
        limit=limit,
        agreements=now // UPKEEP_PER_AGREEMENT,
        each=UPKEEP_PER_AGREEMENT,
    )
