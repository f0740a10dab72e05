"""Which quiz items a session (or a printed selection) asks, from a seed.

``choose`` takes the items a teacher's filters leave (difficulty, tags), shuffles them with
the session's seed, and picks them in that order, with two rules:

- **no give-aways**: an item is not picked beside one whose prompt contains its answer
  (every word of a choice's right option, or a number's digits), so one question never
  answers another;
- **balanced types**: no kind of question takes more than its share of the session
  (``count`` over the kinds on offer, rounded up) while other kinds are left; only when
  they run out does one kind fill the rest.

``ids`` picks exactly those items, in that order (a preview or a printed selection).
"""

from __future__ import annotations

import difflib
import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from game.content.model import QuizItem
from game.errors import SpaceAccordError
from game.quiz.kinds import kind_of

_WORD = re.compile(r"[\w'’-]+")
_FILLER = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "the",
        "to",
        "was",
        "were",
        "with",
    ]
)


class UnknownItem(SpaceAccordError):
    """An item id the pack's quiz does not have."""


def words(text: str) -> frozenset[str]:
    """The words of ``text`` that carry meaning, folded: "The Moon's far side" ->
    {"moon's", "far", "side"}."""
    found = (w.strip("'’-").casefold() for w in _WORD.findall(text))
    return frozenset(w for w in found if w and w not in _FILLER)


def answer_words(item: QuizItem) -> frozenset[str]:
    """The words that would give ``item``'s answer away (its kind says which: none for
    true/false, order or match)."""
    return kind_of(item.type).giveaway(item, words)


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _dated(prompt: str, number: str) -> bool:
    """Whether every ``number`` in ``prompt`` is a day of a date ("6 June", "June 6")."""
    spots = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(number)}(?![\w])", prompt)]
    if not spots:
        return False
    for at in spots:
        before = prompt[:at].split()[-1:] or [""]
        after = prompt[at + len(number) :].split()[:1] or [""]
        near = {before[0].strip(",.").casefold(), after[0].strip(",.").casefold()}
        if not near & set(_MONTHS):
            return False
    return True


def gives_away(asker: QuizItem, answered: QuizItem) -> bool:
    """Whether ``asker``'s prompt holds every word of ``answered``'s answer (a number that
    is only ever a day of a date, "6 June", gives nothing away)."""
    wanted = answer_words(answered)
    if not wanted or not wanted <= words(asker.prompt):
        return False
    if kind_of(answered.type).numeric:
        (number,) = wanted
        return not _dated(asker.prompt, number)
    return True


def clash(a: QuizItem, b: QuizItem) -> bool:
    """Whether ``a`` and ``b`` must not be asked in one session (either gives the other)."""
    return gives_away(a, b) or gives_away(b, a)


def by_ids(items: Sequence[QuizItem], ids: Iterable[str]) -> list[QuizItem]:
    """The items with ``ids``, in that order; an unknown id is an error that names the
    closest known one."""
    known = {item.id: item for item in items}
    chosen = []
    for wanted in ids:
        if wanted not in known:
            close = difflib.get_close_matches(wanted, list(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise UnknownItem(f"no quiz item {wanted!r} in this pack{hint}")
        chosen.append(known[wanted])
    return chosen


def matching(
    items: Sequence[QuizItem], *, difficulty: int | None = None, tags: Iterable[str] = ()
) -> list[QuizItem]:
    """The items of ``difficulty`` (any if None) with one of ``tags`` (any if none)."""
    wanted_tags = set(tags)
    return [
        item
        for item in items
        if (difficulty is None or item.difficulty == difficulty)
        and (not wanted_tags or wanted_tags.intersection(item.tags))
    ]


def choose(
    items: Sequence[QuizItem],
    count: int,
    rng: random.Random,
    *,
    difficulty: int | None = None,
    tags: Iterable[str] = (),
    ids: Sequence[str] = (),
) -> list[QuizItem]:
    """Up to ``count`` items in a seeded order: filtered, without give-aways, types balanced.

    The shuffle draws from ``rng`` exactly as it always has, so what the session draws from
    ``rng`` afterwards (the options' order) follows from the seed alone.
    """
    if ids:
        return by_ids(items, ids)
    pool = matching(items, difficulty=difficulty, tags=tags)
    rng.shuffle(pool)
    kinds = {item.type for item in pool}
    share = math.ceil(count / len(kinds)) if kinds else 0
    chosen: list[QuizItem] = []
    per_kind: Counter[str] = Counter()
    for capped in (True, False):  # first each kind to its share, then whatever is left
        for item in pool:
            if len(chosen) >= count:
                break
            if item in chosen or any(clash(item, other) for other in chosen):
                continue
            if capped and per_kind[item.type] >= share:
                continue
            chosen.append(item)
            per_kind[item.type] += 1
    place = {id(item): n for n, item in enumerate(pool)}
    return sorted(chosen, key=lambda item: place[id(item)])  # in the seed's order
