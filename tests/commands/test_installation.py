"""What a user of an installed desktop app expects: a version, help with exit codes, a
crash log instead of a traceback, and a desktop entry with the game's own icon."""

from __future__ import annotations

import configparser
import types
from pathlib import Path

import pygame
import pytest

from game import __version__, cli
from game.paths import project_root
from game.ui.icon import draw_icon

PACKAGING = project_root() / "packaging"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"space-accord {__version__}"


@pytest.mark.parametrize(
    "command",
    [["play"], ["classroom"], ["quiz"], ["simulate"], ["tour"], ["packs"], ["pack", "validate"],
     ["pack", "new"], ["pack", "stats"], ["pack", "schema"], ["pack", "export"]],
)  # fmt: skip
def test_every_command_has_a_description_argument_help_and_exit_codes(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main([*command, "--help"])
    text = capsys.readouterr().out
    assert "exit codes:" in text and "2  usage error" in text
    options = [line for line in text.splitlines() if line.startswith("  -")]
    assert all(len(line.split(None, 1)) == 2 or "--help" in line for line in options), options


class Broken(RuntimeError):
    pass


def _crashing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    def run(args: object) -> int:
        raise Broken("a bug the player did not cause")

    fake = types.ModuleType("game.commands.play")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "game.commands.play", fake)


def test_an_unexpected_error_in_the_game_window_goes_to_a_crash_log_with_one_line_said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _crashing_module(monkeypatch)
    assert cli.main(["play"]) == cli.CRASH_EXIT
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    (log,) = (data_dir / "logs").glob("crash-*.log")
    assert str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "Broken: a bug the player did not cause" in text
    assert __version__ in text


def test_a_crash_log_that_cannot_be_written_still_gives_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _crashing_module(monkeypatch)
    data_dir.mkdir(parents=True)
    (data_dir / "logs").write_text("a file where the folder should be")
    assert cli.main(["play"]) == cli.CRASH_EXIT
    err = capsys.readouterr().err
    assert "no crash log could be written" in err and len(err.strip().splitlines()) == 1


def test_the_window_icon_is_the_games_own_drawing() -> None:
    icon = draw_icon(64)
    assert icon.get_size() == (64, 64)
    assert icon.get_at((0, 0)).a == 0  # rounded corner
    assert icon.get_at((32, 36)).a == 255  # the planet
    colours = {tuple(icon.get_at((x, y))) for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 8


def test_the_desktop_entry_runs_the_game_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "space-accord.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"].startswith("space-accord")
    assert desktop["StartupWMClass"] == "space-accord"  # the class play.py gives the window
    icon = pygame.image.load(str(PACKAGING / f"{desktop['Icon']}.png"))
    assert icon.get_size() == (256, 256)


def test_the_missing_dependency_message_does_not_send_pip_users_to_make(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(args: object) -> int:
        raise ModuleNotFoundError("No module named 'yaml'", name="yaml")

    fake = types.ModuleType("game.commands.packs")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "game.commands.packs", fake)
    assert cli.main(["packs"]) == 2
    err = capsys.readouterr().err
    assert "PyYAML" in err and "reinstall space-accord" in err
    assert not err.startswith("space-accord: run `make`")
