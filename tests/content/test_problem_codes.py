"""Problems: their shape and order, and a registry that lists exactly the codes emitted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import game.content
from game.content.model import Where
from game.content.problems import CODES, WARNING_CODES, Problem, at

# The playability checks live in the sim layer (content stays below sim) but report
# problems with registered codes like the content checks.
PLAYABILITY = Path(game.content.__file__).parent.parent / "sim" / "playability.py"
SOURCES = [*sorted(Path(game.content.__file__).parent.glob("*.py")), PLAYABILITY]
OWN = [
    p
    for p in SOURCES
    if p.stem in {"yamlsafe", "loader", "pins", "reach", "playability"}
    or p.stem.startswith("validate")
]


def test_a_problem_is_a_sortable_five_tuple_printed_file_line_column_code_message() -> None:
    late = Problem("b.yaml", 1, 1, "unknown-ref", "x")
    early = Problem("a.yaml", 9, 2, "unknown-key", "did you mean `date`?")
    file, line, column, code, message = early
    assert (file, line, column, code) == ("a.yaml", 9, 2, "unknown-key")
    assert sorted([late, early]) == [early, late]
    assert early.format() == "a.yaml:9:2: unknown-key: did you mean `date`?"


def test_severity_follows_the_code() -> None:
    assert Problem("f", 1, 1, "unused-fact", "m").severity == "warning"
    assert Problem("f", 1, 1, "quote-not-found", "m").severity == "error"


def test_every_code_is_short_kebab_case_with_a_meaning_and_a_fix() -> None:
    for code, meaning in CODES.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code) and len(code) <= 24, code
        assert ": " in meaning and meaning.endswith("."), code
    assert set(CODES) >= WARNING_CODES


def test_an_unregistered_code_cannot_be_emitted() -> None:
    with pytest.raises(KeyError):
        at(Where("f.yaml", 1, 1), "no-such-code", "m")


def test_every_registered_code_is_emitted_somewhere_in_the_loader_or_validator() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES)
    missing = [code for code in CODES if f'"{code}"' not in text]
    assert missing == []


def test_every_code_in_the_loader_and_validator_is_registered() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in OWN)
    used = set(re.findall(r'"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"', text))
    known_words = {"built-in", "missions|agreements", "utf-8", "background-only"}
    candidates = {u for u in used if u not in known_words and "/" not in u}
    assert candidates - set(CODES) <= {"space-accord"}, sorted(candidates - set(CODES))
