"""Whatever a pack file holds, loading and validating yield problems, never an exception."""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.model import PACK_FILES
from game.content.problems import CODES, Problem
from game.content.yamlsafe import parse_yaml
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack

FILES = [file for file, _attr, _cls in PACK_FILES]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.dates(min_value=datetime.date(1, 1, 1)),
    st.sampled_from(["2019", "2019-13", "#fff", "stated", "alpha", "beta-launch", "true", "0.5"]),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.text(max_size=10), st.sampled_from(["id", "facts", "date"])),
            inner,
            max_size=4,
        ),
    ),
    max_leaves=12,
)
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _all_problems(folder: Path, strict: bool = True) -> list[Problem]:
    _pack, problems = check_pack(folder, strict=strict)
    assert all(isinstance(p, Problem) and p.code in CODES for p in problems)
    assert all(p.line >= 1 and p.column >= 1 for p in problems)
    assert all(_one_clean_line(p.format()) for p in problems)
    return problems


def _one_clean_line(text: str) -> bool:
    """No line break and no control character (the ones a terminal acts on)."""
    return not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text)


def _problems_with(tmp_path: Path, files: dict[str, bytes]) -> list[Problem]:
    """The problems of the fake pack with ``files`` replaced (written once, then restored)."""
    folder = tmp_path / "pack"
    if not folder.exists():
        FakePack().write(folder)
    originals = {name: (folder / name).read_bytes() for name in files}
    try:
        for name, data in files.items():
            (folder / name).write_bytes(data)
        return _all_problems(folder)
    finally:
        for name, data in originals.items():
            (folder / name).write_bytes(data)


def _dump(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_to_a_node_or_problems(text: str) -> None:
    node, problems = parse_yaml(text, "x.yaml")
    assert (node is None) == bool(problems)
    assert all(p.code in CODES for p in problems)
    assert all(_one_clean_line(p.format()) for p in problems)


@given(message=st.text(), file=st.text())
def test_every_problem_prints_as_one_line_whatever_its_text(message: str, file: str) -> None:
    line = Problem(file, 1, 1, "wrong-type", message).format()
    assert _one_clean_line(line)


def test_a_scalar_with_line_breaks_in_a_wrong_type_message_stays_on_one_line(
    tmp_path: Path,
) -> None:
    pack = dict(FakePack().files["pack.yaml"])
    pack["authors"] = "a\n\n  b\x1b]0;title\x07"
    problems = _problems_with(tmp_path, {"pack.yaml": _dump(pack)})
    (problem,) = [p for p in problems if p.code == "wrong-type"]
    assert "\\n" in problem.format() and "\\x1b" in problem.format()


@FUZZ
@given(file=st.sampled_from(FILES), data=st.binary(max_size=300))
def test_any_bytes_in_a_pack_file_only_yield_problems(
    tmp_path: Path, file: str, data: bytes
) -> None:
    _problems_with(tmp_path, {file: data})


@FUZZ
@given(file=st.sampled_from(FILES), document=DOCUMENTS)
def test_any_yaml_document_as_a_pack_file_only_yields_problems(
    tmp_path: Path, file: str, document: Any
) -> None:
    assert _problems_with(tmp_path, {file: _dump(document)})


@FUZZ
@given(data=st.data(), value=DOCUMENTS)
def test_any_value_for_any_key_only_yields_problems(
    tmp_path: Path, data: st.DataObject, value: Any
) -> None:
    fake = FakePack()
    file = data.draw(st.sampled_from(FILES))
    entries = fake.files[file]
    entry = entries if isinstance(entries, dict) else data.draw(st.sampled_from(entries))
    key = data.draw(st.sampled_from(sorted(entry)))
    entry[key] = value
    _problems_with(tmp_path, {file: _dump(entries)})


@FUZZ
@given(data=st.data())
def test_a_pack_with_keys_removed_only_yields_problems(tmp_path: Path, data: st.DataObject) -> None:
    fake = FakePack()
    changed: dict[str, bytes] = {}
    for file in data.draw(st.lists(st.sampled_from(FILES), max_size=3)):
        entries = fake.files[file]
        entry = entries if isinstance(entries, dict) else data.draw(st.sampled_from(entries))
        if entry:
            del entry[data.draw(st.sampled_from(sorted(entry)))]
        changed[file] = _dump(entries)
    _problems_with(tmp_path, changed)


@pytest.mark.slow
@settings(
    max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), value=DOCUMENTS)
def test_many_more_values_for_any_key_only_yield_problems(
    tmp_path: Path, data: st.DataObject, value: Any
) -> None:
    test_any_value_for_any_key_only_yields_problems.hypothesis.inner_test(tmp_path, data, value)  # type: ignore[attr-defined]
