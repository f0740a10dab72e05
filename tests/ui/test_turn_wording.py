"""A scenario whose turn covers several years (ESA's, two years a turn) is worded by turn,
its last turn says that ending it ends the campaign, and a one-year campaign keeps its
wording. The words come from the catalogue."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pygame
import pytest

from game.content.model import Pack
from game.quiz.pack_check import open_pack
from game.sim import GameState, apply, message, new_game
from game.sim.players import PLAYERS
from game.sim.state import evolve
from game.storage.settings import Settings
from game.ui.app import App
from game.ui.messages import say
from game.ui.scenes.campaign import CampaignScene
from game.ui.scenes.missions import MissionsScene
from game.ui.session import Session
from game.ui.turn_words import next_turn_label, turn_words

SCENARIO = ("esa", "esa-science-with-china")


@pytest.fixture(scope="module")
def real_pack() -> Pack:
    return open_pack("space-cooperation")


@pytest.fixture(scope="module")
def first_turn(real_pack: Pack) -> GameState:
    state = new_game(real_pack, SCENARIO[0], 3, SCENARIO[1])
    assert state.years_per_turn == 2
    return state


@pytest.fixture(scope="module")
def last_turn(first_turn: GameState) -> GameState:
    """The scenario played by the greedy player up to its last turn, nothing waiting."""
    state, player = first_turn, PLAYERS["greedy"](3)
    for _ in range(3000):
        if state.turn_end >= state.end_year and state.checkpoint is None and not state.dilemma:
            return state
        state, _ = apply(state, player.choose(state))
    raise AssertionError("the scenario never reached its last turn")


@pytest.fixture
def big_app() -> Iterator[App]:
    made = App(Settings(), size=(1280, 720), window=False)
    yield made
    pygame.quit()


def campaign(app: App, state: GameState) -> CampaignScene:
    session = Session(state, on_error=lambda _text: None)
    session.pending.clear()
    scene = CampaignScene(app, session)
    scene.refresh()
    return scene


def test_a_two_year_turn_is_ended_as_a_turn_named_by_its_years(
    big_app: App, first_turn: GameState
) -> None:
    scene = campaign(big_app, first_turn)
    years = first_turn.turn_label  # e.g. 2001–2002
    assert "–" in years
    assert f"E: end turn ({years})" in turn_words(first_turn, "campaign_hints")
    items = {item.value: item for item in scene.action_items()}
    assert items["end"].label == "End the turn"
    assert items["end"].detail == f"Go on to {next_turn_label(first_turn)}"
    assert "–" in next_turn_label(first_turn)
    assert items["next"].detail == "Skip quiet turns"
    assert scene.panels["news"].title == f"News {years}"


def test_a_one_year_campaign_keeps_its_year_wording(app: App, session: Session) -> None:
    scene = CampaignScene(app, session)
    scene.refresh()
    state = session.state
    assert "E: end year" in turn_words(state, "campaign_hints")
    items = {item.value: item for item in scene.action_items()}
    assert items["end"].label == "End the year"
    assert items["end"].detail == f"Go on to {state.year + 1}"
    assert scene.panels["news"].title == "News this year"


def test_the_last_turn_says_it_ends_the_campaign_and_offers_no_next_event(
    big_app: App, last_turn: GameState
) -> None:
    items = {item.value: item for item in campaign(big_app, last_turn).action_items()}
    assert "next" not in items
    assert items["end"].label == "Finish the campaign"
    assert "end report" in items["end"].detail
    hints = turn_words(last_turn, "campaign_hints")
    assert "finish the campaign" in hints and "next event" not in hints


def test_refusals_about_the_turn_say_turn_where_a_turn_is_several_years() -> None:
    bid = message("bid_this_year", opportunity="A launch on a Chinese rocket")
    assert say(bid) == "You have already bid for a launch on a Chinese rocket this year."
    assert say(bid, years=2) == "You have already bid for a launch on a Chinese rocket this turn."
    proposed = message("proposed_this_year", most=1)
    assert "next turn" in say(proposed, years=2) and "next year" in say(proposed)


def test_the_missions_screen_gives_the_income_of_a_year_and_of_a_turn(
    big_app: App, first_turn: GameState
) -> None:
    income = first_turn.stock.income
    text = turn_words(
        first_turn,
        "missions_short",
        cost=60,
        budget=10,
        income=income,
        per_turn=income * 2,
    )
    assert f"adds {income} a year, {income * 2} a turn" in text
    assert "this turn" in text and "End the turn" in text


def ready_rows(scene: MissionsScene) -> list[str]:
    """The missions the screen lets start now (rows with a cost, not greyed)."""
    return [i.label for i in scene.menu.items if i.enabled and i.detail.startswith("cost ")]


def test_ready_means_the_same_on_the_campaign_view_and_the_missions_screen(
    big_app: App, first_turn: GameState
) -> None:
    missions = MissionsScene(big_app, Session(first_turn, on_error=lambda _text: None))
    big_app.push(missions)
    big_app.render()
    ready = ready_rows(missions)
    assert ready
    shown = next(i for i in campaign(big_app, first_turn).action_items() if i.value == "missions")
    assert shown.detail.startswith(f"{len(ready)} ready ·")
    assert missions.notice_text == ""


def test_with_no_mission_ready_both_screens_say_none_is(app: App, session: Session) -> None:
    poor = dataclasses.replace(session.state.stock, budget=0)
    session.state = evolve(session.state, stock=poor, checkpoint=None)
    missions = MissionsScene(app, session)
    app.push(missions)
    app.render()
    assert ready_rows(missions) == []
    assert missions.notice_text.startswith("No mission is ready this year")
    shown = next(i for i in CampaignScene(app, session).action_items() if i.value == "missions")
    assert shown.detail.startswith("0 ready ·")
