"""Dilemmas: the pack's real forks, met by the player's agency in their years.

A dilemma due this year becomes the state's pending ``dilemma`` (one at a time, in pack
order); the year cannot end until one of its options is chosen. An option's effects are
game balance and change only the player's own game (budget, income, prestige, science,
relations): never the world's records, which go on as history has them. What really
happened is the dilemma's ``outcome`` facts, carried by ``DilemmaChosen`` for the card.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.content.model import Dilemma, DilemmaOption
from game.sim.effects import change_relations
from game.sim.messages import CAMPAIGN_OVER, Message, message
from game.sim.outcomes import DilemmaChosen, DilemmaOpened
from game.sim.spacing import with_shown
from game.sim.state import DilemmaChoice, GameState, Stock, evolve


def dilemmas_of(state: GameState) -> Mapping[str, Dilemma]:
    """The pack's dilemmas by id."""
    return state.pack.memo("sim.dilemmas", lambda: {d.id: d for d in state.pack.dilemmas})


def due(state: GameState) -> Dilemma | None:
    """The first dilemma (in pack order) the player's agency meets this turn (its years
    overlap the turn's) and has not met yet."""
    mine = state.index.agency_view(
        state.agency_id,
        "dilemmas",
        lambda: tuple(d for d in state.pack.dilemmas if state.agency_id in d.agencies),
    )
    if not mine:
        return None
    met = {choice.dilemma_id for choice in state.dilemma_choices}
    end, year = state.turn_end, state.year
    for dilemma in mine:
        if dilemma.year <= end and year <= dilemma.last_year and dilemma.id not in met:
            return dilemma
    return None


def open_due(state: GameState) -> tuple[GameState, DilemmaOpened | None]:
    """The state with this year's next dilemma pending (if none is pending already)."""
    if state.dilemma or state.finished:
        return state, None
    dilemma = due(state)
    if dilemma is None:
        return state, None
    # The card quotes its framing: those facts are met now, as any card's.
    shown = with_shown(state.shown, dilemma.framing, state.year)
    return evolve(state, dilemma=dilemma.id, shown=shown), DilemmaOpened(dilemma.id, dilemma.title)


def pending_title(state: GameState) -> str:
    """The title of the dilemma waiting for the player ('' if none)."""
    return dilemmas_of(state)[state.dilemma].title if state.dilemma else ""


def option_of(dilemma: Dilemma, option_id: str) -> DilemmaOption | None:
    return next((option for option in dilemma.options if option.id == option_id), None)


def choice_refusal(state: GameState, dilemma_id: str, option_id: str) -> Message | None:
    """Why the option cannot be chosen now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    if not state.dilemma or state.dilemma != dilemma_id:
        return message("dilemma_not_open")
    if option_of(dilemmas_of(state)[dilemma_id], option_id) is None:
        return message("no_such_option", id=option_id)
    return None


def historical_option(dilemma: Dilemma) -> DilemmaOption | None:
    """The option the pack marks as what the agency really chose, if any."""
    return next((option for option in dilemma.options if option.historical), None)


def choose(
    state: GameState, dilemma_id: str, option_id: str
) -> tuple[GameState, DilemmaChosen, DilemmaOpened | None]:
    """The player's choice applied (the caller checked ``choice_refusal``), then the next
    dilemma due this year opened, if any."""
    dilemma = dilemmas_of(state)[dilemma_id]
    option = option_of(dilemma, option_id)
    assert option is not None
    effects = option.effects
    stock = state.stock
    stock = Stock(
        budget=max(0, stock.budget + effects.budget),
        income=max(0, stock.income + effects.income),
        prestige=max(0, stock.prestige + effects.prestige),
        science=max(0, stock.science + effects.science),
    )
    relations = state.relations
    for agency, delta in sorted((effects.relations or {}).items()):
        if agency != state.agency_id:
            relations = change_relations(relations, (agency,), delta)
    state = evolve(
        state,
        stock=stock,
        relations=relations,
        dilemma="",
        dilemma_choices=(*state.dilemma_choices, DilemmaChoice(dilemma.id, option.id, state.year)),
        # The card then shows what really happened: its quotes are met, as any card's.
        shown=with_shown(state.shown, dilemma.outcome, state.year),
    )
    real = historical_option(dilemma)
    chosen = DilemmaChosen(
        dilemma.id, option.id, option.label, real.id if real else "", dilemma.outcome
    )
    state, opened = open_due(state)
    return state, chosen, opened
