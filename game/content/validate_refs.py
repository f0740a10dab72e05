"""Validation of ids and references: unique ids, references that resolve, no cycles.

Which fields are references, and into which collection, comes from the model's ``ref``
metadata, so a new reference field is checked without touching this module.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
from collections.abc import Iterator
from typing import Any

from game.content.model import Pack, Where
from game.content.problems import Problem, at

COLLECTIONS = (
    "sources",
    "facts",
    "agencies",
    "agreements",
    "missions",
    "events",
    "quiz",
    "scenarios",
    "dilemmas",
    "opportunities",
)
_SINGULAR = {
    "sources": "source",
    "facts": "fact",
    "agencies": "agency",
    "agreements": "agreement",
    "missions": "mission",
    "events": "event",
    "quiz": "quiz item",
    "scenarios": "scenario",
    "dilemmas": "dilemma",
    "opportunities": "opportunity",
    "agreement_kinds": "agreement kind",
    "missions|agreements": "mission or agreement",
}


def top_records(pack: Pack) -> Iterator[tuple[str, Any]]:
    """Every record that keeps its own place, with the collection it belongs to."""
    yield "info", pack.info
    for kind in pack.info.agreement_kinds:
        yield "agreement_kinds", kind
    for name in COLLECTIONS:
        for record in getattr(pack, name):
            yield name, record


@functools.cache  # the model's classes never change, so their field lists are read once
def model_fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """The fields of a model class that carry metadata (``where`` left out)."""
    return tuple(
        f for f in dataclasses.fields(cls) if f.metadata.get("kind") not in (None, "where")
    )


_NESTED = frozenset({"record", "records"})


def walk_fields(
    record: Any, prefix: str = "", kinds: frozenset[str] | None = None
) -> Iterator[tuple[Any, dataclasses.Field[Any], Any, str]]:
    """(holder, field, value, place name) of ``record``'s fields and its nested records'.

    ``holder`` is the record or nested record the field belongs to; ``kinds``, if given,
    keeps only fields of those kinds (nested records are entered either way). Nested records
    that keep their own ``where`` (agreement kinds) are not entered: they are walked alone.
    """
    for f in model_fields(record.__class__):
        kind = f.metadata["kind"]
        wanted = kinds is None or kind in kinds
        if not wanted and kind not in _NESTED:
            continue
        value = getattr(record, f.name)
        name = prefix + f.name
        if wanted:
            yield record, f, value, name
        if kind == "record" and value is not None:
            yield from walk_fields(value, name + ".", kinds)
        elif kind == "records":
            for index, item in enumerate(value):
                if "where" not in item.__dataclass_fields__:
                    yield from walk_fields(item, f"{name}.{index}.", kinds)


def check_unique_ids(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    groups: dict[str, list[Any]] = {name: list(getattr(pack, name)) for name in COLLECTIONS}
    groups["agreement_kinds"] = list(pack.info.agreement_kinds)
    for name, records in groups.items():
        first: dict[str, Any] = {}
        for record in records:
            if not record.id:
                continue
            if record.id in first:
                line = first[record.id].where.line
                message = f"{_SINGULAR[name]} id {record.id!r} is already used on line {line}"
                problems.append(at(pack.where_of(record, "id"), "duplicate-id", message))
            else:
                first[record.id] = record
    missions = {m.id for m in pack.missions}
    for agreement in pack.agreements:
        if agreement.id in missions:
            message = (
                f"{agreement.id!r} is both an agreement and a mission id; "
                "`requires` could not tell them apart"
            )
            problems.append(at(pack.where_of(agreement, "id"), "duplicate-id", message))
    return problems


def _id_sets(pack: Pack) -> dict[str, set[str]]:
    ids = {name: {r.id for r in getattr(pack, name)} for name in COLLECTIONS}
    ids["agreement_kinds"] = {k.id for k in pack.info.agreement_kinds}
    ids["missions|agreements"] = ids["missions"] | ids["agreements"]
    return ids


def _unknown(
    pack: Pack, owner: Any, name: str, value: str, target: str, known: set[str]
) -> Problem:
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6) if len(known) < 5000 else []
    hint = f"; did you mean {close[0]!r}?" if close else ""
    message = f"no {_SINGULAR.get(target, target)} has the id {value!r}{hint}"
    return at(pack.where_of(owner, name), "unknown-ref", message)


_REF_KINDS = frozenset({"ref", "refs", "intmap"})


def check_references(pack: Pack) -> list[Problem]:
    """Every ``ref``/``refs`` field and every ``intmap`` key names an existing record."""
    ids = _id_sets(pack)
    problems: list[Problem] = []
    for _collection, record in top_records(pack):
        for _holder, f, value, name in walk_fields(record, kinds=_REF_KINDS):
            target = f.metadata["ref"]
            if target is None:
                continue
            kind = f.metadata["kind"]
            known = ids[target]
            if kind == "ref":
                if value and value not in known:
                    problems.append(_unknown(pack, record, name, value, target, known))
            elif kind == "refs":
                seen: set[str] = set()
                for index, item in enumerate(value):
                    place = f"{name}.{index}"
                    if item in seen:
                        message = f"{item!r} is listed twice in `{f.name}`"
                        problems.append(at(pack.where_of(record, place), "duplicate-ref", message))
                    seen.add(item)
                    if item not in known:
                        problems.append(_unknown(pack, record, place, item, target, known))
            elif kind == "intmap" and value:
                for key in value:
                    if key not in known:
                        place = f"{name}.{key}"
                        problems.append(_unknown(pack, record, place, key, target, known))
    return problems


def check_cycles(pack: Pack) -> list[Problem]:
    """No mission requires itself through a chain of other missions."""
    by_id = {m.id: m for m in pack.missions}
    graph = {m.id: [r for r in m.requires if r in by_id] for m in pack.missions}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems: list[Problem] = []
    reported: set[frozenset[str]] = set()
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = [start]
        iters = [iter(graph[start])]
        state[start] = 1
        while iters:
            step = next(iters[-1], None)
            if step is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            if state.get(step) == 1:
                loop = path[path.index(step) :]
                members = frozenset(loop)
                if members not in reported:
                    reported.add(members)
                    chain = " -> ".join([*loop, step])
                    first = by_id[step]
                    where: Where = pack.where_of(first, "requires")
                    problems.append(
                        at(where, "requires-cycle", f"missions require each other: {chain}")
                    )
            elif not state.get(step):
                state[step] = 1
                path.append(step)
                iters.append(iter(graph[step]))
    return problems
