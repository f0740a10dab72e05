"""Typed answers: turn what a player types into an answer ``grade`` takes, or refuse it.

Used by the terminal quiz (and by anything else that takes answers as text). Each kind
parses its own answers (``QuizKind.parse``); see its module for what it accepts. The
words that tell a player what to type are made by the caller from ``Hint`` codes.
"""

from __future__ import annotations

from game.quiz.kinds import kind_of
from game.quiz.question import Answer, Hint, Question

QUIT_WORDS = ("q", "quit", "exit", "stop")
HELP_WORDS = ("h", "help", "?")


def parse_answer(question: Question, text: str) -> Answer | None:
    """The answer ``text`` gives to ``question``, or ``None`` if it is not one."""
    if not text.strip():
        return None
    return kind_of(question.type).parse(question, text)


def typing_hint(question: Question) -> Hint:
    """What to type for ``question``, as a code with its parameters."""
    return kind_of(question.type).hint(question)
