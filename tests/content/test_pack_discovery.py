"""Finding packs: built-in and user folders, id clashes, and resolving an id or a path."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from game import paths
from game.commands import packs as packs_command
from game.content.packs import discover_packs, resolve_pack
from game.errors import PackError, PackNotFound
from game.quiz.pack_check import open_pack
from tests.content.fakes import FakePack


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    FakePack().write(builtin / "fake")
    other = FakePack()
    other.files["pack.yaml"]["id"] = "other-pack"
    other.write(user / "other")
    return builtin, user


def test_packs_are_listed_from_both_folders_with_their_origin(folders: tuple[Path, Path]) -> None:
    entries, conflicts = discover_packs(*folders)
    assert [(e.id, e.origin, e.title) for e in entries] == [
        ("fake-pack", "built-in", "A fake pack"),
        ("other-pack", "user", "A fake pack"),
    ]
    assert conflicts == []


def test_a_user_pack_reusing_a_built_in_id_is_a_conflict_not_a_preference(
    folders: tuple[Path, Path],
) -> None:
    builtin, user = folders
    FakePack().write(user / "copy")
    _entries, conflicts = discover_packs(builtin, user)
    assert [(c.id, c.used.origin, c.shadowed.path) for c in conflicts] == [
        ("fake-pack", "built-in", user / "copy")
    ]
    assert resolve_pack("fake-pack", builtin, user) == builtin / "fake"


def test_an_unknown_id_suggests_the_id_meant(folders: tuple[Path, Path]) -> None:
    with pytest.raises(PackNotFound, match="did you mean 'fake-pack'"):
        resolve_pack("fake-pak", *folders)


def test_a_folder_path_resolves_to_itself(folders: tuple[Path, Path]) -> None:
    assert resolve_pack(str(folders[1] / "other"), *folders) == folders[1] / "other"


def test_a_path_without_a_pack_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(PackNotFound, match="no pack.yaml"):
        resolve_pack(str(tmp_path), tmp_path / "b", tmp_path / "u")


def test_opening_a_broken_pack_names_its_problems_and_the_validate_command(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["source"] = "nowhere"
    folder = fake.write(tmp_path / "pack")
    with pytest.raises(PackError, match="unknown-ref.*pack validate"):
        open_pack(folder)


def test_opening_a_good_pack_returns_it(tmp_path: Path) -> None:
    assert open_pack(FakePack().write(tmp_path / "pack")).info.id == "fake-pack"


def test_the_packs_command_lists_user_packs_and_reports_a_clash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(paths, "builtin_packs_dir", lambda: tmp_path / "builtin")
    FakePack().write(tmp_path / "builtin" / "fake")
    FakePack().write(tmp_path / "data" / "packs" / "mine")
    code = packs_command.run(argparse.Namespace())
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["fake-pack", "built-in"]
    assert lines[1].split()[:2] == ["fake-pack", "user"]
    assert (
        lines[2].startswith("conflict: user pack")
        and str(tmp_path / "builtin" / "fake") in lines[2]
    )
    assert code == 1


def test_the_packs_command_succeeds_without_clashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(paths, "builtin_packs_dir", lambda: tmp_path / "builtin")
    FakePack().write(tmp_path / "builtin" / "fake")
    assert packs_command.run(argparse.Namespace()) == 0
    assert "fake-pack  built-in" in capsys.readouterr().out


def test_the_packs_command_exits_2_when_no_built_in_pack_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(paths, "builtin_packs_dir", lambda: tmp_path / "builtin")
    FakePack().write(tmp_path / "data" / "packs" / "mine")
    assert packs_command.run(argparse.Namespace()) == 2
    captured = capsys.readouterr()
    assert "fake-pack  user" in captured.out
    assert "no built-in pack found" in captured.err
