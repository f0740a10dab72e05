"""Quiz checkpoints in a campaign: when a year begins (or the player signs an offer), a
question may open on something the player met at least two turns earlier, never on the
card just dismissed (``game.sim.spacing`` picks it: never an item already asked, nor one
the player could not know yet); a right answer earns a bonus, a wrong one (or running out
of time) costs nothing, and each reveals the sourced answer. A fact answered wrong comes
back a few turns later, as another item on it.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from game.quiz.engine import (
    Answer,
    AnswerReveal,
    Question,
    grade,
    make_question,
    right_answer_text,
)
from game.quiz.kinds import kind_of
from game.sim import spacing
from game.sim.balance import MAX_CHECKPOINTS_PER_YEAR, QUIZ_PRESTIGE, QUIZ_SCIENCE
from game.sim.effects import add_points
from game.sim.messages import Message, message
from game.sim.outcomes import CheckpointOpened, QuizAnswered
from game.sim.state import Checkpoint, GameState, QuizRecord, evolve

# (record key, fact ids) of something the player has just lived through.
Candidate = tuple[str, tuple[str, ...]]


def maybe_open(
    state: GameState, rng: random.Random, candidates: Iterable[Candidate] = ()
) -> tuple[GameState, CheckpointOpened | None]:
    """Open a checkpoint, if one may open now and an item is ripe. The facts of
    ``candidates`` (just lived through) count as shown now: asked from two turns on."""
    for _key, fact_ids in candidates:
        state = _noting(state, fact_ids)
    if state.checkpoint is not None or state.finished or state.year <= state.start_year:
        return state, None  # never on the first turn: nothing was met before it
    if state.checkpoints_this_year >= MAX_CHECKPOINTS_PER_YEAR:
        return state, None
    item = spacing.pick(state, rng)
    if item is None:
        return state, None
    question = make_question(item, rng)
    checkpoint = Checkpoint(item_id=item.id, question=question, year=state.year, record_id="")
    opened = evolve(
        state, checkpoint=checkpoint, checkpoints_this_year=state.checkpoints_this_year + 1
    )
    # Asked about no record of this year's news: the question is about an older one.
    return opened, CheckpointOpened(item.id, question, record_kind="", record_id="")


def _noting(state: GameState, fact_ids: tuple[str, ...]) -> GameState:
    shown = spacing.with_shown(state.shown, fact_ids, state.year)
    return state if shown is state.shown else evolve(state, shown=shown)


def answer_problem(question: Question, answer: Answer) -> Message | None:
    """Why ``answer`` is not an answer to ``question`` at all (not: why it is wrong), as the
    quiz kind's problem code with its count, or None."""
    problem = kind_of(question.type).shape_problem(question, answer)
    if problem is None:
        return None
    return message(problem.code, count=problem.count)


def answer(state: GameState, given: Answer | None) -> tuple[GameState, QuizAnswered]:
    """Grade the pending checkpoint (the caller checked there is one and ``given`` fits);
    ``None``: the time ran out, which grades as wrong and is logged as timed out."""
    checkpoint = state.checkpoint
    assert checkpoint is not None
    item = state.index.quiz[checkpoint.item_id]
    timed_out = given is None
    correct = given is not None and grade(item, checkpoint.question, given)
    prestige = QUIZ_PRESTIGE if correct else 0
    science = QUIZ_SCIENCE if correct else 0
    state = evolve(
        state,
        checkpoint=None,
        quiz_log=state.quiz_log + (QuizRecord(item.id, checkpoint.year, correct, timed_out),),
        stock=add_points(state.stock, prestige=prestige, science=science),
    )
    # ``reveal(pack, item, correct)``, with the citations from the index's table, which
    # keeps each item's tuple of citations once made (checkpoints repeat across campaigns).
    shown = AnswerReveal(
        item_id=item.id,
        correct=correct,
        right_answer=right_answer_text(item),
        explanation=item.explanation,
        citations=state.index.citations(item.facts),
    )
    return state, QuizAnswered(
        reveal=shown, prestige=prestige, science=science, timed_out=timed_out
    )
