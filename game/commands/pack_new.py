"""`pack new PATH [--title T]`: scaffold a pack that validates at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.content.scaffold import create_pack


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    written = create_pack(path, args.title)
    print(f"Created a pack in {path} ({len(written)} files).")
    print("Next:")
    print("  1. bring in your article (it is copied into the pack and pinned):")
    print(
        f"       space-accord pack add-source {path} FILE --title T --publisher P --published DATE"
    )
    print("  2. copy a quote word for word and start a fact with it:")
    print(f"       space-accord pack quote {path} SOURCE words you remember --add-fact ID")
    print("  3. replace the example facts, agencies, missions and quiz items with yours")
    print("     (docs/authoring.md walks through it);")
    print("  4. check it:")
    print(f"       space-accord pack validate {path}")
    return 0
