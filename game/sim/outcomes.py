"""What ``apply`` reports back: one small value per thing that happened, for the UI to show.

Every outcome has ``text``, a sentence a player can read, so a plain client (the terminal,
the tests) can print them without knowing each type.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.quiz.engine import AnswerReveal, Question
from game.sim.actions import Action
from game.sim.state import NewsItem


@dataclass(frozen=True)
class Refused:
    """The action was not carried out; the state is unchanged."""

    action: Action
    reason: str

    @property
    def text(self) -> str:
        return self.reason


@dataclass(frozen=True)
class AgreementSigned:
    agreement_id: str
    title: str
    parties: tuple[str, ...]
    proposed: bool  # made by the player from a kind, not a real agreement

    @property
    def text(self) -> str:
        return f"Signed: {self.title}"


@dataclass(frozen=True)
class AgreementDeclined:
    agreement_id: str
    title: str
    lapsed: bool  # left unanswered at the end of the year

    @property
    def text(self) -> str:
        return f"{'Offer expired' if self.lapsed else 'Declined'}: {self.title}"


@dataclass(frozen=True)
class MissionStarted:
    mission_id: str
    name: str
    cost: int
    launch_year: int

    @property
    def text(self) -> str:
        return f"{self.name} is being built; launch planned for {self.launch_year}"


@dataclass(frozen=True)
class MissionLaunched:
    mission_id: str
    name: str
    year: int
    success: bool
    reliability: float

    @property
    def text(self) -> str:
        return f"{self.name} {'succeeded' if self.success else 'failed'} ({self.year})"


@dataclass(frozen=True)
class YearBegan:
    """A new year: its news (the world's and the player's)."""

    year: int
    news: tuple[NewsItem, ...]

    @property
    def text(self) -> str:
        return f"{self.year}: {len(self.news)} news items"


@dataclass(frozen=True)
class CheckpointOpened:
    item_id: str
    question: Question
    record_id: str

    @property
    def text(self) -> str:
        return f"Quiz: {self.question.prompt}"


@dataclass(frozen=True)
class QuizAnswered:
    reveal: AnswerReveal
    prestige: int  # bonus given (0 when wrong)
    science: int
    timed_out: bool = False  # the time ran out before an answer

    @property
    def text(self) -> str:
        verdict = (
            "Right" if self.reveal.correct else "Time is up" if self.timed_out else "Not quite"
        )
        return f"{verdict}: {self.reveal.right_answer}"


@dataclass(frozen=True)
class CampaignEnded:
    year: int

    @property
    def text(self) -> str:
        return f"The campaign ends in {self.year}"


Outcome = (
    Refused
    | AgreementSigned
    | AgreementDeclined
    | MissionStarted
    | MissionLaunched
    | YearBegan
    | CheckpointOpened
    | QuizAnswered
    | CampaignEnded
)
