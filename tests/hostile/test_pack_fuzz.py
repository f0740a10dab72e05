"""Mutations of the built-in pack (keys deleted, duplicated, retyped; ids swapped; files cut,
bytes flipped) only ever give our own problems back: ``load_pack`` and ``validate`` never
raise, and every problem is a registered code at a real place with a one-line message."""

from __future__ import annotations

import atexit
import copy
import datetime
import functools
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.loader import load_pack
from game.content.model import PACK_FILES
from game.content.problems import CODES, Problem
from game.quiz.pack_check import validate
from tests.hostile.kit import BUILTIN

FILES = [file for file, _attr, _cls in PACK_FILES]
ORIGINAL: dict[str, bytes] = {
    str(path.relative_to(BUILTIN)): path.read_bytes()
    for path in BUILTIN.rglob("*")
    if path.is_file()
}
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PARSED: dict[str, Any] = {}

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", " ", "2019-13-40", "#12345", "stated", "cnsa", "1e999", "\u202e", "0x1F"]),
    st.dates(min_value=datetime.date(1, 1, 1)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def parsed(file: str) -> Any:
    if file not in _PARSED:
        _PARSED[file] = yaml.load(ORIGINAL[file], Loader=_LOADER)  # _LOADER is a safe loader
    return _PARSED[file]


def _records(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, dict):
        return [document]
    return [r for r in document if isinstance(r, dict)] if isinstance(document, list) else []


@st.composite
def structural(draw: st.DrawFn) -> tuple[str, bytes]:
    """One YAML file with a record changed: a key deleted, retyped, renamed or an id swapped."""
    file = draw(st.sampled_from(FILES))
    document = copy.deepcopy(parsed(file))  # a fresh copy to change
    records = _records(document)
    if not records:
        return file, ORIGINAL[file]
    for _ in range(draw(st.integers(1, 4))):
        record = draw(st.sampled_from(records))
        keys = sorted(record)
        if not keys:
            continue
        key = draw(st.sampled_from(keys))
        how = draw(
            st.sampled_from(["delete", "retype", "rename", "swap-id", "nest", "copy-record"])
        )
        if how == "delete":
            del record[key]
        elif how == "retype":
            record[key] = draw(ODD_VALUES)
        elif how == "rename":
            record[draw(st.sampled_from([key + "s", key.upper(), key[:-1] or "x", "tpye"]))] = (
                record.pop(key)
            )
        elif how == "swap-id":
            other = draw(st.sampled_from(records))
            record["id"], other["id"] = other.get("id"), record.get("id")
        elif how == "nest":
            record[key] = [record[key]] if draw(st.booleans()) else {key: record[key]}
        elif isinstance(document, list):
            document.append(dict(record))  # a duplicate id
    return file, yaml.dump(document, Dumper=_DUMPER, allow_unicode=True, sort_keys=False).encode()


@st.composite
def textual(draw: st.DrawFn) -> tuple[str, bytes]:
    """One file (YAML or source text) cut, with bytes flipped, or a line duplicated."""
    file = draw(st.sampled_from(sorted(ORIGINAL)))
    data = bytearray(ORIGINAL[file])
    how = draw(st.sampled_from(["cut", "flip", "duplicate-line", "delete-line", "insert"]))
    if how == "cut":
        del data[draw(st.integers(0, len(data))) :]
    elif how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
    else:
        lines = bytes(data).splitlines(keepends=True)
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if how == "duplicate-line" and lines:
            lines.insert(at, lines[at])
        elif how == "delete-line" and lines:
            del lines[at]
        else:
            token = draw(
                st.sampled_from([b"&a ", b"*a ", b"!!python/none ", b"{", b"- ", b"\t", b": "])
            )
            lines.insert(at, token + b"\n")
        data = bytearray(b"".join(lines))
    return file, bytes(data)


MUTATIONS = st.lists(st.one_of(structural(), textual()), min_size=1, max_size=3)


@functools.cache
def _workbench() -> Path:
    """One copy of the pack reused by every example: each writes its changes, then undoes them."""
    folder = Path(tempfile.mkdtemp(prefix="hostile-fuzz-"))
    atexit.register(shutil.rmtree, folder, True)
    for rel, data in ORIGINAL.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return folder


def _check(changes: list[tuple[str, bytes]]) -> None:
    root = _workbench()
    touched = {rel for rel, _ in changes}
    try:
        for rel, data in changes:
            (root / rel).write_bytes(data)
        pack, problems = load_pack(root)
        if pack is not None:
            problems = problems + validate(pack, strict=True)
    finally:
        for rel in touched:
            (root / rel).write_bytes(ORIGINAL[rel])
    assert pack is not None or problems
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.code in CODES, problem
        assert problem.file in ORIGINAL, problem
        assert problem.line >= 1 and problem.column >= 1, problem
        assert "\n" not in problem.message, problem


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MUTATIONS)
def test_a_mutated_builtin_pack_gives_only_our_problems(changes: list[tuple[str, bytes]]) -> None:
    _check(changes)


@pytest.mark.slow
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MUTATIONS)
def test_thousands_of_mutated_packs_give_only_our_problems(
    changes: list[tuple[str, bytes]],
) -> None:
    _check(changes)


def test_the_unmutated_pack_is_clean() -> None:
    _check([])
    assert set(FILES) <= set(ORIGINAL)


def test_an_agreement_without_a_date_is_a_problem_not_a_crash() -> None:
    text = ORIGINAL["agreements.yaml"].decode()
    cut = text.replace("  date: 2005\n", "", 1).encode()
    assert cut != ORIGINAL["agreements.yaml"]
    _check([("agreements.yaml", cut)])
