"""The author's commands end to end through the CLI: `pack new`, `pack stats`, `pack schema`,
on good and broken packs, and a pack made in the user's folder (a temp dir, never home)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.content.schema import all_schemas
from tests.content.authoring_kit import SECOND_PACK, new_pack


@pytest.fixture(autouse=True)
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "user-data"
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(data))
    return data


# --- pack new ---------------------------------------------------------------------------


def test_pack_new_writes_a_pack_that_pack_validate_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "lunar-partners"
    assert main(["pack", "new", str(folder), "--title", "Lunar partners"]) == 0
    said = capsys.readouterr().out
    assert all(f"pack {step} {folder}" in said for step in ("add-source", "quote", "validate"))
    assert main(["pack", "validate", str(folder)]) == 0
    assert "Lunar partners" in (folder / "pack.yaml").read_text(encoding="utf-8")


def test_pack_new_refuses_a_non_empty_folder_with_exit_2_and_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = new_pack(tmp_path)
    before = (folder / "facts.yaml").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["pack", "new", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("space-accord: ") and "not empty" in err
    assert err.count("\n") == 1
    assert (folder / "facts.yaml").read_text(encoding="utf-8") == before


def test_a_pack_made_in_the_user_folder_is_listed_and_counted_by_its_id(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "new", str(user_folder / "packs" / "class-pack")]) == 0
    capsys.readouterr()
    assert main(["packs"]) == 0
    listed = capsys.readouterr().out
    assert "class-pack" in listed and "user" in listed
    assert main(["pack", "stats", "class-pack"]) == 0
    assert capsys.readouterr().out.startswith("class-pack: Class pack")


# --- pack stats -------------------------------------------------------------------------


def test_pack_stats_prints_counts_and_coverage_of_the_second_pack(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["pack", "stats", str(SECOND_PACK)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("venezuela-moon: ")
    assert "playable agencies: abae, cnsa" in out
    assert "agencies with no mission (1):\n    apsco" in out


def test_pack_stats_json_is_alone_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "stats", str(SECOND_PACK), "--format", "json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["pack"] == "venezuela-moon" and data["errors"] == 0
    assert set(data["quiz_by_type"]) == {"choice", "true_false", "order", "number", "match"}
    assert captured.err == ""


def test_pack_stats_of_a_pack_that_cannot_be_read_lists_its_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = new_pack(tmp_path)
    (folder / "facts.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    assert main(["pack", "stats", str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{folder / 'facts.yaml'}:" in captured.err and "yaml-syntax" in captured.err


def test_pack_stats_still_counts_a_pack_with_problems_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = new_pack(tmp_path)
    facts = folder / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("Southland built its camera.", "Built."),
        encoding="utf-8",
    )
    assert main(["pack", "stats", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "Counts" in captured.out
    assert "1 problem(s)" in captured.err and "pack validate" in captured.err


def test_pack_stats_of_a_missing_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "stats", str(tmp_path / "nowhere")]) == 2
    assert "not a pack folder" in capsys.readouterr().err


# --- pack schema ------------------------------------------------------------------------


def test_pack_schema_writes_one_schema_per_pack_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "schema", str(tmp_path / "schemas")]) == 0
    written = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert written == sorted(all_schemas())
    assert len(capsys.readouterr().out.splitlines()) == len(written)
    facts = json.loads((tmp_path / "schemas" / "facts.schema.json").read_text(encoding="utf-8"))
    assert facts == all_schemas()["facts.schema.json"]


def test_pack_schema_writes_into_the_current_folder_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["pack", "schema"]) == 0
    assert (tmp_path / "pack.schema.json").exists()


def test_pack_schema_into_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a-file"
    target.write_text("", encoding="utf-8")
    assert main(["pack", "schema", str(target)]) == 2
    assert "is a file" in capsys.readouterr().err
