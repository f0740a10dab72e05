"""Bounds on what one hostile file can cost: values per file, problems per file, and the
closest-passage search of quotes that are not in their source."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import validate_quotes, yamlsafe
from game.content.problems import FileCap, Problem, cap_per_file
from game.content.validate_quotes import MAX_SEARCHED_MISSES
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack


def _many(file: str, count: int, code: str = "unknown-key") -> list[Problem]:
    return [Problem(file, line, 1, code, "m") for line in range(1, count + 1)]


def test_a_file_with_more_values_than_the_cap_is_too_large(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yamlsafe, "MAX_VALUES", 10)
    node, problems = yamlsafe.parse_yaml("- x\n" * 11, "events.yaml")
    assert node is None
    assert [(p.line, p.code) for p in problems] == [(10, "file-too-large")]  # the list + 9
    assert "more than 10 values" in problems[0].message


def test_a_file_at_the_value_cap_still_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsafe, "MAX_VALUES", 11)  # the list itself and ten items
    node, problems = yamlsafe.parse_yaml("- x\n" * 10, "events.yaml")
    assert node is not None and problems == []


def test_past_the_cap_a_file_lists_one_problem_saying_how_many_more() -> None:
    capped = cap_per_file(_many("a.yaml", 7) + _many("b.yaml", 2), limit=5)
    assert [p.file for p in capped] == ["a.yaml"] * 6 + ["b.yaml"] * 2
    more = capped[5]
    assert (more.line, more.code) == (6, "too-many-problems")
    assert more.message == "… and 2 more problems in this file"


def test_a_second_cap_adds_the_counts_of_the_first() -> None:
    found = FileCap(limit=5)
    found.extend(_many("a.yaml", 9))
    assert len(found.kept) == 5
    capped = cap_per_file(found.result() + _many("a.yaml", 3, "no-facts"), limit=5)
    assert len(capped) == 6
    assert capped[-1].message == "… and 7 more problems in this file"  # 4 + 3


def test_quotes_past_the_search_cap_are_reported_without_a_passage(tmp_path: Path) -> None:
    fake = FakePack()
    misses = MAX_SEARCHED_MISSES + 3
    fake.files["facts.yaml"] += [
        {
            "id": f"miss-{i:03}",
            "source": "news",
            "quote": f"The Alpha agency launched nothing {i}",
            "statement": "s",
            "date_basis": "background",
        }
        for i in range(misses)
    ]
    _pack, problems = check_pack(fake.write(tmp_path / "pack"))
    found = [p.message for p in problems if p.code == "quote-not-found"]
    assert len(found) == misses
    searched = [
        m
        for m in found
        if 'closest passage (line 3), differing words [marked]: "The Alpha agency' in m
    ]
    assert len(searched) == MAX_SEARCHED_MISSES
    assert sum("closest passage not searched: too many misses" in m for m in found) == 3


def test_a_quote_missing_from_a_very_long_source_is_reported_without_a_passage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_quotes, "MAX_SEARCHED_WORDS", 10)
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["quote"] = "The Alpha agency launched nothing"
    _pack, problems = check_pack(fake.write(tmp_path / "pack"))
    found = [p.message for p in problems if p.code == "quote-not-found"]
    assert len(found) == 1 and found[0].endswith("not searched: the source is too long")
