"""`pack review PACK -o FILE.html` and `pack review PACK --check KEY...`: the review page,
and the reviewers' "checked" marks kept in the pack's `review.yaml`.

Exit codes: 0 done, 1 the pack has errors (fix them before reviewing), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.content.packs import resolve_pack
from game.content.problems import errors
from game.content.review import mark, read_marks, tally, write_marks
from game.quiz.export.review_page import review_page
from game.quiz.pack_check import check_pack


def run(args: argparse.Namespace) -> int:
    folder = Path(resolve_pack(args.pack))
    pack, problems = check_pack(folder)
    failing = errors(problems)
    if pack is None or failing:
        for problem in failing[:10]:
            print(problem.moved(os.path.join(folder, problem.file)).format(), file=sys.stderr)
        print(f"space-accord: fix the pack's {len(failing)} problem(s) first", file=sys.stderr)
        return 1
    if not args.check and not args.output:
        print("space-accord: give -o FILE.html, or --check KEY ...", file=sys.stderr)
        return 2
    marks = read_marks(folder)
    if args.check:
        marks = mark(pack, marks, args.check)
        write_marks(folder, marks)
        print(f"marked {len(args.check)} checked in {folder / 'review.yaml'}")
    if args.output:
        Path(args.output).write_text(review_page(pack, marks), encoding="utf-8")
        print(f"wrote {args.output}")
    counts = tally(pack, marks)
    print(f"{counts['checked']} checked, {counts['stale']} stale, {counts['unchecked']} unchecked")
    return 0
