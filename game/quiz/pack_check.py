"""A whole pack checked: the content's rules plus the rules of each quiz kind.

The content layer checks what it knows (references, quotes, dates, game data); each quiz
kind checks its own items (``QuizKind.check``) and says what its right answer claims
(``QuizKind.claim``) for the evidence checks against the quotes. This is the one place that runs both, so
``pack validate``, ``pack stats`` and every command that opens a pack see the same
problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from game.content import validate as content_validate
from game.content.model import Pack, QuizItem
from game.content.packs import resolve_pack
from game.content.problems import Problem, errors
from game.content.validate_evidence import QuizClaim, check_quiz_claims
from game.errors import PackError
from game.quiz.kinds import KINDS


def check_quiz_kinds(pack: Pack) -> list[Problem]:
    """Each quiz item against the rules of its kind (an unknown ``type`` is reported by
    the loader, which reads ``type`` as one of ``QUIZ_TYPES``)."""
    problems: list[Problem] = []
    for item in pack.quiz:
        kind = KINDS.get(item.type)
        if kind is not None:
            problems += kind.check(pack, item)
    return problems


def _claim_of(item: QuizItem) -> QuizClaim:
    kind = KINDS.get(item.type)
    return kind.claim(item) if kind is not None else QuizClaim()


def check_kind_claims(pack: Pack) -> list[Problem]:
    """Each quiz item's claim, as its kind reads it, against the quotes it cites."""
    return check_quiz_claims(pack, _claim_of)


KIND_CHECKS: Sequence[content_validate.Check] = (check_quiz_kinds, check_kind_claims)


def validate(pack: Pack, *, strict: bool = False) -> list[Problem]:
    """Every problem of ``pack``, sorted; with ``strict`` also the style warnings."""
    return content_validate.validate(pack, extra=KIND_CHECKS, strict=strict)


def check_pack(path: str | Path, *, strict: bool = False) -> tuple[Pack | None, list[Problem]]:
    """Load and validate the pack folder ``path``: the pack (if readable) and all problems."""
    return content_validate.check_pack(path, extra=KIND_CHECKS, strict=strict)


def open_pack(id_or_path: str | Path) -> Pack:
    """The pack named by an id or a folder, checked; raises ``PackNotFound`` or ``PackError``."""
    folder = resolve_pack(id_or_path)
    pack, problems = check_pack(folder)
    failing = errors(problems)
    if pack is None or failing:
        first = "; ".join(p.moved(str(folder / p.file)).format() for p in sorted(failing)[:3])
        more = f" (and {len(failing) - 3} more)" if len(failing) > 3 else ""
        raise PackError(
            f"the pack has {len(failing)} problem(s): {first}{more}; "
            f"run `space-accord pack validate {folder}` to see them all"
        )
    return pack
