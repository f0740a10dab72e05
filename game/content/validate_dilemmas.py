"""Checks of dilemmas.yaml: years inside the timeline and the agencies' own; two or three
options with ids of their own and effects that differ; at most one marked historical; a
short question; framing quotes from no later than the year, and an outcome that happened
(not a plan). Ids, references and effect ranges are checked with every other file's."""

from __future__ import annotations

from game.content.model import Dilemma, Pack
from game.content.model_dilemmas import DilemmaEffects
from game.content.problems import Problem, at
from game.content.validate_scenarios import years_off_timeline

OPTION_COUNT = (2, 3)
MAX_QUESTION = 100  # characters: a question, not a story (the quotes tell the story)


def check_dilemmas(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    for dilemma in pack.dilemmas:
        problems += _years(pack, dilemma)
        problems += _options(pack, dilemma)
        problems += _question(pack, dilemma)
        problems += _facts(pack, dilemma)
    return problems


def _years(pack: Pack, dilemma: Dilemma) -> list[Problem]:
    found = years_off_timeline(pack, dilemma, ("year", "until"), "dilemma-years")
    if dilemma.until and dilemma.until < dilemma.year:
        message = f"{dilemma.id!r}: until {dilemma.until} is before its year {dilemma.year}"
        found.append(at(pack.where_of(dilemma, "until"), "dilemma-years", message))
    agencies = pack.by_id("agencies")
    for position, agency_id in enumerate(dilemma.agencies):
        agency = agencies.get(agency_id)
        if agency is not None and agency.start > dilemma.last_year:
            message = (
                f"{dilemma.id!r}: {agency_id!r} starts in {agency.start}, after the dilemma's "
                f"last year {dilemma.last_year}: no campaign of it meets the dilemma"
            )
            where = pack.where_of(dilemma, f"agencies.{position}")
            found.append(at(where, "dilemma-years", message))
    return found


def _options(pack: Pack, dilemma: Dilemma) -> list[Problem]:
    found: list[Problem] = []
    low, high = OPTION_COUNT
    if dilemma.options and not low <= len(dilemma.options) <= high:
        message = (
            f"{dilemma.id!r} has {len(dilemma.options)} options; a dilemma has {low} or {high}"
        )
        found.append(at(pack.where_of(dilemma, "options"), "dilemma-option-count", message))
    ids: dict[str, int] = {}
    effects: dict[object, str] = {}
    for index, option in enumerate(dilemma.options):
        if option.id in ids:
            message = f"option id {option.id!r} is already used by option {ids[option.id] + 1}"
            where = pack.where_of(dilemma, f"options.{index}.id")
            found.append(at(where, "dilemma-option-id", message))
        ids.setdefault(option.id, index)
        key = _effects_key(option.effects)
        if key in effects:
            message = (
                f"option {option.id!r} changes the same as {effects[key]!r}: "
                "a choice must make a difference"
            )
            where = pack.where_of(dilemma, f"options.{index}.effects")
            found.append(at(where, "dilemma-same-effects", message))
        effects.setdefault(key, option.id)
    marked = [n for n, option in enumerate(dilemma.options) if option.historical]
    for index in marked[1:]:
        message = (
            f"{dilemma.id!r}: options {dilemma.options[marked[0]].id!r} and "
            f"{dilemma.options[index].id!r} are both marked historical; mark the real one only"
        )
        where = pack.where_of(dilemma, f"options.{index}.historical")
        found.append(at(where, "dilemma-historical", message))
    return found


def _effects_key(effects: DilemmaEffects) -> tuple[object, ...]:
    """What an option changes, comparable: relations left at 0 change nothing."""
    relations = tuple(sorted((k, v) for k, v in (effects.relations or {}).items() if v))
    return (effects.budget, effects.income, effects.prestige, effects.science, relations)


def _question(pack: Pack, dilemma: Dilemma) -> list[Problem]:
    question = dilemma.question.strip()
    if not question:
        return []  # a blank required value is reported by the field checks
    if len(question) > MAX_QUESTION or not question.endswith("?"):
        message = (
            f"{dilemma.id!r}: the question is one short, neutral question ending in '?' "
            f"(at most {MAX_QUESTION} characters, this one {len(question)}); let the quotes "
            "tell the story"
        )
        return [at(pack.where_of(dilemma, "question"), "dilemma-question", message)]
    return []


def _facts(pack: Pack, dilemma: Dilemma) -> list[Problem]:
    found: list[Problem] = []
    facts = pack.by_id("facts")
    for index, fact_id in enumerate(dilemma.framing):
        fact = facts.get(fact_id)
        if fact is not None and fact.date is not None and fact.date.year > dilemma.year:
            message = (
                f"{dilemma.id!r} comes up in {dilemma.year}, but its framing fact {fact_id!r} "
                f"is dated {fact.date}: frame it with what was known then, or move it to "
                "`outcome`"
            )
            where = pack.where_of(dilemma, f"framing.{index}")
            found.append(at(where, "dilemma-framing-later", message))
    for index, fact_id in enumerate(dilemma.outcome):
        fact = facts.get(fact_id)
        if fact is not None and fact.status == "planned":
            message = (
                f"{dilemma.id!r}: outcome fact {fact_id!r} is a plan; what really happened "
                "is a fact that happened"
            )
            where = pack.where_of(dilemma, f"outcome.{index}")
            found.append(at(where, "dilemma-outcome-plan", message))
    return found
