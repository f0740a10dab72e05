"""The projector's header and key hints as words: what the header's right side says in each
phase (the clock, "Locked", "Paused at 0:25", what the standings count) and how a team's
answer is typed for the question shown."""

from __future__ import annotations

from game.quiz.classroom import ClassroomSession
from game.quiz.engine import LETTERS
from game.ui.answer_inputs import input_for

TITLES = {"standings": "Standings", "podium": "Podium", "summary": "Question by question"}


def clock_text(left: float) -> str:
    """Time left as the projector shows it, rounded up: "0:07"."""
    seconds = int(left + 0.999)
    return f"{seconds // 60}:{seconds % 60:02d}"


def header_text(s: ClassroomSession) -> tuple[str, str]:
    """The header's left and right text for the session as it stands."""
    if s.phase == "standings":  # the questions the scores count, whichever is shown
        return TITLES[s.phase], f"after {len(s.asked())} of {len(s.questions)} questions"
    if s.phase in TITLES:
        asked = len(s.asked())
        return TITLES[s.phase], f"{asked} question{'' if asked == 1 else 's'}"
    number = f"Question {s.index + 1} of {len(s.questions)}"
    if s.phase == "reveal":
        return number, "The answer"
    if s.phase == "locked":
        return number, "Locked"
    left = s.time_left
    if s.paused:
        return number, "Paused" if left is None else f"Paused at {clock_text(left)}"
    return number, "" if left is None else clock_text(left)


def answer_hint(s: ClassroomSession) -> str:
    """How to enter a team's answer now (on the reveal: to correct one)."""
    teams = len(s.settings.teams)
    if s.settings.show_of_hands:
        how = "Y right / N wrong"
    elif input_for(s.question.type).typing == "letters":
        how = "letters in order + Enter (Y/N: mark)"
    elif input_for(s.question.type).typing == "digits":
        how = "the number + Enter (Y/N: mark)"
    else:
        how = f"A-{LETTERS[len(s.question.choices) - 1]} (Y/N: mark)"
    lead = "To correct: " if s.phase == "reveal" else ""
    return f"{lead}1-{teams} team, then {how}"
