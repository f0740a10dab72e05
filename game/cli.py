"""Command line: argparse subcommands (DESIGN §4). Parses arguments, then hands off.

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

from game.errors import SpaceAccordError


def _whole_number(text: str, minimum: int, maximum: int | None = None) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < minimum or (maximum is not None and value > maximum):
        span = f"from {minimum} to {maximum}" if maximum is not None else f"of at least {minimum}"
        raise argparse.ArgumentTypeError(f"expected a number {span}, got {value}")
    return value


def _positive_int(text: str) -> int:
    return _whole_number(text, 1)


def _seed(text: str) -> int:
    return _whole_number(text, 0)


def _difficulty(text: str) -> int:
    return _whole_number(text, 1, 3)


def _name_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected a comma-separated list, e.g. Red,Blue")
    return names


def _add_play(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("play", help="open the game (the default)")
    p.add_argument("--pack", help="pack id")
    p.add_argument("--agency", help="agency id to start a campaign with at once")
    p.add_argument("--seed", type=_seed, help="seed for the campaign's random events")
    p.add_argument("--load", metavar="FILE", help="load a saved game")
    p.add_argument("--fullscreen", action="store_true", help="start in full screen")
    p.set_defaults(module="play")


def _add_classroom(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("classroom", help="classroom quiz on a projector")
    p.add_argument("--pack", help="pack id")
    p.add_argument("--questions", type=_positive_int, help="number of questions")
    p.add_argument("--teams", type=_name_list, help="team names, e.g. Red,Blue,Green")
    timer = p.add_mutually_exclusive_group()
    timer.add_argument("--timer", type=_positive_int, metavar="S", help="seconds per question")
    timer.add_argument("--no-timer", action="store_true", help="no timer")
    p.add_argument("--seed", type=_seed, help="same seed, same questions in the same order")
    p.add_argument("--difficulty", type=_difficulty, help="only questions of this difficulty")
    p.add_argument("--tags", type=_name_list, help="only questions with one of these tags")
    p.add_argument("--resume", metavar="CSV", help="resume an interrupted session's results file")
    p.set_defaults(module="classroom")


def _add_quiz(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "quiz", help="the quiz as plain text in the terminal (the projector quiz is `classroom`)"
    )
    p.add_argument(
        "--text", action="store_true", help="plain text, screen-reader friendly (the default)"
    )
    p.add_argument("--pack", help="pack id")
    p.add_argument("--questions", type=_positive_int, default=10, help="number of questions")
    p.add_argument("--seed", type=_seed, help="same seed, same questions")
    p.set_defaults(module="quiz_text")


def _add_simulate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("simulate", help="play a whole campaign headless with a scripted player")
    p.add_argument("--pack", required=True, help="pack id")
    p.add_argument("--agency", required=True, help="agency id")
    p.add_argument("--seed", type=_seed, required=True, help="seed")
    p.add_argument("--player", choices=("historical", "greedy", "random"), default="historical")
    p.add_argument("--json", action="store_true", help="print the report as JSON alone")
    p.set_defaults(module="simulate")


def _add_tour(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tour", help="save a PNG of every screen, driven by scripted input")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNGs")
    p.add_argument("--size", default="1280x720", help="window size, e.g. 1280x720")
    p.set_defaults(module="tour")


def _add_packs(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("packs", help="list the packs found")
    p.set_defaults(module="packs")


def _add_pack(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help="author tools: validate, new, stats, schema, export")
    psub = p.add_subparsers(dest="pack_command", metavar="COMMAND", required=True)

    v = psub.add_parser("validate", help="check a pack")
    v.add_argument("path", metavar="PATH")
    v.add_argument("--format", choices=("text", "json"), default="text")
    v.add_argument("--strict", action="store_true", help="also warn about style")
    v.add_argument("--repin", action="store_true", help="update the sources' SHA-256 pins")
    v.set_defaults(module="pack_validate")

    n = psub.add_parser("new", help="scaffold a pack that validates")
    n.add_argument("path", metavar="PATH")
    n.add_argument("--title", default=None)
    n.set_defaults(module="pack_new")

    s = psub.add_parser("stats", help="counts and coverage")
    s.add_argument("path", metavar="PATH")
    s.add_argument("--format", choices=("text", "json"), default="text")
    s.set_defaults(module="pack_stats")

    sc = psub.add_parser("schema", help="write the JSON Schema of every pack file")
    sc.add_argument("dir", nargs="?", default=".", metavar="DIR")
    sc.set_defaults(module="pack_schema")

    e = psub.add_parser("export", help="quiz as GIFT, CSV or a printable HTML worksheet")
    e.add_argument("path", metavar="PATH")
    e.add_argument("--format", choices=("gift", "csv", "html"), required=True)
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.set_defaults(module="pack_export")


# Top-level modules of the runtime dependencies, and the package that provides each.
_DEPENDENCIES = {"pygame": "pygame-ce", "yaml": "PyYAML", "platformdirs": "platformdirs"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="space-accord",
        description="Space Accord: a space-diplomacy game whose every fact is quoted from its source.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (
        _add_play,
        _add_classroom,
        _add_quiz,
        _add_simulate,
        _add_tour,
        _add_packs,
        _add_pack,
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
            f"space-accord: the package {_DEPENDENCIES[error.name]} is not installed for "
            f"{sys.executable}: run `make` and then `.venv/bin/space-accord` "
            "(or `.venv/bin/python main.py`)",
            file=sys.stderr,
        )
        return 2
    except SpaceAccordError as error:
        print(f"space-accord: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("space-accord: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
