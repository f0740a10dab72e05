"""Words that depend on the length of a turn: a scenario's turn may cover several years
(``GameState.years_per_turn``), and its last turn ends the campaign.

``turn_words(state, code, **params)`` picks the catalogue's ``CODE.year``, ``CODE.turn``
or ``CODE.last`` form (``game.ui.screen_messages``) and fills in the turn's years as
``{years}`` (e.g. 2007–2008); one-year wording stays as it always was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.ui.messages import TEMPLATES, words

if TYPE_CHECKING:
    from game.sim import GameState
    from game.sim.messages import Param


def last_turn(state: GameState) -> bool:
    """Whether ending this turn ends the campaign."""
    return state.turn_end >= state.end_year


def turn_form(state: GameState, code: str) -> str:
    """The catalogue code of ``code``'s form for this turn."""
    if last_turn(state) and f"{code}.last" in TEMPLATES:
        return f"{code}.last"
    return f"{code}.turn" if state.years_per_turn > 1 else f"{code}.year"


def turn_words(state: GameState, code: str, **params: Param) -> str:
    """``code`` worded for this turn (one year, several, or the last)."""
    return words(turn_form(state, code), None, years=state.turn_label, **params)


def next_turn_label(state: GameState) -> str:
    """The years of the turn after this one, e.g. '2009' or '2009–2010'."""
    start = state.turn_end + 1
    end = min(start + state.years_per_turn - 1, state.end_year)
    return str(start) if end <= start else f"{start}–{end}"
