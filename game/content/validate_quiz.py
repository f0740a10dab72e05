"""Validation of quiz items: the rules of each type, and the facts behind every answer."""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable

from game.content.model import Pack, QuizItem
from game.content.problems import Problem, at

TRUE_FALSE = ("true", "false")
OPTIONS = (2, 4)
ORDER_ITEMS = (3, 5)
DIFFICULTY = (1, 3)


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def _duplicates(pack: Pack, item: QuizItem, name: str, values: tuple[str, ...]) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(values):
        key = _same(value)
        if key in seen:
            message = f"{name} {index + 1} repeats {name} {seen[key] + 1} ({value!r})"
            problems.append(
                at(pack.where_of(item, f"{name}s.{index}"), "duplicate-option", message)
            )
        else:
            seen[key] = index
    return problems


def _misplaced(pack: Pack, item: QuizItem, names: tuple[str, ...]) -> list[Problem]:
    problems: list[Problem] = []
    defaults = {"options": (), "items": (), "answer": "", "tolerance": 0.0, "unit": ""}
    for name in names:
        if getattr(item, name) != defaults[name]:
            message = f"a {item.type} item has no `{name}`; remove it"
            problems.append(at(pack.where_of(item, name), "misplaced-field", message))
    return problems


def _choice(pack: Pack, item: QuizItem) -> list[Problem]:
    problems = _misplaced(pack, item, ("items", "tolerance", "unit"))
    low, high = OPTIONS
    if not low <= len(item.options) <= high:
        message = f"a choice item has {low} to {high} options, this one {len(item.options)}"
        problems.append(at(pack.where_of(item, "options"), "option-count", message))
    problems += _duplicates(pack, item, "option", item.options)
    if item.answer not in item.options:
        close = difflib.get_close_matches(item.answer, item.options, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        message = f"the answer {item.answer!r} is not one of the options{hint}"
        problems.append(at(pack.where_of(item, "answer"), "answer-not-option", message))
    return problems


def _true_false(pack: Pack, item: QuizItem) -> list[Problem]:
    problems = _misplaced(pack, item, ("options", "items", "tolerance", "unit"))
    if item.answer.strip().lower() not in TRUE_FALSE:
        message = f"a true_false answer is true or false, not {item.answer!r}"
        problems.append(at(pack.where_of(item, "answer"), "bad-answer", message))
    return problems


def _order(pack: Pack, item: QuizItem) -> list[Problem]:
    problems = _misplaced(pack, item, ("options", "answer", "tolerance", "unit"))
    low, high = ORDER_ITEMS
    if not low <= len(item.items) <= high:
        message = f"an order item lists {low} to {high} items, this one {len(item.items)}"
        problems.append(at(pack.where_of(item, "items"), "item-count", message))
    problems += _duplicates(pack, item, "item", item.items)
    return problems


def _number(pack: Pack, item: QuizItem) -> list[Problem]:
    problems = _misplaced(pack, item, ("options", "items"))
    try:
        value = float(item.answer)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        message = f"a number answer is a number like 2011 or 4.5, not {item.answer!r}"
        problems.append(at(pack.where_of(item, "answer"), "bad-answer", message))
    if item.tolerance < 0:
        message = f"tolerance is 0 or more, not {item.tolerance}"
        problems.append(at(pack.where_of(item, "tolerance"), "out-of-range", message))
    return problems


TYPE_RULES: dict[str, Callable[[Pack, QuizItem], list[Problem]]] = {
    "choice": _choice,
    "true_false": _true_false,
    "order": _order,
    "number": _number,
}


def check_quiz(pack: Pack) -> list[Problem]:
    facts = {f.id: f for f in pack.facts}
    problems: list[Problem] = []
    for item in pack.quiz:
        rule = TYPE_RULES.get(item.type)
        if rule is not None:
            problems += rule(pack, item)
        low, high = DIFFICULTY
        if not low <= item.difficulty <= high:
            message = f"difficulty is {low}, 2 or {high}, not {item.difficulty}"
            problems.append(at(pack.where_of(item, "difficulty"), "out-of-range", message))
        cited = [facts[f] for f in item.facts if f in facts]
        if cited and all(f.date_basis == "background" for f in cited):
            message = (
                "every fact it cites is `background`; cite a fact the source states or "
                "implies, so the answer can be checked"
            )
            problems.append(at(pack.where_of(item, "facts"), "background-only", message))
    return problems


def check_quiz_style(pack: Pack) -> list[Problem]:
    """--strict: an explanation for every item, and no option that gives itself away."""
    problems: list[Problem] = []
    for item in pack.quiz:
        if not item.explanation.strip():
            message = "say why the answer is right; players see it after answering"
            problems.append(at(pack.where_of(item, "explanation"), "no-explanation", message))
        if item.type == "choice" and item.answer in item.options and len(item.options) > 1:
            others = [len(o) for o in item.options if o != item.answer]
            longest = max(others)
            if len(item.answer) >= 2 * longest and len(item.answer) - longest >= 12:
                message = (
                    f"the answer is {len(item.answer)} characters, the longest other option "
                    f"{longest}: the length gives it away"
                )
                problems.append(at(pack.where_of(item, "answer"), "answer-giveaway", message))
    return problems
