"""Loading a pack: every reading problem is reported at its file and line, never raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.loader import load_pack
from game.content.model import PackDate, Where
from game.content.yamlsafe import parse_yaml, read_yaml
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack, checked, line_of, only

_problems = checked
_one = only


def test_the_fake_pack_loads_and_validates_without_problems(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    pack, problems = check_pack(folder)
    assert problems == []
    assert pack is not None
    assert [f.id for f in pack.facts] == ["beta-launch", "data-deal", "lander-plan", "gamma-old"]


def test_records_know_their_file_line_and_column(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    pack, _ = load_pack(folder)
    assert pack is not None
    fact = pack.facts[1]
    assert fact.where == Where("facts.yaml", line_of(folder / "facts.yaml", "id: data-deal"), 3)
    quote_line = line_of(folder / "facts.yaml", "quote:", after="id: data-deal")
    assert pack.where_of(fact, "quote").line == quote_line
    budget = pack.where_of(pack.agencies[0], "resources.budget")
    assert budget.line == line_of(folder / "agencies.yaml", "budget: 100")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2019", PackDate(2019)),
        ("'2019-05'", PackDate(2019, 5)),
        ("2019-05-04", PackDate(2019, 5, 4)),
    ],
)
def test_dates_may_be_a_year_a_month_or_a_day_quoted_or_not(
    tmp_path: Path, written: str, expected: PackDate
) -> None:
    folder = FakePack().write(tmp_path / "pack")
    path = folder / "facts.yaml"
    path.write_text(path.read_text().replace("date: '2019'", f"date: {written}"), encoding="utf-8")
    pack, problems = load_pack(folder)
    assert problems == []
    assert pack is not None and pack.facts[0].date == expected


def test_an_unknown_key_suggests_the_key_meant(tmp_path: Path) -> None:
    fake = FakePack()
    fact = fake.record("facts.yaml", "beta-launch")
    fact["statment"] = fact.pop("statement")
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "unknown-key")
    assert problem.file == "facts.yaml"
    assert problem.line == line_of(folder / "facts.yaml", "statment:")
    assert "did you mean `statement`?" in problem.message
    assert _one(problems, "missing-key").line == line_of(folder / "facts.yaml", "id: beta-launch")


def test_a_value_of_the_wrong_type_is_reported_at_its_line(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["cost"] = "lots"
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "wrong-type")
    assert (problem.file, problem.line) == (
        "missions.yaml",
        line_of(folder / "missions.yaml", "cost: lots"),
    )


def test_a_list_field_given_one_value_is_the_wrong_type(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "joint-imager")["partners"] = "gamma"
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "wrong-type")
    assert problem.line == line_of(folder / "missions.yaml", "partners: gamma")
    assert "[gamma]" in problem.message


def test_a_blank_required_value_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "gamma-old")["quote"] = "  "
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "empty-value")
    assert problem.line == line_of(folder / "facts.yaml", "quote:", after="id: gamma-old")


def test_an_id_must_be_a_lower_case_slug(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-order")["id"] = "Q Order"
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "bad-id")
    assert (problem.file, problem.line) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "id: Q Order"),
    )
    assert "'q-order'" in problem.message


def test_an_impossible_date_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["date"] = "2019-02-30"
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "bad-date")
    assert problem.line == line_of(folder / "facts.yaml", "2019-02-30")


def test_an_enum_value_outside_its_choices_suggests_one(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["date_basis"] = "stat"
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "bad-choice")
    assert problem.line == line_of(folder / "facts.yaml", "date_basis: stat")
    assert "'stated'" in problem.message


def test_a_colour_must_be_six_hex_digits(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "gamma")["colour"] = "blue"
    folder, problems = _problems(fake, tmp_path)
    assert _one(problems, "bad-colour").line == line_of(folder / "agencies.yaml", "colour: blue")


def test_a_key_that_is_not_a_word_is_reported(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    path = folder / "events.yaml"
    path.write_text(path.read_text() + "  ? [a, b]\n  : 1\n", encoding="utf-8")
    _pack, problems = load_pack(folder)
    assert _one(problems, "bad-key").line == len(path.read_text().splitlines()) - 1


def test_a_duplicate_key_points_at_the_second_one(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    path = folder / "events.yaml"
    path.write_text(path.read_text() + "  big: true\n  big: false\n", encoding="utf-8")
    _pack, problems = load_pack(folder)
    problem = _one(problems, "duplicate-key")
    assert (problem.file, problem.line) == ("events.yaml", len(path.read_text().splitlines()))


def test_a_yaml_syntax_error_gives_its_line_and_no_pack(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    (folder / "quiz.yaml").write_text("- id: q\n  prompt: a: b\n", encoding="utf-8")
    pack, problems = load_pack(folder)
    assert pack is None
    problem = _one(problems, "yaml-syntax")
    assert (problem.file, problem.line) == ("quiz.yaml", 2)


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("a: !!python/object/apply:os.system [ls]\n", "yaml-tag", 1),
        ("a: 1\nb: !custom x\n", "yaml-tag", 2),
        ("a: &x [1, 2]\nb: *x\n", "yaml-anchor", 1),
        ("# only a comment\n", "empty-file", 1),
        ("a:\n  " + "[" * 40 + "]" * 40 + "\n", "too-deep", 2),
        ("a: 1\n---\nb: 2\n", "yaml-syntax", 2),
    ],
)
def test_unsafe_or_odd_yaml_is_refused_as_a_problem(text: str, code: str, line: int) -> None:
    node, problems = parse_yaml(text, "x.yaml")
    assert node is None
    assert [(p.code, p.line) for p in problems] == [(code, line)]


def test_an_alias_bomb_is_refused_at_once() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    node, problems = parse_yaml(bomb, "bomb.yaml")
    assert node is None and problems[0].code == "yaml-anchor"


def test_text_that_is_not_utf8_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    (folder / "events.yaml").write_bytes(b"- id: e\n  title: caf\xe9\n")
    _pack, problems = load_pack(folder)
    problem = _one(problems, "not-utf8")
    assert (problem.file, problem.line, problem.column) == ("events.yaml", 2, 13)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    path = folder / "events.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    _pack, problems = check_pack(folder)
    assert problems == []


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_text("a: " + "x" * 100 + "\n", encoding="utf-8")
    node, problems = read_yaml(tmp_path, "big.yaml", limit=50)
    assert node is None and [p.code for p in problems] == ["file-too-large"]


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    (folder / "quiz.yaml").unlink()
    pack, problems = load_pack(folder)
    assert pack is None
    assert [(p.file, p.code) for p in problems] == [("quiz.yaml", "missing-file")]


def test_a_folder_where_a_file_belongs_is_reported(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    (folder / "quiz.yaml").unlink()
    (folder / "quiz.yaml").mkdir()
    _pack, problems = load_pack(folder)
    assert [(p.file, p.code) for p in problems] == [("quiz.yaml", "not-a-file")]


def test_a_source_path_may_not_climb_out_of_the_pack(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["file"] = "../news.txt"
    folder, problems = _problems(fake, tmp_path)
    problem = _one(problems, "bad-path")
    assert (problem.file, problem.line) == (
        "sources.yaml",
        line_of(folder / "sources.yaml", "file:"),
    )


def test_a_symlink_leading_outside_the_pack_is_refused(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    (folder / "sources" / "news.txt").unlink()
    (folder / "sources" / "news.txt").symlink_to(outside)
    _pack, problems = load_pack(folder)
    problem = _one(problems, "outside-pack")
    assert (problem.file, problem.line) == (
        "sources.yaml",
        line_of(folder / "sources.yaml", "file:"),
    )


def test_a_folder_without_pack_yaml_is_not_a_pack(tmp_path: Path) -> None:
    pack, problems = load_pack(tmp_path)
    assert pack is None and [p.code for p in problems] == ["not-a-pack"]


def test_a_list_file_that_is_a_mapping_is_the_wrong_type(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    (folder / "events.yaml").write_text("id: e\n", encoding="utf-8")
    _pack, problems = load_pack(folder)
    assert [(p.file, p.line, p.code) for p in problems] == [("events.yaml", 1, "wrong-type")]
