"""What a new player and a code review found: citations shown whole on news cards, quiz hints
that name the real keys, plain-worded notices that never cover a dialog's buttons, network
labels drawn whole, and a missions list that says what to do when nothing can start."""

from __future__ import annotations

import pygame
import pytest

import game.ui.chrome as chrome
from game.quiz.engine import Citation
from game.sim import AgreementDeclined, NewsItem, message
from game.storage.settings import Settings
from game.ui.app import App
from game.ui.describe import citation_paras, notice
from game.ui.messages import say
from game.ui.paint import Painter
from game.ui.scenes.agreements import AgreementsScene
from game.ui.scenes.campaign import CampaignScene
from game.ui.scenes.listdetail import CampaignListScene
from game.ui.scenes.missions import MissionsScene
from game.ui.scenes.news import NewsScene
from game.ui.scenes.quiz import ask_hint
from game.ui.session import Session
from game.ui.views.network import draw_label, draw_network
from game.ui.widgets import Stepper, draw_labelled_row

SIZES = [(1280, 720), (800, 600)]
LONG = (
    "According to a law passed by the Congress, the agency is prohibited from engaging in "
    "bilateral agreements and coordination, hosting visitors at its facilities and working "
    "with researchers affiliated with any government entity or enterprise."
)


def citation(quote: str, title: str = "Conference opens in the capital") -> Citation:
    return Citation("f1", quote, quote, "s1", title, "A news site (citing the radio)", "July 2023")


def news_item() -> NewsItem:
    return NewsItem(
        year=1991,
        kind="event",
        record_id="law",
        title="A law bars the agency from working with its neighbour",
        summary=LONG + " " + LONG,
        status="done",
        big=True,
        concerns_player=False,
        citations=(citation(LONG), citation("Due to historical reasons. " + LONG)),
    )


class LinePainter(Painter):
    """A Painter that writes down every single line of text and where it went."""

    def __init__(self, surface: pygame.Surface, app: App) -> None:
        super().__init__(surface, app.theme, app.text, app.shapes)
        self.lines: list[tuple[str, pygame.Rect, bool]] = []

    def line(self, text: str, rect: pygame.Rect, role: str = "body", *a, **kw) -> None:  # type: ignore[override]
        self.lines.append((text, pygame.Rect(rect), bool(kw.get("bold"))))
        super().line(text, rect, role, *a, **kw)


def sized_app(size: tuple[int, int]) -> App:
    return App(Settings(), size=size, window=False)


# -- 1. news card ------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_a_news_card_shows_its_citations_whole_above_its_button(
    session: Session, size: tuple[int, int]
) -> None:
    app = sized_app(size)
    card = NewsScene(app, session, news_item())
    app.push(card)
    app.render()
    assert card.sources.max_offset == 0, "the citations must not need scrolling"
    assert card.sources.rect.bottom <= card.done.rect.top
    assert card.sources.rect.h > 0 and card.box.contains(card.sources.rect)
    assert card.story.rect.bottom <= card.sources.rect.top


def test_quotes_from_one_source_share_one_source_line_with_its_date() -> None:
    paras = citation_paras([citation("One."), citation("Two.")])
    lines = [p.text for p in paras if p.role == "small"]
    assert lines == [
        "Conference opens in the capital, A news site (citing the radio) — as reported in July 2023"
    ]


# -- 2. quiz hint ------------------------------------------------------------------------
def test_the_order_hint_names_the_keys_of_as_many_items_as_there_are() -> None:
    assert "(1-3 or click)" in ask_hint("order", 3)
    assert "(1-4 or click)" in ask_hint("order", 4)
    assert "Press 1-2 or A-B" in ask_hint("true_false", 2)
    assert "Press 1-4 or A-D" in ask_hint("choice", 4)


# -- 3. notices --------------------------------------------------------------------------
def test_an_offer_left_unanswered_is_told_in_plain_words(session: Session) -> None:
    state = session.state
    assert notice(state, AgreementDeclined("a1", "Satellite contract", lapsed=True)) == (
        "Offer expired: Satellite contract"
    )
    assert notice(state, AgreementDeclined("a1", "Satellite contract", lapsed=False)) == (
        "Declined: Satellite contract"
    )


@pytest.mark.parametrize("size", SIZES)
def test_a_notice_never_covers_the_buttons_of_the_news_card(
    session: Session, size: tuple[int, int]
) -> None:
    app = sized_app(size)
    card = NewsScene(app, session, news_item())
    app.push(card)
    app.notify("Offer expired: " + "a very long agreement title " * 4)
    app.render()
    assert not app.toast_rect().colliderect(card.done.rect)
    assert app.toast_rect().top < app.surface.get_height() // 4


# -- 4. backdrop cache -------------------------------------------------------------------
def test_the_starry_backdrop_is_kept_by_the_app_and_not_by_the_module(app: App) -> None:
    assert not hasattr(chrome._stars, "cache_info")
    surface = pygame.Surface((320, 200))
    p = Painter(surface, app.theme, app.text, app.shapes)
    before = len(app.shapes)
    chrome.backdrop(p)
    chrome.backdrop(p)
    assert len(app.shapes) == before + 1
    assert surface.get_at((0, 0))[:3] == app.theme.palette.background


# -- 5. shared parts ---------------------------------------------------------------------
def test_agreements_and_missions_are_both_lists_of_the_campaign_in_play(
    app: App, session: Session
) -> None:
    for kind in (AgreementsScene, MissionsScene):
        scene = kind(app, session)
        assert isinstance(scene, CampaignListScene)
        assert scene.header_right() == f"{session.state.year} · budget {session.state.stock.budget}"


def test_a_labelled_row_gives_back_the_space_right_of_its_label(app: App) -> None:
    surface = pygame.Surface((600, 80))
    p = LinePainter(surface, app)
    row = pygame.Rect(0, 0, 600, 80)
    value = draw_labelled_row(p, row, "Text size", False)
    assert p.lines[0][0] == "Text size"
    assert p.lines[0][1].right == value.x and value.right < row.right
    stepper = Stepper("Text size", ["100 %"], 0, lambda _: None)
    stepper.place(row)
    stepper.draw(p, True)
    assert [text for text, *_ in p.lines[1:]] == ["Text size", "◀  100 %  ▶"]


# -- 6. network labels -------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_every_network_label_is_drawn_whole_inside_the_panel(
    session: Session, size: tuple[int, int]
) -> None:
    app = sized_app(size)
    campaign = CampaignScene(app, session)
    app.push(campaign)
    app.render()
    panel = campaign.panels["network"].inner
    p = LinePainter(app.surface, app)
    draw_network(p, panel, session.state)
    shorts = {a.short for a in session.state.pack.agencies}
    labels = [(t, r, b) for t, r, b in p.lines if t in shorts]
    assert {t for t, *_ in labels} == shorts
    for text, rect, bold in labels:
        assert panel.contains(rect)
        assert app.text.font(app.theme.px("small"), bold).size(text)[0] <= rect.w


@pytest.mark.parametrize("size", SIZES)
def test_a_long_agency_name_gets_the_width_it_needs(size: tuple[int, int]) -> None:
    app = sized_app(size)
    p = LinePainter(app.surface, app)
    panel = pygame.Rect(size[0] - 300, 100, 280, 400)
    box = pygame.Rect(0, 0, 40, 26)
    box.center = (panel.right - 10, panel.y + 60)  # near the edge: the label moves inside
    draw_label(p, panel, "Roscosmos", box, big=False, above=True)
    text, rect, _ = p.lines[0]
    assert panel.contains(rect) and rect.bottom <= box.top
    assert app.text.font(app.theme.px("small")).size(text)[0] <= rect.w


# -- 7. missions -------------------------------------------------------------------------
def test_a_locked_row_gives_its_reason_without_repeating_the_name() -> None:
    too_early = message("mission_too_early", mission="Probe", year=2013)
    announced = message("mission_announced_later", mission="Probe", year=2019)
    needs = message("needs_first", needs=("Orbiter",))
    assert say(too_early, brief=True) == "The technology for it is not ready before 2013."
    assert say(too_early) == "The technology for Probe is not ready before 2013."
    assert say(announced, brief=True) == "First announced in 2019: it cannot start earlier."
    assert say(needs, brief=True) == "Needs first: Orbiter."


def test_missions_that_can_start_come_before_locked_ones(app: App, session: Session) -> None:
    scene = MissionsScene(app, session)
    app.push(scene)
    enabled = [item.enabled for item in scene.items()]
    assert enabled == sorted(enabled, reverse=True)


def test_when_nothing_can_start_the_missions_screen_says_what_to_do(
    app: App, session: Session
) -> None:
    from dataclasses import replace

    poor = replace(session.state.stock, budget=0)
    session.state = replace(session.state, stock=poor)
    scene = MissionsScene(app, session)
    app.push(scene)
    app.render()
    assert not any(item.enabled for item in scene.menu.items)
    # The real reason is the empty budget: the notice says so, not "sign agreements".
    assert scene.notice_text.startswith("Nothing can start this year: the cheapest mission")
    assert "budget is 0" in scene.notice_text and "income" in scene.notice_text
    assert scene.list_panel.rect.contains(scene.notice_rect)
    assert scene.notice_rect.bottom <= scene.menu.rect.top


def test_the_missions_screen_says_nothing_when_something_can_start(
    app: App, session: Session
) -> None:
    scene = MissionsScene(app, session)
    app.push(scene)
    app.render()
    assert any(item.enabled for item in scene.menu.items)
    assert scene.notice_text == ""
