"""Balance surveys: many seeded campaigns per agency and scripted player, summed up.

Used by the balance tests, and by authors to print the balance table (agency x player,
mean score and range) that tells whether a pack's numbers make a fair game::

    space-accord survey --pack PACK [--seeds N]

(the command line is ``game.commands.survey``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import mean

from game.content.model import Pack
from game.sim.players import play_campaign
from game.sim.report import report

PLAYER_ORDER = ("historical", "greedy", "random")


@dataclass(frozen=True)
class Cell:
    """Mean results of one agency played by one scripted player over many seeds."""

    agency: str
    player: str
    campaigns: int
    score: float
    lowest: int
    highest: int
    prestige: float
    partnerships: float
    knowledge: float
    history: float
    missions_succeeded: float


def playable(pack: Pack) -> list[str]:
    return [agency.id for agency in pack.agencies if agency.playable]


def survey(pack: Pack, agency: str, player: str, seeds: Iterable[int]) -> Cell:
    results = [report(play_campaign(pack, agency, seed, player)) for seed in seeds]
    totals = [r.score.total for r in results]
    return Cell(
        agency=agency,
        player=player,
        campaigns=len(results),
        score=mean(totals),
        lowest=min(totals),
        highest=max(totals),
        prestige=mean(r.score.prestige for r in results),
        partnerships=mean(r.score.partnerships for r in results),
        knowledge=mean(r.score.knowledge for r in results),
        history=mean(r.score.history for r in results),
        missions_succeeded=mean(r.missions_succeeded for r in results),
    )


def balance_table(
    pack: Pack, seeds: Sequence[int], players: Sequence[str] = PLAYER_ORDER
) -> list[Cell]:
    """One cell per playable agency and player, in pack order."""
    return [survey(pack, agency, player, seeds) for agency in playable(pack) for player in players]


def render(cells: Sequence[Cell]) -> str:
    """A Markdown table: one row per agency, mean score (min-max) per player."""
    players = list(dict.fromkeys(cell.player for cell in cells))
    agencies = list(dict.fromkeys(cell.agency for cell in cells))
    by_key = {(cell.agency, cell.player): cell for cell in cells}
    lines = [
        "| agency | " + " | ".join(players) + " |",
        "| --- | " + " | ".join("---:" for _ in players) + " |",
    ]
    for agency in agencies:
        row = [
            f"{by_key[agency, p].score:.0f} ({by_key[agency, p].lowest}-{by_key[agency, p].highest})"
            for p in players
        ]
        lines.append(f"| {agency} | " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"
