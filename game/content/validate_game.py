"""Validation of game data: numbers in range, colours, lists that must not be empty,
parties and partners, and whether every playable agency has enough to do.
"""

from __future__ import annotations

import difflib
from collections import Counter
from typing import Any

from game.content.model import FORMAT_VERSION, Pack, Where
from game.content.problems import Problem, at
from game.content.reach import missions_open_to
from game.content.records import COLOUR_RE
from game.content.validate_refs import top_records, walk_fields

MIN_MISSIONS = 3
EMBLEM_COLOURS = (2, 3)
RELATIONS = (0, 100)

# (record class, field) -> (lowest, highest); None means unbounded on that side.
RANGES: dict[tuple[str, str], tuple[float | None, float | None]] = {
    ("Mission", "reliability"): (0.05, 0.99),
    ("Mission", "cost"): (0, None),
    ("Mission", "build_years"): (0, 30),
    ("Resources", "budget"): (0, None),
    ("Resources", "income"): (0, None),
    ("Resources", "prestige"): (0, None),
    ("Resources", "science"): (0, None),
    ("AgreementKind", "cost"): (0, None),
    ("AgreementKind", "min_relations"): RELATIONS,
    ("Effects", "reliability"): (0, 0.3),
    ("Effects", "cost_share"): (0, 0.8),
    # A dilemma's option (game balance): one choice moves a year's money at most, and no
    # relation by more than a good or a bad year of diplomacy.
    ("DilemmaEffects", "budget"): (-60, 60),
    ("DilemmaEffects", "income"): (-10, 10),
    ("DilemmaEffects", "prestige"): (-20, 20),
    ("DilemmaEffects", "science"): (-20, 20),
    ("DilemmaEffects", "relations"): (-20, 20),  # each agency's change
}

# A required list left empty gets the code that names what is missing.
_EMPTY_LIST_CODES = {"facts": "no-facts", "parties": "too-few-parties", "colours": "emblem-colours"}


_CHECKED_KINDS = frozenset({"int", "float", "refs", "strs", "records", "intmap"})


def _range_text(low: float | None, high: float | None) -> str:
    if high is None:
        return f"{low} or more"
    if low is None:
        return f"{high} or less"
    return f"{low} to {high}"


def check_fields(pack: Pack) -> list[Problem]:
    """Ranges, empty required lists and relation values, over every record's fields."""
    problems: list[Problem] = []
    for _collection, record in top_records(pack):
        for holder, f, value, name in walk_fields(record, kinds=_CHECKED_KINDS):
            kind = f.metadata["kind"]
            bounds = RANGES.get((type(holder).__name__, f.name))
            if bounds is not None and kind != "intmap":
                low, high = bounds
                if (low is not None and value < low) or (high is not None and value > high):
                    message = f"`{f.name}` is {_range_text(low, high)}, not {value}"
                    problems.append(at(pack.where_of(record, name), "out-of-range", message))
            if kind in ("refs", "strs", "records") and f.metadata["required"] and not value:
                code = _EMPTY_LIST_CODES.get(f.name, "empty-value")
                message = f"`{f.name}` must list at least one entry: {f.metadata['doc']}"
                problems.append(at(pack.where_of(record, name), code, message))
            if kind == "intmap" and value:
                low, high = RELATIONS if bounds is None else bounds
                for key, amount in value.items():
                    if not low <= amount <= high:
                        message = f"relations with {key!r} are {low} to {high}, not {amount}"
                        place = pack.where_of(record, f"{name}.{key}")
                        problems.append(at(place, "out-of-range", message))
    return problems


def check_format(pack: Pack) -> list[Problem]:
    if pack.info.format == FORMAT_VERSION:
        return []
    message = f"this game reads pack format {FORMAT_VERSION}, the pack says {pack.info.format}"
    return [at(pack.where_of(pack.info, "format"), "unsupported-format", message)]


def check_agencies(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    for agency in pack.agencies:
        emblem = agency.emblem
        if emblem is None:
            continue
        low, high = EMBLEM_COLOURS
        if emblem.colours and not low <= len(emblem.colours) <= high:
            message = f"an emblem has {low} or {high} colours, this one {len(emblem.colours)}"
            problems.append(at(pack.where_of(agency, "emblem.colours"), "emblem-colours", message))
        for index, colour in enumerate(emblem.colours):
            if not COLOUR_RE.match(colour):
                message = f"{colour!r} is not a colour like '#1f6feb' (quote it in YAML)"
                place = pack.where_of(agency, f"emblem.colours.{index}")
                problems.append(at(place, "bad-colour", message))
    return problems


def check_parties(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    for agreement in pack.agreements:
        if agreement.parties and len(set(agreement.parties)) < 2:
            message = "an agreement is signed by at least two different agencies"
            problems.append(at(pack.where_of(agreement, "parties"), "too-few-parties", message))
    for mission in pack.missions:
        if mission.lead and mission.lead in mission.partners:
            index = mission.partners.index(mission.lead)
            message = f"{mission.lead!r} leads the mission; remove it from `partners`"
            place = pack.where_of(mission, f"partners.{index}")
            problems.append(at(place, "duplicate-ref", message))
    return problems


def check_repeatable(pack: Pack) -> list[Problem]:
    """A repeatable mission is a service with no date of its own."""
    return [
        at(
            pack.where_of(mission, "repeatable"),
            "repeatable-dated",
            f"{mission.id!r} is repeatable and dated {mission.date}: remove the date, or "
            "`repeatable`",
        )
        for mission in pack.missions
        if mission.repeatable and mission.date is not None
    ]


def check_experience(pack: Pack) -> list[Problem]:
    """A mission's ``experience`` family is shared: named by another mission too, or some
    mission's kind. One named by its mission alone shares a first flight with nothing,
    most likely a misspelling (a style warning)."""
    kinds = {mission.kind.lower() for mission in pack.missions}
    named = Counter(mission.experience.lower() for mission in pack.missions if mission.experience)
    problems = []
    for mission in pack.missions:
        family = mission.experience.lower()
        if not family or family in kinds or named[family] > 1:
            continue
        close = difflib.get_close_matches(family, sorted(kinds | set(named) - {family}), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        message = (
            f"{mission.id!r}: experience {mission.experience!r} is no mission's kind and no "
            f"other mission's experience, so it shares a first flight with nothing{hint}"
        )
        problems.append(at(pack.where_of(mission, "experience"), "experience-alone", message))
    return problems


def check_playable(pack: Pack) -> list[Problem]:
    """At least one playable agency, and each can reach enough missions to play: missions
    it leads, since those are the ones a player starts (its partners' fly in the world)."""
    playable = [a for a in pack.agencies if a.playable]
    if not playable:
        where: Any = pack.agencies[0].where if pack.agencies else Where("agencies.yaml", 1, 1)
        return [at(where, "no-playable", "no agency is playable; set `playable: true` on one")]
    problems: list[Problem] = []
    for agency in playable:
        reachable = [m for m in missions_open_to(pack, agency.id) if m.lead == agency.id]
        if len(reachable) < MIN_MISSIONS:
            names = ", ".join(m.id for m in reachable) or "none"
            message = (
                f"{agency.id!r} can reach {len(reachable)} mission(s) ({names}); a campaign "
                f"needs at least {MIN_MISSIONS} it leads: lead more missions, or sign "
                "the agreements they require"
            )
            problems.append(at(pack.where_of(agency, "playable"), "too-few-missions", message))
    return problems
