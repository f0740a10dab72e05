"""`pack stats PATH [--format text|json]`: counts and coverage of a pack, and how many of
its quiz items and records reviewers have checked (`pack review`) since they last changed.

PATH is a pack folder (or the id of a pack `space-accord packs` lists). A pack that loads
is counted even if the validator would find problems (a note on stderr says how many); a
pack whose files cannot be read is not: its problems go to stderr and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from game.content.packs import resolve_pack
from game.content.problems import errors
from game.content.review import read_marks, tally
from game.content.stats import as_json_data, format_text, pack_stats
from game.quiz.pack_check import check_pack


def run(args: argparse.Namespace) -> int:
    folder = resolve_pack(args.path)
    pack, problems = check_pack(folder)
    failing = errors(problems)
    if pack is None:
        for problem in failing:
            print(problem.moved(os.path.join(folder, problem.file)).format(), file=sys.stderr)
        print(f"space-accord: cannot count {folder}: it does not load", file=sys.stderr)
        return 1
    stats = pack_stats(pack)
    review = tally(pack, read_marks(folder))
    if args.format == "json":
        data = {
            **as_json_data(stats),
            "review": dict(review),
            "path": str(folder),
            "errors": len(failing),
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(stats))
        total = sum(review.values())
        sys.stdout.write(
            f"\nreviewed (pack review): {review['checked']} of {total} checked and current, "
            f"{review['stale']} stale since their check, {review['unchecked']} unchecked\n"
        )
    if failing:
        print(
            f"note: the pack has {len(failing)} problem(s); "
            f"run `space-accord pack validate {folder}` to see them",
            file=sys.stderr,
        )
    return 0
