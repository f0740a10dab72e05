"""Nested records of the content model: mappings that live inside a top-level record.

Timeline, Resources, Emblem, Effects, Ban, Pair, AgreementKind and Weights; each field is declared with
``spec`` so the loader and the schema read it the same way (see ``game.content.model``).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.fields import Where, spec, where_field


@dataclass(frozen=True, kw_only=True)
class Timeline:
    """The span of years a pack's campaigns cover."""

    start: int = spec("First year of the pack's history.", "year")
    end: int = spec("Last year a campaign runs to (inclusive).", "year")


@dataclass(frozen=True, kw_only=True)
class Resources:
    """An agency's starting resources and yearly income."""

    budget: int = spec("Money at the start of the campaign (game units).", "int")
    income: int = spec("Money added every year before results change it.", "int")
    prestige: int = spec("Reputation at the start.", "int", default=0)
    science: int = spec("Science points at the start.", "int", default=0)


@dataclass(frozen=True, kw_only=True)
class Emblem:
    """A flag-like emblem the game draws for an agency (no real logos)."""

    pattern: str = spec(
        "How the colours are laid out.",
        "enum",
        choices=("horizontal", "vertical", "disc", "star", "canton-star", "cross", "diagonal"),
    )
    colours: tuple[str, ...] = spec("Two or three colours, '#rrggbb'.", "strs")


@dataclass(frozen=True, kw_only=True)
class Effects:
    """What signing an agreement, finishing a mission or living through an event changes.

    Amounts apply to every agency involved (the parties, the lead and partners, or the
    event's ``agencies``). None of them can push a resource below zero.
    """

    budget: int = spec("One-off change of budget.", "int", default=0)
    income: int = spec("Change of yearly income.", "int", default=0)
    prestige: int = spec("Change of prestige.", "int", default=0)
    science: int = spec("Change of science.", "int", default=0)
    relations: int = spec("Change of relations between the agencies involved.", "int", default=0)
    reliability: float = spec(
        "Added to the reliability of missions the agencies launch together (0-0.3).",
        "float",
        default=0.0,
    )
    cost_share: float = spec(
        "Share of a joint mission's cost that partners carry (0-0.8).", "float", default=0.0
    )


@dataclass(frozen=True, kw_only=True)
class Ban:
    """A rule that stops an agency from agreeing with some partners (e.g. a law)."""

    agency: str = spec("The agency the rule binds.", "ref", ref="agencies")
    partners: tuple[str, ...] = spec("Agencies it may not agree with.", "refs", ref="agencies")
    kinds: tuple[str, ...] = spec(
        "Agreement kinds it covers; empty means every kind.",
        "refs",
        ref="agreement_kinds",
        default=(),
    )
    reason: str = spec("Why, in one sentence a player reads when refused.", "text")


@dataclass(frozen=True, kw_only=True)
class Pair:
    """One pair of a match quiz item: a left text and the right text it goes with."""

    left: str = spec("The text shown as a row, in the pack's order.", "str")
    right: str = spec("The text that goes with it, shown shuffled.", "str")


@dataclass(frozen=True, kw_only=True)
class AgreementKind:
    """A kind of agreement a player may propose to any agency."""

    id: str = spec("Unique id of the kind.", "id")
    name: str = spec("Name shown to the player.", "str")
    description: str = spec("What such an agreement does, in a sentence.", "text")
    cost: int = spec("Budget it costs to propose.", "int", default=0)
    min_relations: int = spec("Relations needed for the partner to accept (0-100).", "int")
    effects: Effects = spec("What signing it changes.", "record", record="Effects")
    launch: bool = spec(
        "Whether it is about launching satellites: one of the two parties must own a "
        "launcher (an agency with no rockets cannot offer launch services to another).",
        "bool",
        default=False,
    )
    since: int = spec(
        "First year this kind can be proposed, e.g. when the programme it joins was "
        "announced (0: any year).",
        "int",
        default=0,
    )
    where: Where = where_field()


@dataclass(frozen=True, kw_only=True)
class Weights:
    """What counts when a host picks who gets a scarce place (game balance, not history):
    points per unit of each of a bidder's standing."""

    relations: int = spec("Points per point of relations with the host.", "int", default=1)
    prestige: int = spec("Points per point of prestige.", "int", default=0)
    science: int = spec("Points per point of science.", "int", default=0)
    bid: int = spec("Points per unit of budget bid.", "int", default=1)
