"""What a player must always be able to read: a notice never covers the title of the screen
it lands on, and the reason a button is greyed is shown whole, wrapped, at every window
size the tour uses."""

from __future__ import annotations

import pygame
import pytest

from game.quiz.pack_check import open_pack
from game.sim import GameState, ProposeAgreement, apply, legal_actions, new_game
from game.sim.players import PLAYERS
from game.storage.settings import Settings
from game.ui.app import App
from game.ui.messages import say
from game.ui.scenes.agreements import AgreementsScene
from game.ui.scenes.confirm import confirm
from game.ui.scenes.missions import MissionsScene
from game.ui.session import Session
from game.ui.widgets import Para

SIZES = [(1280, 720), (960, 540), (800, 600), (480, 320)]
LONG = "Signed: " + "a very long agreement title " * 4


def sized(size: tuple[int, int]) -> App:
    return App(Settings(), size=size, window=False)


@pytest.mark.parametrize("size", SIZES)
def test_a_notice_on_a_list_screen_leaves_its_header_in_view(
    session: Session, size: tuple[int, int]
) -> None:
    app = sized(size)
    scene = MissionsScene(app, session)  # its buttons sit at the bottom, by the footer
    app.push(scene)
    app.notify(LONG)
    app.render()
    box = app.toast_rect()
    assert not box.colliderect(scene.header)
    assert app.surface.get_rect().contains(box)
    if size != SIZES[-1]:  # with room for it, it keeps off the buttons too
        assert box.collidelist(scene.keep_clear()) == -1
    pygame.quit()


@pytest.mark.parametrize("size", SIZES)
def test_a_notice_over_a_dialog_leaves_the_dialogs_heading_and_buttons_in_view(
    session: Session, size: tuple[int, int]
) -> None:
    app = sized(size)
    app.push(MissionsScene(app, session))
    confirm(app, "Start the probe?", [Para("Costs 40.", "body")], "Start", lambda: None)
    dialog = app.top
    assert dialog is not None
    app.notify(LONG)
    app.render()
    box = app.toast_rect()
    assert box.collidelist(dialog.title_areas()) == -1
    pygame.quit()


@pytest.fixture(scope="module")
def upkeep_full() -> GameState:
    """ESA's scenario played by the greedy player until another agreement would take the
    upkeep over what its income allows."""
    state = new_game(open_pack("space-cooperation"), "esa", 3, "esa-science-with-china")
    player = PLAYERS["greedy"](3)
    for _ in range(3000):
        if state.checkpoint is None and not state.dilemma and _refused_for_upkeep(state):
            return state
        state, _ = apply(state, player.choose(state))
    raise AssertionError("the upkeep never filled up")


def _refused_for_upkeep(state: GameState) -> bool:
    return any(
        isinstance(o.action, ProposeAgreement)
        and o.reason is not None
        and o.reason.code == "upkeep_full"
        for o in legal_actions(state)
    )


@pytest.mark.parametrize("size", SIZES[:3])
@pytest.mark.parametrize("text_size", [100, 150])
def test_the_upkeep_refusal_is_shown_whole_above_the_greyed_button(
    upkeep_full: GameState, size: tuple[int, int], text_size: int
) -> None:
    app = App(Settings(font_scale=text_size), size=size, window=False)
    session = Session(upkeep_full, on_error=lambda _text: None)
    scene = AgreementsScene(app, session)
    app.push(scene)
    partner = next(i for i, item in enumerate(scene.menu.items) if item.value[0] == "partner")
    scene.menu.select(partner)
    scene.refresh_detail()
    app.render()
    refused = next(
        o
        for o in scene.proposals(scene.menu.items[partner].value[1])
        if o.reason is not None and o.reason.code == "upkeep_full"
    )
    whole = say(refused.reason, years=upkeep_full.years_per_turn)
    assert [para.text for para in scene.refusal.paras] == [whole]
    assert scene.refusal.max_offset == 0  # nothing of it is cut or scrolled away
    assert scene.refusal.rect.bottom <= scene.propose_button.rect.top
    pygame.quit()
