"""`packs`: list the packs found, built-in and in the user's folder, and any id clashes.

Exit codes: 0 listed, 1 when two packs claim one id or a pack.yaml cannot be read, and 2
when no built-in pack is found (a broken install: the game would have nothing to play).
"""

from __future__ import annotations

import argparse
import sys

from game import paths
from game.content.packs import discover_packs


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    entries, conflicts = discover_packs()
    builtin_missing = not any(e.origin == "built-in" for e in entries)
    if builtin_missing:
        print(
            f"space-accord: no built-in pack found in {paths.builtin_packs_dir()}; "
            "the installation is incomplete: reinstall space-accord",
            file=sys.stderr,
        )
    width = max((len(e.id) for e in entries), default=2)
    for entry in entries:
        title = entry.title or "(unreadable pack.yaml)"
        version = f" {entry.version}" if entry.version else ""
        print(f"{entry.id:<{width}}  {entry.origin:<8}  {title}{version}  [{entry.path}]", file=out)
        if entry.problem:
            print(f"  problem: {entry.problem}", file=out)
    for conflict in conflicts:
        print(
            f"conflict: {conflict.shadowed.origin} pack {conflict.shadowed.path} has the id "
            f"{conflict.id!r} of {conflict.used.origin} pack {conflict.used.path}; "
            f"`--pack {conflict.id}` opens {conflict.used.path}. Change the id in "
            f"{conflict.shadowed.path / 'pack.yaml'} to use both.",
            file=out,
        )
    print(
        f"{len(entries)} pack(s); built-in: {paths.builtin_packs_dir()}; "
        f"yours: {paths.user_packs_dir()}",
        file=out,
    )
    if builtin_missing:
        return 2
    return 1 if conflicts or any(e.problem for e in entries) else 0
