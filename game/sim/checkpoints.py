"""Quiz checkpoints in a campaign: when the player lives through a record whose facts some
quiz item cites, a question opens (never one already asked in this campaign, nor one
citing a fact dated after the campaign's year: no question about the future); a right
answer earns a bonus, a wrong one (or running out of time) costs nothing, and each reveals
the sourced answer.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from game.quiz.engine import (
    Answer,
    AnswerReveal,
    Question,
    grade,
    items_citing,
    make_question,
    right_answer_text,
)
from game.quiz.kinds import kind_of
from game.sim.balance import MAX_CHECKPOINTS_PER_YEAR, QUIZ_PRESTIGE, QUIZ_SCIENCE
from game.sim.effects import add_points
from game.sim.index import split_key
from game.sim.messages import Message, message
from game.sim.outcomes import CheckpointOpened, QuizAnswered
from game.sim.state import Checkpoint, GameState, QuizRecord, evolve

# (record key, fact ids) of the things the player has just lived through, best first.
Candidate = tuple[str, tuple[str, ...]]


def asked_ids(state: GameState) -> set[str]:
    asked = {record.item_id for record in state.quiz_log}
    if state.checkpoint is not None:
        asked.add(state.checkpoint.item_id)
    return asked


def maybe_open(
    state: GameState, rng: random.Random, candidates: Iterable[Candidate]
) -> tuple[GameState, CheckpointOpened | None]:
    """Open a checkpoint on the first candidate with an unasked item, if one may open now."""
    if state.checkpoint is not None or state.finished:
        return state, None
    if state.checkpoints_this_year >= MAX_CHECKPOINTS_PER_YEAR:
        return state, None
    asked = asked_ids(state)
    for key, fact_ids in candidates:
        citing = state.index.quiz_citing(fact_ids, state.turn_end)  # nothing about the future
        items = items_citing(citing, fact_ids, exclude=asked)
        if not items:
            continue
        item = items[rng.randrange(len(items))]
        question = make_question(item, rng)
        checkpoint = Checkpoint(item_id=item.id, question=question, year=state.year, record_id=key)
        opened = evolve(
            state, checkpoint=checkpoint, checkpoints_this_year=state.checkpoints_this_year + 1
        )
        kind, record_id = split_key(key)
        return opened, CheckpointOpened(item.id, question, record_kind=kind, record_id=record_id)
    return state, None


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
