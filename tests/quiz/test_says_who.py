"""Generated "says who, and when?" items: one per quoted fact, right by construction, and
graded, shuffled and revealed like any choice item."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from game.content.loader import load_pack
from game.content.model import PackDate
from game.paths import builtin_packs_dir
from game.quiz.engine import grade, make_question, reveal, right_answer
from game.quiz.kinds import kind_of
from game.quiz.says_who import (
    credit,
    is_generated,
    kind_name,
    label,
    prompt_params_of,
    says_who_items,
)
from tests import fakes as make

SOURCES = (
    make.source("herald", PackDate(2017, 6), publisher="The Herald"),
    make.source("gazette", PackDate(2021, 3, 9), publisher="The Gazette"),
    make.source("courier", PackDate(2023, 7), publisher="The Courier"),
)


def three_source_pack(texts: dict[str, str] | None = None):
    facts = (
        make.fact("moon-deal", "gazette", 2021, quote="They signed a moon deal."),
        make.fact("old-news", "herald", quote="A conference opened in June."),
    )
    given_texts = texts or {
        "herald": "Intro. A conference opened in June. More.",
        "gazette": "Today They signed a moon deal. The end.",
        "courier": "Nothing of the kind here.",
    }
    return make.pack(
        make.pack_info("three", 2000, 2030), sources=SOURCES, facts=facts, texts=given_texts
    )


def item_for(pack, fact_id: str):
    return {item.facts[0]: item for item in says_who_items(pack)}[fact_id]


def test_each_quoted_fact_gets_one_item_whose_answer_is_its_source_and_date():
    pack = three_source_pack()
    items = says_who_items(pack)
    assert [item.facts for item in items] == [("moon-deal",), ("old-news",)]
    item = item_for(pack, "moon-deal")
    assert item.answer == "The Gazette, 9 March 2021"
    assert item.type == "choice" and is_generated(item.id) and kind_name(item) == "says_who"
    assert "They signed a moon deal." in item.prompt


def test_the_wrong_options_mix_the_right_publisher_and_date_with_the_other_sources():
    item = item_for(three_source_pack(), "moon-deal")
    assert 2 <= len(item.options) <= 4 and len(set(item.options)) == len(item.options)
    wrong = set(item.options) - {item.answer}
    assert "The Gazette, July 2023" in wrong or "The Gazette, June 2017" in wrong
    assert any(option.endswith("9 March 2021") for option in wrong)


def test_a_generated_item_passes_the_choice_kinds_own_checks():
    pack = three_source_pack()
    for item in says_who_items(pack):
        assert kind_of("choice").check(pack, item) == []


def test_a_source_that_also_holds_the_quote_is_never_a_wrong_option():
    texts = {
        "herald": "A conference opened in June.",
        "gazette": "They signed a moon deal.",
        "courier": "Old news. They signed a moon deal. Yes.",
    }
    item = item_for(three_source_pack(texts), "moon-deal")
    courier = label("The Courier", "July 2023")
    assert courier not in item.options
    assert item.answer == "The Gazette, 9 March 2021"


def test_a_pack_with_one_source_has_no_generated_items():
    pack = three_source_pack()
    alone = replace(pack, sources=pack.sources[1:2], facts=pack.facts[:1])
    assert says_who_items(alone) == ()


@given(seed=st.integers(0, 10_000))
def test_a_generated_item_grades_its_right_answer_right_and_the_others_wrong(seed: int):
    item = item_for(three_source_pack(), "moon-deal")
    question = make_question(item, random.Random(seed))
    assert sorted(question.choices) == sorted(item.options)
    right = right_answer(item, question)
    assert question.choices[right] == item.answer
    for index in range(len(question.choices)):
        assert grade(item, question, index) == (index == right)


def test_the_reveal_shows_the_quote_with_its_source_and_date():
    pack = three_source_pack()
    shown = reveal(pack, item_for(pack, "moon-deal"), correct=False)
    (citation,) = shown.citations
    assert (citation.quote, citation.publisher, citation.published) == (
        "They signed a moon deal.",
        "The Gazette",
        "9 March 2021",
    )
    assert shown.right_answer == "The Gazette, 9 March 2021"
    # Codes, not sentences: the explanation is worded at the edge from the item's credit.
    assert shown.explanation == ""
    said = credit(pack, item_for(pack, "moon-deal").id)
    assert said is not None and (said.publisher, said.date) == ("The Gazette", "9 March 2021")


def test_the_prompt_is_the_quote_alone_for_the_catalogue_to_word():
    pack = three_source_pack()
    item = item_for(pack, "moon-deal")
    assert item.prompt == "They signed a moon deal."
    assert prompt_params_of(item.prompt) == {"quote": "They signed a moon deal."}
    assert credit(pack, "moon-deal") is None  # a pack item's id: no credit


def test_every_generated_item_of_the_built_in_packs_is_right_by_construction():
    for folder in sorted(builtin_packs_dir().iterdir()):
        pack, _ = load_pack(folder)
        assert pack is not None
        sources = {s.id: s for s in pack.sources}
        facts = pack.by_id("facts")
        items = says_who_items(pack)
        assert items, folder.name
        for item in items:
            source = sources[facts[item.facts[0]].source]
            assert item.answer == label(source.publisher, source.published.human())
            assert kind_of("choice").check(pack, item) == [], item.id
