"""`pack quote PACK SOURCE "words..." [--add-fact ID]`: find the passage of a source an
author remembers, print it word for word with the words that differ [marked], and with
`--add-fact` append a fact skeleton quoting it to `facts.yaml`.

Exit codes: 0 found (the closest passage is always shown), 2 no such pack or source.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from game.content.authoring import add_fact, quote_passage
from game.content.packs import resolve_pack
from game.content.passages import describe_changes


def run(args: argparse.Namespace) -> int:
    folder = Path(resolve_pack(args.pack))
    words = " ".join(args.words)
    file, passage = quote_passage(folder, args.source, words)
    where = f"{file}, line {passage.line}"
    if passage.same:
        print(f"{where}: found word for word")
    else:
        print(f"{where}: closest passage; the words that differ from yours are [marked]")
        print(f"  {passage.marked}")
        print(f"  ({describe_changes(passage)})")
    print("quote (paste this):")
    print(f"  {passage.exact}")
    if args.add_fact:
        add_fact(folder, args.add_fact, args.source, passage.exact)
        print(f"added fact {args.add_fact!r} to facts.yaml: write its statement")
    return 0
