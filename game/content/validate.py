"""Validating a loaded pack: the content's guarantees, as a sorted list of problems.

The checks live in small modules by topic (references, quotes, quiz, dates, game data);
this one runs them in order, then the ``extra`` checks a higher layer brings: the rules
of each quiz kind live with the kind, so a whole pack is checked by
``game.quiz.pack_check``, which passes them in (docs/authoring.md lists the guarantees).
``strict`` adds the style warnings of ``pack validate --strict``. ``check_pack`` loads and validates a folder in one call. A file lists at most
``MAX_PER_FILE`` problems, then one ``too-many-problems`` saying how many more it has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from game.content.loader import load_pack
from game.content.model import Pack, Where
from game.content.problems import FileCap, Problem, at, cap_per_file
from game.content.validate_dates import check_bases, check_status, check_timeline
from game.content.validate_dilemmas import check_dilemmas
from game.content.validate_evidence import check_fact_claims, check_stated_dates
from game.content.validate_game import (
    check_agencies,
    check_experience,
    check_fields,
    check_format,
    check_parties,
    check_playable,
    check_repeatable,
)
from game.content.validate_opportunities import check_opportunities
from game.content.validate_quiz import check_quiz, check_quiz_style
from game.content.validate_quotes import (
    check_pins,
    check_publishers,
    check_quotes,
    check_statements,
)
from game.content.validate_refs import (
    check_cycles,
    check_references,
    check_unique_ids,
    top_records,
    walk_fields,
)
from game.content.validate_scenarios import check_scenarios
from game.content.yamlsafe import paused_gc

Check = Callable[[Pack], list[Problem]]

CHECKS: tuple[Check, ...] = (
    check_format,
    check_unique_ids,
    check_references,
    check_cycles,
    check_fields,
    check_quotes,
    check_quiz,
    check_bases,
    check_timeline,
    check_status,
    check_agencies,
    check_parties,
    check_experience,
    check_repeatable,
    check_playable,
    check_fact_claims,
    check_stated_dates,
    check_scenarios,
    check_dilemmas,
    check_opportunities,
)

STYLE_CHECKS: tuple[Check, ...] = (check_statements, check_quiz_style, check_publishers)


_REF_KINDS = frozenset({"ref", "refs"})


def check_unused_facts(pack: Pack) -> list[Problem]:
    """--strict: facts that no record and no quiz item cites."""
    cited: set[str] = set()
    for _collection, record in top_records(pack):
        for _holder, f, value, _name in walk_fields(record, kinds=_REF_KINDS):
            if f.metadata.get("ref") == "facts":
                cited.update(value if isinstance(value, tuple) else (value,))
    return [
        at(fact.where, "unused-fact", f"no record or quiz item cites {fact.id!r}")
        for fact in pack.facts
        if fact.id not in cited
    ]


SOURCES_DIR = "sources"
MAX_LISTED = 1000  # files of the sources folder looked at by --strict


def check_unused_texts(pack: Pack) -> list[Problem]:
    """--strict: article files in the pack's ``sources/`` folder that no source names."""
    folder = Path(pack.root) / SOURCES_DIR
    try:
        found = sorted(p.name for p in folder.iterdir() if p.is_file())[:MAX_LISTED]
    except OSError:
        return []  # no sources folder (or unreadable): every named file is reported missing
    named = {s.file for s in pack.sources}
    return [
        at(
            Where("sources.yaml", 1, 1),  # where its entry belongs
            "unused-source-file",
            f"{SOURCES_DIR}/{name} is in the pack but no source in sources.yaml names it: "
            "add its entry (`pack add-source`) or remove the file",
        )
        for name in found
        if f"{SOURCES_DIR}/{name}" not in named and not name.startswith(".")
    ]


def validate(pack: Pack, *, extra: Sequence[Check], strict: bool = False) -> list[Problem]:
    """Every problem of ``pack`` (the content's checks, then ``extra``), sorted; with
    ``strict`` also the style warnings."""
    found = FileCap()  # a check run over a million broken records keeps only what is shown
    for check in (*CHECKS, *extra):
        found.extend(check(pack))
    found.extend(check_pins(pack, strict=strict))
    if strict:
        for check in (*STYLE_CHECKS, check_unused_facts, check_unused_texts):
            found.extend(check(pack))
    return cap_per_file(found.result())


def check_pack(
    path: str | Path, *, extra: Sequence[Check], strict: bool = False
) -> tuple[Pack | None, list[Problem]]:
    """Load and validate the pack folder ``path``: the pack (if readable) and all problems."""
    with paused_gc():
        pack, problems = load_pack(path)
        if pack is not None:
            problems = problems + validate(pack, extra=extra, strict=strict)
    return pack, cap_per_file(problems)
