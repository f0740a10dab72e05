"""How long a student takes to play a scenario: an estimate from a stated model, not a
measurement of students.

A scripted player plays the campaign; on the way the estimate collects the words the
screens would show it, built by the screens themselves (the news card, the quiz
checkpoint and its reveal, the dilemma card and its record, the end report's two
timelines, the campaign view's news list and its notes), and counts its decisions, its
answers and its turns. Minutes = words at a reading speed + seconds per decision, per
answer, per turn and per launch + the time to start. The constants below are the model:
estimates, each labelled as such, in one place (``docs/authoring.md``, section 5, tells
authors how to read them).

Words a screen shows that are not counted: the campaign view's figures, buttons and
menus (the seconds per decision and per turn stand for reading them), the end report's
score panel (drawn, not held as text), and quotes kept behind "more sources".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from game.content.model import Pack
from game.quiz.kinds import kind_of
from game.sim import (
    Action,
    AnswerQuiz,
    CheckpointOpened,
    DilemmaChosen,
    MissionLaunched,
    NewsItem,
    QuizAnswered,
    YearBegan,
)
from game.sim.metrics import Metrics, measured_campaign
from game.sim.outcomes import Outcome
from game.sim.state import GameState
from game.storage.settings import Settings
from game.ui.describe import news_paras, notice
from game.ui.scenes.campaign import QUIET
from game.ui.scenes.dilemma import CHOOSE_HINT, DilemmaScene
from game.ui.scenes.end import EndScene
from game.ui.scenes.launch import COUNTDOWN, FLIGHT
from game.ui.scenes.news import NewsScene
from game.ui.scenes.quiz import QuizScene
from game.ui.widgets import Para

# --- the model: estimates, not facts -------------------------------------------------------
# Silent reading of informational text on a screen by 12-16-year-olds, in words a minute.
# An estimate below the 170-200 words a minute often reported for silent reading in school
# years 7-9: the cards are dense, with quotes, names and years, and a student reads to
# answer questions about them later.
READING_WPM = 150
SECONDS_PER_DECISION = 20  # open a screen, compare its options, choose (estimate)
SECONDS_PER_ANSWER = 15  # think and give a quiz answer, beyond reading it (estimate)
SECONDS_PER_TURN = 10  # look at the year's figures and timeline, end the turn (estimate)
SECONDS_TO_START = 60  # title screen, choose the agency and scenario (estimate)
# Not an estimate: the launch card's own animation (game.ui.scenes.launch).
SECONDS_PER_LAUNCH = COUNTDOWN + FLIGHT
# The scripted player whose game is timed: it follows the record and answers right, so it
# meets the dilemmas, launches and offers a student following the story would.
ESTIMATE_PLAYER = "historical"
# The lesson the scenarios are made for (issue 15): 30-45 minutes.
LESSON_MINUTES = (30, 45)

_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")


def count_words(text: str) -> int:
    """Words in ``text``: runs of letters and digits ("Chang'e-4", "2019", "1,000" are
    one each); separators such as "·" and "—" are not words."""
    return len(_WORD.findall(text))


def para_words(paras: Iterable[Para]) -> int:
    return sum(count_words(para.text) for para in paras)


@dataclass(frozen=True)
class LessonTime:
    """What a scripted student's game asks of its player, and the minutes it comes to."""

    words: int
    turns: int
    decisions: int
    answers: int
    launches: int
    by_screen: tuple[tuple[str, int], ...] = ()  # words read on each kind of screen

    @property
    def seconds(self) -> float:
        return (
            self.words * 60 / READING_WPM
            + self.decisions * SECONDS_PER_DECISION
            + self.answers * SECONDS_PER_ANSWER
            + self.turns * SECONDS_PER_TURN
            + self.launches * SECONDS_PER_LAUNCH
            + SECONDS_TO_START
        )

    @property
    def minutes(self) -> float:
        return self.seconds / 60

    def to_json(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "turns": self.turns,
            "decisions": self.decisions,
            "answers": self.answers,
            "launches": self.launches,
            "minutes": round(self.minutes, 1),
            "words_by_screen": dict(self.by_screen),
            "model": {
                "reading_wpm": READING_WPM,
                "seconds_per_decision": SECONDS_PER_DECISION,
                "seconds_per_answer": SECONDS_PER_ANSWER,
                "seconds_per_turn": SECONDS_PER_TURN,
                "seconds_per_launch": SECONDS_PER_LAUNCH,
                "seconds_to_start": SECONDS_TO_START,
            },
        }


class _ReadingApp:
    """Just enough of the App for a screen to be built and read, never drawn."""

    def __init__(self) -> None:
        self.settings = Settings()  # no quiz timer: the default

    def pop(self) -> None:
        """The screens' Continue buttons point here; nobody presses them."""

    def notify(self, text: str, seconds: float = 3.0) -> None:
        """The end screen clears its note when it opens; there is none here."""


@dataclass
class _Moment:
    """The campaign at one moment, as a screen reads it (``Session``'s ``state``)."""

    state: GameState
    deferred: object = None


@dataclass
class Reader:
    """Counts the words the screens show a scripted player, action by action (a
    ``metrics.Watcher``)."""

    answers: int = 0
    launches: int = 0
    by_screen: Counter[str] = field(default_factory=Counter)  # words read on each screen
    app: _ReadingApp = field(default_factory=_ReadingApp)

    def __call__(
        self, before: GameState, action: Action, after: GameState, outcomes: list[Outcome]
    ) -> None:
        began = tuple(item for o in outcomes if isinstance(o, YearBegan) for item in o.news)
        carded = self.carded(began, outcomes)
        read = self.by_screen
        for item in began:
            if item in carded:
                read["news card"] += self.card_words(after, item)
            else:
                read["news list"] += self.listed(after, item)
        for outcome in outcomes:
            if isinstance(outcome, QuizAnswered):
                read["quiz"] += self.quiz_words(before, action, outcome)
                self.answers += 1
            elif isinstance(outcome, DilemmaChosen):
                read["dilemma"] += self.dilemma_words(before, after, outcome)
            elif isinstance(outcome, MissionLaunched):
                self.launches += 1
                read["launch"] += count_words(notice(after, outcome))
            elif not isinstance(outcome, QUIET):  # a note at the foot of the campaign view
                read["notes"] += count_words(notice(after, outcome))

    @staticmethod
    def carded(began: tuple[NewsItem, ...], outcomes: list[Outcome]) -> set[NewsItem]:
        """The news that gets a card (``CampaignScene.scenes_for``): the big items, and the
        small one a question opened on."""
        found = {item for item in began if item.big}
        for outcome in outcomes:
            if isinstance(outcome, CheckpointOpened):
                found.update(item for item in began if outcome.asks_about(item))
        return found

    @staticmethod
    def listed(state: GameState, item: NewsItem) -> int:
        """An item read in the campaign view's news list (no card of its own)."""
        return para_words(news_paras(state, [item]))

    def card_words(self, state: GameState, item: NewsItem) -> int:
        card = NewsScene(self.app, _Moment(state), item)  # type: ignore[arg-type]
        return count_words(card.title) + para_words(card.story.paras + card.sources.paras)

    def quiz_words(self, before: GameState, action: Action, answered: QuizAnswered) -> int:
        """The checkpoint as asked (prompt, rows, choices, the input's hint) and revealed."""
        quiz = QuizScene(self.app, _Moment(before))  # type: ignore[arg-type]
        question = quiz.question
        asked = [quiz.title, quiz.prompt, *question.rows, *question.choices, quiz.input.hint()]
        if isinstance(action, AnswerQuiz):
            quiz.given = kind_of(question.type).answer_words(question, action.answer)
        quiz.show(answered, sound=False)
        told = sum(count_words(text) for text in [*asked, quiz.verdict])
        return told + para_words(quiz.reveal_text.paras)

    def dilemma_words(self, before: GameState, after: GameState, chosen: DilemmaChosen) -> int:
        """The card as it asks (framing quotes, question, options) and as it turns over."""
        card = DilemmaScene(self.app, _Moment(before), chosen.dilemma_id)  # type: ignore[arg-type]
        options = [text for item in card.menu.items for text in (item.label, item.detail)]
        asked = [card.title, CHOOSE_HINT, *options]
        card.session = _Moment(after)  # type: ignore[assignment]
        shown = card.story.paras + card.question.paras + card.record_paras(chosen)
        return sum(count_words(text) for text in asked) + para_words(shown)

    def end_words(self, final: GameState) -> int:
        """The end report's two timelines, with their panels' titles."""
        end = EndScene(self.app, _Moment(final))  # type: ignore[arg-type]
        titles = [end.score_panel.title, end.yours_panel.title, end.record_panel.title]
        return sum(count_words(t) for t in titles) + para_words(end.yours.paras + end.record.paras)


def lesson_time(
    pack: Pack,
    agency_id: str,
    seed: int,
    scenario: str | None = None,
    player: str = ESTIMATE_PLAYER,
) -> tuple[LessonTime, GameState, Metrics]:
    """The estimated lesson of ``scenario`` (None: the whole campaign) played by the
    scripted ``player``, with the campaign's final state and metrics."""
    reader = Reader()
    state, metrics = measured_campaign(pack, agency_id, seed, player, scenario, reader)
    return estimate(reader, state, metrics), state, metrics


@dataclass(frozen=True)
class Minutes:
    """Estimated minutes of one agency's scenario over many seeds."""

    mean: float
    lowest: float
    highest: float

    def __str__(self) -> str:
        return f"{self.mean:.1f} ({self.lowest:.1f}-{self.highest:.1f})"

    @property
    def fits_a_lesson(self) -> bool:
        low, high = LESSON_MINUTES
        return low <= self.mean <= high


def lesson_minutes(
    pack: Pack, agency_id: str, scenario: str | None, seeds: Iterable[int]
) -> Minutes:
    """The estimate over ``seeds`` for ``scenario`` (None or '': the whole campaign)."""
    found = [lesson_time(pack, agency_id, seed, scenario or None)[0].minutes for seed in seeds]
    return Minutes(sum(found) / len(found), min(found), max(found))


def estimate(reader: Reader, final: GameState, metrics: Metrics) -> LessonTime:
    """The lesson time of a campaign ``reader`` watched to its ``final`` state."""
    read = Counter(reader.by_screen)
    read["end report"] += reader.end_words(final)
    return LessonTime(
        words=sum(read.values()),
        turns=metrics.turns,
        decisions=metrics.decisions,
        answers=reader.answers,
        launches=reader.launches,
        by_screen=tuple(sorted(read.items())),
    )
