"""Every subcommand given missing, wrong-typed or out-of-range arguments answers with a
usage message or one line, and exit 2: never a traceback, never a window left running."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.paths import builtin_packs_dir
from tests.hostile.kit import Run, TooSlow, copy_pack, deadline, run_cli

PACK = str(builtin_packs_dir() / "space-cooperation")
WINDOW_LIMIT = 3.0  # seconds before a command that wrongly opened its loop is stopped

# {tmp} is a tmp folder, {file} a regular file in it, {pack} a copy of the built-in pack.
USAGE_ERRORS: list[list[str]] = [
    ["--bogus"],
    ["nosuchcommand"],
    ["play", "--seed", "x"],
    ["play", "--seed", "-1"],
    ["play", "--fullscreen", "extra"],
    ["classroom", "--questions", "0"],
    ["classroom", "--questions", "-3"],
    ["classroom", "--questions", "ten"],
    ["classroom", "--timer", "0"],
    ["classroom", "--timer", "5", "--no-timer"],
    ["classroom", "--teams", ","],
    ["classroom", "--difficulty", "4"],
    ["classroom", "--difficulty", "0"],
    ["classroom", "--seed", "-5"],
    ["classroom", "--resume"],
    ["quiz", "--text", "--questions", "0"],
    ["quiz", "--text", "--seed", "abc"],
    ["simulate"],
    ["survey"],
    ["survey", "--pack", "space-cooperation", "--seeds", "0"],
    ["simulate", "--pack", "space-cooperation", "--agency", "cnsa"],
    ["simulate", "--seed", "x", "--pack", "space-cooperation", "--agency", "cnsa"],
    ["simulate", "--seed", "1.5", "--pack", "space-cooperation", "--agency", "cnsa"],
    ["simulate", "--seed", "-1", "--pack", "space-cooperation", "--agency", "cnsa"],
    [
        "simulate",
        "--seed",
        "1",
        "--pack",
        "space-cooperation",
        "--agency",
        "cnsa",
        "--player",
        "cheat",
    ],
    ["tour"],
    ["packs", "extra"],
    ["pack"],
    ["pack", "frobnicate"],
    ["pack", "validate"],
    ["pack", "validate", PACK, "--format", "xml"],
    ["pack", "new"],
    ["pack", "stats"],
    ["pack", "export", PACK, "-o", "{tmp}/x.gift"],
    ["pack", "export", PACK, "--format", "pdf", "-o", "{tmp}/x.pdf"],
    ["pack", "export", PACK, "--format", "gift"],
]

# Arguments argparse accepts but the command cannot use: one line on stderr, exit 2.
RUNTIME_ERRORS: list[list[str]] = [
    ["play", "--pack", "nope"],
    ["play", "--load", "{tmp}/nonexistent.json"],
    ["play", "--load", "{file}"],
    ["play", "--pack", "space-cooperation", "--agency", "nope"],
    ["classroom", "--pack", "nope"],
    ["classroom", "--teams", "A,B,C,D,E,F,G,H,I,J"],
    ["classroom", "--teams", "Red,red"],
    ["classroom", "--tags", "no-such-tag"],
    ["classroom", "--resume", "{tmp}/nonexistent.csv"],
    ["classroom", "--resume", "{file}"],
    ["quiz", "--text", "--pack", "nope"],
    ["quiz", "--text", "--pack", "{tmp}/nowhere/"],
    ["simulate", "--pack", "nope", "--agency", "x", "--seed", "1"],
    ["survey", "--pack", "nope", "--seeds", "1"],
    ["simulate", "--pack", "space-cooperation", "--agency", "nope", "--seed", "1"],
    ["simulate", "--pack", "{tmp}", "--agency", "cnsa", "--seed", "1"],
    ["tour", "--out", "{tmp}/t", "--size", "big"],
    ["tour", "--out", "{tmp}/t", "--size", "1x1"],
    ["tour", "--out", "{tmp}/t", "--size", "99999x99999"],
    ["tour", "--out", "{file}/sub"],
    ["pack", "validate", "/nonexistent"],
    ["pack", "validate", "{file}"],
    ["pack", "stats", "/nonexistent"],
    ["pack", "new", "{file}/sub"],
    ["pack", "new", "{pack}"],
    ["pack", "schema", "{file}/sub"],
    ["pack", "export", PACK, "--format", "gift", "-o", "{file}/dir/x"],
    ["pack", "export", PACK, "--format", "gift", "-o", "{tmp}/missing/dir/x"],
    ["pack", "export", PACK, "--format", "gift", "-o", "/proc/space-accord/x"],
    ["pack", "export", PACK, "--format", "csv", "-o", "{file}/x.csv"],
    ["pack", "export", PACK, "--format", "html", "-o", "{tmp}"],
    ["pack", "export", "/nonexistent", "--format", "csv", "-o", "{tmp}/x.csv"],
]


def _fill(argv: list[str], tmp_path: Path) -> list[str]:
    file = tmp_path / "plain.txt"
    if not file.exists():
        file.write_text("not a pack, not a save, not results\n")
    pack = tmp_path / "pack"
    if not pack.exists():
        copy_pack(tmp_path)
    return [a.format(tmp=tmp_path, file=file, pack=pack) for a in argv]


def _param(argv: list[str]) -> object:
    return pytest.param(argv, id=" ".join(argv).replace(PACK, "PACK"))


def _run_stopping_loops(argv: list[str]) -> Run:
    """Run the CLI; a command that wrongly enters its window loop is stopped by an alarm."""
    try:
        with deadline(WINDOW_LIMIT):
            return run_cli(argv)
    except TooSlow:
        import pygame

        pygame.quit()
        raise


@pytest.mark.parametrize("argv", [_param(a) for a in USAGE_ERRORS])
def test_a_bad_argument_gives_usage_and_exit_2(argv: list[str], tmp_path: Path) -> None:
    run = _run_stopping_loops(_fill(argv, tmp_path))
    assert run.code == 2, run.text
    assert "Traceback" not in run.text
    assert "usage:" in run.err and "error:" in run.err, run.err
    assert run.out == ""


@pytest.mark.parametrize(
    "argv",
    [_param(a) for a in RUNTIME_ERRORS],
)
def test_an_unusable_argument_gives_one_line_and_exit_2(argv: list[str], tmp_path: Path) -> None:
    run = _run_stopping_loops(_fill(argv, tmp_path))
    assert run.code == 2, run.text
    assert "Traceback" not in run.text
    if argv[:2] == ["pack", "validate"]:  # its problems are its output: FILE:1:1: not-a-pack
        assert run.err == "" and ": not-a-pack: " in run.out.splitlines()[0], run.text
        return
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("space-accord: "), run.text


def test_cli_cases_cover_every_subcommand() -> None:
    from game.cli import build_parser

    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    tried = {argv[0] for argv in USAGE_ERRORS + RUNTIME_ERRORS}
    assert commands <= tried, commands - tried


def test_exporting_into_a_missing_folder_refuses_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dir" / "x.gift"
    run = run_cli(["pack", "export", PACK, "--format", "gift", "-o", str(target)])
    assert run.code == 2, run.text
    assert "does not exist" in run.err, run.err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("argv", [["play"], ["classroom", "--seed", "1"]])
def test_without_a_display_a_window_command_says_so_in_one_line(
    argv: list[str], tmp_path: Path
) -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "no-such-driver", "SPACE_ACCORD_DATA": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "main.py", *argv],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot open a window" in lines[0], done.stderr
    assert "quiz --text" in lines[0]
