"""Problems that teach: YAML syntax errors in plain words at the line of the mistake, a
file name typo in sources.yaml with did-you-mean, an article nothing references."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.problems import Problem
from game.content.yamlsafe import parse_yaml
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack, line_of


def _only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [p.format() for p in problems]
    return found[0]


@pytest.mark.parametrize(
    ("text", "line", "hint"),
    [
        ("- id: a\n  statement: The plan: go to the Moon\n", 2, "put the text in quotes"),
        ("- id: a\n\tstatement: x\n", 2, "indent with spaces only"),
        ("- id: a\n  tags:\n    - x\n   - y\n", 4, "line it up"),
        ('- id: a\n  quote: "never closed\n  statement: x\n', 2, "never closed"),
        ("- id: a\n  statement: one line\nand more\n", 3, "indented under its key"),
        ("- id: a\n  quote: *bold* words\n", 2, "put it in quotes"),
    ],
)
def test_a_yaml_syntax_error_gets_a_plain_hint_at_the_line_of_the_mistake(
    text: str, line: int, hint: str
) -> None:
    problem = _only(parse_yaml(text, "facts.yaml")[1], "yaml-syntax")
    assert problem.line == line and hint in problem.message and "YAML says" in problem.message


def test_a_file_name_typo_in_sources_yaml_suggests_the_file_meant(tmp_path: Path) -> None:
    fake = FakePack()
    fake.files["sources.yaml"][0]["file"] = "sources/nwes.txt"
    folder = fake.write(tmp_path / "pack")
    problem = _only(check_pack(folder)[1], "missing-file")
    assert problem.line == line_of(folder / "sources.yaml", "file: sources/nwes.txt")
    assert "did you mean 'sources/news.txt'?" in problem.message


def test_an_article_no_source_names_is_reported_under_strict_only(tmp_path: Path) -> None:
    fake = FakePack()
    fake.texts["sources/forgotten.txt"] = "An article nobody added.\n"
    folder = fake.write(tmp_path / "pack")
    assert not [p for p in check_pack(folder)[1] if p.code == "unused-source-file"]
    problem = _only(check_pack(folder, strict=True)[1], "unused-source-file")
    assert "sources/forgotten.txt" in problem.message and "pack add-source" in problem.message
