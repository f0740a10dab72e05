"""Frozen dataclasses that are quick to make.

A ``@dataclass(frozen=True)`` class sets each field in ``__init__`` through
``object.__setattr__``, a call per field, to get past its own ``__setattr__`` that refuses
changes. The game makes hundreds of small records a campaign (news, bids, standings,
outcomes, messages), and those calls were about a twentieth of a whole campaign's time.
``quick_init`` gives such a class an ``__init__`` with the same signature that fills the
instance's ``__dict__`` in one update instead: the same values, still frozen afterwards
(``__setattr__`` and ``__delattr__`` are untouched), equal, hashed, printed, copied and
pickled as before. The dataclass's own ``__init__`` stays as ``__dataclass_init__``, and
``tests/test_values.py`` holds the two to the same signature and the same instances.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass with a ``__dict__``) with the quick ``__init__``."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not params.frozen or "__slots__" in cls.__dict__:
        raise TypeError(f"quick_init: {cls.__name__} is not a frozen dataclass with a __dict__")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init or f.kw_only for f in fields) or hasattr(cls, "__post_init__"):
        raise TypeError(f"quick_init: {cls.__name__} needs the dataclass's own __init__")
    names: dict[str, Any] = {"MISSING": dataclasses.MISSING}
    arguments, made = [], []
    for f in fields:
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            arguments.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            arguments.append(f"{f.name}=MISSING")
            made.append(f"    if {f.name} is MISSING:\n        {f.name} = _factory_{f.name}()\n")
        else:
            arguments.append(f.name)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    source = (
        f"def __init__(self, {', '.join(arguments)}):\n"
        + "".join(made)
        + f"    self.__dict__.update({{{values}}})\n"
    )
    exec(source, names)  # noqa: S102 - code made above from the class's own field names
    quick = names["__init__"]
    quick.__qualname__ = f"{cls.__qualname__}.__init__"
    quick.__module__ = cls.__module__
    cls.__dataclass_init__ = cls.__init__  # type: ignore[attr-defined]
    cls.__init__ = quick  # type: ignore[method-assign]
    return cls
