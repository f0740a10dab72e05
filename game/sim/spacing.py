"""Spaced retrieval: which facts the player has been shown and when, and which question a
checkpoint asks.

A checkpoint asks about something met at least ``SPACED_TURNS`` turns earlier (turns, not
years: a scenario's turn may cover several), never the card just dismissed: an item whose
cited facts were all first shown that long ago, that was never asked in this campaign,
and that the player could know by the turn's last year (see ``game.sim.knowable``). A fact
answered wrong waits ``RETRY_TURNS`` turns before it is asked again, one answered right
``RIGHT_REST_TURNS`` (the gaps between retrievals grow). Of the items left, it prefers,
in this order:

1. an item on a fact answered wrong at least ``RETRY_TURNS`` turns ago and not answered
   right since (another item on the same fact: the one asked is never asked again);
2. items whose facts were retrieved least often (never, first);
3. the kind of question asked least so far in the campaign (choice, true/false, order,
   number, match, and the generated "says who, and when?"), for a mix;
4. the facts shown longest ago;

and picks one of the few best with the campaign's seeded generator.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, replace

from game.content.model import Pack, QuizItem
from game.quiz.says_who import is_generated, kind_name
from game.sim.balance import RETRY_TURNS, RIGHT_REST_TURNS, SPACED_CHOICES, SPACED_TURNS
from game.sim.knowable import knowable_year
from game.sim.ripened import EMPTY_RIPENED, Citing, Ranked, RipenedView
from game.sim.state import GameState, NewsItem, QuizRecord, carried, continues, derived
from game.values import quick_init

NO_YEAR = -(10**6)  # an item with no date to wait for


def with_shown(
    shown: tuple[tuple[str, int], ...], fact_ids: Iterable[str], year: int
) -> tuple[tuple[str, int], ...]:
    """``shown`` with the facts of ``fact_ids`` not yet in it, as first shown in ``year``."""
    known = {fact_id for fact_id, _ in shown}
    added: list[tuple[str, int]] = []
    for fact_id in fact_ids:
        if fact_id not in known:
            known.add(fact_id)
            added.append((fact_id, year))
    return shown + tuple(added) if added else shown


def shown_in_news(
    shown: tuple[tuple[str, int], ...],
    news: Iterable[NewsItem],
    known: Container[str] | None = None,
) -> tuple[tuple[str, int], ...]:
    """``shown`` with every fact the ``news`` cards cite (each in its card's year);
    ``known``, when given, holds the facts of ``shown`` (a state's ``shown_facts``)."""
    if known is None:
        known = {fact_id for fact_id, _ in shown}
    new: dict[str, int] = {}  # fact id -> year, in the order first cited
    for item in news:
        for citation in item.citations:
            fact_id = citation.fact_id
            if fact_id not in known and fact_id not in new:
                new[fact_id] = item.year
    return shown + tuple(new.items()) if new else shown


def shown_facts(state: GameState) -> Container[str]:
    """The facts of ``state.shown``, from the view checkpoints keep up to date year by year
    (``ripened``), not a new set each year."""
    return ripened(state).years


def first_shown(state: GameState) -> Mapping[str, int]:
    """Fact id -> the year the player was first shown it in this campaign: ``dict(shown)``,
    as ``ripened`` keeps it year by year."""
    return ripened(state).years


@quick_init
@dataclass(frozen=True)
class LogView:
    """What picking needs from the quiz log, brought up to date record by record (the log
    only grows) rather than rescanned every year: see ``log_view``."""

    log: tuple[QuizRecord, ...]
    asked: frozenset[str]  # item ids asked
    retrieved: dict[str, int]  # fact id -> times asked about (only facts asked about)
    kinds: dict[str, int]  # question kind -> times asked (only kinds asked)
    wrong: dict[str, int]  # fact id -> year first answered wrong, not answered right since

    def extended(self, log: tuple[QuizRecord, ...], quiz: Mapping[str, QuizItem]) -> LogView:
        """This view with the records of ``log`` past its own (``log`` must continue it)."""
        new = log[len(self.log) :]
        if not new:
            return self if log == self.log else replace(self, log=log)
        retrieved, kinds, wrong = self.retrieved.copy(), self.kinds.copy(), self.wrong.copy()
        for record in new:
            item = quiz[record.item_id]
            correct = record.correct
            for fact_id in item.facts:
                retrieved[fact_id] = retrieved.get(fact_id, 0) + 1
                if correct:
                    wrong.pop(fact_id, None)
                else:
                    wrong.setdefault(fact_id, record.year)
            kind = kind_name(item)
            kinds[kind] = kinds.get(kind, 0) + 1
        asked = self.asked.union([record.item_id for record in new])
        return LogView(log, asked, retrieved, kinds, wrong)


EMPTY_LOG = LogView((), frozenset(), {}, {}, {})


def log_view(state: GameState) -> LogView:
    """``LogView`` of ``state.quiz_log``. A campaign asks for it every year and its log grows
    by a record or two a year: the view made last (kept by the states that follow, see
    ``carried``) is extended with the new records, or made afresh when the log does not
    continue it (a loaded save, another line of play)."""

    def make(previous: LogView | None) -> LogView:
        log = state.quiz_log
        start = previous if previous is not None and continues(log, previous.log) else EMPTY_LOG
        return start.extended(log, state.index.quiz)

    return derived(state, ("quiz_log",), "log_view", lambda: carried(state, "log_view", make))


def due_again(state: GameState, view: LogView) -> set[str]:
    """Facts answered wrong at least ``RETRY_TURNS`` turns ago and not answered right since
    (``view``: ``state``'s log view)."""
    wrong = view.wrong
    if not wrong:
        return set()
    last = turns_ago(state, RETRY_TURNS)
    return {f for f, year in wrong.items() if year <= last}


def last_year_of_turn(state: GameState, turn: int) -> int:
    """The last year turn ``turn`` covers (before the campaign for a turn below 1): a year
    is in that turn or an earlier one exactly when it is at most this."""
    return state.start_year + turn * max(1, state.years_per_turn) - 1


def turns_ago(state: GameState, turns: int) -> int:
    """``last_year_of_turn(state, state.turn - turns)``, the last year of the turn ``turns``
    turns before this one, worked out without the three calls (every checkpoint asks)."""
    step = state.years_per_turn
    if step <= 1:  # a year a turn: the turn ``turns`` years ago ended then
        return state.year - turns
    start = state.start_year
    return start + ((state.year - start) // step + 1 - turns) * step - 1


def recently_asked(state: GameState) -> set[str]:
    """Facts not asked again yet: answered wrong less than ``RETRY_TURNS`` turns ago, or
    right less than ``RIGHT_REST_TURNS`` turns ago."""
    quiz = state.index.quiz
    retry = turns_ago(state, RETRY_TURNS)
    rest = turns_ago(state, RIGHT_REST_TURNS)
    recent: set[str] = set()
    for record in reversed(state.quiz_log):  # the log is in the order asked: newest last
        if record.year <= rest:
            break
        if record.correct or record.year > retry:
            recent.update(quiz[record.item_id].facts)
    return recent


@quick_init
@dataclass(frozen=True)
class Askable:
    """What picking needs to know of one item, worked out once per pack."""

    item: QuizItem
    id: str  # the item's
    facts: frozenset[str]
    kind: str
    known: int  # knowable_year, or a year before any campaign
    generated: bool


def askable(pack: Pack, items: Iterable[QuizItem]) -> tuple[Askable, ...]:
    """The items with facts, with what picking needs, made once per pack."""

    def make() -> tuple[Askable, ...]:
        return tuple(
            Askable(
                item,
                item.id,
                frozenset(item.facts),
                kind_name(item),
                knowable_year(pack, item) or NO_YEAR,
                is_generated(item.id),
            )
            for item in items
            if item.facts
        )

    return pack.memo("sim.askable", make)


@quick_init
@dataclass(frozen=True)
class KnownBy:
    """``askable``'s entries by the year they become knowable: ``upto(year)`` is every entry
    knowable by ``year``, in ``askable``'s order (made once per pack, so a checkpoint does
    not look at the many items of later years)."""

    years: tuple[int, ...]  # the distinct knowable years, ascending
    entries: tuple[tuple[Askable, ...], ...]  # per year of ``years``: the entries known by it

    def upto(self, year: int) -> tuple[Askable, ...]:
        at = bisect_right(self.years, year)
        return self.entries[at - 1] if at else ()


def known_by(pack: Pack, items: Iterable[QuizItem]) -> KnownBy:
    def make() -> KnownBy:
        entries = askable(pack, items)
        years = tuple(sorted({entry.known for entry in entries}))
        return KnownBy(years, tuple(tuple(e for e in entries if e.known <= y) for y in years))

    return pack.memo("sim.known_by", make)


def ripe_items(state: GameState) -> list[Askable]:
    """Items that may be asked now: not asked before, every fact first shown at least
    ``SPACED_TURNS`` turns ago and not asked about in the last ``RETRY_TURNS`` turns, and
    knowable in the year played."""
    last = turns_ago(state, SPACED_TURNS)
    ripe_facts = {fact_id for fact_id, shown in state.shown if shown <= last}
    if not ripe_facts:
        return []
    ripe_facts -= recently_asked(state)
    asked = log_view(state).asked
    pending = state.checkpoint.item_id if state.checkpoint is not None else None
    return [
        entry
        for entry in _knowable(state)
        if entry.facts <= ripe_facts and entry.id not in asked and entry.id != pending
    ]


def _knowable(state: GameState) -> tuple[Askable, ...]:
    """The items knowable in the year played (after the turn's last year: nothing about the
    future), in the pack's order."""
    return known_by(state.pack, state.index.quiz.values()).upto(state.turn_end)


def best_ranked(state: GameState) -> list[Askable]:
    """The ``SPACED_CHOICES`` best items by the preferences of the module docstring, best
    first (the facts shown longest ago, the pack's own item before a generated one, then
    the pack's order), or none."""
    view = log_view(state)
    again = due_again(state, view) if view.wrong else None
    if again:
        due = [e for e in ripe_items(state) if not again.isdisjoint(e.facts)]
        if due:
            fewest = fewest_retrieved(due, view.retrieved)
            return ranked(rarest_kinds(view.kinds, fewest), first_shown(state))
    # Facts never retrieved count 0: when some items have only those, they are the fewest.
    fresh = never_retrieved(state, view)
    if fresh or not view.retrieved:  # nothing asked yet: every ripe item would be fresh
        return fresh
    fewest = fewest_retrieved(ripe_items(state), view.retrieved)
    return ranked(rarest_kinds(view.kinds, fewest), first_shown(state))


def ranked(group: list[Askable], shown_in: Mapping[str, int]) -> list[Askable]:
    """The ``SPACED_CHOICES`` first of ``group`` (in the pack's order) ranked by the year
    their last fact was first shown (``shown_in``), the pack's own item before a generated
    one (``sorted`` keeps the order of equals)."""
    shown = shown_in.__getitem__
    return sorted(group, key=lambda e: (max(map(shown, e.facts)), e.generated))[:SPACED_CHOICES]


def never_retrieved(state: GameState, view: LogView) -> list[Askable]:
    """``ranked`` of the ripe items on facts never retrieved, of the kinds asked least
    (``view``: ``state``'s log view). Read from ``ripened``, which keeps the items whose
    facts were all shown, by kind and ranked: an item asked, or on a fact asked about
    lately, has its facts retrieved, so only the item pending (if any) is left out by its
    id. Each kind is read until it has ``SPACED_CHOICES`` such items, or its next item
    ripens later than the turn ``SPACED_TURNS`` turns ago."""
    last = turns_ago(state, SPACED_TURNS)
    end = state.turn_end
    # ``keys().isdisjoint`` walks the item's few facts; ``facts.isdisjoint(dict)`` would
    # walk every fact retrieved.
    retrieved, times = view.retrieved.keys(), view.kinds
    pending = state.checkpoint.item_id if state.checkpoint is not None else None
    by_kind = ripened(state).by_kind
    rarest = -1
    best: list[Ranked] = []
    # The kinds asked least first: once one has an item, no kind asked more is read.
    for asked, kind in sorted([(times.get(kind, 0), kind) for kind in by_kind]):
        if asked > rarest >= 0:
            break
        found: list[Ranked] = []
        for entry in by_kind[kind]:
            if entry[0] > last:
                break
            item = entry[3]
            if item.known <= end and item.id != pending and retrieved.isdisjoint(item.facts):
                found.append(entry)
                if len(found) == SPACED_CHOICES:
                    break
        if found:
            rarest = asked
            best += found
    best.sort()
    return [entry[3] for entry in best[:SPACED_CHOICES]]


def ripened(state: GameState) -> RipenedView:
    """``RipenedView`` of ``state.shown``, extended from the one made last in this line of
    play (see ``carried``) by the facts shown since, or made afresh when ``state.shown``
    does not continue it."""

    def make(previous: RipenedView | None) -> RipenedView:
        shown = state.shown
        fits = previous is not None and continues(shown, previous.shown)
        start = previous if fits and previous is not None else EMPTY_RIPENED
        return start.extended(shown, citing_by_fact(state.pack, state.index.quiz.values()))

    return derived(state, ("shown",), "ripened", lambda: carried(state, "ripened", make))


def citing_by_fact(pack: Pack, items: Iterable[QuizItem]) -> dict[str, tuple[Citing, ...]]:
    """Fact id -> the ``askable`` entries citing it, as ``Citing`` (made once per pack)."""

    def make() -> dict[str, tuple[Citing, ...]]:
        table: dict[str, list[Citing]] = {}
        for position, entry in enumerate(askable(pack, items)):
            for fact_id in entry.facts:
                others = entry.facts - {fact_id}
                table.setdefault(fact_id, []).append((entry.generated, position, entry, others))
        return {fact_id: tuple(entries) for fact_id, entries in table.items()}

    return pack.memo("sim.citing_by_fact", make)


def fewest_retrieved(entries: list[Askable], retrieved: Mapping[str, int]) -> list[Askable]:
    """The ``entries`` whose facts were retrieved the fewest times in all."""
    if not entries:
        return entries
    counts = [sum(retrieved.get(f, 0) for f in e.facts) for e in entries]
    fewest = min(counts)
    return [e for e, n in zip(entries, counts, strict=True) if n == fewest]


def rarest_kinds(times: Mapping[str, int], entries: list[Askable]) -> list[Askable]:
    """The ``entries`` of the kinds asked least so far (``times``: kind -> times asked)."""
    if not entries:
        return entries
    rarest = min(times.get(kind, 0) for kind in {e.kind for e in entries})
    return [e for e in entries if times.get(e.kind, 0) == rarest]


def pick(state: GameState, rng: random.Random) -> QuizItem | None:
    """The item a checkpoint asks now (see the module docstring), or None."""
    pool = best_ranked(state)
    return pool[rng.randrange(len(pool))].item if pool else None
