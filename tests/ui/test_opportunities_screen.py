"""The opportunities screen and the news of rivals: what a player sees of scarce places,
bids, and a place lost to a rival (all labelled "in your game", apart from the record)."""

from __future__ import annotations

import pygame
import pytest

from game.quiz.pack_check import open_pack
from game.sim import BidForPlace
from game.sim.opportunities import bids_of, player_standing
from game.ui import scenes
from game.ui.app import App
from game.ui.describe import news_summary, short
from game.ui.messages import TEMPLATES
from game.ui.scenes.opportunities import OpportunitiesScene
from game.ui.scenes.opportunities_tour import _to_year, lost_bid
from game.ui.session import Session
from tests.ui.helpers import press

GAME_CODES = ("opportunity_", "rival_", "bid_placed")


@pytest.fixture(scope="module")
def lost():
    found = lost_bid(open_pack("space-cooperation"))
    assert found is not None
    return found


def _texts(scene: OpportunitiesScene) -> str:
    return " ".join(para.text for para in scene.detail.paras)


def test_every_sentence_about_bids_and_rivals_says_in_your_game_or_in_the_record():
    for code, template in TEMPLATES.items():
        if code.startswith(GAME_CODES) and code != "opportunity_closed":
            text = " ".join(template[:2]) if isinstance(template, tuple) else template
            assert (
                "in your game" in text.lower()
                or "In the record" in text
                or code.startswith("bid_placed")
            ), code


def test_the_o_key_opens_the_opportunities_of_the_year(app: App, lost) -> None:
    state, opportunity = lost
    app.push(scenes.open_scene(app, "campaign", session=Session(state)))
    press(app, pygame.K_o)
    scene = app.top
    assert isinstance(scene, OpportunitiesScene)
    assert opportunity.title in [item.label for item in scene.menu.items]


def test_a_bid_is_asked_for_first_then_paid(app: App, lost) -> None:
    state, opportunity = lost
    session = Session(state)
    scene = OpportunitiesScene(app, session)
    app.push(scene)
    app.render()
    index = [item.value for item in scene.menu.items].index(opportunity.id)
    scene.menu.select(index)
    scene.refresh_detail()
    assert "Your standing:" in _texts(scene)
    [bid] = scene.actions
    assert bid.label == f"Bid ({opportunity.bid})" and bid.enabled
    bid.on_click()
    assert app.top is not None and app.top.name == "confirm"
    press(app, pygame.K_RETURN)
    assert session.state.budget == state.budget - opportunity.bid
    assert bids_of(session.state, opportunity.id, state.agency_id)


def test_a_lost_place_is_explained_on_its_card_and_on_the_screen(app: App, lost) -> None:
    state, opportunity = lost
    state = _to_year(state, state.year)  # nothing pending
    from game.sim import apply

    state, _ = apply(state, BidForPlace(opportunity.id))
    state = _to_year(state, opportunity.decide)
    [item] = [
        n
        for n in state.news_for(opportunity.decide)
        if n.record_id == opportunity.id and n.status == "lost"
    ]
    said = news_summary(state, item)
    assert said.startswith("In your game") and "against your" in said and "more bid" in said
    assert item.big  # the campaign opens it as a card
    card = scenes.open_scene(app, "news", session=Session(state), item=item)
    app.push(card)
    app.render()
    assert card.more is None  # no quotes held back (and no "-1 more sources")
    scene = OpportunitiesScene(app, Session(state))
    app.push(scene)
    index = [i.value for i in scene.menu.items].index(opportunity.id)
    scene.menu.select(index)
    scene.refresh_detail()
    assert said in _texts(scene)
    assert "In the record" in _texts(scene) or "really happened" in _texts(scene)


def test_the_standing_shows_each_part_as_value_times_weight_equals_points(app: App, lost) -> None:
    state, opportunity = lost
    scene = OpportunitiesScene(app, Session(state))
    app.push(scene)
    scene.menu.select([item.value for item in scene.menu.items].index(opportunity.id))
    scene.refresh_detail()
    mine = player_standing(state, opportunity)
    texts = [para.text for para in scene.detail.paras]
    assert f"Your standing: {mine.total} points (game balance)" in texts
    counts = opportunity.counts
    relations = state.relation(opportunity.host)
    line = (
        f"· Relations with {short(state, opportunity.host)}: {relations} × {counts.relations}"
        f" = {mine.relations} points"
    )
    assert line in texts
    parts = scene.standing_parts(opportunity)
    assert sum(int(p.split("= ")[1].split()[0]) for p in parts) == mine.total


def test_the_bid_dialog_names_the_place_inside_its_question(app: App, lost) -> None:
    state, opportunity = lost
    scene = OpportunitiesScene(app, Session(state))
    app.push(scene)
    scene.bid(opportunity.id)
    dialog = app.top
    assert dialog is not None and dialog.name == "confirm"
    title = opportunity.title
    first, _, rest = title.partition(" ")
    expected = f"{first.lower()} {rest}" if first in ("A", "An", "The", "Among") else title
    assert dialog.question == f"Bid for {expected}?"  # type: ignore[attr-defined]
