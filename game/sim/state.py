"""The campaign state: one frozen value holding everything a campaign has come to.

``GameState`` is changed only by ``game.sim.rules.apply``, which returns a new value. It
carries the state of its one seeded ``random.Random`` (``rng_state``), so the same pack,
agency, seed and actions always give the same state. The pack and its lookup tables ride
along in ``index`` (not compared, not saved: a save names the pack instead). Views derived
from the fields (``derived``) are kept beside them, and new states come from ``evolve``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from game.content.citations import Citation
from game.quiz.engine import Question
from game.sim.dice import RngSnapshot
from game.sim.messages import Message
from game.sim.moves import Bid as Bid
from game.sim.moves import DilemmaChoice as DilemmaChoice
from game.sim.moves import EndedAgreement as EndedAgreement
from game.sim.moves import OpportunityResult as OpportunityResult
from game.values import quick_init

if TYPE_CHECKING:
    from game.content.model import Agency, Pack
    from game.sim.index import PackIndex


@quick_init
@dataclass(frozen=True)
class Stock:
    """An agency's resources now. None of them is ever below zero."""

    budget: int
    income: int
    prestige: int
    science: int


@quick_init
@dataclass(frozen=True)
class SignedAgreement:
    """An agreement in force, signed by anyone: the network view draws one line per pair.

    ``real`` agreements come from the pack (``id`` is the pack's id); proposals made by the
    player get an id of their own and their ``kind``'s effects.
    """

    id: str
    title: str
    kind: str
    parties: tuple[str, ...]
    year: int
    real: bool
    by_player: bool


@quick_init
@dataclass(frozen=True)
class Development:
    """A mission the player has paid for, being built until ``launch_year``."""

    mission_id: str
    started: int
    launch_year: int
    cost_paid: int
    tests: int = 0  # tests paid for while it is built (each raises its chance)


@quick_init
@dataclass(frozen=True)
class Launch:
    """A mission that flew: the player's (rolled) or the world's (as history tells)."""

    mission_id: str
    year: int
    success: bool
    by_player: bool
    reliability: float = 1.0


@quick_init
@dataclass(frozen=True)
class NewsItem:
    """One line of the news feed.

    ``kind``: ``event``, ``agreement`` or ``mission`` (the world's, as history has them),
    ``launch`` (the player's own mission flew), ``offer`` (a real agreement of the player
    falls due), ``slip`` (a plan put back: ``expected`` says to when) or ``history`` (the
    player's agency flew this mission this year in the real timeline). ``status``: ``done``,
    ``planned`` (a plan, going ahead as announced), ``slipped``, ``succeeded`` or ``failed``.
    ``record_id`` is the pack id of the event, agreement or mission; ``concerns_player``
    marks items the player's agency takes part in; ``citations`` carry quote and source.
    """

    year: int
    kind: str
    record_id: str
    title: str
    summary: str
    status: str
    big: bool
    concerns_player: bool
    citations: tuple[Citation, ...] = ()
    expected: int | None = None  # a slipped plan: the year it is now expected
    # News the rules tell in a code (an opportunity's bids and results, in your game): the
    # UI words it instead of ``summary``. Kinds ``opportunity`` (opening, result, or the
    # record's real winners) and ``rival`` (what rivals did this year).
    message: Message | None = None

    @property
    def planned(self) -> bool:
        return self.status in ("planned", "slipped")

    @property
    def record_kind(self) -> str:
        """The kind of record a question opened on this item names (a launch: ``mission``)."""
        return "mission" if self.kind == "launch" else self.kind


@quick_init
@dataclass(frozen=True)
class Checkpoint:
    """A quiz question waiting for the player's answer (``record_id``: the record whose news
    opened it, or '' for a spaced question about something met turns earlier)."""

    item_id: str
    question: Question
    year: int
    record_id: str


@quick_init
@dataclass(frozen=True)
class QuizRecord:
    """One answered checkpoint (``timed_out``: the time ran out before an answer)."""

    item_id: str
    year: int
    correct: bool
    timed_out: bool = False


@quick_init
@dataclass(frozen=True)
class Happened:
    """A dated record of the pack that took place in the world (``slipped_from``: its plan)."""

    key: str  # "event:<id>", "agreement:<id>" or "mission:<id>"
    year: int
    slipped_from: int | None = None


@quick_init
@dataclass(frozen=True)
class GameState:
    """Everything about one campaign at the start of the player's turn in ``year``."""

    index: PackIndex = field(compare=False, repr=False)
    agency_id: str
    seed: int
    year: int
    start_year: int
    end_year: int
    stock: Stock
    start_stock: Stock
    relations: tuple[tuple[str, int], ...]  # every other agency, sorted by id: 0-100
    signed: tuple[SignedAgreement, ...]
    declined: tuple[str, ...]  # real agreements the player declined or let lapse
    offers: tuple[str, ...]  # real agreements of the player due this year, not yet answered
    developing: tuple[Development, ...]
    launches: tuple[Launch, ...]
    happened: tuple[Happened, ...]
    schedule: tuple[tuple[str, int], ...]  # record key -> year, for what has not happened
    news: tuple[NewsItem, ...]
    checkpoint: Checkpoint | None
    quiz_log: tuple[QuizRecord, ...]
    checkpoints_this_year: int
    finished: bool
    rng_state: RngSnapshot  # equal, and saved, as random.Random.getstate()'s tuple
    scenario: str = ""  # the id of the pack's scenario played; '' for the full campaign
    years_per_turn: int = 1  # a turn covers years ``year`` to ``turn_end`` (the scenario's)
    dilemma: str = ""  # the pack's dilemma waiting for the player's choice; '' for none
    dilemma_choices: tuple[DilemmaChoice, ...] = ()  # dilemmas met and chosen, in order
    bids: tuple[Bid, ...] = ()  # every bid and rival proposal for an opportunity, in order
    opportunity_results: tuple[OpportunityResult, ...] = ()
    research: tuple[int, ...] = ()  # the years the player funded research
    # (fact id, year) of every fact the player has been shown (cited on a card), in the
    # order first shown: what spaced checkpoints ask about (``game.sim.spacing``).
    shown: tuple[tuple[str, int], ...] = ()
    ended: tuple[EndedAgreement, ...] = ()  # the player's own agreements it ended, in order

    # --- reading helpers for the UI, the report and the rules ---------------------------

    @property
    def pack(self) -> Pack:
        return self.index.pack

    @property
    def agency(self) -> Agency:
        return self.index.agencies[self.agency_id]

    @property
    def turn(self) -> int:
        """1 in the first turn of the campaign."""
        return self.turn_of(self.year)

    @property
    def turns(self) -> int:
        """How many turns the whole campaign lasts (the last may cover fewer years)."""
        return self.turn_of(self.end_year)

    @property
    def turn_end(self) -> int:
        """The last year this turn covers (``year`` itself with one year a turn)."""
        end = self.year + self.years_per_turn - 1
        return end if end < self.end_year else self.end_year  # min(), without the call

    def turn_of(self, year: int) -> int:
        """The turn (1 first) that covers ``year`` of the campaign."""
        return (year - self.start_year) // max(1, self.years_per_turn) + 1

    @property
    def budget(self) -> int:
        return self.stock.budget

    def relation(self, agency_id: str) -> int:
        """Relations between the player's agency and ``agency_id`` (0-100)."""
        return self.relations_by_agency().get(agency_id, 0)

    def relations_by_agency(self) -> Mapping[str, int]:
        """``relations`` as a read-only table."""
        return derived(self, ("relations",), "relations", lambda: dict(self.relations))

    def news_for(self, year: int) -> tuple[NewsItem, ...]:
        return tuple(item for item in self.news if item.year == year)

    def turn_news(self) -> tuple[NewsItem, ...]:
        """The news of this turn (of each of its years, when a turn covers several)."""
        return tuple(item for item in self.news if self.year <= item.year <= self.turn_end)

    @property
    def turn_label(self) -> str:
        """The turn's years for a title: '2003', or '2003–2004' for a turn of two years."""
        end = self.turn_end
        return str(self.year) if end == self.year else f"{self.year}–{end}"

    def player_agreements(self) -> tuple[SignedAgreement, ...]:
        """Agreements the player's agency is a party to (signed by it, or before its start)."""
        return derived(
            self,
            ("signed",),
            "player_agreements",
            lambda: tuple(a for a in self.signed if self.agency_id in a.parties),
        )

    def player_launches(self) -> tuple[Launch, ...]:
        return derived(
            self,
            ("launches",),
            "player_launches",
            lambda: tuple(launch for launch in self.launches if launch.by_player),
        )

    def has_happened(self, key: str) -> bool:
        keys = derived(self, ("happened",), "keys", lambda: frozenset(h.key for h in self.happened))
        return key in keys

    def signed_ids(self) -> frozenset[str]:
        """Pack ids of every real agreement in force, whoever signed it (a proposal's id is
        the game's, and may spell a pack agreement's id: it never stands in for one)."""
        return derived(
            self,
            ("signed",),
            "ids",
            lambda: frozenset(signed.id for signed in self.signed if signed.real),
        )

    @cached_property
    def _derived(self) -> dict[tuple[str, ...], dict[Hashable, Any]]:
        # Lives outside the dataclass fields: equality and saves never see it.
        return {}


# --- derived views and new states ---------------------------------------------------------

T = TypeVar("T")
_FIELD_SET = frozenset(f.name for f in fields(GameState))


def derived(state: GameState, reads: tuple[str, ...], key: Hashable, make: Callable[[], T]) -> T:
    """The value ``make()`` computes from what ``state`` holds in ``reads`` (and from the
    campaign's constants: pack and agency), computed once. The rules ask for such views many
    times per state, and a state made by ``evolve`` keeps those whose fields it left alone:
    same values, same view, so a campaign does not rescan its whole history per action.
    """
    views = state._derived
    table = views.get(reads)
    if table is None:
        if reads not in VIEW_READS:  # a programming error: name what to declare
            raise ValueError(f"VIEW_READS lacks {reads!r}")
        table = views[reads] = {}
    try:
        found: T = table[key]
        return found
    except KeyError:  # hashing ``key`` once on the hot path, not twice
        made = table[key] = make()
        return made


# Every set of fields a derived view reads, declared (``derived`` refuses another): for a
# change of one field, ``evolve`` drops just the tables of the sets naming it, found in
# ``_STALE_WHEN``, rather than testing every table. Most changes are of fields no view
# reads (the budget, the news, the pending question, the generator): every table is kept.
VIEW_READS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("bids",),
        ("bids", "year"),
        ("developing",),
        ("developing", "launches"),
        ("happened",),
        ("happened", "launches", "signed"),
        ("launches",),
        ("launches", "happened", "signed", "year"),
        ("launches", "signed", "research"),
        ("quiz_log",),
        ("quiz_log", "shown"),
        ("relations",),
        ("schedule",),
        ("shown",),
        ("signed",),
        ("year",),
    }
)
VIEWED_FIELDS = frozenset(name for reads in VIEW_READS for name in reads)
_STALE_WHEN: dict[str, tuple[tuple[str, ...], ...]] = {
    name: tuple(reads for reads in VIEW_READS if name in reads) for name in VIEWED_FIELDS
}

V = TypeVar("V")
_CARRIED: tuple[str, ...] = ()  # reads no field: ``evolve`` keeps the table for every new state


def carried(state: GameState, key: Hashable, make: Callable[[V | None], V]) -> V:
    """``make(previous)``: a view that ``make`` may build from the one it made last in this
    line of play (``previous``, None the first time), for views of fields that only grow
    (the quiz log): extending last year's view costs a record, rebuilding costs the log.
    ``make`` must check that ``previous`` fits ``state`` (its fields continue the ones it
    was made from) and start afresh when not: the table is shared with the states before.
    Ask through ``derived``, so one state makes its view once.
    """
    views = state._derived
    table = views.get(_CARRIED)
    if table is None:
        table = views[_CARRIED] = {}
    made = table[key] = make(table.get(key))
    return made


def continues(longer: tuple[object, ...], prefix: tuple[object, ...]) -> bool:
    """Whether ``longer`` starts with ``prefix``: whether a ``carried`` view made from
    ``prefix`` (a field that only grows) may be extended to ``longer``."""
    return len(longer) >= len(prefix) and longer[: len(prefix)] == prefix


def evolve(state: GameState, **changes: Any) -> GameState:
    """``dataclasses.replace`` for the game state, minus its cost (the rules make hundreds of
    states per campaign); the new state shares the derived views of the fields not changed.
    """
    values = state.__dict__.copy()  # a plain copy is the quickest way to every field
    values.update(changes)
    views = values.pop("_derived", None)
    if len(values) != len(_FIELD_SET):  # a name that is no field added a key
        # A programming error, like dataclasses.replace's: name the field alone.
        raise TypeError(f"GameState.{sorted(changes.keys() - _FIELD_SET)[0]}")
    if views and not ("index" in changes or "agency_id" in changes):
        viewed = VIEWED_FIELDS.intersection(changes)
        values["_derived"] = _views_kept(views, viewed) if viewed else views.copy()
    new = object.__new__(GameState)
    _SET_ATTRIBUTE(new, "__dict__", values)  # frozen: past the dataclass's own __setattr__
    return new


_SET_ATTRIBUTE = object.__setattr__


def _views_kept(
    views: dict[tuple[str, ...], dict[Hashable, Any]], changed: frozenset[str]
) -> dict[tuple[str, ...], dict[Hashable, Any]]:
    """The tables of ``views`` that read none of the ``changed`` fields."""
    kept = views.copy()
    for name in changed:
        for reads in _STALE_WHEN[name]:
            kept.pop(reads, None)
    return kept
