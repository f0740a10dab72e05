"""``pack export PATH --format gift|csv|html -o FILE``: a pack's quiz for teachers' tools.

The pack is checked first (a pack with errors is not exported: exit 1 via ``PackError``);
the file is written atomically, so a failed export never leaves half a file behind.
``-o -`` writes to stdout. The folder of ``-o`` must exist: a mistyped path is refused
rather than made.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.content.export import export
from game.content.loader import open_pack
from game.errors import SpaceAccordError
from game.storage.files import write_atomic

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
    pack = open_pack(args.path)
    text = export(pack, args.format)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    target = write_atomic(args.output, text)
    print(f"wrote {len(pack.quiz)} {WHAT[args.format]} of pack {pack.info.id} to {target}")
    return 0
