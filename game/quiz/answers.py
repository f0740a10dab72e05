"""Typed answers: turn what a player types into an answer ``grade`` takes, or refuse it.

Used by the terminal quiz (and by anything else that takes answers as text). Accepted:

- choice and true/false: the option's number (``2``), its letter (``b``, ``(B)``), or its
  text; for true/false also ``t``/``f`` and ``yes``/``no``;
- order: the numbers or letters of the items in the right order, ``3 1 2 4``, ``3,1,2,4``,
  ``C A B D`` or ``cabd``; every item exactly once;
- number: ``2030``, ``-3.5``, ``1,000``, ``2,5`` (a decimal comma), or in words (``two
  thousand and thirty``, ``nineteen ninety-nine``), with or without the unit.
"""

from __future__ import annotations

import math
import re

from game.quiz.engine import LETTERS, Answer, Question
from game.quiz.number_words import parse_number_words

QUIT_WORDS = ("q", "quit", "exit", "stop")
HELP_WORDS = ("h", "help", "?")
_THOUSANDS = re.compile(r"-?\d{1,3}([, ]\d{3})+(\.\d+)?")
_SEPARATORS = re.compile(r"[\s,;.\-]+")


def _one(question: Question, text: str) -> int | None:
    count = len(question.choices)
    token = re.sub(r"^[(\s]+|[).:\s]+$", "", text)
    if token.isdigit() and 1 <= int(token) <= count:
        return int(token) - 1
    if len(token) == 1 and token.upper() in LETTERS[:count]:
        return LETTERS.index(token.upper())
    folded = token.casefold()
    for index, choice in enumerate(question.choices):
        if folded == choice.casefold():
            return index
    if question.type == "true_false" and folded in ("t", "yes", "y", "f", "no", "n"):
        return 0 if folded in ("t", "yes", "y") else 1
    return None


def _order(question: Question, text: str) -> tuple[int, ...] | None:
    count = len(question.choices)
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if len(tokens) == 1 and len(tokens[0]) == count:
        tokens = list(tokens[0])  # "3124" or "cabd"
    if len(tokens) != count:
        return None
    picked = []
    for token in tokens:
        if token.isdigit() and 1 <= int(token) <= count:
            picked.append(int(token) - 1)
        elif len(token) == 1 and token.upper() in LETTERS[:count]:
            picked.append(LETTERS.index(token.upper()))
        else:
            return None
    return tuple(picked) if sorted(picked) == list(range(count)) else None


def _number(question: Question, text: str) -> float | None:
    token = text.strip()
    if question.unit and token.casefold().endswith(question.unit.casefold()):
        token = token[: -len(question.unit)].strip()
    if _THOUSANDS.fullmatch(token):
        token = token.replace(",", "").replace(" ", "")
    elif token.count(",") == 1 and "." not in token:
        token = token.replace(",", ".")
    try:
        value = float(token)
    except ValueError:
        words = parse_number_words(token)  # "two thousand and thirty"
        if words is None:
            return None
        value = words
    return value if math.isfinite(value) else None


def parse_answer(question: Question, text: str) -> Answer | None:
    """The answer ``text`` gives to ``question``, or ``None`` if it is not one."""
    if not text.strip():
        return None
    if question.type in ("choice", "true_false"):
        return _one(question, text)
    if question.type == "order":
        return _order(question, text)
    return _number(question, text)


def how_to_answer(question: Question) -> str:
    """One sentence telling the player what to type for ``question``."""
    count = len(question.choices)
    if question.type == "true_false":
        return "Type 1 for True or 2 for False."
    if question.type == "choice":
        # Letters listed, not "from A to D": a speech synthesiser reads a lone "A" as "uh".
        letters = ", ".join(LETTERS[: count - 1]) + f" or {LETTERS[count - 1]}"
        return f"Type a number from 1 to {count}, or a letter: {letters}."
    if question.type == "order":
        example = " ".join(str(n) for n in (2, 1, *range(3, count + 1)))
        return (
            f"Type the numbers of all {count} items in the right order, separated by spaces, "
            f"for example {example}."
        )
    unit = f" (in {question.unit})" if question.unit else ""
    return f"Type a number{unit}, in digits or in words."
