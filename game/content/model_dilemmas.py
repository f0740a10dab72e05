"""dilemmas.yaml: real forks an agency met, framed by quoted facts.

A dilemma comes up in a year (or a span of years) for the agencies it names. Its framing
and its outcome are fact ids, so what a player reads before and after choosing is the
sources' own words; its options' effects are game balance, never history.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.fields import Where, spec, where_field


@dataclass(frozen=True, kw_only=True)
class DilemmaEffects:
    """What choosing an option changes in the player's game (game balance, not history)."""

    budget: int = spec("One-off change of budget.", "int", default=0)
    income: int = spec("Change of yearly income.", "int", default=0)
    prestige: int = spec("Change of prestige.", "int", default=0)
    science: int = spec("Change of science.", "int", default=0)
    relations: dict[str, int] = spec(
        "Change of relations with each named agency.", "intmap", ref="agencies", default=None
    )


@dataclass(frozen=True, kw_only=True)
class DilemmaOption:
    """One of a dilemma's mutually exclusive choices."""

    id: str = spec("Id of the option, unique within its dilemma.", "id")
    label: str = spec("What the player chooses, in a few words.", "str")
    effects: DilemmaEffects = spec(
        "What choosing it changes (game balance).", "record", record="DilemmaEffects"
    )
    historical: bool = spec(
        "Whether this is what the agency really chose (at most one option).",
        "bool",
        default=False,
    )


@dataclass(frozen=True, kw_only=True)
class Dilemma:
    """dilemmas.yaml: a fork an agency met, framed by quotes; what happened told after."""

    id: str = spec("Unique id of the dilemma.", "id")
    title: str = spec("Its name on the card.", "str")
    agencies: tuple[str, ...] = spec("Agencies that meet it.", "refs", ref="agencies")
    year: int = spec("The year it comes up.", "year")
    until: int = spec(
        "Last year it may still come up, for a campaign that starts later (default: year).",
        "int",
        default=0,
    )
    question: str = spec("A short, neutral question the card asks.", "str")
    framing: tuple[str, ...] = spec(
        "Facts whose quotes frame it, dated no later than its year.", "refs", ref="facts"
    )
    options: tuple[DilemmaOption, ...] = spec(
        "Two or three mutually exclusive options.", "records", record="DilemmaOption"
    )
    outcome: tuple[str, ...] = spec(
        "Facts that say what really happened, shown after the choice.", "refs", ref="facts"
    )
    where: Where = where_field()

    @property
    def last_year(self) -> int:
        """The last year the dilemma may come up."""
        return self.until or self.year
