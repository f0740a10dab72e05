"""Validation of quiz items that holds whatever their type: difficulty, the facts behind
every answer, an explanation, no option that gives itself away. The rules of each type
live with the type, in ``game.quiz.kinds`` (run by ``game.quiz.pack_check``)."""

from __future__ import annotations

from game.content.model import Pack
from game.content.problems import Problem, at

DIFFICULTY = (1, 3)


def check_quiz(pack: Pack) -> list[Problem]:
    facts = {f.id: f for f in pack.facts}
    problems: list[Problem] = []
    for item in pack.quiz:
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
        if item.answer in item.options and len(item.options) > 1:
            others = [len(o) for o in item.options if o != item.answer]
            longest = max(others)
            if len(item.answer) >= 2 * longest and len(item.answer) - longest >= 12:
                message = (
                    f"the answer is {len(item.answer)} characters, the longest other option "
                    f"{longest}: the length gives it away"
                )
                problems.append(at(pack.where_of(item, "answer"), "answer-giveaway", message))
    return problems
