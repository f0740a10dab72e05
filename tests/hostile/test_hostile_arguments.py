"""Arguments built to break the commands (hundreds of digits, paths no file system holds,
devices and pipes where a file belongs) give usage or one line and exit 2, quickly; the
help gives every number's range; exports never replace what is not a regular file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from game import limits
from game.cli import build_parser
from game.quiz.classroom import MAX_TEAMS
from tests.hostile.kit import run_cli, tally
from tests.hostile.test_cli_usage import PACK, _run_stopping_loops

HUGE = "9" * 400

USAGE_ERRORS: list[list[str]] = [
    ["classroom", "--timer", HUGE],
    ["classroom", "--timer", str(limits.TIMER_MAX + 1)],
    ["classroom", "--seed", "1" * 210],
    ["classroom", "--questions", HUGE],
    ["classroom", "--teams", "T" * (limits.TEAM_NAME_MAX + 1)],
    ["play", "--seed", "1" * 210],
    ["play", "--seed", str(limits.SEED_MAX + 1)],
    ["play", "--pack", "p" * (limits.PATH_MAX + 1)],
    ["play", "--load", "x\0y"],
    ["quiz", "--text", "--questions", HUGE],
    ["quiz", "--text", "--seed", "-" + HUGE],
    ["simulate", "--pack", "space-cooperation", "--agency", "cnsa", "--seed", HUGE],
]

RUNTIME_ERRORS: list[list[str]] = [
    ["play", "--pack", "p" * 300],
    ["play", "--pack", "~nosuchuser/x"],
    ["classroom", "--pack", "~nosuchuser/x"],
    ["quiz", "--text", "--pack", "p" * 300],
    ["quiz", "--text", "--pack", "\x1b]0;title\x07\x1b[2J"],
    ["play", "--load", "/dev/zero"],
    ["play", "--load", "{fifo}"],
    ["play", "--load", "{tmp}"],
    ["play", "--load", "{tmp}/" + "n" * 300],
    ["classroom", "--resume", "/dev/zero"],
    ["classroom", "--resume", "{fifo}"],
    ["classroom", "--resume", "{tmp}"],
    ["pack", "export", PACK, "--format", "csv", "-o", "{fifo}"],
    ["pack", "export", PACK, "--format", "csv", "-o", "{device}"],
    ["pack", "export", PACK, "--format", "gift", "-o", "{tmp}/folder"],
]


def _fill(argv: list[str], tmp_path: Path) -> list[str]:
    fifo, device, folder = tmp_path / "fifo", tmp_path / "full-link", tmp_path / "folder"
    if not fifo.exists():
        os.mkfifo(fifo)
        device.symlink_to("/dev/full")  # a link, so a failed fix replaces the link alone
        folder.mkdir()
    return [a.format(tmp=tmp_path, fifo=fifo, device=device) for a in argv]


@pytest.mark.parametrize("argv", USAGE_ERRORS, ids=lambda a: " ".join(a)[:60])
def test_an_absurd_argument_gives_usage_and_exit_2(argv: list[str], tmp_path: Path) -> None:
    tally("argument: absurd number or path (usage)")
    run = _run_stopping_loops(_fill(argv, tmp_path))
    assert run.code == 2, run.text
    assert "usage:" in run.err and "Traceback" not in run.text
    assert len(run.err) < 2000, "the refusal should not repeat a huge argument"


@pytest.mark.parametrize("argv", RUNTIME_ERRORS, ids=lambda a: " ".join(a)[:60])
def test_an_unusable_path_gives_one_line_and_exit_2(argv: list[str], tmp_path: Path) -> None:
    tally("argument: unusable path (one line)")
    run = _run_stopping_loops(_fill(argv, tmp_path))
    assert run.code == 2, run.text
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("space-accord: "), run.text
    assert "\x1b" not in run.text and "Traceback" not in run.text


def test_the_help_gives_the_range_of_every_number() -> None:
    parser = build_parser()
    helps = {
        name: sub.format_help()
        for name, sub in parser._subparsers._group_actions[0].choices.items()  # type: ignore[union-attr]
    }
    seeds = f"0-{limits.SEED_MAX}"
    assert seeds in helps["play"] and seeds in helps["classroom"] and seeds in helps["quiz"]
    assert f"1-{limits.TIMER_MAX}" in helps["classroom"]
    assert f"1-{limits.QUESTIONS_MAX}" in helps["classroom"] and "(1-3)" in helps["classroom"]
    assert f"up to {MAX_TEAMS}" in helps["classroom"]


def test_the_limits_agree_with_the_classroom_rules() -> None:
    assert limits.TEAMS_MAX == MAX_TEAMS


@pytest.mark.parametrize("kind", ["fifo", "device link", "folder"])
def test_an_export_never_replaces_what_is_not_a_regular_file(kind: str, tmp_path: Path) -> None:
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device link":
        target.symlink_to("/dev/null")
    else:
        target.mkdir()
    before = os.lstat(target)
    run = run_cli(["pack", "export", PACK, "--format", "csv", "-o", str(target)])
    assert run.code == 2 and "not a regular file" in run.err, run.text
    after = os.lstat(target)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]  # no temporary left


def test_an_export_through_a_link_to_a_file_writes_the_file_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    run = run_cli(["pack", "export", PACK, "--format", "csv", "-o", str(link)])
    assert run.code == 0, run.text
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("id,")
