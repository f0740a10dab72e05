"""What ``apply`` reports back: one small value per thing that happened, for the UI to show.

Every outcome has ``message``: a code and its parameters (``game.sim.messages``), so a
plain client (the terminal, the tests) can word any of them through one catalogue without
knowing each type. The rules write no English.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.quiz import says_who
from game.quiz.engine import AnswerReveal, Question
from game.sim.actions import Action
from game.sim.messages import Message, message
from game.sim.state import NewsItem
from game.values import quick_init


@quick_init
@dataclass(frozen=True)
class Refused:
    """The action was not carried out; the state is unchanged. ``reason`` says why."""

    action: Action
    reason: Message

    @property
    def message(self) -> Message:
        return self.reason


@quick_init
@dataclass(frozen=True)
class AgreementSigned:
    agreement_id: str
    title: str  # a real agreement's title; for a proposal, its kind's name
    parties: tuple[str, ...]
    proposed: bool  # made by the player from a kind, not a real agreement

    @property
    def message(self) -> Message:
        if self.proposed:
            return message("proposal_signed", kind=self.title, parties=self.parties)
        return message("agreement_signed", title=self.title)


@quick_init
@dataclass(frozen=True)
class AgreementEnded:
    """The player ended one of its own agreements (in your game): ``relations`` lost with
    each of ``partners``."""

    agreement_id: str
    title: str  # the agreement kind's name
    partners: tuple[str, ...]
    relations: int

    @property
    def message(self) -> Message:
        return message(
            "agreement_ended", kind=self.title, parties=self.partners, relations=self.relations
        )


@quick_init
@dataclass(frozen=True)
class AgreementDeclined:
    agreement_id: str
    title: str
    lapsed: bool  # left unanswered at the end of the year

    @property
    def message(self) -> Message:
        return message("offer_lapsed" if self.lapsed else "offer_declined", title=self.title)


@quick_init
@dataclass(frozen=True)
class MissionStarted:
    mission_id: str
    name: str
    cost: int
    launch_year: int

    @property
    def message(self) -> Message:
        return message("mission_started", mission=self.name, year=self.launch_year)


@quick_init
@dataclass(frozen=True)
class MissionTested:
    """A test paid for: the mission's ``tests`` so far and its chance now."""

    mission_id: str
    name: str
    cost: int
    tests: int
    reliability: float

    @property
    def message(self) -> Message:
        return message(
            "mission_tested",
            mission=self.name,
            cost=self.cost,
            percent=round(self.reliability * 100),
        )


@quick_init
@dataclass(frozen=True)
class ResearchFunded:
    """A year of research paid for: ``years`` funded so far."""

    cost: int
    years: int
    science: int

    @property
    def message(self) -> Message:
        return message("research_funded", cost=self.cost, years=self.years, science=self.science)


@quick_init
@dataclass(frozen=True)
class MissionLaunched:
    mission_id: str
    name: str
    year: int
    success: bool
    reliability: float

    @property
    def message(self) -> Message:
        code = "mission_succeeded" if self.success else "mission_failed"
        return message(code, mission=self.name, year=self.year)


@quick_init
@dataclass(frozen=True)
class YearBegan:
    """A new year: its news (the world's and the player's)."""

    year: int
    news: tuple[NewsItem, ...]

    @property
    def message(self) -> Message:
        return message("year_began", year=self.year, count=len(self.news))


@quick_init
@dataclass(frozen=True)
class CheckpointOpened:
    """A question opened on the record ``record_kind``/``record_id`` (as a ``NewsItem``
    names it: ``NewsItem.record_kind`` and ``NewsItem.record_id``)."""

    item_id: str
    question: Question
    record_kind: str
    record_id: str

    @property
    def message(self) -> Message:
        if says_who.is_generated(self.item_id):  # its prompt is the quote alone
            return message(
                "quiz_opened_says_who", **says_who.prompt_params_of(self.question.prompt)
            )
        return message("quiz_opened", prompt=self.question.prompt)

    def asks_about(self, item: NewsItem) -> bool:
        """Whether this question was opened by the news ``item``."""
        return item.record_id == self.record_id and item.record_kind == self.record_kind


@quick_init
@dataclass(frozen=True)
class QuizAnswered:
    reveal: AnswerReveal
    prestige: int  # bonus given (0 when wrong)
    science: int
    timed_out: bool = False  # the time ran out before an answer

    @property
    def message(self) -> Message:
        code = (
            "quiz_right"
            if self.reveal.correct
            else "quiz_time_up"
            if self.timed_out
            else "quiz_wrong"
        )
        return message(code, answer=self.reveal.right_answer)


@quick_init
@dataclass(frozen=True)
class BidPlaced:
    """The player bid for a place: its standing now, and the standing to beat (None: a
    place is still free of rivals)."""

    opportunity_id: str
    title: str
    cost: int
    standing: int
    to_beat: int | None

    @property
    def message(self) -> Message:
        if self.to_beat is None:
            return message("bid_placed_free", opportunity=self.title, standing=self.standing)
        return message(
            "bid_placed", opportunity=self.title, standing=self.standing, to_beat=self.to_beat
        )


@quick_init
@dataclass(frozen=True)
class CampaignEnded:
    year: int

    @property
    def message(self) -> Message:
        return message("campaign_ended", year=self.year)


@quick_init
@dataclass(frozen=True)
class DilemmaOpened:
    """A dilemma of the pack came up for the player this year: a choice is waiting."""

    dilemma_id: str
    title: str

    @property
    def message(self) -> Message:
        return message("dilemma_opened", title=self.title)


@quick_init
@dataclass(frozen=True)
class DilemmaChosen:
    """The player took ``option_id``; its effects (game balance) changed the player's own
    game. ``record`` holds the fact ids of what really happened (the record, unchanged by
    any choice); ``historical`` is the option the pack marks as the real choice ('' if
    none)."""

    dilemma_id: str
    option_id: str
    label: str
    historical: str
    record: tuple[str, ...]

    @property
    def message(self) -> Message:
        return message("dilemma_chosen", option=self.label)


Outcome = (
    Refused
    | AgreementSigned
    | AgreementDeclined
    | AgreementEnded
    | MissionStarted
    | MissionTested
    | ResearchFunded
    | MissionLaunched
    | YearBegan
    | CheckpointOpened
    | QuizAnswered
    | CampaignEnded
    | DilemmaOpened
    | DilemmaChosen
    | BidPlaced
)
