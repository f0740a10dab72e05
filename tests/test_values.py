"""Records given the quick ``__init__`` are made exactly as their dataclass would make them,
and stay frozen."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from game.values import quick_init

GAME = Path(__file__).resolve().parents[1] / "game"
# Every module of the game that gives a record the quick ``__init__``: found, not listed,
# so a new one is checked too.
MODULES = tuple(
    sorted(
        ".".join(path.relative_to(GAME.parent).with_suffix("").parts)
        for path in GAME.rglob("*.py")
        if "@quick_init" in path.read_text(encoding="utf-8")
    )
)


def quick_classes() -> list[type]:
    found: dict[type, None] = {}
    for name in MODULES:
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, type) and "__dataclass_init__" in value.__dict__:
                found[value] = None
    return list(found)


def test_every_hot_module_has_quick_records() -> None:
    names = {cls.__module__ for cls in quick_classes()}
    assert names == set(MODULES)


@pytest.mark.parametrize("cls", quick_classes(), ids=lambda cls: cls.__qualname__)
def test_a_quick_record_takes_the_same_arguments_and_holds_the_same_values(cls: type) -> None:
    quick, original = inspect.signature(cls.__init__), inspect.signature(cls.__dataclass_init__)
    assert list(quick.parameters) == list(original.parameters)
    for name, parameter in quick.parameters.items():
        assert parameter.kind == original.parameters[name].kind
        if parameter.default is not inspect.Parameter.empty:
            assert original.parameters[name].default is not inspect.Parameter.empty
    # One distinct object per field, positionally and by name; defaults left out.
    required = [
        p for p in list(quick.parameters.values())[1:] if p.default is inspect.Parameter.empty
    ]
    values = [object() for _ in required]
    made = cls(*values)
    slow = object.__new__(cls)
    cls.__dataclass_init__(slow, *values)
    assert made.__dict__ == slow.__dict__ and made == slow
    assert cls(**{p.name: v for p, v in zip(required, values, strict=True)}) == slow
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, None)


@quick_init
@dataclass(frozen=True)
class Sample:
    name: str
    count: int = 3
    tags: list[str] = field(default_factory=list)


def test_defaults_and_factories_are_filled_fresh_for_each_record() -> None:
    one, two = Sample("a"), Sample("b", 4, ["x"])
    assert (one.name, one.count, one.tags) == ("a", 3, [])
    assert Sample("a").tags is not one.tags
    assert two == Sample(name="b", count=4, tags=["x"])
    assert pickle.loads(pickle.dumps(one)) == one and copy.deepcopy(two) == two
    assert dataclasses.replace(one, count=5) == Sample("a", 5)
    assert repr(one) == "Sample(name='a', count=3, tags=[])"


def test_only_a_frozen_dataclass_with_simple_fields_may_be_quick() -> None:
    @dataclass
    class Loose:
        name: str

    @dataclass(frozen=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        quick_init(Loose)
    with pytest.raises(TypeError):
        quick_init(Checked)
