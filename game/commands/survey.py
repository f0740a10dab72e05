"""``survey``: the balance table of a pack, every playable agency by scripted player,
with the estimated minutes of a lesson for each row (``game.ui.lesson_time``)."""

from __future__ import annotations

import argparse
import sys

from game.quiz.pack_check import open_pack
from game.sim.survey import balance_table, campaigns, playable, render
from game.ui.lesson_time import ESTIMATE_PLAYER, lesson_minutes


def run(args: argparse.Namespace) -> int:
    pack = open_pack(args.pack)
    seeds = range(1, max(1, args.seeds) + 1)
    minutes = {
        (agency, scenario): str(lesson_minutes(pack, agency, scenario, seeds))
        for agency in playable(pack)
        for scenario in campaigns(pack, agency)
    }
    sys.stdout.write(f"{pack.info.id} {pack.info.version}, seeds 1-{seeds[-1]}\n\n")
    sys.stdout.write(render(balance_table(pack, seeds), minutes))
    sys.stdout.write(
        f"\nest. min: the estimated minutes of a lesson, mean (range), for the {ESTIMATE_PLAYER}"
        " player's game: words the screens show at a stated reading speed, plus stated seconds"
        " per decision, answer and turn (an estimate, not a measurement: game.ui.lesson_time)\n"
    )
    return 0
