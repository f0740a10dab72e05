"""`pack validate PATH [--format text|json] [--strict] [--repin]`: check a pack.

The content and quiz-kind checks (``game.quiz.pack_check``) come first; a pack without errors is then
played headless by the historical player for each playable agency
(``game.sim.playability``), which reports campaigns a player could not enjoy.

Text output: one `FILE:LINE:COL: code: message` line per problem, sorted, FILE being the
PATH given joined with the pack file (so editors can jump there), then a summary line.
JSON output: one object alone on stdout.

Exit codes: 0 no errors (``--strict`` warnings are printed but do not fail), 1 the pack
has errors, 2 PATH is not a readable pack folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

from game.content.model import Pack
from game.content.packs import resolve_pack
from game.content.pins import repin
from game.content.problems import Problem, cap_per_file, errors
from game.quiz.pack_check import check_pack


def counts(pack: Pack) -> dict[str, int]:
    return {
        "sources": len(pack.sources),
        "facts": len(pack.facts),
        "quiz items": len(pack.quiz),
        "agencies": len(pack.agencies),
        "agreements": len(pack.agreements),
        "missions": len(pack.missions),
        "events": len(pack.events),
    }


# The summary line says "1 source", "2 sources": the JSON keys stay the plural names.
_ONE = {"agencies": "agency", "quiz items": "quiz item"}


def _counted(name: str, n: int) -> str:
    return f"{n} {name if n != 1 else _ONE.get(name, name.removesuffix('s'))}"


def _pack_folder(text: str) -> str:
    """A folder as given, or the folder of a pack named by its id (like `pack stats`)."""
    if os.path.exists(text) or "/" in text or os.sep in text:
        return text  # a path: check_pack reports what is wrong with it
    return str(resolve_pack(text))


def run(args: argparse.Namespace) -> int:
    path = _pack_folder(args.path)
    fmt: str = args.format
    strict: bool = args.strict
    out = sys.stdout
    notes: list[str] = []
    if args.repin:
        changes, unread = repin(path)
        for change in changes:
            old = change.old[:12] + "..." if change.old else "(none)"
            notes.append(f"repinned {change.source} ({change.file}): {old} -> {change.new[:12]}...")
        if not changes:
            unchanged = (
                "nothing changed (fix the problems below first)"
                if unread
                else "every source was already pinned"
            )
            notes.append(f"repin: {unchanged}")
    started = time.perf_counter()
    pack, problems = check_pack(path, strict=strict)
    if pack is not None and not errors(problems):
        # Only a pack that loads cleanly can be played; its campaigns are checked last
        # (the campaign rules are imported only then: a broken pack is reported sooner).
        from game.sim.playability import MAX_MISSIONS, check_playability, too_big_to_play

        if too_big_to_play(pack):
            notes.append(f"playability not checked: the pack has over {MAX_MISSIONS} missions")
        else:
            problems = cap_per_file(problems + check_playability(pack))
    elapsed_ms = (time.perf_counter() - started) * 1000
    shown = [p.moved(os.path.join(path, p.file)) for p in problems]
    unreadable = pack is None and any(p.code == "not-a-pack" for p in problems)
    failing = errors(problems)
    code = 2 if unreadable else 1 if failing or pack is None else 0
    if fmt == "json":
        report: dict[str, Any] = {
            "path": path,
            "ok": code == 0,
            "problems": [p.as_dict() for p in shown],
            "errors": len(failing),
            "warnings": len(problems) - len(failing),
            "counts": counts(pack) if pack is not None else {},
            "ms": round(elapsed_ms, 1),
            "notes": notes,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2), file=out)
        return code
    for note in notes:
        print(note, file=out)
    for problem in shown:
        print(problem.format(), file=out)
    print(_summary(pack, problems, elapsed_ms), file=out)
    return code


def _summary(pack: Pack | None, problems: list[Problem], elapsed_ms: float) -> str:
    failing = errors(problems)
    warnings = len(problems) - len(failing)
    if failing or pack is None:
        files = len({p.file for p in problems})
        tail = f" and {warnings} warning{'s' * (warnings != 1)}" if warnings else ""
        plural = "s" * (len(failing) != 1)
        return f"{len(failing)} problem{plural}{tail} in {files} file{'s' * (files != 1)}"
    parts = ", ".join(_counted(name, n) for name, n in counts(pack).items())
    tail = f", {warnings} warning{'s' * (warnings != 1)}" if warnings else ""
    return f"ok: {parts}{tail} ({elapsed_ms:.0f} ms)"
