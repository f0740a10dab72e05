"""Moves in your game that the campaign state keeps: the player's own agreements it ended,
the dilemma options chosen, the bids and rival proposals for opportunities, and how each
host decided its places (all game, none of it the record).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.values import quick_init


@quick_init
@dataclass(frozen=True)
class EndedAgreement:
    """One of the player's own agreements (a proposal of a pack kind, signed in
    ``signed_year``) that the player ended in ``year``: in your game only. The record's
    agreements are never ended (DESIGN §6)."""

    id: str
    title: str
    kind: str
    parties: tuple[str, ...]
    signed_year: int
    year: int


@quick_init
@dataclass(frozen=True)
class DilemmaChoice:
    """A dilemma the player met and the option chosen (its effects: game balance)."""

    dilemma_id: str
    option_id: str
    year: int


@quick_init
@dataclass(frozen=True)
class Bid:
    """A move for a place of an opportunity, in your game: budget bid (``amount``) by the
    player or a rival, or a rival's proposal signed with the host (``courted``)."""

    opportunity_id: str
    agency_id: str
    year: int
    amount: int
    courted: bool = False


@quick_init
@dataclass(frozen=True)
class OpportunityResult:
    """How a host decided the places it added for play: the winners and every bidder's
    standing, best first (agency id, standing); ``player_bid``: the player took part."""

    opportunity_id: str
    year: int
    winners: tuple[str, ...]
    standings: tuple[tuple[str, int], ...]
    player_bid: bool
