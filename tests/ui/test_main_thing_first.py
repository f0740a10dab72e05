"""A news card and a quiz reveal say their main sentence first: the summary whole, then the
one quote that carries it with its source and date, the other quotes a key or a click away."""

from __future__ import annotations

import pygame

from game.content.citations import Citation
from game.sim import NewsItem
from game.ui.app import App
from game.ui.describe import lead_first
from game.ui.scenes.news import NewsScene
from game.ui.session import Session
from game.ui.widgets import Para
from tests.ui.helpers import click, key


def cite(fact_id: str, quote: str) -> Citation:
    return Citation(fact_id, quote, "", "src", "A title", "SpaceNews", "19 April 2018")


CITATIONS = (
    cite("a", "Officials met in Beijing to talk about budgets."),
    cite("b", "The weather satellite watches the same side of the Earth all day."),
    cite("c", "Partners will share the data of the satellites in orbit."),
)
ITEM = NewsItem(
    1999,
    "mission",
    "fy2",
    "Fengyun-2 weather satellite",
    "A weather satellite that watches the same side of the Earth all day from high orbit.",
    "succeeded",
    True,
    False,
    CITATIONS,
)


def texts(paras: list[Para]) -> list[str]:
    return [para.text for para in paras]


def test_the_quote_sharing_most_words_with_the_story_leads() -> None:
    assert [c.fact_id for c in lead_first(CITATIONS, ITEM.summary)] == ["b", "a", "c"]


def test_a_news_card_shows_its_summary_and_one_quote_then_the_rest_on_s(
    app: App, session: Session
) -> None:
    card = NewsScene(app, session, ITEM)
    app.push(card)
    app.render()
    story, sources = texts(card.story.paras), texts(card.sources.paras)
    assert ITEM.summary in story
    assert [t for t in sources if t.startswith("“")] == [f"“{CITATIONS[1].quote}”"]
    assert any("SpaceNews" in t and "as reported on 19 April 2018" in t for t in sources)
    assert card.more is not None and card.more.label == "2 more sources (S)"
    app.step([key(pygame.K_s)])
    assert len([t for t in texts(card.sources.paras) if t.startswith("“")]) == 3
    assert card.more.label == "Fewer sources (S)"
    app.step([click(card.more.rect.center)])
    assert len([t for t in texts(card.sources.paras) if t.startswith("“")]) == 1


def test_a_card_with_one_quote_offers_no_more_sources(app: App, session: Session) -> None:
    card = NewsScene(app, session, NewsItem(**{**ITEM.__dict__, "citations": CITATIONS[:1]}))
    app.push(card)
    app.render()
    assert card.more is None


def test_a_quiz_reveal_shows_one_supporting_quote_and_the_rest_on_s(app: App) -> None:
    import game.sim as sim
    from game.quiz.pack_check import open_pack
    from game.sim.players import known_answer
    from game.ui.scenes.quiz import QuizScene

    pack = open_pack("space-cooperation")

    def cites_three(state: sim.GameState) -> bool:
        items = state.index.quiz  # the pack's items and the generated ones
        return state.checkpoint is not None and len(items[state.checkpoint.item_id].facts) >= 3

    for seed in range(5, 25):  # the first seed (from 5) that asks such a question
        state = sim.new_game(pack, "cnsa", seed)
        for _ in range(60):  # to the first question that cites three facts or more
            if cites_three(state) or state.finished:
                break
            action = sim.AnswerQuiz(known_answer(state)) if state.checkpoint else sim.EndYear()
            if state.dilemma and not state.checkpoint:  # decided first: the year cannot end
                options = pack.by_id("dilemmas")[state.dilemma].options
                action = sim.ChooseDilemmaOption(state.dilemma, options[0].id)
            state, _ = sim.apply(state, action)
        if cites_three(state):
            break
    assert state.checkpoint is not None
    quiz = QuizScene(app, Session(state))
    app.push(quiz)
    app.render()
    quiz.act(sim.AnswerQuiz(known_answer(state)))
    app.render()

    def quotes() -> int:
        return sum(1 for para in quiz.reveal_text.paras if para.text.startswith("“"))

    assert quotes() == 1 and quiz.more.label.endswith("more sources (S)")
    app.step([key(pygame.K_s)])
    assert quotes() >= 3 and quiz.more.label == "Fewer sources (S)"
