"""The quiz engine shared by campaign checkpoints, classroom mode and the terminal quiz.

It turns a pack's quiz items into questions ready to show (options shuffled by the caller's
seeded RNG), grades answers, picks items (by count, difficulty, tags, or the facts an event
cites), and builds the reveal: the right answer, the explanation, and every cited fact's
verbatim quote with its source's title, publisher and publication date (in words).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from game.content.model import Fact, Pack, QuizItem, Source

LETTERS = "ABCDEF"
TRUE_FALSE = ("True", "False")

# An answer is an option index (choice, true_false), a tuple of item indices in the order
# the player put them (order), or a number (number).
Answer = int | tuple[int, ...] | float


@dataclass(frozen=True)
class Question:
    """A quiz item as shown: ``choices`` are options, True/False, or the shuffled items."""

    item_id: str
    type: str
    prompt: str
    choices: tuple[str, ...]
    unit: str = ""
    difficulty: int = 1

    def letter(self, index: int) -> str:
        return LETTERS[index]


@dataclass(frozen=True)
class Citation:
    """One fact behind an answer, with everything needed to show where it comes from.

    ``source_title`` is in square brackets when the pack's author supplied it (the source
    has no headline of its own); ``published`` is in words, as precise as the source's
    date ("2018", "July 2023", "19 April 2018": ``PackDate.human``).
    """

    fact_id: str
    quote: str
    statement: str
    source_id: str
    source_title: str
    publisher: str
    published: str

    @property
    def as_reported(self) -> str:
        """E.g. "as reported on 19 April 2018"; "in" before a month or a year alone."""
        on_a_day = self.published[:1].isdigit() and " " in self.published
        return f"as reported {'on' if on_a_day else 'in'} {self.published}"


@dataclass(frozen=True)
class Reveal:
    """What the player sees after answering."""

    item_id: str
    correct: bool
    right_answer: str
    explanation: str
    citations: tuple[Citation, ...]


def make_question(item: QuizItem, rng: random.Random) -> Question:
    """The question for ``item``; choice options and order items are shuffled with ``rng``."""
    if item.type == "choice":
        choices = list(item.options)
        rng.shuffle(choices)
    elif item.type == "true_false":
        choices = list(TRUE_FALSE)
    elif item.type == "order":
        choices = list(item.items)
        # A shuffle that happens to match the right order would give the answer away.
        for _ in range(8):
            rng.shuffle(choices)
            if tuple(choices) != item.items:
                break
    else:
        choices = []
    return Question(
        item_id=item.id,
        type=item.type,
        prompt=item.prompt,
        choices=tuple(choices),
        unit=item.unit,
        difficulty=item.difficulty,
    )


def right_answer(item: QuizItem, question: Question) -> Answer:
    """The answer that grades as right, in the form ``grade`` takes for ``question``."""
    if item.type == "choice":
        return question.choices.index(item.answer)
    if item.type == "true_false":
        return 0 if is_true(item.answer) else 1
    if item.type == "order":
        return tuple(question.choices.index(text) for text in item.items)
    return float(item.answer)


def grade(item: QuizItem, question: Question, answer: Answer) -> bool:
    """Whether ``answer`` to ``question`` (made from ``item``) is right."""
    if item.type == "number":
        if not isinstance(answer, (int, float)) or isinstance(answer, bool):
            return False
        if not math.isfinite(float(answer)):
            return False
        return abs(float(answer) - float(item.answer)) <= item.tolerance
    return answer == right_answer(item, question)


def right_answer_text(item: QuizItem) -> str:
    """The right answer in words, for the reveal and for exports."""
    if item.type == "true_false":
        return TRUE_FALSE[0] if is_true(item.answer) else TRUE_FALSE[1]
    if item.type == "order":
        return " → ".join(item.items)
    if item.type == "number":
        return f"{item.answer} {item.unit}".strip()
    return item.answer


def number_text(value: float) -> str:
    """``value`` written out in full, for exports and logs: "2030", "4.5", "1234567",
    "0.0001" (never "1.23457e+06": the ``g`` format keeps only six digits)."""
    value = float(value)
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    text = repr(value)  # the shortest text that reads back as ``value``
    return format(Decimal(text), "f") if "e" in text and math.isfinite(value) else text


def is_true(text: str) -> bool:
    return text.strip().lower() in ("true", "yes")


def citations(pack: Pack, fact_ids: Iterable[str]) -> tuple[Citation, ...]:
    """The quote and source of each fact id (unknown ids are skipped)."""
    facts: Mapping[str, Fact] = pack.memo("quiz.facts", lambda: _by_id(pack, "facts"))
    sources: Mapping[str, Source] = pack.memo("quiz.sources", lambda: _by_id(pack, "sources"))
    found = []
    for fact_id in fact_ids:
        fact = facts.get(fact_id)
        if fact is None:
            continue
        source = sources.get(fact.source)
        found.append(
            Citation(
                fact_id=fact.id,
                quote=fact.quote,
                statement=fact.statement,
                source_id=fact.source,
                source_title=title_of(source) if source else fact.source,
                publisher=source.publisher if source else "",
                published=source.published.human() if source else "",
            )
        )
    return tuple(found)


def title_of(source: Source) -> str:
    """The source's title as cited: in square brackets when the pack's author supplied it
    (``headline: false``), the editorial sign of a title the article does not carry."""
    return source.title if source.headline else f"[{source.title}]"


def _by_id(pack: Pack, collection: str) -> Mapping[str, Any]:
    return MappingProxyType(pack.by_id(collection))


def distinct_quotes(found: Iterable[Citation]) -> tuple[Citation, ...]:
    """``found`` without citations whose quote stands inside another cited quote of the same
    source: two facts may quote overlapping words, and a reader needs them once."""
    cited = list(found)
    return tuple(
        c
        for c in cited
        if not any(
            o is not c and o.source_id == c.source_id and c.quote in o.quote and o.quote != c.quote
            for o in cited
        )
    )


def reveal(pack: Pack, item: QuizItem, correct: bool) -> Reveal:
    return Reveal(
        item_id=item.id,
        correct=correct,
        right_answer=right_answer_text(item),
        explanation=item.explanation,
        citations=citations(pack, item.facts),
    )


def select_items(
    items: Sequence[QuizItem],
    count: int,
    rng: random.Random,
    *,
    difficulty: int | None = None,
    tags: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> list[QuizItem]:
    """Up to ``count`` items in a seeded order, filtered by difficulty, tags and ids to skip."""
    wanted_tags = set(tags)
    skipped = set(exclude)
    pool = [
        item
        for item in items
        if item.id not in skipped
        and (difficulty is None or item.difficulty == difficulty)
        and (not wanted_tags or wanted_tags.intersection(item.tags))
    ]
    rng.shuffle(pool)
    return pool[:count]


def items_citing(
    items: Sequence[QuizItem], fact_ids: Iterable[str], exclude: Iterable[str] = ()
) -> list[QuizItem]:
    """Items that cite any of ``fact_ids`` and are not in ``exclude``, in pack order."""
    wanted = set(fact_ids)
    skipped = set(exclude)
    return [item for item in items if item.id not in skipped and wanted.intersection(item.facts)]


def accuracy(right: int, asked: int) -> float:
    """Share of right answers, 0.0 when nothing was asked."""
    return right / asked if asked else 0.0
