"""The dilemma card: the framing quotes with their source, the options with their effects
labelled game balance, then the record after the choice; the campaign view opens it once,
keeps a put-off decision on its list, and opens it again instead of ending the year."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from game.content.model import Dilemma, DilemmaEffects, DilemmaOption, Pack
from game.ui.app import App
from game.ui.scenes.campaign import CampaignScene
from game.ui.scenes.dilemma import DilemmaScene
from game.ui.session import Session, new_session
from tests.ui.fakes import campaign_pack
from tests.ui.helpers import press

FORK = Dilemma(
    id="which-partner",
    title="Which partner?",
    agencies=("north",),
    year=1990,
    question="Who should Northland work with?",
    framing=("pact",),
    options=(
        DilemmaOption(
            id="south",
            label="Work with Southland",
            effects=DilemmaEffects(budget=-5, relations={"south": 10}),
        ),
        DilemmaOption(
            id="east",
            label="Work with Eastland",
            historical=True,
            effects=DilemmaEffects(prestige=3),
        ),
    ),
    outcome=("probe",),
)


@pytest.fixture
def forked(app: App) -> Session:
    pack: Pack = replace(campaign_pack(), dilemmas=(FORK,))
    app.shared["packs"] = {pack.info.id: pack}
    return new_session(app, pack, "north", seed=7)


def texts(scene: DilemmaScene) -> str:
    return " ".join(para.text for para in scene.story.paras)


def test_the_card_shows_the_framing_quote_with_its_source_and_the_options_effects(
    app: App, forked: Session
) -> None:
    scene = DilemmaScene(app, forked)
    assert "North and South signed a pact in 1991." in texts(scene)
    assert "The Orbital Gazette — as reported on 4 March 1995" in texts(scene)
    details = [item.detail for item in scene.menu.items]
    assert details == [
        "Game balance: -5 budget, SOUT relations +10",
        "Game balance: +3 prestige",
    ]


def test_choosing_turns_the_card_over_to_the_record(app: App, forked: Session) -> None:
    scene = DilemmaScene(app, forked)
    app.push(scene)
    app.render()
    scene.choose(0)
    told = texts(scene)
    assert "You chose: Work with Southland" in told and "in your game" in told
    assert "The real choice: Work with Eastland" in told
    assert "The joint probe flew in 1993." in told  # the record, quoted
    assert forked.state.dilemma == "" and forked.state.dilemma_choices[0].option_id == "south"
    app.render()  # the record lays out and draws


def test_the_campaign_opens_the_card_once_and_keeps_a_put_off_decision(
    app: App, forked: Session
) -> None:
    forked.deferred = forked.state.checkpoint  # no question in the way
    campaign = CampaignScene(app, forked)
    app.push(campaign)
    app.render()
    assert isinstance(app.top, DilemmaScene)
    press(app, pygame.K_ESCAPE)  # decide later
    assert app.top is campaign
    labels = [item.label for item in campaign.action_items()]
    assert "Decide: Which partner?" in labels
    campaign.run("end")  # the year cannot end: the card opens instead
    assert isinstance(app.top, DilemmaScene) and forked.state.year == 1990
