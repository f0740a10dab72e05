"""The campaign screen in play: the last year offers to finish, news comes before its
question, menus scroll by their arrows and the wheel, notices keep the header in view,
and the detail pane gives a refusal's whole reason."""

from __future__ import annotations

import dataclasses

import pygame

from game.sim import CheckpointOpened, NewsItem, YearBegan
from game.sim.state import evolve
from game.ui.app import App
from game.ui.scenes.agreements import AgreementsScene
from game.ui.scenes.campaign import CampaignScene
from game.ui.session import Session
from game.ui.widgets import Menu, MenuItem
from tests.ui.helpers import click


def test_the_last_year_offers_to_finish_the_campaign(app: App, session: Session) -> None:
    state = session.state
    assert "End the year" in [item.label for item in CampaignScene(app, session).action_items()]
    session.state = evolve(state, year=state.end_year, checkpoint=None)
    labels = [item.label for item in CampaignScene(app, session).action_items()]
    assert "Finish the campaign" in labels and "End the year" not in labels


def small_news(record_id: str) -> NewsItem:
    return NewsItem(1991, "event", record_id, "A treaty is signed", "", "done", False, False, ())


def test_a_question_about_small_news_comes_after_a_card_of_that_news(
    app: App, session: Session
) -> None:
    scene = CampaignScene(app, session)
    news = (small_news("other"), small_news("treaty"))
    opened = CheckpointOpened("q", question=None, record_kind="event", record_id="treaty")  # type: ignore[arg-type]
    cards = scene.scenes_for(opened, news)
    assert [card.item.record_id for card in cards] == ["treaty"]
    assert scene.scenes_for(opened, (small_news("other"),)) == []
    assert not scene.scenes_for(YearBegan(1991, news), news)  # small news alone: no card


def long_menu(app: App, chosen: list[int], seen: list[int]) -> Menu:
    menu = Menu(
        [MenuItem(f"Item {n}") for n in range(12)], on_choose=chosen.append, on_select=seen.append
    )
    menu.place(pygame.Rect(100, 100, 400, 200), app.theme)
    return menu


def test_clicking_the_down_arrow_scrolls_a_menu_and_chooses_nothing(app: App) -> None:
    chosen: list[int] = []
    menu = long_menu(app, chosen, [])
    _, down = menu.arrow_rects()
    assert down is not None and menu.wants(down.center)
    menu.mouse(click(down.center))
    assert menu.top > 0 and chosen == []
    up, _ = menu.arrow_rects()
    assert up is not None
    menu.mouse(click(up.center))
    assert menu.top == 0


def test_the_wheel_tells_the_detail_pane_when_it_moves_the_highlight(app: App) -> None:
    seen: list[int] = []
    menu = long_menu(app, [], seen)
    menu.mouse(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-5))
    assert seen and seen[-1] == menu.selected == menu.top


def test_a_notice_after_an_action_leaves_the_campaign_header_in_view(
    app: App, session: Session
) -> None:
    session.deferred = session.state.checkpoint
    scene = CampaignScene(app, session)
    app.push(scene)
    app.notify("Offer expired: " + "a very long agreement title " * 3)
    app.render()
    assert not app.toast_rect().colliderect(scene.header)
    assert app.toast_rect().bottom <= app.surface.get_height()


def test_the_detail_pane_gives_the_whole_reason_a_proposal_is_refused(
    app: App, session: Session
) -> None:
    poor = dataclasses.replace(session.state.stock, budget=0, prestige=0)
    session.state = evolve(session.state, stock=poor, checkpoint=None)  # nothing affordable
    scene = AgreementsScene(app, session)
    app.push(scene)
    app.render()
    refused = [
        (row, choice)
        for row in scene.items()
        if row.value[0] == "partner"
        for choice in scene.choices(row)
        if not choice.enabled and choice.reason
    ]
    assert refused
    row, choice = refused[0]
    scene.menu.select(scene.menu.items.index(row))
    scene.refresh_detail()
    scene.options.select(scene.choices(row).index(choice))
    app.render()
    shown = [para.text for para in scene.refusal.paras]
    assert shown == ["It costs 5 and the budget is 0."]  # whole, wrapped above the buttons
    assert scene.refusal.rect.bottom <= scene.propose_button.rect.top
