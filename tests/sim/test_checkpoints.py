"""Quiz checkpoints in a campaign: opened by what the player lives through, answered once."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.model import PackDate
from game.quiz.engine import Question
from game.sim import (
    AnswerQuiz,
    CheckpointOpened,
    EndYear,
    QuizAnswered,
    Refused,
    SignAgreement,
    TimeUp,
    apply,
    checkpoints,
    legal_actions,
    message,
    new_game,
    play_campaign,
    state_from_dict,
    state_to_dict,
)
from game.sim.players import known_answer
from game.sim.state import evolve
from tests.sim.fakes import advance_to, answered, fact, fake_pack, must


def reported_early(pack):
    """The fake pack with its one source published before the campaign: its undated facts
    may be asked from the first years on."""
    (paper,) = pack.sources
    return replace(pack, sources=(replace(paper, published=PackDate(1999, 5, 1)),))


@pytest.fixture
def pack():
    return reported_early(fake_pack())


def asking(pack, agency: str = "alpha", also_shown: tuple[str, ...] = ()):
    """Two turns into a campaign that has shown the player only the agency's own facts (and
    ``also_shown``) on its first turn, with the question on them open."""
    state = new_game(pack, agency, 1)
    shown = tuple((f, state.start_year) for f in (*state.agency.facts, *also_shown))
    state = evolve(state, year=state.start_year + 2, shown=shown, checkpoint=None)
    state, _ = checkpoints.maybe_open(state, random.Random(1))
    return state


def test_the_first_year_opens_no_checkpoint_on_the_agencys_own_facts(pack):
    for agency in ("alpha", "beta", "gamma"):
        state = new_game(pack, agency, 1)
        assert state.checkpoint is None, agency
        assert state.quiz_log == ()


def test_a_checkpoint_on_the_agencys_facts_asks_their_item(pack):
    state = asking(pack)
    assert state.checkpoint is not None
    assert state.checkpoint.item_id == "q-alpha"
    assert sorted(state.checkpoint.question.choices) == ["One", "Three", "Two"]


def test_a_pending_checkpoint_blocks_the_end_of_the_year(pack):
    state = asking(pack)
    after, outcomes = apply(state, EndYear())
    assert after is state
    assert outcomes == [Refused(EndYear(), message("answer_first"))]
    year_options = [o for o in legal_actions(state) if o.group == "year"]
    assert all(not o.allowed and o.reason == message("answer_first") for o in year_options)


def test_a_right_answer_gives_a_bonus_and_reveals_the_source(pack):
    state = asking(pack)
    after, outcomes = must(state, AnswerQuiz(known_answer(state)))
    (answered,) = outcomes
    assert isinstance(answered, QuizAnswered)
    assert answered.reveal.correct and answered.reveal.right_answer == "Two"
    citation = answered.reveal.citations[0]
    assert (citation.quote, citation.source_title, citation.published) == (
        "Quoted words about f-alpha.",
        "The Paper",
        "1 May 1999",
    )
    assert after.stock.prestige == state.stock.prestige + answered.prestige > state.stock.prestige
    assert after.stock.science == state.stock.science + answered.science
    assert after.checkpoint is None and after.quiz_log[0].correct


def test_a_wrong_answer_costs_nothing_but_shows_the_right_one(pack):
    state = asking(pack)
    wrong = (known_answer(state) + 1) % 3
    after, (answered,) = must(state, AnswerQuiz(wrong))
    assert not answered.reveal.correct
    assert answered.reveal.right_answer == "Two"
    assert after.stock == state.stock
    assert not after.quiz_log[0].correct


def test_running_out_of_time_grades_as_wrong_and_costs_nothing(pack):
    state = asking(pack)
    after, (answered,) = must(state, TimeUp())
    assert isinstance(answered, QuizAnswered)
    assert answered.timed_out and not answered.reveal.correct
    assert (answered.prestige, answered.science) == (0, 0)
    assert answered.message == message("quiz_time_up", answer="Two")
    assert after.stock == state.stock
    assert after.checkpoint is None


def test_running_out_of_time_still_reveals_the_sourced_answer(pack):
    state = asking(pack)
    _, (answered,) = must(state, TimeUp())
    reveal = answered.reveal
    assert (reveal.item_id, reveal.right_answer) == ("q-alpha", "Two")
    assert reveal.explanation == "Because of f-alpha."
    citation = reveal.citations[0]
    assert (citation.quote, citation.source_title, citation.as_reported) == (
        "Quoted words about f-alpha.",
        "The Paper",
        "as reported on 1 May 1999",
    )


def test_the_quiz_log_records_a_timed_out_question_apart_from_a_wrong_answer(pack):
    timed, _ = must(asking(pack), TimeUp())
    state = asking(pack)
    wrong, _ = must(state, AnswerQuiz((known_answer(state) + 1) % 3))
    (timed_record,) = timed.quiz_log
    (wrong_record,) = wrong.quiz_log
    assert (timed_record.item_id, timed_record.correct, timed_record.timed_out) == (
        "q-alpha",
        False,
        True,
    )
    assert (wrong_record.correct, wrong_record.timed_out) == (False, False)


def test_a_timed_out_record_survives_a_save_and_an_older_save_reads_as_answered(pack):
    timed, _ = must(asking(pack), TimeUp())
    data = state_to_dict(timed)
    assert state_from_dict(pack, data) == timed
    for record in data["quiz_log"]:
        del record["timed_out"]
    older = state_from_dict(pack, data)
    assert [r.timed_out for r in older.quiz_log] == [False]


def test_time_running_out_with_no_question_open_is_refused(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    after, outcomes = apply(state, TimeUp())
    assert after is state
    assert outcomes == [Refused(TimeUp(), message("no_question"))]


def test_an_answer_that_is_not_an_option_is_refused(pack):
    state = asking(pack)
    for answer in (7, -1, (0, 1), 1.5, True):
        after, outcomes = apply(state, AnswerQuiz(answer))
        assert after is state and isinstance(outcomes[0], Refused)


def test_an_order_answer_holding_other_things_than_places_is_refused_not_raised(pack):
    state = asking(pack)
    order = Question("q-alpha", "order", "Put them in order", ("One", "Two", "Three"))
    state = evolve(state, checkpoint=replace(state.checkpoint, question=order))
    for answer in ((0, "b", 2), ("a", "b", "c"), (0.0, 1, 2), (True, False, 2)):
        after, outcomes = apply(state, AnswerQuiz(answer))  # type: ignore[arg-type]
        assert after is state and isinstance(outcomes[0], Refused)


def test_answering_with_no_question_open_is_refused(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    after, outcomes = apply(state, AnswerQuiz(0))
    assert after is state
    assert outcomes[0].reason == message("no_question")


def test_signing_an_agreement_asks_about_it_two_turns_later_not_at_once(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2002)
    state, outcomes = must(state, SignAgreement("pact"))
    opened = [o for o in outcomes if isinstance(o, CheckpointOpened)]
    assert "q-pact" not in [o.item_id for o in opened]
    assert checkpoints.spacing.first_shown(state)["f-pact"] == 2002
    for _ in range(12):
        if state.finished or any(r.item_id == "q-pact" for r in state.quiz_log):
            break
        state, _ = must(answered(state), EndYear())
    (record,) = [r for r in state.quiz_log if r.item_id == "q-pact"]
    assert record.year >= 2004 and record.correct


def test_a_quiz_item_is_never_asked_twice_in_a_campaign(pack):
    for seed in range(10):
        for agency in ("alpha", "beta", "gamma"):
            state = play_campaign(pack, agency, seed, "greedy")
            asked = [record.item_id for record in state.quiz_log]
            assert len(asked) == len(set(asked)) > 0


def with_a_later_fact_in_q_alpha(pack, year: int):
    """q-alpha also cites a fact dated ``year``."""
    later = fact("f-later", year)
    quiz = tuple(
        replace(item, facts=(*item.facts, "f-later")) if item.id == "q-alpha" else item
        for item in pack.quiz
    )
    return replace(pack, facts=(*pack.facts, later), quiz=quiz)


def test_a_checkpoint_never_asks_about_a_fact_dated_after_the_year(pack):
    state = new_game(with_a_later_fact_in_q_alpha(pack, 2005), "alpha", 1)
    assert state.year == 2000
    assert state.checkpoint is None or state.checkpoint.item_id != "q-alpha"


def test_an_item_citing_facts_of_the_year_or_before_may_be_asked(pack):
    state = asking(with_a_later_fact_in_q_alpha(pack, 2000), also_shown=("f-later",))
    assert state.checkpoint is not None and state.checkpoint.item_id == "q-alpha"


@given(seed=st.integers(0, 10_000), agency=st.sampled_from(["alpha", "beta", "gamma"]))
@settings(max_examples=15, deadline=None)
def test_no_campaign_asks_an_item_citing_a_later_fact(seed, agency):
    pack = with_a_later_fact_in_q_alpha(fake_pack(), 2006)
    state = play_campaign(pack, agency, seed, "random")
    years = state.index.quiz_years
    assert all(years.get(record.item_id, record.year) <= record.year for record in state.quiz_log)
