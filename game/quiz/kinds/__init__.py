"""The quiz kinds, one module each, found through one table.

``kind_of(name)`` gives the kind a pack item's ``type`` names and raises
``UnknownQuizKind`` for any other name: no caller falls through to a default. Adding a
kind is one module here, one line in ``KINDS``, its answer widget in
``game.ui.answer_inputs``, its name in ``game.content.fields.QUIZ_TYPES`` and its tests
(see docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from game.quiz.kinds import choice, match, number, order, true_false
from game.quiz.kinds.base import QuizKind, SheetParts, TableCells


class UnknownQuizKind(LookupError):
    """A quiz ``type`` no kind implements (the pack validator reports it for packs)."""


KINDS: Mapping[str, QuizKind] = MappingProxyType(
    {
        kind.name: kind
        for kind in (choice.KIND, true_false.KIND, order.KIND, number.KIND, match.KIND)
    }
)


def kind_of(name: str) -> QuizKind:
    """The kind called ``name``; ``UnknownQuizKind`` if there is none."""
    try:
        return KINDS[name]
    except KeyError:
        known = ", ".join(KINDS)
        raise UnknownQuizKind(f"no quiz kind {name!r}; the kinds are {known}") from None


__all__ = ["KINDS", "QuizKind", "SheetParts", "TableCells", "UnknownQuizKind", "kind_of"]
