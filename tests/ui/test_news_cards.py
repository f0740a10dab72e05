"""News cards and notices: citations shown whole above the card's button, one source line
per source, offers left unanswered told in plain words, notices clear of the buttons."""

from __future__ import annotations

import pytest

from game.content.citations import Citation
from game.sim import AgreementDeclined, NewsItem
from game.storage.settings import Settings
from game.ui.app import App
from game.ui.describe import citation_paras, notice
from game.ui.scenes.news import NewsScene
from game.ui.session import Session

SIZES = [(1280, 720), (800, 600)]


LONG = (
    "According to a law passed by the Congress, the agency is prohibited from engaging in "
    "bilateral agreements and coordination, hosting visitors at its facilities and working "
    "with researchers affiliated with any government entity or enterprise."
)


def sized_app(size: tuple[int, int]) -> App:
    return App(Settings(), size=size, window=False)


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
