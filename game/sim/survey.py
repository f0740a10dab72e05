"""Balance surveys: many seeded campaigns per agency and scripted player, summed up.

Used by the balance tests, and by authors to print the balance table (agency x player,
mean score and range) that tells whether a pack's numbers make a fair game::

    space-accord survey --pack PACK [--seeds N]

(the command line is ``game.commands.survey``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import mean

from game.content.model import Pack
from game.sim.metrics import measured_campaign
from game.sim.report import report
from game.sim.world import scenarios_for

PLAYER_ORDER = ("historical", "greedy", "random", "learner", "spammer")


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
    idle_share: float = 0.0  # idle turns over turns
    failure_rate: float = 0.0  # failed launches over launches
    unspent: float = 0.0  # budget left at the end over the yearly income then
    spaced_share: float = 0.0  # checkpoints asked >= 2 turns after their fact was shown
    scenario: str = ""  # the pack's scenario id; '' for the whole campaign


def playable(pack: Pack) -> list[str]:
    return [agency.id for agency in pack.agencies if agency.playable]


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def survey(pack: Pack, agency: str, player: str, seeds: Iterable[int], scenario: str = "") -> Cell:
    played = [measured_campaign(pack, agency, seed, player, scenario or None) for seed in seeds]
    results = [report(state) for state, _ in played]
    measured = [m for _, m in played]
    totals = [r.score.total for r in results]
    return Cell(
        agency=agency,
        player=player,
        campaigns=len(results),
        scenario=scenario,
        score=mean(totals),
        lowest=min(totals),
        highest=max(totals),
        prestige=mean(r.score.prestige for r in results),
        partnerships=mean(r.score.partnerships for r in results),
        knowledge=mean(r.score.knowledge for r in results),
        history=mean(r.score.history for r in results),
        missions_succeeded=mean(r.missions_succeeded for r in results),
        idle_share=_ratio(sum(m.idle_turns for m in measured), sum(m.turns for m in measured)),
        failure_rate=_ratio(sum(m.failures for m in measured), sum(m.launches for m in measured)),
        unspent=mean(_ratio(m.budget_end, max(1, m.income_end)) for m in measured),
        spaced_share=mean(m.spaced_share for m in measured),
    )


def balance_table(
    pack: Pack, seeds: Sequence[int], players: Sequence[str] = PLAYER_ORDER
) -> list[Cell]:
    """One cell per playable agency, scenario ('' first: the whole campaign, unless the
    agency is played only through its scenarios) and player."""
    return [
        survey(pack, agency, player, seeds, scenario)
        for agency in playable(pack)
        for scenario in campaigns(pack, agency)
        for player in players
    ]


def campaigns(pack: Pack, agency_id: str) -> tuple[str, ...]:
    """The scenario ids ``agency_id`` may play, '' (the whole campaign) first where it may."""
    full = pack.by_id("agencies")[agency_id].full_campaign
    return (*([""] if full else []), *(s.id for s in scenarios_for(pack, agency_id)))


def render(cells: Sequence[Cell], minutes: Mapping[tuple[str, str], str] | None = None) -> str:
    """A Markdown table: one row per agency, mean score (min-max) per player, then the
    learner-minus-spammer gap, the idle-turn share (all players), the greedy player's
    failure rate and unspent budget over income, and the learner's spaced checkpoints;
    with ``minutes`` ((agency, scenario) -> words), the estimated lesson time last."""
    players = list(dict.fromkeys(cell.player for cell in cells))
    rows = list(dict.fromkeys((cell.agency, cell.scenario) for cell in cells))
    by_key = {(cell.agency, cell.scenario, cell.player): cell for cell in cells}
    extra = ["learner-spammer", "idle %", "greedy fail %", "greedy unspent/income", "spaced %"]
    extra += ["est. min"] if minutes is not None else []
    lines = [
        "| agency | scenario | " + " | ".join([*players, *extra]) + " |",
        "| --- | --- | " + " | ".join("---:" for _ in [*players, *extra]) + " |",
    ]
    for agency, scenario in rows:
        mine = [by_key[agency, scenario, p] for p in players]
        row = [f"{c.score:.0f} ({c.lowest}-{c.highest})" for c in mine]
        learner = by_key.get((agency, scenario, "learner"))
        spammer = by_key.get((agency, scenario, "spammer"))
        greedy = by_key.get((agency, scenario, "greedy"))
        row.append(f"{learner.score - spammer.score:+.0f}" if learner and spammer else "-")
        row.append(f"{100 * mean(c.idle_share for c in mine):.0f}")
        row.append(f"{100 * greedy.failure_rate:.0f}" if greedy else "-")
        row.append(f"{greedy.unspent:.1f}" if greedy else "-")
        row.append(f"{100 * learner.spaced_share:.0f}" if learner else "-")
        if minutes is not None:
            row.append(minutes.get((agency, scenario), "-"))
        lines.append(f"| {agency} | {scenario or 'full'} | " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"
