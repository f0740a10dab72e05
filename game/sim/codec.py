"""The game state as plain JSON data and back, exactly (``state_from_dict(state_to_dict(s))
== s``). Driven by the dataclasses' type hints, so a new field needs no code here.

Reading is strict: a value of the wrong type, a missing or an unknown key raises
``ValueError`` naming the path to it (``game.storage.saves`` turns it into a ``SaveError``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from game.content.model import Agency, Pack
from game.sim.dice import RngSnapshot, RngTuple
from game.sim.index import PackIndex, build_index
from game.sim.invariants import state_problems
from game.sim.spacing import shown_in_news
from game.sim.state import GameState, evolve

_NAMES = {"PackIndex": PackIndex, "Pack": Pack, "Agency": Agency}
_SKIPPED = {"index"}  # rebuilt from the pack, never saved


def to_data(value: Any) -> Any:
    """Dataclasses become dicts, tuples lists; everything else is already JSON."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_data(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _SKIPPED
        }
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, RngSnapshot):
        return to_data(value.value)
    return value


def _fail(path: str, expected: str, data: Any) -> ValueError:
    return ValueError(f"{path or 'state'}: expected {expected}, found {type(data).__name__}")


def _scalar(kind: type, data: Any, path: str) -> Any:
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if isinstance(data, bool) != (kind is bool) or not isinstance(data, kind):
        raise _fail(path, kind.__name__, data)
    return data


def from_data(kind: Any, data: Any, path: str = "") -> Any:
    """The value of type ``kind`` that ``to_data`` turned into ``data``."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return from_data(option, data, path)
            except ValueError as error:
                errors.append(str(error))
        raise ValueError(errors[0] if errors else f"{path}: unexpected null")
    if origin is tuple:
        if not isinstance(data, list):
            raise _fail(path, "a list", data)
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], item, f"{path}[{n}]") for n, item in enumerate(data))
        if len(args) != len(data):
            raise ValueError(f"{path}: expected {len(args)} items, found {len(data)}")
        return tuple(
            from_data(a, item, f"{path}[{n}]")
            for n, (a, item) in enumerate(zip(args, data, strict=True))
        )
    if kind is RngSnapshot:
        return RngSnapshot(from_data(RngTuple, data, path))
    if dataclasses.is_dataclass(kind):
        return _record(kind, data, path)
    if kind in (int, float, str, bool):
        return _scalar(kind, data, path)
    raise ValueError(f"{path}: cannot read a {kind!r}")


def _record(kind: Any, data: Any, path: str, **extra: Any) -> Any:
    if not isinstance(data, dict):
        raise _fail(path, "an object", data)
    hints = typing.get_type_hints(kind, localns=_NAMES)
    fields = [f for f in dataclasses.fields(kind) if f.name not in _SKIPPED]
    names = [f.name for f in fields]
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise ValueError(f"{path or 'state'}: unknown key '{unknown[0]}'")
    values = {}
    for f in fields:
        name = f.name
        if name not in data:
            # A field with a default was added later: saves written before it lack it.
            if f.default is not dataclasses.MISSING:
                continue
            raise ValueError(f"{path or 'state'}: missing '{name}'")
        values[name] = from_data(hints[name], data[name], f"{path}.{name}" if path else name)
    return kind(**values, **extra)


def state_to_dict(state: GameState) -> dict[str, Any]:
    data = to_data(state)
    assert isinstance(data, dict)
    return data


def state_from_dict(pack: Pack, data: Any) -> GameState:
    """The state ``data`` describes, in ``pack``; ``ValueError`` if it is not a sound one."""
    state = _record(GameState, data, "", index=build_index(pack))
    if isinstance(data, dict) and "shown" not in data:
        # A save from before ``shown``: the facts shown are those its news cited.
        state = evolve(state, shown=shown_in_news((), state.news))
    problems = state_problems(state)
    if problems:
        raise ValueError(problems[0])
    return typing.cast(GameState, state)
