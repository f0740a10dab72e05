"""What a player can do: small frozen commands that ``game.sim.rules.apply`` carries out.

Each action is a plain value, so a campaign is replayable from its seed and its list of
actions, and a scripted player, the UI and the tests all speak the same language.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.quiz.engine import Answer


@dataclass(frozen=True)
class SignAgreement:
    """Sign a real agreement that is offered this year."""

    agreement_id: str


@dataclass(frozen=True)
class DeclineAgreement:
    """Turn down a real agreement that is offered this year."""

    agreement_id: str


@dataclass(frozen=True)
class ProposeAgreement:
    """Propose an agreement of one of the pack's kinds to another agency."""

    partner: str
    kind: str


@dataclass(frozen=True)
class EndAgreement:
    """End one of the player's own agreements in force (a proposal it made in this game):
    its upkeep stops, relations with the partner suffer. The record's stay in force."""

    agreement_id: str


@dataclass(frozen=True)
class StartMission:
    """Pay for a mission and start building it; it launches ``build_years`` later."""

    mission_id: str


@dataclass(frozen=True)
class BidForPlace:
    """Pay one bid for a place of an opportunity (opportunities.yaml) while it is open."""

    opportunity_id: str


@dataclass(frozen=True)
class TestMission:
    """Pay for a test of a mission being built: it raises the mission's chance of success."""

    __test__ = False  # a game action, not a class of tests for pytest to collect
    mission_id: str


@dataclass(frozen=True)
class FundResearch:
    """Fund a year of research: science now, and more reliable missions from then on."""


@dataclass(frozen=True)
class AnswerQuiz:
    """Answer the pending quiz checkpoint (an answer as ``game.quiz.engine.grade`` takes)."""

    answer: Answer


@dataclass(frozen=True)
class TimeUp:
    """The pending checkpoint's time ran out: graded as a wrong answer (it costs nothing)."""


@dataclass(frozen=True)
class EndYear:
    """Finish this year: offers left unanswered lapse, and the next year begins."""


@dataclass(frozen=True)
class AdvanceToNextEvent:
    """End years until something concerns the player, a big event happens, or the end."""


@dataclass(frozen=True)
class ChooseDilemmaOption:
    """Take one option of the dilemma waiting this year (its effects are game balance)."""

    dilemma_id: str
    option_id: str


Action = (
    SignAgreement
    | DeclineAgreement
    | ProposeAgreement
    | EndAgreement
    | StartMission
    | BidForPlace
    | TestMission
    | FundResearch
    | AnswerQuiz
    | TimeUp
    | EndYear
    | AdvanceToNextEvent
    | ChooseDilemmaOption
)
