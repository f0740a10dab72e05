"""What every export shares: one-line text, the sources of an item, its fixed shuffle."""

from __future__ import annotations

import random
import re

from game.content.citations import Citation, citations
from game.content.model import Pack, QuizItem
from game.quiz.engine import Question, make_question

_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Runs of white space (line breaks of folded YAML included) as one space."""
    return _SPACE.sub(" ", text).strip()


def item_citations(pack: Pack, item: QuizItem) -> tuple[Citation, ...]:
    return citations(pack, item.facts)


def source_line(citation: Citation) -> str:
    """ "Title, Publisher, as reported on 2021-03-04" (parts a pack leaves out are skipped)."""
    parts = [citation.source_title, citation.publisher]
    if citation.published:
        parts.append(citation.as_reported)
    return ", ".join(one_line(p) for p in parts if p)


def printed_question(pack: Pack, item: QuizItem) -> Question:
    """The question as printed: options shuffled by a seed made of the pack and item ids,
    so the worksheet and its answer key agree, and every export of a pack is the same."""
    return make_question(item, random.Random(f"{pack.info.id}/{item.id}"))
