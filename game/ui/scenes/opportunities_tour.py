"""A scripted walk through the opportunities screens, for ``tour`` and the README pictures.

``tour_opportunities(app, shot, pack)`` finds, in the pack's own content, a playable agency
and a scenario (or its full campaign) in which it may bid for an opportunity, and a seed on
which one bid loses the place to rivals. It then shows, calling ``shot(name)`` on each: the
campaign with the rivals' news, the opportunities screen, the bid's confirmation, and the
card that explains the lost place. It leaves the app as it found it (its scenes popped).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from game.content.model import Opportunity, Pack
from game.sim import AnswerQuiz, BidForPlace, EndYear, GameState, apply, new_game
from game.sim.players import known_answer
from game.sim.world import scenarios_for
from game.ui import scenes
from game.ui.session import Session

TOUR_SEEDS = range(1, 30)


def _answered(state: GameState) -> GameState:
    while state.checkpoint is not None:
        state, _ = apply(state, AnswerQuiz(known_answer(state)))
    return state


def _to_year(state: GameState, year: int) -> GameState:
    state = _answered(state)
    while state.year < year and not state.finished:
        state, _ = apply(state, EndYear())
        state = _answered(state)
    return state


def _setups(pack: Pack) -> list[tuple[str, str | None, Opportunity]]:
    """(agency, scenario, opportunity): a bid the agency can make in that campaign."""
    found: list[tuple[str, str | None, Opportunity]] = []
    for agency in (a for a in pack.agencies if a.playable):
        campaigns: list[tuple[str | None, int, int]] = [
            (s.id, s.start, s.end) for s in scenarios_for(pack, agency.id)
        ]
        campaigns.append((None, agency.start, pack.info.timeline.end))
        for scenario, start, end in campaigns:
            for opportunity in pack.opportunities:
                if (
                    opportunity.host != agency.id
                    and start <= opportunity.open
                    and opportunity.decide <= end
                ):
                    found.append((agency.id, scenario, opportunity))
    return found


def lost_bid(pack: Pack) -> tuple[GameState, Opportunity] | None:
    """A campaign in the year after an opportunity opens, on a seed where one bid then
    loses the place (the state before the bid), or None if the pack has no such case."""
    for agency, scenario, opportunity in _setups(pack):
        for seed in TOUR_SEEDS:
            start = _to_year(new_game(pack, agency, seed, scenario), opportunity.open + 1)
            state, _ = apply(start, BidForPlace(opportunity.id))
            if state is start:
                continue
            ended = _to_year(state, opportunity.decide)
            result = next(
                (r for r in ended.opportunity_results if r.opportunity_id == opportunity.id), None
            )
            if result is not None and agency not in result.winners:
                return start, opportunity
    return None


def _press(app: Any, key: int, frames: int = 2) -> None:
    app.step([pygame.event.Event(pygame.KEYDOWN, key=key, unicode="", mod=0, scancode=0)])
    for _ in range(frames):
        app.step([], 1 / 30)


def _frames(app: Any, count: int = 2) -> None:
    for _ in range(count):
        app.step([], 1 / 30)


def tour_opportunities(app: Any, shot: Callable[[str], None], pack: Pack) -> None:
    found = lost_bid(pack)
    if found is None:
        return
    state, opportunity = found
    depth = len(app.scenes)
    session = Session(state, on_error=lambda _text: None)
    app.push(scenes.open_scene(app, "campaign", session=session))
    _frames(app)
    shot("rival-news")
    _press(app, pygame.K_o)
    shot("opportunities")
    _press(app, pygame.K_TAB)
    _press(app, pygame.K_RETURN)  # Bid: it asks first
    if app.top.name == "confirm":
        shot("opportunities-confirm")
        _press(app, pygame.K_RETURN)
    _press(app, pygame.K_ESCAPE)
    _frames(app, 300)  # let the bid's notice fade before the next pictures
    session.state = _to_year(session.state, opportunity.decide)
    session.pending.clear()
    lost = [
        item
        for item in session.state.news_for(opportunity.decide)
        if item.record_id == opportunity.id and item.status == "lost"
    ]
    if lost:
        app.push(scenes.open_scene(app, "news", session=session, item=lost[0]))
        _frames(app)
        shot("opportunity-lost")
        app.pop()
    _press(app, pygame.K_o)
    shot("opportunities-decided")
    while len(app.scenes) > depth:
        app.pop()
