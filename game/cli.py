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
from game.errors import SpaceAccordError
from game.textsafe import escaped

SEEDS = f"0-{limits.SEED_MAX}"

if TYPE_CHECKING:
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def _whole_number(text: str, minimum: int, maximum: int | None = None) -> int:
    digits = text.strip().lstrip("+-")
    if len(digits) > 30:  # int() of thousands of digits is slow, and no range holds it
        raise argparse.ArgumentTypeError(
            f"expected a number {_span(minimum, maximum)}, got {len(digits)} digits"
        )
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number, got {escaped(text)!r}"
        ) from None
    if value < minimum or (maximum is not None and value > maximum):
        raise argparse.ArgumentTypeError(
            f"expected a number {_span(minimum, maximum)}, got {value}"
        )
    return value


def _span(minimum: int, maximum: int | None) -> str:
    return f"from {minimum} to {maximum}" if maximum is not None else f"of at least {minimum}"


def _positive_int(text: str) -> int:
    return _whole_number(text, 1, limits.QUESTIONS_MAX)


def _timer(text: str) -> int:
    return _whole_number(text, 1, limits.TIMER_MAX)


def _seed(text: str) -> int:
    return _whole_number(text, 0, limits.SEED_MAX)


def _path_text(text: str) -> str:
    """A pack id or a file path: refused here when no file system could hold it."""
    if "\0" in text:
        raise argparse.ArgumentTypeError("a path cannot hold a NUL character")
    if len(text) > limits.PATH_MAX:
        raise argparse.ArgumentTypeError(
            f"expected at most {limits.PATH_MAX} characters, got {len(text)}"
        )
    return text


def _difficulty(text: str) -> int:
    return _whole_number(text, 1, 3)


def _name_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected a comma-separated list, e.g. Red,Blue")
    if len(names) > limits.QUESTIONS_MAX or any(len(n) > limits.TAG_MAX for n in names):
        raise argparse.ArgumentTypeError(
            f"expected at most {limits.QUESTIONS_MAX} names of at most {limits.TAG_MAX} characters"
        )
    return names


def _student_name(text: str) -> str:
    name = text.strip()
    if not name or len(name) > limits.TEAM_NAME_MAX or not name.isprintable():
        raise argparse.ArgumentTypeError(
            f"expected a name of 1 to {limits.TEAM_NAME_MAX} printable characters"
        )
    return name


def _team_list(text: str) -> list[str]:
    names = _name_list(text)
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


def _parser(sub: Subcommands, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    """A subcommand with a one-line summary (in the command list) and a fuller description."""
    return sub.add_parser(
        name,
        help=summary,
        description=description,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_play(sub: Subcommands) -> None:
    p = _parser(
        sub,
        "play",
        "open the game (the default)",
        "Open the game window: the title screen, or straight into a campaign with --agency,\n"
        "or a saved game with --load. Keyboard and mouse both work; F1 shows help.",
    )
    p.add_argument(
        "--pack",
        type=_path_text,
        metavar="ID",
        help="pack id or folder (default: the built-in pack)",
    )
    p.add_argument("--agency", metavar="ID", help="agency id: start a campaign with it at once")
    p.add_argument(
        "--scenario", metavar="ID", help="with --agency: one of the pack's scenarios for it"
    )
    p.add_argument(
        "--seed",
        type=_seed,
        metavar="N",
        help=f"seed for the campaign's chance ({SEEDS}; default: a new one each game)",
    )
    p.add_argument("--load", type=_path_text, metavar="FILE", help="load a saved game")
    p.add_argument("--fullscreen", action="store_true", help="start in full screen")
    p.set_defaults(module="play")


def _port(text: str) -> int:
    return _whole_number(text, 1, 65535)


def _add_selection(group: argparse._ActionsContainer, seed_help: str) -> None:
    """The flags that pick a session's questions (``classroom`` and ``pack export`` share
    them, so a printed selection is the one the class is asked)."""
    group.add_argument("--seed", type=_seed, metavar="N", help=seed_help)
    group.add_argument(
        "--difficulty",
        type=_difficulty,
        metavar="1-3",
        help="only questions of this difficulty (1-3)",
    )
    group.add_argument(
        "--tags", type=_name_list, metavar="T,...", help="only questions with one of these tags"
    )
    group.add_argument(
        "--ids", type=_name_list, metavar="A,B,...", help="exactly these items, in this order"
    )


def _add_classroom(sub: Subcommands) -> None:
    p = _parser(
        sub,
        "classroom",
        "classroom quiz on a projector",
        "The quiz for teams on a projector: set-up screen, questions with a timer, the\n"
        "reveal with its quote and source, standings and podium. Every answer is written\n"
        "to a results file as it is given; --resume continues an interrupted session.",
    )
    p.add_argument(
        "--pack",
        type=_path_text,
        metavar="ID",
        help="pack id or folder (default: the built-in pack)",
    )
    p.add_argument(
        "--questions",
        type=_positive_int,
        metavar="N",
        help=f"number of questions (1-{limits.QUESTIONS_MAX})",
    )
    p.add_argument(
        "--teams",
        type=_team_list,
        metavar="A,B,...",
        help=f"team names, e.g. Red,Blue,Green (up to {limits.TEAMS_MAX}, "
        f"{limits.TEAM_NAME_MAX} characters each)",
    )
    timer = p.add_mutually_exclusive_group()
    timer.add_argument(
        "--timer", type=_timer, metavar="S", help=f"seconds per question (1-{limits.TIMER_MAX})"
    )
    timer.add_argument("--no-timer", action="store_true", help="no timer")
    _add_selection(p, f"same seed, same questions in the same order ({SEEDS})")
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        type=_path_text,
        metavar="CSV",
        help="resume an interrupted session's results file",
    )
    again.add_argument(
        "--gradebook",
        type=_path_text,
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
        type=_port,
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
    p = _parser(
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
        type=_path_text,
        metavar="ID",
        help="pack id or folder (default: the built-in pack)",
    )
    p.add_argument(
        "--questions", type=_positive_int, default=10, metavar="N",
        help=f"number of questions (1-{limits.QUESTIONS_MAX}; default: %(default)s)",
    )  # fmt: skip
    p.add_argument("--seed", type=_seed, metavar="N", help=f"same seed, same questions ({SEEDS})")
    p.add_argument("--id", metavar="ITEM", help="ask this one quiz item (a preview)")
    p.add_argument(
        "--name",
        type=_student_name,
        metavar="NAME",
        default="Student",
        help=f"the student's name in the results file (up to {limits.TEAM_NAME_MAX} characters)",
    )
    p.set_defaults(module="quiz_text")


def _add_simulate(sub: Subcommands) -> None:
    p = _parser(
        sub,
        "simulate",
        "play a whole campaign headless with a scripted player",
        "Play a whole campaign without a window, with a scripted player, and print the end\n"
        "report. The same pack, agency, seed and player give the same report every time.",
    )
    p.add_argument("--pack", type=_path_text, required=True, metavar="ID", help="pack id or folder")
    p.add_argument("--agency", required=True, metavar="ID", help="agency id")
    p.add_argument("--seed", type=_seed, required=True, metavar="N", help=f"seed ({SEEDS})")
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
    p = _parser(
        sub,
        "survey",
        "the balance table: every playable agency with each scripted player",
        "Play many seeded campaigns of every playable agency with each scripted player and\n"
        "print the table of mean scores and ranges that tells whether a pack plays fair.",
    )
    p.add_argument("--pack", required=True, metavar="ID", help="pack id or folder")
    p.add_argument(
        "--seeds", type=_positive_int, default=100, metavar="N", help="campaigns per cell (100)"
    )
    p.set_defaults(module="survey")


def _add_tour(sub: Subcommands) -> None:
    p = _parser(
        sub,
        "tour",
        "save a PNG of every screen, driven by scripted input",
        "Drive every screen of the game and the classroom with scripted input and save one\n"
        "PNG per screen (no display needed).",
    )
    p.add_argument(
        "--out", type=_path_text, required=True, metavar="DIR", help="folder for the PNGs"
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
    p = _parser(
        sub,
        "packs",
        "list the packs found",
        "List the built-in packs and those in your data folder, with their ids and folders.",
    )
    p.set_defaults(module="packs")


def _add_pack(sub: Subcommands) -> None:
    p = _parser(
        sub,
        "pack",
        "author tools: validate, new, add-source, quote, review, stats, schema, export",
        "Tools for writing content packs; see docs/authoring.md.",
    )
    psub = p.add_subparsers(dest="pack_command", metavar="COMMAND", required=True)
    path_help = "the pack's folder, or the id of a pack `packs` lists"

    v = _parser(
        psub,
        "validate",
        "check a pack",
        "Check a pack: every quote in its article, every reference resolved, every date and\n"
        "quiz item sound. Problems print as FILE:LINE:COL: code: message.",
    )
    v.add_argument("path", type=_path_text, metavar="PATH", help=path_help)
    v.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="how to print problems (default: %(default)s)",
    )  # fmt: skip
    v.add_argument("--strict", action="store_true", help="also warn about style")
    v.add_argument("--repin", action="store_true", help="update the sources' SHA-256 pins")
    v.set_defaults(module="pack_validate")

    n = _parser(
        psub, "new", "scaffold a pack that validates",
        "Write a new pack folder with one example of every file, ready to edit.",
    )  # fmt: skip
    n.add_argument(
        "path", type=_path_text, metavar="PATH", help="the folder to create (must not exist)"
    )
    n.add_argument("--title", default=None, metavar="T", help="the pack's title")
    n.set_defaults(module="pack_new")

    s = _parser(
        psub, "stats", "counts and coverage",
        "Count a pack's records and show its gaps: facts no question asks about, sources\n"
        "nothing cites, and more.",
    )  # fmt: skip
    s.add_argument("path", type=_path_text, metavar="PATH", help=path_help)
    s.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="output format (default: %(default)s)",
    )  # fmt: skip
    s.set_defaults(module="pack_stats")

    sc = _parser(
        psub, "schema", "write the JSON Schema of every pack file",
        "Write one JSON Schema per pack file, for completion and checks in an editor.",
    )  # fmt: skip
    sc.add_argument(
        "dir", type=_path_text, nargs="?", default=".", metavar="DIR",
        help="folder to write into (default: the current folder)",
    )  # fmt: skip
    sc.set_defaults(module="pack_schema")

    a = _parser(
        psub, "add-source", "copy an article into a pack and add its sources.yaml entry",
        "Copy an article's text into PACK/sources/ (UTF-8, LF line ends, no byte-order mark)\n"
        "and append its entry, with its SHA-256 pin, to sources.yaml.",
    )  # fmt: skip
    a.add_argument("pack", metavar="PACK", help=path_help)
    a.add_argument("file", metavar="FILE", help="the article's text, UTF-8")
    a.add_argument("--title", required=True, help="the article's headline")
    a.add_argument("--publisher", required=True, help="who published it")
    a.add_argument("--published", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    a.add_argument(
        "--date-basis", choices=("stated", "inferred", "background"), default="stated",
        help="how the publication date is known (default: %(default)s)",
    )  # fmt: skip
    a.add_argument("--date-note", default=None, help="how an inferred date was worked out")
    a.add_argument("--id", default=None, help="the source's id (default: from FILE's name)")
    a.add_argument(
        "--not-headline", action="store_true", help="the title is yours, not the article's own"
    )
    a.add_argument("--author", default=None, help="who wrote it")
    a.add_argument("--url", default=None, help="where it was published")
    a.set_defaults(module="pack_add_source")

    q = _parser(
        psub, "quote", "find a passage of a source and print it word for word",
        "Find the passage of SOURCE closest to the words you remember and print it exactly,\n"
        "with the words that differ from yours [marked]; --add-fact appends a fact quoting it.",
    )  # fmt: skip
    q.add_argument("pack", metavar="PACK", help=path_help)
    q.add_argument("source", metavar="SOURCE", help="the source's id in sources.yaml")
    q.add_argument("words", metavar="WORDS", nargs="+", help="the words you remember")
    q.add_argument("--add-fact", metavar="ID", default=None, help="append a fact quoting it")
    q.set_defaults(module="pack_quote")

    r = _parser(
        psub, "review", "a review page of every quiz item and record; reviewers' checked marks",
        "Write a page showing each quiz item and record with its cited quotes highlighted in\n"
        "their articles (-o), and/or mark items checked (--check), kept in the pack's\n"
        "review.yaml keyed by a hash of what was checked.",
    )  # fmt: skip
    r.add_argument("pack", metavar="PACK", help=path_help)
    r.add_argument("-o", "--output", metavar="FILE", default=None, help="the HTML page")
    r.add_argument(
        "--check", nargs="+", metavar="KEY", default=None, help="mark quiz/ID, events/ID, ..."
    )
    r.set_defaults(module="pack_review")

    e = _parser(
        psub, "export", "quiz as GIFT, CSV or a printable HTML worksheet",
        "Export a pack's quiz: GIFT for Moodle and other LMSs, CSV for a spreadsheet, or an\n"
        "HTML worksheet with an answer key to print from a browser.",
    )  # fmt: skip
    e.add_argument("path", type=_path_text, metavar="PATH", help=path_help)
    e.add_argument(
        "--format", choices=("gift", "csv", "html"), required=True, help="the export format"
    )
    e.add_argument(
        "-o",
        "--output",
        type=_path_text,
        required=True,
        metavar="FILE",
        help="the file to write (a new or regular file: never a device or a pipe)",
    )
    chosen = e.add_argument_group(
        "selection", "export the questions a classroom session with these flags asks"
    )
    chosen.add_argument(
        "--questions",
        type=_positive_int,
        metavar="N",
        help=f"number of questions (1-{limits.QUESTIONS_MAX})",
    )
    _add_selection(chosen, f"the classroom session's seed ({SEEDS}, default 0)")
    e.set_defaults(module="pack_export")


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
