"""``simulate``: play a whole campaign headless with a scripted player and print its report.

With ``--json`` the report goes to stdout alone, keys sorted and nothing that varies
between runs (no time, no path), so the same arguments always print the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from game.content.model import Pack
from game.quiz.pack_check import open_pack
from game.sim.metrics import measured_campaign
from game.sim.report import Report, TimelineEntry, report
from game.ui.messages import words


def missed_words(entry: TimelineEntry) -> str:
    """'no launcher' or 'needs X, Y': the rule that kept a missed mission grounded."""
    if entry.why == "needs":
        return words("missed_needs", needs=entry.needs)
    return words(f"missed_{entry.why}")


def render_text(result: Report, player: str) -> str:
    score = result.score
    lines = [
        f"{result.agency_name} ({result.agency}), {result.start_year}-{result.end_year}, "
        f"seed {result.seed}, {player} player",
        f"score {score.total}: prestige {score.prestige}, partnerships {score.partnerships}, "
        f"knowledge {score.knowledge}, history {score.history}",
        f"missions {result.missions_succeeded}/{result.missions_launched} succeeded, "
        f"agreements {result.agreements_signed}, quiz {result.quiz_right}/{result.quiz_asked} right",
        f"budget {result.budget}, income {result.income}, prestige {result.prestige}, "
        f"science {result.science}",
        "",
        "timeline (real year | yours | what):",
    ]
    for entry in result.timeline:
        real = str(entry.real_year) if entry.real_year is not None else "-"
        yours = str(entry.player_year) if entry.player_year is not None else "-"
        source = f"  source: {entry.citations[0].source_title}" if entry.citations else ""
        status = f"{entry.status}: {missed_words(entry)}" if entry.why else entry.status
        lines.append(f"  {real:>5} | {yours:>5} | {entry.title} ({status}){source}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, load: Callable[[str], Pack] = open_pack) -> int:
    """Play the campaign ``args`` describe; ``load`` opens the pack (tests pass a fake)."""
    pack = load(args.pack)
    scenario = getattr(args, "scenario", None)
    state, metrics = measured_campaign(pack, args.agency, args.seed, args.player, scenario)
    result = report(state)
    if args.json:
        data = {**result.to_json(), "player": args.player, "metrics": metrics.to_json()}
        sys.stdout.write(json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(result, args.player))
    return 0
