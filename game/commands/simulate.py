"""``simulate``: play a whole campaign headless with a scripted player and print its report.

With ``--json`` the report goes to stdout alone, keys sorted and nothing that varies
between runs (no time, no path), so the same arguments always print the same bytes.
Both forms end with the estimated minutes the game would take a student
(``game.ui.lesson_time``; in the JSON: ``metrics.lesson_time``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping

from game.content.model import Pack
from game.quiz.pack_check import open_pack
from game.sim.report import Report, TimelineEntry, report
from game.ui.lesson_time import lesson_time
from game.ui.messages import words
from game.ui.report_words import record_line, record_note, your_line


def missed_words(entry: TimelineEntry) -> str:
    """'no launcher' or 'needs X, Y': the rule that kept a missed mission grounded."""
    if entry.why == "needs":
        return words("missed_needs", needs=entry.needs)
    return words(f"missed_{entry.why}")


def render_text(result: Report, player: str, names: Mapping[str, str] | None = None) -> str:
    """The report in lines; ``names``: agency id -> short name, for the parties named."""
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
        "your timeline (in your game only, not history):",
    ]
    span = result.years_per_turn
    yours = [f"  {your_line(entry, names, span)}" for entry in result.your_timeline]
    lines += yours or ["  (nothing)"]
    lines += ["", "the record (what really happened, with sources):"]
    why = {(e.kind, e.record_id): missed_words(e) for e in result.timeline if e.why}
    for entry in result.the_record:
        note = record_note(entry, span)
        if (entry.kind, entry.record_id) in why:
            note += f": {why[entry.kind, entry.record_id]}"
        lines.append(f"  {record_line(entry)}" + (f" ({note})" if note else ""))
        if entry.citations:
            lines.append(f"      source: {entry.citations[0].source_title}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, load: Callable[[str], Pack] = open_pack) -> int:
    """Play the campaign ``args`` describe; ``load`` opens the pack (tests pass a fake)."""
    pack = load(args.pack)
    scenario = getattr(args, "scenario", None)
    lesson, state, metrics = lesson_time(pack, args.agency, args.seed, scenario, args.player)
    result = report(state)
    if args.json:
        measured = {**metrics.to_json(), "lesson_time": lesson.to_json()}
        data = {**result.to_json(), "player": args.player, "metrics": measured}
        sys.stdout.write(json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n")
    else:
        names = {agency.id: agency.short for agency in pack.agencies}
        sys.stdout.write(render_text(result, args.player, names))
        if metrics.opportunities:
            sys.stdout.write(
                f"opportunities won {metrics.opportunities_won}, "
                f"lost {metrics.opportunities_lost} (in your game)\n"
            )
        sys.stdout.write(
            f"estimated lesson time {lesson.minutes:.0f} min: {lesson.words} words read,"
            f" {lesson.decisions} decisions, {lesson.answers} answers, {lesson.turns} turns"
            " (an estimate, not a measurement)\n"
        )
    return 0
