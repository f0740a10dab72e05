"""Ending one of your own agreements from the agreements screen: it is listed apart from
the offers, says what ending it frees and costs, and asks to confirm before it ends."""

from __future__ import annotations

import pygame

from game.sim import EndAgreement
from game.sim.balance import END_AGREEMENT_RELATIONS
from game.sim.upkeep import upkeep
from game.ui.app import App
from game.ui.session import Session
from tests.ui.helpers import press
from tests.ui.test_confirm import dialog, words
from tests.ui.test_scenes import answer_any_quiz, settle, start_campaign, top


def made_last_year(app: App, session: Session) -> str:
    """Propose the first agreement the rules allow, end the year; the agreement's id."""
    start_campaign(app, session)
    answer_any_quiz(app)
    proposal = next(o for o in session.group("proposal") if o.allowed)
    session.send(proposal.action, queue=False)
    mine = next(a for a in session.state.player_agreements() if not a.real)
    press(app, pygame.K_e)
    if top(app) == "confirm":  # an offer left open
        press(app, pygame.K_RETURN)
    settle(app)
    return mine.id


def open_own(app: App) -> None:
    """Open the agreements screen and move to the first of your own agreements."""
    press(app, pygame.K_a)
    rows = [item.value[0] for item in app.top.menu.items]
    press(app, *[pygame.K_DOWN] * rows.index("own"))


def test_your_agreement_is_listed_with_what_ending_it_frees_and_costs(
    app: App, session: Session
) -> None:
    made_last_year(app, session)
    open_own(app)
    scene = app.top
    shown = " ".join(para.text for para in scene.detail.paras)
    assert "frees its upkeep" in shown and f"costs {END_AGREEMENT_RELATIONS} relations" in shown
    assert "in your game" in shown


def test_ending_asks_first_and_esc_keeps_the_agreement(app: App, session: Session) -> None:
    agreement_id = made_last_year(app, session)
    kept = upkeep(session.state)
    open_own(app)
    press(app, pygame.K_RETURN, pygame.K_RETURN)  # to its End… button, and press it
    assert top(app) == "confirm" and "End" in dialog(app).question
    assert "frees its upkeep" in words(app)
    press(app, pygame.K_ESCAPE)
    assert any(a.id == agreement_id for a in session.state.player_agreements())
    press(app, pygame.K_RETURN, pygame.K_RETURN)
    assert not any(a.id == agreement_id and not a.real for a in session.state.player_agreements())
    assert upkeep(session.state) < kept
    assert [e.id for e in session.state.ended] == [agreement_id]
    assert session.option(EndAgreement(agreement_id)) is None  # never among legal actions


def test_an_agreement_made_this_turn_shows_why_it_cannot_end_yet(
    app: App, session: Session
) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    proposal = next(o for o in session.group("proposal") if o.allowed)
    session.send(proposal.action, queue=False)
    open_own(app)
    scene = app.top
    assert scene.actions and not scene.actions[0].enabled
    assert "next turn" in scene.actions[0].reason
