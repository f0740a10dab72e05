"""``survey``: the balance table of a pack, every playable agency by scripted player."""

from __future__ import annotations

import argparse
import sys

from game.quiz.pack_check import open_pack
from game.sim.survey import balance_table, render


def run(args: argparse.Namespace) -> int:
    pack = open_pack(args.pack)
    seeds = range(1, max(1, args.seeds) + 1)
    sys.stdout.write(f"{pack.info.id} {pack.info.version}, seeds 1-{seeds[-1]}\n\n")
    sys.stdout.write(render(balance_table(pack, seeds)))
    return 0
