"""Saves edited by someone who recomputes the checksum: values swapped for others of the
same shape (huge numbers, far years, long or control-laden text, ids from elsewhere in the
pack, lists emptied, repeated or cut, keys dropped or added) are either refused with a
one-line ``SaveError`` or load into a campaign that plays on to its end, reports, lists
and draws without a traceback."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.model import Pack
from game.errors import SaveError
from game.quiz.pack_check import open_pack
from game.sim import apply, new_game, report
from game.sim.codec import state_to_dict
from game.sim.players import RandomPlayer
from game.sim.state import GameState
from game.storage import saves
from tests.hostile.kit import BUILTIN, tally

MAX_ACTIONS = 80  # actions played on a loaded state: enough to cross a few years


@functools.cache
def pack() -> Pack:
    return open_pack(BUILTIN)


@functools.cache
def bases() -> tuple[dict[str, Any], ...]:
    """Plain data of real states: a fresh game, one with a question open, a finished one."""
    p = pack()
    agency = next(a.id for a in p.agencies if a.playable)
    fresh = new_game(p, agency, 11)
    state, player, asking = fresh, RandomPlayer(3), None
    while not state.finished:
        if state.checkpoint is not None and asking is None:
            asking = state
        state, _ = apply(state, player.choose(state))
    assert asking is not None, "the built-in pack should open a checkpoint in a campaign"
    return tuple(state_to_dict(s) for s in (fresh, asking, state))


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for n, value in enumerate(data[:6]):  # a few entries of each list are enough
            found += _paths(value, (*path, n))
    return found


def _ids() -> list[str]:
    p = pack()
    ids = [a.id for a in p.agencies] + [q.id for q in p.quiz] + [m.id for m in p.missions]
    return ids + [f"mission:{m.id}" for m in p.missions] + ["event:nope", "agreement:", ""]


def _values(old: Any) -> st.SearchStrategy[tuple[str, Any]]:
    """(family, value): a replacement of the same kind as ``old`` where one exists."""
    odd = st.sampled_from(
        [("retyped", None), ("retyped", "x"), ("retyped", 1), ("retyped", []), ("retyped", {})]
    )
    if isinstance(old, bool):
        return st.one_of(st.builds(lambda b: ("flipped bool", b), st.booleans()), odd)
    if isinstance(old, int):
        huge = st.sampled_from([10**100, -(10**100), 2**63, 2**32, 10**13, -1, 0, 624, 625])
        return st.one_of(
            st.builds(lambda n: ("huge or edge number", n), huge),
            st.builds(lambda n: ("other number", n), st.integers(-(10**6), 10**6)),
            st.builds(lambda n: ("other year", n), st.integers(1000, 3000)),
            odd,
        )
    if isinstance(old, float):
        return st.one_of(st.builds(lambda f: ("other float", f), st.floats(allow_nan=False)), odd)
    if isinstance(old, str):
        return st.one_of(
            st.builds(lambda s: ("other id", s), st.sampled_from(_ids())),
            st.builds(lambda s: ("random text", s), st.text(max_size=20)),
            st.sampled_from(
                [
                    ("long text", "T" * 200_000),
                    ("control characters", "\x1b]0;pwned\x07\x1b[2J"),
                    ("control characters", "line\nbreak"),
                ]
            ),
            odd,
        )
    if isinstance(old, list):
        changes = [("emptied list", [])]
        if old:
            changes += [
                ("repeated entry", [*old, old[0]]),
                ("dropped entry", old[1:]),
                ("reversed list", old[::-1]),
                ("list of one", old[:1]),
            ]
        return st.one_of(st.sampled_from(changes), odd)
    if isinstance(old, dict):
        dropped = [("dropped key", {k: v for k, v in old.items() if k != key}) for key in old]
        extra = ("unknown key", {**old, "cheat": 1})
        return st.one_of(st.sampled_from([*dropped, extra]), odd)
    return st.one_of(
        st.builds(lambda n: ("filled null", n), st.integers(-(10**6), 10**6)),
        st.sampled_from([("filled null", "x"), ("filled null", [])]),
    )


def _put(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    *parents, last = path
    node = data
    for step in parents:
        node = node[step]
    node[last] = value
    return data


@st.composite
def edited_states(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    data = copy.deepcopy(draw(st.sampled_from(bases())))
    families = []
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths[1:]))
        old: Any = data
        for step in path:
            old = old[step]
        family, value = draw(_values(old))
        data = _put(data, path, copy.deepcopy(value))
        families.append(family)
    return data, families


def forge(path: Path, data: dict[str, Any]) -> None:
    """A save of ``data`` with a recomputed checksum and a header that matches it."""
    p = pack()
    header: dict[str, Any] = {
        "format": saves.MAGIC,
        "format_version": saves.SAVE_FORMAT,
        "pack": {"id": p.info.id, "version": p.info.version},
    }
    if isinstance(data, dict):
        header |= {name: data.get(name) for name in ("agency_id", "year", "seed")}
        header["agency"] = header.pop("agency_id")
    header["sha256"] = saves._digest(data)
    path.write_text(json.dumps({**header, "state": data}), encoding="utf-8")


def play_on(state: GameState) -> None:
    """What a player does with a loaded campaign: plays, answers, reads the report."""
    player = RandomPlayer(1)
    for _ in range(MAX_ACTIONS):
        if state.finished:
            break
        state, _ = apply(state, player.choose(state))
    report(state)


@pytest.fixture(scope="module")
def window() -> Any:
    from game.storage.settings import Settings
    from game.ui.app import App

    app = App(Settings(), size=(1280, 720), window=False)
    yield app
    pygame.quit()


def draw(app: Any, state: GameState) -> None:
    """The campaign screen (its timeline included) drawn for ``state``."""
    from game.ui import scenes
    from game.ui.session import Session

    app.shared["packs"] = {pack().info.id: pack()}
    app.scenes.clear()  # popping would resume the scenes beneath, and they open quizzes
    app.push(scenes.open_scene(app, "campaign", session=Session(state, on_error=app.notify)))
    app.step([])
    app.render()


def attack(folder: Path, app: Any, data: dict[str, Any], families: list[str]) -> None:
    for family in families:
        tally(f"save: {family}")
    path = folder / "edited.json"
    forge(path, data)
    assert [info.path for info in saves.list_saves(folder)] in ([], [path])
    try:
        state = saves.open_save(path, lambda pack_id: pack())
    except SaveError as error:
        assert "\n" not in str(error) and "\x1b" not in str(error)
        tally("save outcome: refused")
        return
    play_on(state)
    draw(app, state)
    tally("save outcome: loaded, played on and drawn")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(edit=edited_states())
def test_an_edited_save_with_a_recomputed_checksum_is_refused_or_plays_on(
    edit: tuple[dict[str, Any], list[str]],
    tmp_path_factory: pytest.TempPathFactory,
    window: Any,
) -> None:
    attack(tmp_path_factory.mktemp("saves"), window, *edit)


@pytest.mark.slow
@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(edit=edited_states())
def test_many_edited_saves_are_refused_or_play_on(
    edit: tuple[dict[str, Any], list[str]],
    tmp_path_factory: pytest.TempPathFactory,
    window: Any,
) -> None:
    attack(tmp_path_factory.mktemp("saves"), window, *edit)


def _edited(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(bases()[1])
    change(data)
    return data


def _checkpoint_without_answer(data: dict[str, Any]) -> None:
    question = data["checkpoint"]["question"]
    question["choices"] = ["Not it"] * len(question["choices"]) or ["Not it"]


def _undated_key() -> str:
    """A record of the pack with no date (a repeatable mission): never on a schedule."""
    from game.sim.index import build_index

    index = build_index(pack())
    dated = {key for _year, key in index.dated}
    return next(key for key in index.records if key not in dated)


# The edits the issue found crashing the game, each refused with its reason.
NAMED_EDITS = {
    "a bad random generator state": lambda d: d["rng_state"][1].__setitem__(0, 2**40),
    "an unknown schedule key": lambda d: d.__setitem__("schedule", [["mission:nope", 2020]]),
    "an undated record in the schedule": lambda d: d.__setitem__(
        "schedule", [[_undated_key(), 2020]]
    ),
    "a 10**100 year": lambda d: d["news"][0].__setitem__("year", 10**100),
    "a year far past the timeline": lambda d: d["news"][0].__setitem__("year", 9999),
    "checkpoint choices without the answer": _checkpoint_without_answer,
    "an empty choice list": lambda d: d["checkpoint"]["question"].__setitem__("choices", []),
    "a 200 KB title": lambda d: d["news"][0].__setitem__("title", "T" * 200_000),
}


@pytest.mark.parametrize("name", list(NAMED_EDITS))
def test_each_edit_that_crashed_the_game_is_refused_with_a_reason(
    name: str, tmp_path: Path
) -> None:
    path = tmp_path / "edited.json"
    forge(path, _edited(NAMED_EDITS[name]))
    with pytest.raises(SaveError, match="could have saved|not a file the game wrote") as refused:
        saves.open_save(path, lambda pack_id: pack())
    assert "\n" not in str(refused.value)
