"""``pack export PATH --format gift|csv|html -o FILE``: a pack's quiz for teachers' tools.

The pack is checked first (a pack with errors is not exported: exit 1 via ``PackError``);
the file is written atomically, so a failed export never leaves half a file behind.
``-o -`` writes to stdout. The folder of ``-o`` must exist: a mistyped path is refused
rather than made; so is a target that exists and is not a regular file (``/dev/full``, a
pipe), which an atomic rename would otherwise replace. The flags of ``classroom``
(``--questions --seed --difficulty --tags``) and ``--ids`` export just the questions such
a session asks, in its order.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from pathlib import Path

from game.content.model import Pack, QuizItem
from game.errors import SpaceAccordError
from game.quiz.export import export
from game.quiz.pack_check import open_pack
from game.quiz.selection import UnknownItem, choose
from game.storage.files import replaceable, write_atomic

WHAT = {"gift": "GIFT questions", "csv": "CSV rows", "html": "worksheet questions"}


def _check_folder(output: str) -> None:
    """Refuse an output whose folder is missing (``write_atomic`` would create it)."""
    folder = Path(output).parent
    if folder.is_dir():
        return
    if folder.exists():
        raise SpaceAccordError(f"cannot write {output}: {folder} is not a folder")
    raise SpaceAccordError(f"cannot write {output}: folder {folder} does not exist")


def run(args: argparse.Namespace) -> int:
    if args.output != "-":
        _check_folder(args.output)
        replaceable(Path(args.output))  # a device, pipe or folder there is refused now
    pack = open_pack(args.path)
    chosen, how = selected(pack, args)
    text = export(replace(pack, quiz=chosen), args.format)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    target = write_atomic(args.output, text)
    print(f"wrote {len(chosen)} {WHAT[args.format]} of pack {pack.info.id}{how} to {target}")
    return 0


def selected(pack: Pack, args: argparse.Namespace) -> tuple[tuple[QuizItem, ...], str]:
    """The items to export and how they were chosen: every item, or the ones a classroom
    session with the same flags asks (same seed, same questions, same order)."""
    flags = (args.questions, args.seed, args.difficulty, args.tags, args.ids)
    if all(flag is None for flag in flags):
        return pack.quiz, ""
    seed = args.seed or 0
    try:
        items = choose(
            pack.quiz,
            args.questions or len(pack.quiz),
            random.Random(seed),
            difficulty=args.difficulty,
            tags=tuple(args.tags or ()),
            ids=tuple(args.ids or ()),
        )
    except UnknownItem as error:
        raise SpaceAccordError(str(error)) from None
    if not items:
        raise SpaceAccordError(f"no question of pack {pack.info.id!r} matches the selection")
    return tuple(items), "" if args.ids else f" (seed {seed})"
