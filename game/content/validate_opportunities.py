"""Checks of opportunities.yaml: a bidding window inside the timeline that opens before the
host decides, at least one place for play, weights that make a bid count, rivals other than
the host, and real winners named word for word in the quotes of the record's facts. (Ids
and references are checked with every other file's.)"""

from __future__ import annotations

import difflib
import re

from game.content.model import Opportunity, Pack
from game.content.problems import Problem, at
from game.content.validate_scenarios import years_off_timeline

WEIGHTS = ("relations", "prestige", "science", "bid")


def check_opportunities(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    for opportunity in pack.opportunities:
        problems.extend(_years(pack, opportunity))
        problems.extend(_stakes(pack, opportunity))
        problems.extend(_rivals(pack, opportunity))
        problems.extend(_winners(pack, opportunity))
    return problems


def _years(pack: Pack, opportunity: Opportunity) -> list[Problem]:
    found = []
    if opportunity.decide <= opportunity.open:
        message = (
            f"{opportunity.id!r} is decided in {opportunity.decide}, not after it opens in "
            f"{opportunity.open}: bids need at least one year"
        )
        found.append(at(pack.where_of(opportunity, "decide"), "opportunity-years", message))
    found += years_off_timeline(pack, opportunity, ("open", "decide"), "opportunity-years")
    return found


def _stakes(pack: Pack, opportunity: Opportunity) -> list[Problem]:
    found = []
    if opportunity.places < 1:
        message = f"{opportunity.id!r} has {opportunity.places} places for play: give at least 1"
        found.append(at(pack.where_of(opportunity, "places"), "opportunity-places", message))
    if opportunity.bid < 1:
        message = f"{opportunity.id!r}: a bid must cost at least 1, not {opportunity.bid}"
        found.append(at(pack.where_of(opportunity, "bid"), "opportunity-weights", message))
    weights = opportunity.counts
    for name in WEIGHTS:
        value = getattr(weights, name)
        if value < 0:
            message = f"{opportunity.id!r}: counts.{name} is {value}; weights are 0 or more"
            where = pack.where_of(opportunity, f"counts.{name}")
            found.append(at(where, "opportunity-weights", message))
    if weights.bid == 0:
        message = f"{opportunity.id!r}: counts.bid is 0, so bidding could never help"
        found.append(at(pack.where_of(opportunity, "counts"), "opportunity-weights", message))
    return found


def _rivals(pack: Pack, opportunity: Opportunity) -> list[Problem]:
    found = []
    for position, rival in enumerate(opportunity.rivals):
        if rival == opportunity.host:
            message = f"{opportunity.id!r}: the host {rival!r} cannot bid for its own places"
            where = pack.where_of(opportunity, f"rivals.{position}")
            found.append(at(where, "opportunity-rival", message))
    return found


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def _winners(pack: Pack, opportunity: Opportunity) -> list[Problem]:
    found = []
    if opportunity.winners and not opportunity.record_facts:
        message = f"{opportunity.id!r} names real winners but no record_facts that quote them"
        found.append(at(pack.where_of(opportunity, "winners"), "opportunity-winner", message))
        return found
    facts = pack.by_id("facts")
    quotes = [_normal(facts[f].quote) for f in opportunity.record_facts if f in facts]
    if not quotes:
        return found  # unknown fact ids are reported by the reference check
    for position, winner in enumerate(opportunity.winners):
        if any(_normal(winner) in quote for quote in quotes):
            continue
        words = " ".join(quotes).split()
        phrases = [" ".join(words[i : i + len(winner.split())]) for i in range(len(words))]
        close = difflib.get_close_matches(_normal(winner), phrases, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0].strip(',.')!r}?" if close else ""
        message = (
            f"{opportunity.id!r}: winner {winner!r} is not named in the quotes of its "
            f"record_facts{hint}"
        )
        where = pack.where_of(opportunity, f"winners.{position}")
        found.append(at(where, "opportunity-winner", message))
    return found
