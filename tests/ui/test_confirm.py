"""No stray click acts: starting a campaign, signing, proposing, starting a mission and
ending a year with an offer open each select first and ask to confirm, with the mouse and
with the keyboard, and say what the action brings and costs (an agreement's upkeep too)
before it is taken."""

from __future__ import annotations

import pygame

from game.content.packs import PackEntry
from game.ui import scenes
from game.ui.app import App
from game.ui.scenes.confirm import ConfirmScene
from game.ui.session import Session
from game.ui.widgets import Menu, MenuItem
from tests.ui.helpers import click, press
from tests.ui.test_scenes import answer_any_quiz, settle, start_campaign, top


def dialog(app: App) -> ConfirmScene:
    assert isinstance(app.top, ConfirmScene)
    return app.top


def words(app: App) -> str:
    return " ".join(para.text for para in dialog(app).body.paras)


def test_a_click_on_an_agency_selects_it_and_a_second_asks_before_starting(
    app: App, shelf: list[PackEntry]
) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "choose", seed=3, entries=shelf))
    app.step([])
    choose = app.top
    row = choose.agencies.row_rect(1).center
    app.step([click(row)])
    assert top(app) == "choose" and choose.agency.id == "south"
    app.step([click(row)])
    assert "budget" in words(app) and "Southland" in words(app)
    app.step([click(dialog(app).no.rect.center)])
    assert top(app) == "choose" and app.find(scenes.scene_class("campaign")) is None
    app.step([click(choose.start_button.rect.center)])
    app.step([click(dialog(app).yes.rect.center)])
    campaign = app.find(scenes.scene_class("campaign"))
    assert campaign is not None and campaign.session.state.agency_id == "south"


def test_enter_on_an_agency_asks_and_esc_keeps_the_choice(app: App, shelf: list[PackEntry]) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "choose", seed=3, entries=shelf))
    press(app, pygame.K_RETURN)
    assert top(app) == "confirm"
    press(app, pygame.K_ESCAPE)
    assert top(app) == "choose"
    press(app, pygame.K_RETURN, pygame.K_RETURN)
    assert top(app) in ("campaign", "quiz", "news")


def test_starting_a_mission_shows_its_cost_and_rewards_first(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_m, pygame.K_RETURN, pygame.K_RETURN)
    budget = session.state.stock.budget
    assert "Costs" in words(app) and "Success brings" in words(app)
    assert f"budget of {budget}" in words(app)
    press(app, pygame.K_ESCAPE)
    assert session.state.developing == () and session.state.stock.budget == budget
    press(app, pygame.K_RETURN, pygame.K_RETURN)
    assert len(session.state.developing) == 1


def test_a_click_on_a_kind_of_agreement_selects_it_and_propose_asks(
    app: App, session: Session
) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_a)
    scene = app.top
    app.step([])
    app.step([click(scene.options.row_rect(0).center)])  # already selected: it asks
    assert "Brings" in words(app) and "Costs" in words(app)
    assert "Keeping it costs 1 a year from your income: upkeep 1 of at most" in words(app)
    press(app, pygame.K_ESCAPE)
    assert session.state.player_agreements() == ()
    app.step([click(scene.propose_button.rect.center)])
    app.step([click(dialog(app).yes.rect.center)])
    assert len(session.state.player_agreements()) == 1


def test_signing_an_offer_asks_first(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    while "north-south-pact" not in session.state.offers:
        press(app, pygame.K_e)
        if top(app) == "confirm":
            press(app, pygame.K_RETURN)
        settle(app)
    press(app, pygame.K_a, pygame.K_RETURN, pygame.K_RETURN)
    assert "Signing brings" in words(app) and "Keeping it costs 1 a year" in words(app)
    assert not session.state.player_agreements()
    press(app, pygame.K_RETURN)
    assert any(a.id == "north-south-pact" for a in session.state.player_agreements())


def test_ending_the_year_with_an_offer_open_asks_and_names_it(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    for _ in range(session.state.end_year - session.state.year):
        if session.state.offers:
            break
        press(app, pygame.K_e)
        settle(app)
    assert session.state.offers
    year = session.state.year
    press(app, pygame.K_e)
    assert "expire" in words(app)
    press(app, pygame.K_ESCAPE)
    assert session.state.year == year and session.state.offers
    press(app, pygame.K_e, pygame.K_RETURN)
    assert session.state.year == year + 1


def test_a_select_first_list_needs_a_second_click_on_the_same_row_to_choose(app: App) -> None:
    chosen: list[int] = []
    menu = Menu([MenuItem("Sign"), MenuItem("Propose")], on_choose=chosen.append, select_first=True)
    menu.place(pygame.Rect(0, 0, 300, 200), app.theme)
    second = menu.row_rect(1).center
    assert not menu.hover(second) and menu.selected == 0  # passing over it changes nothing
    menu.mouse(click(second))
    assert menu.selected == 1 and chosen == []
    menu.mouse(click(second))
    assert chosen == [1]
