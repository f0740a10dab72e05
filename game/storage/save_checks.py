"""What a loaded save must hold beyond well-typed JSON, checked before the state is used.

A save's checksum only proves the file is whole; whoever edits it can recompute it. So a
state read from a save is checked against its pack and the game's invariants
(``game.sim.invariants``) and against what the game itself could ever have written:
numbers of a sane size, years near the pack's timeline, no text longer than the game
writes, a random generator state ``random.Random`` accepts, a schedule of the pack's own
records, and a question open at a checkpoint that is the pack's item, with its options.
Each check gives a reason in words; ``game.storage.saves`` refuses the save with the
first one.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

from game.quiz.engine import make_question
from game.sim.invariants import state_problems
from game.sim.state import GameState

MAX_NUMBER = 10**12  # no count, resource or seed of the game comes near this
MAX_TEXT = 4000  # characters of a title, summary or id (quotes are compared to the pack)
MAX_ITEMS = 100_000  # entries of any one list
YEAR_SLACK = 100  # years before the timeline starts or after it ends that a record may hold
MT_WORDS = 625  # the Mersenne Twister's 624 words and its position


def data_problems(data: Any) -> list[str]:
    """Why the plain JSON ``data`` of a state cannot be a state the game wrote."""
    for path, value in _leaves(data, "state"):
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int) and abs(value) > MAX_NUMBER:
            return [f"{path} holds a number of {len(str(abs(value)))} digits"]
        if isinstance(value, float) and not math.isfinite(value):
            return [f"{path} holds {value}"]
        if isinstance(value, str) and len(value) > MAX_TEXT and ".citations" not in path:
            return [f"{path} holds a text of {len(value):,} characters"]
        if isinstance(value, list) and len(value) > MAX_ITEMS:
            return [f"{path} holds {len(value):,} entries"]
    return []


def _leaves(data: Any, path: str) -> Iterator[tuple[str, Any]]:
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, f"{path}.{key}")
    elif isinstance(data, list) and len(data) <= MAX_ITEMS:
        for n, value in enumerate(data):
            yield from _leaves(value, f"{path}[{n}]")


def rng_problems(state: GameState) -> list[str]:
    version, words, gauss_next = state.rng_state.value
    if version != random.Random.VERSION or len(words) != MT_WORDS:
        return ["the random generator's state is not one this game writes"]
    if any(not 0 <= word < 2**32 for word in words) or not 0 < words[-1] <= 624:
        return ["the random generator's state is out of range"]
    if not any(words[:-1]) or (gauss_next is not None and not math.isfinite(gauss_next)):
        return ["the random generator's state is degenerate"]
    try:
        random.Random().setstate(state.rng_state.value)
    except (ValueError, TypeError, OverflowError):
        return ["the random generator's state is refused by Python"]
    return []


def _years(state: GameState) -> Iterator[tuple[str, int]]:
    for signed in state.signed:
        yield f"agreement '{signed.id}'", signed.year
    for development in state.developing:
        yield f"mission '{development.mission_id}'", development.started
        yield f"mission '{development.mission_id}'", development.launch_year
    for launch in state.launches:
        yield f"launch of '{launch.mission_id}'", launch.year
    for happened in state.happened:
        yield f"record '{happened.key}'", happened.year
        if happened.slipped_from is not None:
            yield f"record '{happened.key}'", happened.slipped_from
    for key, year in state.schedule:
        yield f"schedule of '{key}'", year
    for item in state.news:
        yield f"news '{item.record_id}'", item.year
    for record in state.quiz_log:
        yield f"answer to '{record.item_id}'", record.year
    if state.checkpoint is not None:
        yield f"question '{state.checkpoint.item_id}'", state.checkpoint.year


def pack_problems(state: GameState) -> list[str]:
    """What ``state`` holds that its pack could not have given it."""
    index = state.index
    timeline = state.pack.info.timeline
    low, high = timeline.start - YEAR_SLACK, timeline.end + YEAR_SLACK
    problems = [
        f"{what} is dated {year}, far outside the pack's {timeline.start}-{timeline.end}"
        for what, year in _years(state)
        if not low <= year <= high
    ][:1]
    dated = {key for _year, key in index.dated}
    for key, _year in state.schedule:
        if key not in dated:
            problems.append(f"the schedule names '{key}', which the pack does not date")
    for item in state.news:
        for citation in item.citations:
            if index.citations((citation.fact_id,)) != (citation,):
                problems.append(f"news '{item.record_id}' quotes what its pack does not")
                break
    if any(not 0.0 <= launch.reliability <= 1.0 for launch in state.launches):
        problems.append("a launch has a reliability outside 0-1")
    problem = checkpoint_problem(state)
    return problems + [problem] if problem else problems


def checkpoint_problem(state: GameState) -> str:
    """Why the question open at a checkpoint is not its pack item's question, or ''."""
    checkpoint = state.checkpoint
    if checkpoint is None or checkpoint.item_id not in state.index.quiz:
        return ""
    item = state.index.quiz[checkpoint.item_id]
    asked, made = checkpoint.question, make_question(item, random.Random(0))
    same = (asked.item_id, asked.type, asked.prompt, asked.unit, asked.difficulty) == (
        made.item_id,
        made.type,
        made.prompt,
        made.unit,
        made.difficulty,
    )
    if not same or sorted(asked.choices) != sorted(made.choices):
        return f"the open question '{checkpoint.item_id}' is not the pack's question"
    return ""


def loaded_state_problems(state: GameState) -> list[str]:
    """Every reason the loaded ``state`` cannot be played on (empty when it can)."""
    problems = state_problems(state)
    if problems:
        return problems
    return rng_problems(state) + pack_problems(state)
