"""Command line: argparse subcommands (README.md, "Command line"). Parses arguments, then hands off.

Each subcommand's work lives in ``game.commands.<module>.run(args) -> int``, imported only
when that subcommand runs so start-up stays quick. Errors a user can cause arrive here as
``SpaceAccordError`` and leave as one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from game import __version__, limits
from game.cli_args import (
    EXIT_CODES,
    SEEDS,
    add_selection,
    path_text,
    port_number,
    positive_int,
    says_who_count,
    seed_number,
    student_name,
    subparser,
    team_list,
    timer_seconds,
)
from game.cli_pack import add_pack
from game.errors import SpaceAccordError
from game.textsafe import escaped

if TYPE_CHECKING:
    from game.cli_args import Subcommands


def _add_play(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "play",
        "open the game (the default)",
        "Open the game window: the title screen, or straight into a campaign with --agency,\n"
        "or a saved game with --load. Keyboard and mouse both work; F1 shows help.",
    )
    p.add_argument(
        "--pack",
        type=path_text,
        metavar="ID",
        help="pack id or folder (default: the built-in pack)",
    )
    p.add_argument("--agency", metavar="ID", help="agency id: start a campaign with it at once")
    p.add_argument(
        "--scenario", metavar="ID", help="with --agency: one of the pack's scenarios for it"
    )
    p.add_argument(
        "--seed",
        type=seed_number,
        metavar="N",
        help=f"seed for the campaign's chance ({SEEDS}; default: a new one each game)",
    )
    p.add_argument("--load", type=path_text, metavar="FILE", help="load a saved game")
    p.add_argument("--fullscreen", action="store_true", help="start in full screen")
    p.set_defaults(module="play")


def _add_classroom(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "classroom",
        "classroom quiz on a projector",
        "The quiz for teams on a projector: set-up screen, questions with a timer, the\n"
        "reveal with its quote and source, standings and podium. Every answer is written\n"
        "to a results file as it is given; --resume continues an interrupted session.",
    )
    p.add_argument(
        "--pack",
        type=path_text,
        metavar="ID",
        help="pack id or folder (default: the built-in pack)",
    )
    p.add_argument(
        "--questions",
        type=positive_int,
        metavar="N",
        help=f"number of questions (1-{limits.QUESTIONS_MAX})",
    )
    p.add_argument(
        "--teams",
        type=team_list,
        metavar="A,B,...",
        help=f"team names, e.g. Red,Blue,Green (up to {limits.TEAMS_MAX}, "
        f"{limits.TEAM_NAME_MAX} characters each)",
    )
    p.add_argument(
        "--says-who",
        type=says_who_count,
        metavar="N",
        help="add N generated 'says who, and when?' questions: which source reported a"
        f" quote, and when (0-{limits.QUESTIONS_MAX})",
    )
    timer = p.add_mutually_exclusive_group()
    timer.add_argument(
        "--timer",
        type=timer_seconds,
        metavar="S",
        help=f"seconds per question (1-{limits.TIMER_MAX})",
    )
    timer.add_argument("--no-timer", action="store_true", help="no timer")
    add_selection(p, f"same seed, same questions in the same order ({SEEDS})")
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        type=path_text,
        metavar="CSV",
        help="resume an interrupted session's results file",
    )
    again.add_argument(
        "--gradebook",
        type=path_text,
        metavar="CSV",
        help="write the gradebook (.xlsx and .csv) of a session's results file, no window",
    )
    p.add_argument(
        "--devices",
        action="store_true",
        help="students answer on their own phones and laptops over the local network",
    )
    p.add_argument(
        "--port",
        type=port_number,
        default=8765,
        help="port the device server listens on (1-65535; default 8765)",
    )
    p.add_argument(
        "--listen",
        metavar="ADDRESS",
        default="0.0.0.0",
        help="address the device server listens on (default: every network of this computer)",
    )
    p.set_defaults(module="classroom")


def _add_quiz(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "quiz",
        "the quiz as plain text in the terminal (the projector quiz is `classroom`)",
        "The quiz in plain text, one idea per line, for screen readers and terminals with no\n"
        "display. Answer by number or letter; input may be piped.",
    )
    p.add_argument(
        "--text", action="store_true", help="plain text, screen-reader friendly (the default)"
    )
    p.add_argument(
        "--pack",
        type=path_text,
        metavar="ID",
        help="pack id or folder (default: the built-in pack)",
    )
    p.add_argument(
        "--questions", type=positive_int, default=10, metavar="N",
        help=f"number of questions (1-{limits.QUESTIONS_MAX}; default: %(default)s)",
    )  # fmt: skip
    p.add_argument(
        "--seed", type=seed_number, metavar="N", help=f"same seed, same questions ({SEEDS})"
    )
    p.add_argument("--id", metavar="ITEM", help="ask this one quiz item (a preview)")
    p.add_argument(
        "--name",
        type=student_name,
        metavar="NAME",
        default="Student",
        help=f"the student's name in the results file (up to {limits.TEAM_NAME_MAX} characters)",
    )
    p.set_defaults(module="quiz_text")


def _add_simulate(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "simulate",
        "play a whole campaign headless with a scripted player",
        "Play a whole campaign without a window, with a scripted player, and print the end\n"
        "report. The same pack, agency, seed and player give the same report every time.",
    )
    p.add_argument("--pack", type=path_text, required=True, metavar="ID", help="pack id or folder")
    p.add_argument("--agency", required=True, metavar="ID", help="agency id")
    p.add_argument("--seed", type=seed_number, required=True, metavar="N", help=f"seed ({SEEDS})")
    p.add_argument(
        "--player",
        choices=("historical", "greedy", "random", "learner", "spammer"),
        default="historical",
        help="the scripted player (default: %(default)s)",
    )
    p.add_argument(
        "--scenario", metavar="ID", help="a scenario id of the pack (default: the whole campaign)"
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON alone")
    p.set_defaults(module="simulate")


def _add_survey(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "survey",
        "the balance table: every playable agency with each scripted player",
        "Play many seeded campaigns of every playable agency with each scripted player and\n"
        "print the table of mean scores and ranges that tells whether a pack plays fair.",
    )
    p.add_argument("--pack", required=True, metavar="ID", help="pack id or folder")
    p.add_argument(
        "--seeds", type=positive_int, default=100, metavar="N", help="campaigns per cell (100)"
    )
    p.set_defaults(module="survey")


def _add_tour(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "tour",
        "save a PNG of every screen, driven by scripted input",
        "Drive every screen of the game and the classroom with scripted input and save one\n"
        "PNG per screen (no display needed).",
    )
    p.add_argument(
        "--out", type=path_text, required=True, metavar="DIR", help="folder for the PNGs"
    )
    p.add_argument(
        "--size", default="1280x720", metavar="WxH",
        help="window size, e.g. 1024x600 (default: %(default)s)",
    )  # fmt: skip
    p.add_argument(
        "--text-size", type=int, default=100, metavar="PERCENT",
        help="the text size setting, 100 to 200 in steps of 25 (default: %(default)s)",
    )  # fmt: skip
    p.set_defaults(module="tour")


def _add_packs(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "packs",
        "list the packs found",
        "List the built-in packs and those in your data folder, with their ids and folders.",
    )
    p.set_defaults(module="packs")


# Subcommands that open a window: an unexpected error there goes to a crash log, and the
# player sees one line saying where.
_GUI_COMMANDS = frozenset({"play", "classroom"})
CRASH_EXIT = 3

# Top-level modules of the runtime dependencies, and the package that provides each.
_DEPENDENCIES = {
    "pygame": "pygame-ce",
    "yaml": "PyYAML",
    "platformdirs": "platformdirs",
    "openpyxl": "openpyxl",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="space-accord",
        description="Space Accord: a space-diplomacy game whose every fact is quoted from its "
        "source.\nWith no command it opens the game; `space-accord COMMAND --help` says more.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"space-accord {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (
        _add_play,
        _add_classroom,
        _add_quiz,
        _add_simulate,
        _add_survey,
        _add_tour,
        _add_packs,
        add_pack,
    ):
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Keep the pygame-ce banner off stdout: `--json` output must stand alone.
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:
        args_list = ["play"]
    args = parser.parse_args(args_list)
    try:
        module = importlib.import_module(f"game.commands.{args.module}")
        return int(module.run(args))
    except ModuleNotFoundError as error:
        if error.name not in _DEPENDENCIES:
            raise
        print(
            f"space-accord: the package {_DEPENDENCIES[error.name]} is missing for "
            f"{sys.executable}: reinstall space-accord with its dependencies (from a source "
            "checkout, `make play` installs them into .venv)",
            file=sys.stderr,
        )
        return 2
    except SpaceAccordError as error:
        print(f"space-accord: {escaped(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("space-accord: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        if args.module not in _GUI_COMMANDS:
            raise
        from game.storage.crashlog import write_crash_log

        where = write_crash_log(error, args_list)
        print(
            f"space-accord: the game stopped on an unexpected error ({type(error).__name__}); "
            f"the details are in {where}"
            if where
            else "space-accord: the game stopped on an unexpected error, and no crash log could be "
            "written",
            file=sys.stderr,
        )
        return CRASH_EXIT
