"""Argument types and help shared by the command line's subcommands (``game.cli``).

Each type turns one argument's text into a value or raises ``argparse.ArgumentTypeError``
with the range it takes, so every bad argument gets a usage line and exit code 2.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from game import limits
from game.textsafe import escaped

SEEDS = f"0-{limits.SEED_MAX}"

if TYPE_CHECKING:
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def whole_number(text: str, minimum: int, maximum: int | None = None) -> int:
    digits = text.strip().lstrip("+-")
    if len(digits) > 30:  # int() of thousands of digits is slow, and no range holds it
        raise argparse.ArgumentTypeError(
            f"expected a number {span(minimum, maximum)}, got {len(digits)} digits"
        )
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number, got {escaped(text)!r}"
        ) from None
    if value < minimum or (maximum is not None and value > maximum):
        raise argparse.ArgumentTypeError(f"expected a number {span(minimum, maximum)}, got {value}")
    return value


def span(minimum: int, maximum: int | None) -> str:
    return f"from {minimum} to {maximum}" if maximum is not None else f"of at least {minimum}"


def positive_int(text: str) -> int:
    return whole_number(text, 1, limits.QUESTIONS_MAX)


def says_who_count(text: str) -> int:
    return whole_number(text, 0, limits.QUESTIONS_MAX)


def timer_seconds(text: str) -> int:
    return whole_number(text, 1, limits.TIMER_MAX)


def seed_number(text: str) -> int:
    return whole_number(text, 0, limits.SEED_MAX)


def path_text(text: str) -> str:
    """A pack id or a file path: refused here when no file system could hold it."""
    if "\0" in text:
        raise argparse.ArgumentTypeError("a path cannot hold a NUL character")
    if len(text) > limits.PATH_MAX:
        raise argparse.ArgumentTypeError(
            f"expected at most {limits.PATH_MAX} characters, got {len(text)}"
        )
    return text


def difficulty_level(text: str) -> int:
    return whole_number(text, 1, 3)


def name_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected a comma-separated list, e.g. Red,Blue")
    if len(names) > limits.QUESTIONS_MAX or any(len(n) > limits.TAG_MAX for n in names):
        raise argparse.ArgumentTypeError(
            f"expected at most {limits.QUESTIONS_MAX} names of at most {limits.TAG_MAX} characters"
        )
    return names


def student_name(text: str) -> str:
    name = text.strip()
    if not name or len(name) > limits.TEAM_NAME_MAX or not name.isprintable():
        raise argparse.ArgumentTypeError(
            f"expected a name of 1 to {limits.TEAM_NAME_MAX} printable characters"
        )
    return name


def team_list(text: str) -> list[str]:
    names = name_list(text)
    if any(len(n) > limits.TEAM_NAME_MAX for n in names):
        raise argparse.ArgumentTypeError(
            f"a team name has at most {limits.TEAM_NAME_MAX} characters"
        )
    return names


EXIT_CODES = """exit codes:
  0  success
  1  the input was checked and has problems (a pack that does not validate)
  2  usage error, or input that could not be read (a missing pack, a damaged save)
  3  the game stopped on an unexpected error (its crash log's path is printed)"""


def subparser(
    sub: Subcommands, name: str, summary: str, description: str
) -> argparse.ArgumentParser:
    """A subcommand with a one-line summary (in the command list) and a fuller description."""
    return sub.add_parser(
        name,
        help=summary,
        description=description,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def port_number(text: str) -> int:
    return whole_number(text, 1, 65535)


def add_selection(group: argparse._ActionsContainer, seed_help: str) -> None:
    """The flags that pick a session's questions (``classroom`` and ``pack export`` share
    them, so a printed selection is the one the class is asked)."""
    group.add_argument("--seed", type=seed_number, metavar="N", help=seed_help)
    group.add_argument(
        "--difficulty",
        type=difficulty_level,
        metavar="1-3",
        help="only questions of this difficulty (1-3)",
    )
    group.add_argument(
        "--tags", type=name_list, metavar="T,...", help="only questions with one of these tags"
    )
    group.add_argument(
        "--ids", type=name_list, metavar="A,B,...", help="exactly these items, in this order"
    )
