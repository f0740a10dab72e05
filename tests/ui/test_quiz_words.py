"""A quiz item's question and explanation in words: a pack's own items as written, a
generated "says who, and when?" item worded by the catalogue from its codes."""

from __future__ import annotations

from game.quiz.engine import make_question
from game.quiz.says_who import says_who_items
from game.sim.outcomes import CheckpointOpened
from game.ui.messages import say
from game.ui.quiz_words import explanation_text, prompt_text
from tests.quiz.test_says_who import item_for, three_source_pack


def test_a_generated_item_is_asked_and_explained_in_the_catalogues_words():
    pack = three_source_pack()
    item = item_for(pack, "moon-deal")
    assert prompt_text(item.id, item.prompt) == (
        "Who reported this, and when? “They signed a moon deal.”"
    )
    title = next(s for s in pack.sources if s.id == "gazette").title
    said = explanation_text(pack, item.id, item.explanation)
    assert said.startswith("The Gazette reported it in ") and said.endswith(" (9 March 2021).")
    assert title in said


def test_a_pack_item_keeps_its_own_words():
    pack = three_source_pack()
    assert prompt_text("moon-quiz", "How far is the Moon?") == "How far is the Moon?"
    assert explanation_text(pack, "moon-quiz", "About 384,000 km.") == "About 384,000 km."


def test_the_campaign_log_words_a_generated_question_too():
    import random

    pack = three_source_pack()
    item = says_who_items(pack)[0]
    opened = CheckpointOpened(item.id, make_question(item, random.Random(1)), "event", "x")
    assert say(opened.message) == "Quiz: who reported “They signed a moon deal.”, and when?"
