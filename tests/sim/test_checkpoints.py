"""Quiz checkpoints in a campaign: opened by what the player lives through, answered once."""

from __future__ import annotations

import pytest

from game.sim import (
    AnswerQuiz,
    CheckpointOpened,
    EndYear,
    QuizAnswered,
    Refused,
    SignAgreement,
    apply,
    legal_actions,
    new_game,
    play_campaign,
)
from game.sim.players import known_answer
from tests.sim.fakes import advance_to, fake_pack, must


@pytest.fixture
def pack():
    return fake_pack()


def test_the_first_year_opens_a_checkpoint_about_the_players_agency(pack):
    state = new_game(pack, "alpha", 1)
    assert state.checkpoint is not None
    assert state.checkpoint.item_id == "q-alpha"
    assert sorted(state.checkpoint.question.choices) == ["One", "Three", "Two"]


def test_a_pending_checkpoint_blocks_the_end_of_the_year(pack):
    state = new_game(pack, "alpha", 1)
    after, outcomes = apply(state, EndYear())
    assert after is state
    assert outcomes == [Refused(EndYear(), "Answer the quiz question first.")]
    year_options = [o for o in legal_actions(state) if o.group == "year"]
    assert all(
        not o.allowed and o.reason == "Answer the quiz question first." for o in year_options
    )


def test_a_right_answer_gives_a_bonus_and_reveals_the_source(pack):
    state = new_game(pack, "alpha", 1)
    after, outcomes = must(state, AnswerQuiz(known_answer(state)))
    (answered,) = outcomes
    assert isinstance(answered, QuizAnswered)
    assert answered.reveal.correct and answered.reveal.right_answer == "Two"
    citation = answered.reveal.citations[0]
    assert (citation.quote, citation.source_title, citation.published) == (
        "Quoted words about f-alpha.",
        "The Paper",
        "2010-05-01",
    )
    assert after.stock.prestige == state.stock.prestige + answered.prestige > state.stock.prestige
    assert after.stock.science == state.stock.science + answered.science
    assert after.checkpoint is None and after.quiz_log[0].correct


def test_a_wrong_answer_costs_nothing_but_shows_the_right_one(pack):
    state = new_game(pack, "alpha", 1)
    wrong = (known_answer(state) + 1) % 3
    after, (answered,) = must(state, AnswerQuiz(wrong))
    assert not answered.reveal.correct
    assert answered.reveal.right_answer == "Two"
    assert after.stock == state.stock
    assert not after.quiz_log[0].correct


def test_an_answer_that_is_not_an_option_is_refused(pack):
    state = new_game(pack, "alpha", 1)
    for answer in (7, -1, (0, 1), 1.5, True):
        after, outcomes = apply(state, AnswerQuiz(answer))
        assert after is state and isinstance(outcomes[0], Refused)


def test_answering_with_no_question_open_is_refused(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    after, outcomes = apply(state, AnswerQuiz(0))
    assert after is state
    assert outcomes[0].reason == "There is no question waiting for an answer."


def test_signing_an_agreement_whose_facts_have_items_opens_a_checkpoint(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2002)
    state, outcomes = must(state, SignAgreement("pact"))
    opened = [o for o in outcomes if isinstance(o, CheckpointOpened)]
    assert [o.item_id for o in opened] == ["q-pact"]
    assert state.checkpoint is not None and state.checkpoint.question.type == "order"
    state, _ = must(state, AnswerQuiz(known_answer(state)))
    assert state.quiz_log[-1].correct


def test_a_quiz_item_is_never_asked_twice_in_a_campaign(pack):
    for seed in range(10):
        for agency in ("alpha", "beta", "gamma"):
            state = play_campaign(pack, agency, seed, "greedy")
            asked = [record.item_id for record in state.quiz_log]
            assert len(asked) == len(set(asked)) > 0
