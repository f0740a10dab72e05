"""The ``pack`` subcommand's arguments: the author tools (``game.commands.pack_*``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game import limits
from game.cli_args import (
    SEEDS,
    add_selection,
    path_text,
    positive_int,
    subparser,
)

if TYPE_CHECKING:
    from game.cli_args import Subcommands


def add_pack(sub: Subcommands) -> None:
    p = subparser(
        sub,
        "pack",
        "author tools: validate, new, add-source, quote, review, stats, schema, export",
        "Tools for writing content packs; see docs/authoring.md.",
    )
    psub = p.add_subparsers(dest="pack_command", metavar="COMMAND", required=True)
    path_help = "the pack's folder, or the id of a pack `packs` lists"

    v = subparser(
        psub,
        "validate",
        "check a pack",
        "Check a pack: every quote in its article, every reference resolved, every date and\n"
        "quiz item sound. Problems print as FILE:LINE:COL: code: message.",
    )
    v.add_argument("path", type=path_text, metavar="PATH", help=path_help)
    v.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="how to print problems (default: %(default)s)",
    )  # fmt: skip
    v.add_argument("--strict", action="store_true", help="also warn about style")
    v.add_argument("--repin", action="store_true", help="update the sources' SHA-256 pins")
    v.set_defaults(module="pack_validate")

    n = subparser(
        psub, "new", "scaffold a pack that validates",
        "Write a new pack folder with one example of every file, ready to edit.",
    )  # fmt: skip
    n.add_argument(
        "path", type=path_text, metavar="PATH", help="the folder to create (must not exist)"
    )
    n.add_argument("--title", default=None, metavar="T", help="the pack's title")
    n.set_defaults(module="pack_new")

    s = subparser(
        psub, "stats", "counts and coverage",
        "Count a pack's records and show its gaps: facts no question asks about, sources\n"
        "nothing cites, and more.",
    )  # fmt: skip
    s.add_argument("path", type=path_text, metavar="PATH", help=path_help)
    s.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="output format (default: %(default)s)",
    )  # fmt: skip
    s.set_defaults(module="pack_stats")

    sc = subparser(
        psub, "schema", "write the JSON Schema of every pack file",
        "Write one JSON Schema per pack file, for completion and checks in an editor.",
    )  # fmt: skip
    sc.add_argument(
        "dir", type=path_text, nargs="?", default=".", metavar="DIR",
        help="folder to write into (default: the current folder)",
    )  # fmt: skip
    sc.set_defaults(module="pack_schema")

    a = subparser(
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

    q = subparser(
        psub, "quote", "find a passage of a source and print it word for word",
        "Find the passage of SOURCE closest to the words you remember and print it exactly,\n"
        "with the words that differ from yours [marked]; --add-fact appends a fact quoting it.",
    )  # fmt: skip
    q.add_argument("pack", metavar="PACK", help=path_help)
    q.add_argument("source", metavar="SOURCE", help="the source's id in sources.yaml")
    q.add_argument("words", metavar="WORDS", nargs="+", help="the words you remember")
    q.add_argument("--add-fact", metavar="ID", default=None, help="append a fact quoting it")
    q.set_defaults(module="pack_quote")

    r = subparser(
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

    e = subparser(
        psub, "export", "quiz as GIFT, CSV or a printable HTML worksheet",
        "Export a pack's quiz: GIFT for Moodle and other LMSs, CSV for a spreadsheet, or an\n"
        "HTML worksheet with an answer key to print from a browser.",
    )  # fmt: skip
    e.add_argument("path", type=path_text, metavar="PATH", help=path_help)
    e.add_argument(
        "--format", choices=("gift", "csv", "html"), required=True, help="the export format"
    )
    e.add_argument(
        "-o",
        "--output",
        type=path_text,
        required=True,
        metavar="FILE",
        help="the file to write (a new or regular file: never a device or a pipe)",
    )
    chosen = e.add_argument_group(
        "selection", "export the questions a classroom session with these flags asks"
    )
    chosen.add_argument(
        "--questions",
        type=positive_int,
        metavar="N",
        help=f"number of questions (1-{limits.QUESTIONS_MAX})",
    )
    add_selection(chosen, f"the classroom session's seed ({SEEDS}, default 0)")
    e.set_defaults(module="pack_export")
