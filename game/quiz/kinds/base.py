"""The interface every quiz kind implements, and the helpers several kinds share.

A kind is one module holding one ``KIND`` object with the methods of ``QuizKind``: build
a question from a pack item, the right answer, grade, check an answer's shape, say an
answer in words, parse typed text, encode and decode it for the results log, validate
the pack item, name the words that would give its answer away (for choosing a session's
items), and its parts of the exports (GIFT, CSV, worksheet).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from game.content.model import Pack, QuizItem
from game.content.problems import Problem, at
from game.content.validate_evidence import QuizClaim
from game.quiz.question import LETTERS, Answer, AnswerProblem, Hint, Question

if TYPE_CHECKING:
    import random  # the seeded generator a question is shuffled with

Escape = Callable[[str], str]
Words = Callable[[str], frozenset[str]]


@dataclass(frozen=True)
class TableCells:
    """A kind's cells of the CSV export: the option columns, the answer, the tolerance."""

    options: tuple[str, ...]
    answer: str
    tolerance: str = ""


@dataclass(frozen=True)
class SheetParts:
    """A kind's parts of the printed worksheet: the code of its instruction line (or '':
    ``number-the-boxes``, ``letter-per-row``; the worksheet words it), the lettered
    lines to print (with a box each, unless there are ``rows``: numbered lines with a box
    for the letter that goes with each), or none for a blank to fill; the answer key's
    text; and the one-line marking key's entry (what to look for, and its words)."""

    how: str
    lines: tuple[str, ...]
    key: str
    mark: str
    mark_words: str = ""
    blank_unit: str = ""
    rows: tuple[str, ...] = ()


class QuizKind(Protocol):
    """One kind of quiz question (see the module docstring)."""

    name: str
    #: Whether the answer is a number (then only a number that is not a date's day in
    #: another item's prompt gives it away).
    numeric: bool

    def question(self, item: QuizItem, rng: random.Random) -> Question: ...

    def right_answer(self, item: QuizItem, question: Question) -> Answer: ...

    def grade(self, item: QuizItem, question: Question, answer: Answer) -> bool: ...

    def shape_problem(self, question: Question, answer: Answer) -> AnswerProblem | None: ...

    def right_words(self, item: QuizItem) -> str: ...

    def answer_words(self, question: Question, answer: Answer, *, spoken: bool = False) -> str:
        """``answer`` in words; ``spoken``: without arrows or signs, for screen readers."""
        ...

    def parse(self, question: Question, text: str) -> Answer | None: ...

    def hint(self, question: Question) -> Hint: ...

    def encode(self, question: Question, answer: Answer) -> str: ...

    def decode(self, question: Question, text: str) -> Answer: ...

    def check(self, pack: Pack, item: QuizItem) -> list[Problem]: ...

    def claim(self, item: QuizItem) -> QuizClaim:
        """What the right answer claims, for the evidence checks against its quotes."""
        ...

    def giveaway(self, item: QuizItem, words: Words) -> frozenset[str]:
        """The words that would give the answer away if another item's prompt held them all
        (``words`` picks the meaningful words of a text); none for a kind that has none."""
        ...

    def gift(self, item: QuizItem, escape: Escape) -> tuple[str, str]: ...

    def table(self, item: QuizItem) -> TableCells: ...

    def sheet(self, item: QuizItem, question: Question) -> SheetParts: ...


# --- building and grading ----------------------------------------------------------------


def shuffled_apart(values: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """``values`` shuffled with ``rng``; a shuffle that happens to keep the pack's order
    would give the answer away, so up to eight shuffles are tried."""
    shown = list(values)
    for _ in range(8):
        rng.shuffle(shown)
        if tuple(shown) != tuple(values):
            break
    return tuple(shown)


def is_index(answer: Answer, count: int) -> bool:
    return type(answer) is int and 0 <= answer < count


def is_places(answer: Answer, count: int) -> bool:
    """Whether ``answer`` names each of ``count`` places exactly once."""
    return (
        isinstance(answer, tuple)
        and all(type(place) is int for place in answer)
        and sorted(answer) == list(range(count))
    )


def number_text(value: float) -> str:
    """``value`` written out in full: "2030", "4.5", "1234567", "0.0001" (never
    "1.23457e+06": the ``g`` format keeps only six digits)."""
    value = float(value)
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    text = repr(value)  # the shortest text that reads back as ``value``
    if "e" not in text or not math.isfinite(value):
        return text
    from decimal import Decimal  # only for the rare number in exponent form

    return format(Decimal(text), "f")


# --- typed answers -----------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s,;.\-]+")


def pick_one(question: Question, text: str) -> int | None:
    """An option by its number (``2``), its letter (``b``, ``(B)``) or its text."""
    count = len(question.choices)
    token = re.sub(r"^[(\s]+|[).:\s]+$", "", text)
    if token.isdigit() and 1 <= int(token) <= count:
        return int(token) - 1
    if len(token) == 1 and token.upper() in LETTERS[:count]:
        return LETTERS.index(token.upper())
    folded = token.casefold()
    for index, choice in enumerate(question.choices):
        if folded == choice.casefold():
            return index
    return None


def pick_places(question: Question, text: str) -> tuple[int, ...] | None:
    """Every choice once, by number or letter: ``3 1 2``, ``3,1,2``, ``C A B`` or ``cab``."""
    count = len(question.choices)
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if len(tokens) == 1 and len(tokens[0]) == count:
        tokens = list(tokens[0])
    if len(tokens) != count:
        return None
    picked = []
    for token in tokens:
        if token.isdigit() and 1 <= int(token) <= count:
            picked.append(int(token) - 1)
        elif len(token) == 1 and token.upper() in LETTERS[:count]:
            picked.append(LETTERS.index(token.upper()))
        else:
            return None
    return tuple(picked) if sorted(picked) == list(range(count)) else None


def letters_of(question: Question, answer: Answer) -> str:
    """A tuple answer as the results log keeps it: the choices' letters, space-separated."""
    assert isinstance(answer, tuple)
    return " ".join(question.letter(i) for i in answer)


def places_from_letters(text: str) -> tuple[int, ...]:
    return tuple(LETTERS.index(letter) for letter in text.split())


# --- validating pack items ---------------------------------------------------------------

_DEFAULTS: dict[str, object] = {
    "options": (),
    "items": (),
    "pairs": (),
    "answer": "",
    "tolerance": 0.0,
    "unit": "",
}


def misplaced(pack: Pack, item: QuizItem, names: Sequence[str]) -> list[Problem]:
    """A problem for each field in ``names`` that ``item``'s kind does not use but has."""
    problems: list[Problem] = []
    for name in names:
        if getattr(item, name) != _DEFAULTS[name]:
            message = f"a {item.type} item has no `{name}`; remove it"
            problems.append(at(pack.where_of(item, name), "misplaced-field", message))
    return problems


def unused_fields(used: Sequence[str]) -> tuple[str, ...]:
    return tuple(name for name in _DEFAULTS if name not in used)


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def duplicates(
    pack: Pack, item: QuizItem, name: str, values: Sequence[str], field: str | None = None
) -> list[Problem]:
    """A problem for each value that repeats an earlier one (case and spacing aside)."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(values):
        key = _same(value)
        if key in seen:
            message = f"{name} {index + 1} repeats {name} {seen[key] + 1} ({value!r})"
            place = f"{field or name + 's'}.{index}"
            problems.append(at(pack.where_of(item, place), "duplicate-option", message))
        else:
            seen[key] = index
    return problems


def count_problem(
    pack: Pack,
    item: QuizItem,
    field: str,
    count: int,
    limits: tuple[int, int],
    code: str,
    verb: str = "has",
) -> list[Problem]:
    """A problem when ``item`` has not ``limits[0]`` to ``limits[1]`` entries in ``field``."""
    low, high = limits
    if low <= count <= high:
        return []
    article = "an" if item.type[:1] in "aeiou" else "a"
    message = f"{article} {item.type} item {verb} {low} to {high} {field}, this one {count}"
    return [at(pack.where_of(item, field), code, message)]


def did_you_mean(given: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(given, list(known), n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else ""
