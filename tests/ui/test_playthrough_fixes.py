"""What a student playthrough found: text too big for the window, the last year's button,
and a question about the news opening before the news itself."""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from game.sim import CheckpointOpened, EndYear, NewsItem, YearBegan
from game.sim.state import evolve
from game.storage.settings import Settings
from game.ui import scenes
from game.ui.app import App
from game.ui.describe import RESOURCES
from game.ui.paint import Painter
from game.ui.scenes.agreements import AgreementsScene
from game.ui.scenes.campaign import CampaignScene
from game.ui.scenes.quiz import QuizScene
from game.ui.session import Session
from game.ui.theme import fitting_scale
from game.ui.widgets import Menu, MenuItem
from tests.ui.helpers import click, key, press


def cut_lines(app: App) -> list[str]:
    """Render the top scene and give back every line that had to be cut to fit."""
    cut: list[str] = []
    fit = app.text.line_fit

    def recording(text: str, size: int, width: int, *, bold: bool = False) -> str:
        fitted = fit(text, size, width, bold=bold)
        if fitted != text:
            cut.append(text)
        return fitted

    app.text.line_fit = recording  # type: ignore[method-assign]
    app.render()
    return cut


def test_at_200_percent_in_720p_the_campaign_header_shows_the_year_and_every_stat(
    pack, session: Session
) -> None:
    app = App(Settings(font_scale=200), size=(1280, 720), window=False)
    app.shared["packs"] = {pack.info.id: pack}
    session.deferred = session.state.checkpoint  # no question over the header
    app.push(CampaignScene(app, session))
    cut = cut_lines(app)
    title = f"{session.state.agency.short} · {session.state.year}"
    assert title not in cut
    assert not [label for _, label in RESOURCES if label in cut]
    pygame.quit()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (800, 600)])
def test_the_font_scale_never_exceeds_what_the_window_fits(size: tuple[int, int]) -> None:
    app = App(Settings(font_scale=200), size=size, window=False)
    assert app.theme.font_scale == fitting_scale(size) < 2.0
    pygame.quit()


def test_a_wide_window_takes_bigger_text() -> None:
    assert fitting_scale((2560, 720)) > fitting_scale((1280, 720))


def test_settings_say_when_the_text_size_is_limited(app: App) -> None:
    app.apply_settings(Settings(font_scale=200))
    app.push(scenes.open_scene(app, "settings"))
    app.render()
    size = app.top.controls[1]
    assert size.values[size.index] == "200 % (125 % fits)"


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
    texts = [para.text for para in scene.detail.paras]
    assert f"Cannot propose: {choice.reason}" in texts


def open_quiz(app: App, session: Session) -> QuizScene:
    for _ in range(10):  # years until a question opens
        if session.state.checkpoint is not None:
            break
        session.send(EndYear(), queue=False)
    assert session.state.checkpoint is not None
    scene = QuizScene(app, session)
    app.push(scene)
    app.render()
    return scene


def test_the_reveal_says_what_the_student_answered(app: App, session: Session) -> None:
    scene = open_quiz(app, session)
    kind = scene.question.type
    if kind == "number":
        scene.submit_number(25.0)
        expected = "You answered: 25"
    elif kind == "order":
        press(app, *[pygame.K_1 + i for i in range(len(scene.question.choices))])
        expected = "You answered: " + " → ".join(scene.question.choices)
        press(app, pygame.K_RETURN)
    else:
        press(app, pygame.K_1)
        expected = f"You answered: {scene.question.choices[0]}"
    assert scene.result is not None
    assert scene.reveal_text.paras[0].text == expected


def test_enter_checks_an_order_once_every_item_is_placed(app: App, session: Session) -> None:
    scene = open_quiz(app, session)
    scene.question = dataclasses.replace(scene.question, type="order")
    scene.order = list(range(len(scene.answers)))
    sent: list[object] = []
    scene.send = sent.append  # type: ignore[method-assign]
    scene.focus.focus(scene.answers[0])
    scene.handle(key(pygame.K_RETURN))
    assert sent == [tuple(range(len(scene.answers)))]


def test_the_focus_ring_is_not_drawn_in_an_answer_colour(app: App) -> None:
    surface = pygame.Surface((200, 200))
    surface.fill((0, 0, 0))
    p = Painter(surface, app.theme, app.text, app.shapes)
    p.focus_ring(pygame.Rect(50, 50, 100, 100))
    colours = {surface.get_at((x, 100))[:3] for x in range(20, 50)}
    assert app.theme.palette.text in colours
    assert not colours & {tuple(c) for c in app.theme.palette.answers}
