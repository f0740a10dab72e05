"""The content model: frozen dataclasses for every record of a pack, format version 1.

Each field carries metadata that the loader, the validator and the JSON Schema generator
all read, so the three cannot drift apart:

- ``doc``: one sentence an author reads (in the schema and the guide);
- ``kind``: how the YAML value is read (see ``FieldKind``);
- ``ref``: for ids that point at another record, the collection they point into
  (``"facts"``, ``"agencies"``, ``"missions"``, ``"agreements"``, ``"sources"``,
  ``"agreement_kinds"`` or ``"missions|agreements"``); for an ``intmap``, what its keys name;
- ``choices``: the allowed values of an ``enum`` field;
- ``required``: whether the key must be present (fields with a default are optional).

Every record keeps ``where``, the file and line it came from; ``where`` never takes part
in equality, so a pack written out and loaded back compares equal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from game.content.fields import (
    DATE_BASES,
    FORMAT_VERSION,
    NOWHERE,
    QUIZ_TYPES,
    STATUSES,
    FieldKind,
    PackDate,
    Where,
    derived_field,
    derived_note_field,
    spec,
    where_field,
)
from game.content.model_dilemmas import Dilemma, DilemmaEffects, DilemmaOption
from game.content.model_parts import (
    AgreementKind,
    Ban,
    Effects,
    Emblem,
    Pair,
    Resources,
    Timeline,
    Weights,
)

__all__ = [
    "DATE_BASES",
    "FORMAT_VERSION",
    "NOWHERE",
    "QUIZ_TYPES",
    "STATUSES",
    "Agency",
    "Agreement",
    "AgreementKind",
    "Ban",
    "Dilemma",
    "DilemmaEffects",
    "DilemmaOption",
    "Effects",
    "Emblem",
    "Event",
    "Fact",
    "FieldKind",
    "Mission",
    "Pair",
    "NESTED_RECORDS",
    "PACK_FILES",
    "Pack",
    "PackDate",
    "PackInfo",
    "Opportunity",
    "QuizItem",
    "Scenario",
    "Resources",
    "Source",
    "Timeline",
    "Weights",
    "Where",
    "spec",
]

T = TypeVar("T")


# --- top-level records ----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PackInfo:
    """pack.yaml: who made the pack, what it covers, and the rules every campaign shares."""

    id: str = spec("Unique id of the pack, e.g. 'space-cooperation'.", "id")
    title: str = spec("Title shown in the pack picker.", "str")
    version: str = spec(
        "Version of the pack's content, e.g. '1.0.0'; raise it when the content changes, "
        "since saves and classroom results are resumed only with the version that wrote them.",
        "str",
    )
    format: int = spec("Pack format version; this game reads format 1.", "int")
    language: str = spec("Language code of the text, e.g. 'en'.", "str")
    description: str = spec("A paragraph about the pack.", "text")
    authors: tuple[str, ...] = spec("Who wrote the pack.", "strs")
    license: str = spec("Licence of the pack's own text, e.g. 'CC-BY-4.0'.", "str")
    timeline: Timeline = spec("Years the pack covers.", "record", record="Timeline")
    agreement_kinds: tuple[AgreementKind, ...] = spec(
        "Kinds of agreement a player may propose.", "records", record="AgreementKind"
    )
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Source:
    """sources.yaml: one article the pack quotes."""

    id: str = spec("Unique id of the source.", "id")
    title: str = spec("Headline of the article, or a short descriptive title.", "str")
    headline: bool = spec(
        "Whether the title is the article's own headline (false: a title the author made up).",
        "bool",
        default=True,
    )
    publisher: str = spec("Who published it.", "str")
    published: PackDate = spec("When it was published.", "date")
    date_basis: str = spec("How the publication date is known.", "enum", choices=DATE_BASES)
    date_note: str = spec("How an inferred date was worked out.", "text", default="")
    file: str = spec("Path of its text inside the pack, e.g. 'sources/x.txt'.", "str")
    sha256: str = spec(
        "SHA-256 of the text file, pinned by 'pack validate --repin'.", "str", default=""
    )
    author: str = spec("Who wrote it, if known.", "str", default="")
    url: str = spec("Where it was published, if known.", "str", default="")
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Fact:
    """facts.yaml: one teachable fact, quoted word for word from its source."""

    id: str = spec("Unique id of the fact.", "id")
    source: str = spec("The source that says it.", "ref", ref="sources")
    quote: str = spec("The exact words of the source.", "text")
    statement: str = spec("The fact in the author's own words.", "text")
    date: PackDate | None = spec("When it happened, if it has a date.", "date", default=None)
    date_basis: str = spec(
        "How the date is known (required with a date).", "enum", choices=DATE_BASES, default=""
    )
    date_note: str = spec("How an inferred date was worked out.", "text", default="")
    status: str = spec(
        "'done', or 'planned' if the source reports a plan (a date after the source's own).",
        "enum",
        choices=STATUSES,
        default="done",
    )
    derived: bool = derived_field()
    derived_note: str = derived_note_field()
    tags: tuple[str, ...] = spec("Topics, for filtering quizzes.", "strs", default=())
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Agency:
    """agencies.yaml: a space agency or organisation."""

    id: str = spec("Unique id of the agency.", "id")
    name: str = spec("Full name.", "str")
    short: str = spec("Short name or acronym.", "str")
    country: str = spec("Country or membership it stands for.", "str")
    playable: bool = spec("Whether a player may choose it.", "bool")
    full_campaign: bool = spec(
        "Whether a player may choose its full campaign (from start to the end of the "
        "timeline); false: it is played only through its scenarios (scenarios.yaml).",
        "bool",
        default=True,
    )
    start: int = spec("Year its campaign starts (its real start).", "year")
    resources: Resources = spec("Starting resources.", "record", record="Resources")
    colour: str = spec("Colour used for it on maps and charts, '#rrggbb'.", "colour")
    emblem: Emblem | None = spec("Its flag-like emblem.", "record", record="Emblem", default=None)
    launcher: bool = spec("Whether it can launch on its own rockets.", "bool", default=False)
    strength: str = spec("One line on what it is good at.", "str", default="")
    relations: dict[str, int] = spec(
        "Starting relations with other agencies (0-100, default 50).",
        "intmap",
        ref="agencies",
        default=None,
    )
    facts: tuple[str, ...] = spec("Facts about it.", "refs", ref="facts", default=())
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Agreement:
    """agreements.yaml: a real agreement between agencies."""

    id: str = spec("Unique id of the agreement.", "id")
    title: str = spec("Name of the agreement.", "str")
    parties: tuple[str, ...] = spec("Agencies that sign it.", "refs", ref="agencies")
    kind: str = spec("Its kind.", "ref", ref="agreement_kinds")
    date: PackDate = spec("When it was signed or is due.", "date")
    date_basis: str = spec("How the date is known.", "enum", choices=DATE_BASES)
    date_note: str = spec("How an inferred date was worked out.", "text", default="")
    status: str = spec(
        "'done', or 'planned' if still a plan when reported.",
        "enum",
        choices=STATUSES,
        default="done",
    )
    terms: str = spec("What the parties agree to, shown when it is offered.", "text")
    facts: tuple[str, ...] = spec("Facts that support it.", "refs", ref="facts")
    unlocks: tuple[str, ...] = spec(
        "Missions it makes possible.", "refs", ref="missions", default=()
    )
    effects: Effects = spec(
        "What signing it changes.", "record", record="Effects", default=Effects()
    )
    derived: bool = derived_field()
    derived_note: str = derived_note_field()
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Mission:
    """missions.yaml: a mission an agency leads, real or announced."""

    id: str = spec("Unique id of the mission.", "id")
    name: str = spec("Name of the mission.", "str")
    kind: str = spec("What it is, e.g. 'communications satellite', 'lunar lander'.", "str")
    experience: str = spec(
        "The kind whose flights count as experience for it (its own kind if left out), so "
        "kinds of one family share a first flight, e.g. 'Earth observation satellite' for "
        "an earth resources satellite.",
        "str",
        default="",
    )
    lead: str = spec("The agency that leads it.", "ref", ref="agencies")
    partners: tuple[str, ...] = spec("Agencies that take part.", "refs", ref="agencies", default=())
    date: PackDate | None = spec(
        "When it launched or is planned; none for a repeatable mission.", "date", default=None
    )
    repeatable: bool = spec(
        "Whether it is a service that may fly again and again (one at a time, each success "
        "bringing less); a repeatable mission has no date.",
        "bool",
        default=False,
    )
    date_basis: str = spec(
        "How the date is known (required with a date).", "enum", choices=DATE_BASES, default=""
    )
    date_note: str = spec("How an inferred date was worked out.", "text", default="")
    status: str = spec(
        "'done', or 'planned' if still a plan when reported.",
        "enum",
        choices=STATUSES,
        default="done",
    )
    requires: tuple[str, ...] = spec(
        "Missions or agreements that must come first.",
        "refs",
        ref="missions|agreements",
        default=(),
    )
    cost: int = spec("Budget it costs.", "int")
    build_years: int = spec("Years of development before launch.", "int", default=1)
    reliability: float = spec("Chance of success before bonuses (0.05-0.99).", "float")
    needs_launcher: bool = spec(
        "Whether the lead must own a launcher or have signed an agreement with an agency that has one.",
        "bool",
        default=True,
    )
    flies: bool = spec(
        "Whether it leaves the ground on a rocket (false for work on the ground: ground "
        "stations, data exchange, studies); only a mission that flies has a launch.",
        "bool",
        default=True,
    )
    rewards: Effects = spec("What success changes.", "record", record="Effects", default=Effects())
    summary: str = spec("One or two sentences shown on its card.", "text", default="")
    facts: tuple[str, ...] = spec("Facts that support it.", "refs", ref="facts", default=())
    derived: bool = derived_field()
    derived_note: str = derived_note_field()
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Event:
    """events.yaml: something that happens in the world whoever plays."""

    id: str = spec("Unique id of the event.", "id")
    date: PackDate = spec("When it happened or is planned.", "date")
    date_basis: str = spec("How the date is known.", "enum", choices=DATE_BASES)
    date_note: str = spec("How an inferred date was worked out.", "text", default="")
    status: str = spec(
        "'done', or 'planned' if still a plan when reported.",
        "enum",
        choices=STATUSES,
        default="done",
    )
    title: str = spec("Headline shown in the news feed.", "str")
    summary: str = spec("A sentence or two shown on its news card.", "text", default="")
    big: bool = spec("Whether it gets a full news card.", "bool", default=False)
    agencies: tuple[str, ...] = spec("Agencies it concerns.", "refs", ref="agencies", default=())
    facts: tuple[str, ...] = spec("Facts that support it.", "refs", ref="facts")
    effects: Effects = spec(
        "What it changes for its agencies.", "record", record="Effects", default=Effects()
    )
    bans: tuple[Ban, ...] = spec(
        "Rules it puts in force from its date on.", "records", record="Ban", default=()
    )
    derived: bool = derived_field()
    derived_note: str = derived_note_field()
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class QuizItem:
    """quiz.yaml: a question whose answer its cited facts support.

    - ``choice``: ``options`` (2-4 strings), ``answer`` is one of them;
    - ``true_false``: ``answer`` is ``true`` or ``false``;
    - ``order``: ``items`` (3-5) listed in the right order; the game shuffles them;
    - ``number``: ``answer`` is a number, ``tolerance`` how far off still counts, ``unit``;
    - ``match``: ``pairs`` (3-5) of a ``left`` and a ``right`` text; the game shuffles the
      right-hand texts.

    The rules of each type live in its module of ``game.quiz.kinds``.
    """

    id: str = spec("Unique id of the item.", "id")
    type: str = spec("choice, true_false, order, number or match.", "enum", choices=QUIZ_TYPES)
    prompt: str = spec("The question.", "text")
    options: tuple[str, ...] = spec("The options of a choice item.", "strs", default=())
    items: tuple[str, ...] = spec(
        "The items of an order item, in the right order.", "strs", default=()
    )
    pairs: tuple[Pair, ...] = spec(
        "The pairs of a match item: each a left and a right text.",
        "records",
        record="Pair",
        default=(),
    )
    answer: str = spec(
        "The right option (choice), true/false (true_false) or a number (number).",
        "str",
        default="",
    )
    tolerance: float = spec("How far a number answer may be off.", "float", default=0.0)
    unit: str = spec("Unit of a number answer.", "str", default="")
    facts: tuple[str, ...] = spec("Facts that support the answer.", "refs", ref="facts")
    explanation: str = spec("Why the answer is right, shown after answering.", "text")
    difficulty: int = spec("1 (easy) to 3 (hard).", "int")
    derived: bool = derived_field()
    derived_note: str = derived_note_field()
    tags: tuple[str, ...] = spec("Topics, for filtering quizzes.", "strs", default=())
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Scenario:
    """scenarios.yaml: a lesson-length campaign (its years and money are game balance)."""

    id: str = spec("Unique id of the scenario.", "id")
    title: str = spec("Its name on the scenario list.", "str")
    agencies: tuple[str, ...] = spec("Playable agencies that may play it.", "refs", ref="agencies")
    start: int = spec("Its first year.", "year")
    end: int = spec("Its last year.", "year")
    summary: str = spec("What the player will face, in a sentence or two.", "text", default="")
    years_per_turn: int = spec(
        "Years one turn covers (1-5): a long span in fewer turns. Income is paid for each "
        "year of a turn; what falls due in any of its years happens in that turn.",
        "int",
        default=1,
    )
    resources: Resources | None = spec(
        "Starting resources (default: the agency's own).",
        "record",
        record="Resources",
        default=None,
    )
    where: Where = where_field()


OPPORTUNITY_KINDS = ("payload", "founding", "launch")


@dataclass(frozen=True, kw_only=True)
class Opportunity:
    """opportunities.yaml: something scarce a host offers, that agencies compete for.

    The real winners (``winners``, named in ``record_facts``' quotes) always hold their
    places in the record; ``places`` are the places the game adds for play, won by the
    player or seeded rivals "in your game". Places, years, bid and weights are game balance.
    """

    id: str = spec("Unique id of the opportunity.", "id")
    title: str = spec("Its name on the opportunities list.", "str")
    kind: str = spec(
        "What is at stake: a payload place on a mission, a founding place in a programme, "
        "or a launch slot on the host's rocket.",
        "enum",
        choices=OPPORTUNITY_KINDS,
    )
    host: str = spec("The agency that offers the places.", "ref", ref="agencies")
    open: int = spec("First year bids are taken (game balance).", "year")
    decide: int = spec("Year the host decides; bids close at its start (game balance).", "year")
    places: int = spec("Places the game adds for play, at least 1 (game balance).", "int")
    bid: int = spec("Budget one bid costs (game balance).", "int")
    counts: Weights = spec(
        "What the host weighs (game balance).", "record", record="Weights", default=Weights()
    )
    rewards: Effects = spec(
        "What a won place brings (game balance).", "record", record="Effects", default=Effects()
    )
    rivals: tuple[str, ...] = spec(
        "Agencies that may bid against the player; none: every agency but the host.",
        "refs",
        ref="agencies",
        default=(),
    )
    summary: str = spec("One or two sentences shown on its card.", "text", default="")
    facts: tuple[str, ...] = spec("Facts that frame it.", "refs", ref="facts")
    winners: tuple[str, ...] = spec(
        "Who really won places, as the record's quotes name them (word for word).",
        "strs",
        default=(),
    )
    winner_agencies: tuple[str, ...] = spec(
        "Agencies of the pack among the real winners.", "refs", ref="agencies", default=()
    )
    record_facts: tuple[str, ...] = spec(
        "Facts whose quotes name the real winners; the latest date among them (or their "
        "source's) is when the record shows them.",
        "refs",
        ref="facts",
        default=(),
    )
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Pack:
    """A whole pack as loaded: its records by file, and the text of each source."""

    root: str = field(compare=False)
    info: PackInfo
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    agencies: tuple[Agency, ...]
    agreements: tuple[Agreement, ...]
    missions: tuple[Mission, ...]
    events: tuple[Event, ...]
    quiz: tuple[QuizItem, ...]
    scenarios: tuple[Scenario, ...] = ()
    dilemmas: tuple[Dilemma, ...] = ()
    opportunities: tuple[Opportunity, ...] = ()
    texts: dict[str, str] = field(default_factory=dict, compare=False)  # source id -> text
    # Where each field's value was written: (record.where, field) -> Where, the field
    # dotted for nested records ("resources.budget") and indexed for list entries
    # ("facts.2"). Filled by the loader so problems can point at the exact line.
    places: dict[tuple[Where, str], Where] = field(default_factory=dict, compare=False, repr=False)
    # Tables other modules derive from the pack, made once (see ``memo``). Not an init
    # argument, so ``dataclasses.replace`` gives the changed pack a fresh, empty memo.
    _memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """``make()``, made the first time ``key`` is asked for on this pack and kept.

        Only derived, read-only data may be stored here (lookup tables built from the
        pack's records, never mutated by whoever reads them): a pack is immutable, so a
        table derived from it stays true. ``key`` names the owner, e.g. ``"sim.index"``.
        The memo is never compared, shown, pickled or copied.
        """
        try:
            return cast(T, self._memo[key])
        except KeyError:
            made = self._memo[key] = make()
            return made

    def __getstate__(self) -> dict[str, Any]:
        return {name: value for name, value in self.__dict__.items() if name != "_memo"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__["_memo"] = {}

    def where_of(self, record: Any, name: str) -> Where:
        """Where ``record``'s field ``name`` was written, else where the record starts."""
        where: Where = record.where
        return self.places.get((where, name), where)

    def by_id(self, collection: str) -> dict[str, Any]:
        """Records of one collection keyed by id (``"agreement_kinds"`` included)."""
        if collection == "agreement_kinds":
            return {k.id: k for k in self.info.agreement_kinds}
        return {r.id: r for r in getattr(self, collection)}


# The files of a pack, in load order, and the record each entry of the file is read as.
PACK_FILES: tuple[tuple[str, str, type], ...] = (
    ("pack.yaml", "info", PackInfo),
    ("sources.yaml", "sources", Source),
    ("facts.yaml", "facts", Fact),
    ("agencies.yaml", "agencies", Agency),
    ("agreements.yaml", "agreements", Agreement),
    ("missions.yaml", "missions", Mission),
    ("events.yaml", "events", Event),
    ("quiz.yaml", "quiz", QuizItem),
    ("scenarios.yaml", "scenarios", Scenario),
    ("dilemmas.yaml", "dilemmas", Dilemma),
    ("opportunities.yaml", "opportunities", Opportunity),
)
# Files added after format 1: a pack that predates them simply has none of their records.
OPTIONAL_FILES = frozenset({"scenarios.yaml", "dilemmas.yaml", "opportunities.yaml"})

NESTED_RECORDS: dict[str, type] = {
    "Timeline": Timeline,
    "Resources": Resources,
    "Emblem": Emblem,
    "Effects": Effects,
    "Ban": Ban,
    "Pair": Pair,
    "AgreementKind": AgreementKind,
    "DilemmaOption": DilemmaOption,
    "DilemmaEffects": DilemmaEffects,
    "Weights": Weights,
}
