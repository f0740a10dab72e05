"""`pack validate`: output editors can jump to, a summary, JSON alone, exit codes, repinning."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from game.cli import main
from game.content.validate_quotes import sha256_text
from tests.content.fakes import SOURCE_TEXT, FakePack, line_of


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["pack", "validate", *args])
    return code, capsys.readouterr().out


def test_a_good_pack_prints_ok_with_its_counts_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = FakePack().write(tmp_path / "pack")
    code, out = _run(capsys, str(folder))
    assert code == 0
    assert out.startswith("ok: 1 source, 4 facts, 4 quiz items, 2 agencies, 1 agreement,")
    assert out.rstrip().endswith("ms)")


def test_problems_are_printed_sorted_with_the_given_path_then_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-order")["difficulty"] = 9
    fake.record("facts.yaml", "gamma-old")["source"] = "newz"
    folder = fake.write(tmp_path / "pack")
    code, out = _run(capsys, str(folder))
    lines = out.splitlines()
    quiz_line = line_of(folder / "quiz.yaml", "difficulty: 9")
    source_line = line_of(folder / "facts.yaml", "source: newz")
    assert code == 1
    assert lines == [
        f"{folder}/facts.yaml:{source_line}:3: unknown-ref: no source has the id 'newz'; did you mean 'news'?",
        f"{folder}/quiz.yaml:{quiz_line}:3: out-of-range: difficulty is 1, 2 or 3, not 9",
        "2 problems in 2 files",
    ]


def test_json_output_is_one_object_alone_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["reliability"] = 2.0
    folder = fake.write(tmp_path / "pack")
    code, out = _run(capsys, str(folder), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["errors"] == 1
    assert report["problems"][0]["code"] == "out-of-range"
    assert report["problems"][0]["file"] == str(folder / "missions.yaml")
    assert report["counts"]["missions"] == 4


def test_a_path_that_is_not_a_pack_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, str(tmp_path / "nothing"))
    assert code == 2 and "not-a-pack" in out


def test_strict_warnings_are_shown_but_do_not_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = FakePack().write(tmp_path / "pack")
    code, out = _run(capsys, str(folder), "--strict")
    assert code == 0
    assert "source-unpinned" in out
    assert re.search(r", 1 warning \(\d+ ms\)$", out.splitlines()[-1])


def test_repin_writes_only_sha256_lines_and_keeps_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = FakePack().write(tmp_path / "pack")
    sources = folder / "sources.yaml"
    original = "# Where the facts come from.\n" + sources.read_text().replace(
        "file: sources/news.txt", "file: sources/news.txt  # the article"
    )
    sources.write_text(original, encoding="utf-8")
    code, out = _run(capsys, str(folder), "--repin")
    assert code == 0 and out.startswith("repinned news (sources/news.txt): (none) -> ")
    pin = sha256_text(SOURCE_TEXT)
    file_line = line_of(sources, "file:")
    expected = original.splitlines()
    expected.insert(file_line, f"  sha256: {pin}")
    assert sources.read_text().splitlines() == expected
    code, out = _run(capsys, str(folder), "--repin", "--strict")
    assert code == 0 and "already pinned" in out and "source-unpinned" not in out


def test_repin_replaces_a_stale_pin_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["sha256"] = "0" * 64
    folder = fake.write(tmp_path / "pack")
    code, out = _run(capsys, str(folder))
    assert code == 1 and "source-changed" in out
    before = (folder / "sources.yaml").read_text()
    code, _out = _run(capsys, str(folder), "--repin")
    after = (folder / "sources.yaml").read_text()
    assert code == 0
    assert after == before.replace("0" * 64, sha256_text(SOURCE_TEXT))
