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
    print(f"  1. put your article's text in {path / 'sources'} and list it in sources.yaml;")
    print("  2. replace the example facts, agencies, missions and quiz items with yours")
    print("     (docs/authoring.md walks through it);")
    print(f"  3. check it: space-accord pack validate {path}")
    return 0
