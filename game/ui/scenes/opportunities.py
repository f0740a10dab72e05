"""Opportunities: scarce places hosts offer (opportunities.yaml). For each: who hosts it,
how many places the game adds for play, the bidding years, what the host weighs, the
player's standing against the standing to beat (each part as value × weight = points,
the way ``game.sim.opportunities`` counts it), what a won place brings, and the quotes
that frame it. Bid asks first, with the standing before and after. A decided opportunity
says how it went in your game (and, for a lost one, why); the record's real winners are
shown from their own year on, apart from the game's."""

from __future__ import annotations

from game.content.model import Opportunity
from game.sim import BidForPlace
from game.sim.balance import STANDING_CAP
from game.sim.opportunities import (
    bids_of,
    open_this_turn,
    player_standing,
    record_year,
    rival_standings,
    threshold,
)
from game.ui.describe import agency_names, citation_paras, cost_para, effects_text, short, shorts
from game.ui.messages import say, words
from game.ui.scenes.confirm import confirm
from game.ui.scenes.listdetail import CampaignListScene
from game.ui.turn_words import turn_words
from game.ui.widgets import Button, MenuItem, Para

KINDS = {"payload": "Payload place", "founding": "Founding place", "launch": "Launch slot"}


class OpportunitiesScene(CampaignListScene):
    name = "opportunities"
    heading = "Opportunities"
    list_title = "Scarce places"
    list_lines = 3
    list_wrap = True

    def opportunity(self, item: MenuItem) -> Opportunity:
        return next(o for o in self.state.pack.opportunities if o.id == item.value)

    def items(self) -> list[MenuItem]:
        state = self.state
        results = {r.opportunity_id: r for r in state.opportunity_results}
        open_now, later, decided = [], [], []
        for opportunity in state.pack.opportunities:
            host = short(state, opportunity.host)
            if open_this_turn(opportunity, state):
                option = self.session.option(BidForPlace(opportunity.id))
                detail = f"{host} · bids to {opportunity.decide - 1} · bid {opportunity.bid}"
                reason = (
                    say(option.reason, brief=True, years=state.years_per_turn) if option else ""
                )
                enabled = opportunity.host == state.agency_id or bool(option and option.allowed)
                open_now.append(
                    MenuItem(opportunity.title, detail, enabled, reason, value=opportunity.id)
                )
            elif opportunity.id in results:
                result = results[opportunity.id]
                how = (
                    "won"
                    if state.agency_id in result.winners
                    else "lost"
                    if result.player_bid
                    else "decided"
                )
                detail = f"{host} · {how} in your game ({result.year})"
                decided.append(MenuItem(opportunity.title, detail, value=opportunity.id))
            elif state.year < opportunity.open <= state.end_year:
                detail = f"{host} · opens in {opportunity.open}"
                later.append(MenuItem(opportunity.title, detail, value=opportunity.id))
        return [*open_now, *decided, *later]

    def notice(self) -> str:
        if any(open_this_turn(o, self.state) for o in self.state.pack.opportunities):
            return ""
        return turn_words(self.state, "opportunities_none")

    def details(self, item: MenuItem) -> list[Para]:
        state = self.state
        opportunity = self.opportunity(item)
        host = short(state, opportunity.host)
        places = opportunity.places
        paras = [Para(KINDS[opportunity.kind] + f" offered by {host}", "body", "muted", gap=0.3)]
        if opportunity.summary:
            paras.append(Para(opportunity.summary, "body"))
        paras.append(
            Para(
                f"{places} place{'s' if places != 1 else ''} in your game · bids "
                f"{opportunity.open}-{opportunity.decide - 1} · {host} decides in "
                f"{opportunity.decide}",
                "body",
                gap=0.2,
            )
        )
        counts = opportunity.counts
        weighed = [
            f"{name} ×{getattr(counts, part)}"
            for part, name in (
                ("relations", f"relations with {host}"),
                ("prestige", "prestige"),
                ("science", "science"),
                ("bid", "budget bid"),
            )
            if getattr(counts, part)
        ]
        decided = any(r.opportunity_id == opportunity.id for r in state.opportunity_results)
        if decided or opportunity.host == state.agency_id:  # no standing of yours to break down
            paras.append(
                Para("What counts: " + ", ".join(weighed) + " (game balance)", "body", gap=0.2)
            )
        paras += self.standing_paras(opportunity)
        paras.append(
            Para(f"A won place brings: {effects_text(opportunity.rewards)}", "body", "accent")
        )
        paras += self.record_paras(opportunity)
        paras += citation_paras(state.index.citations(opportunity.facts))
        return paras

    def standing_paras(self, opportunity: Opportunity) -> list[Para]:
        state = self.state
        result = next(
            (r for r in state.opportunity_results if r.opportunity_id == opportunity.id), None
        )
        if result is not None:
            told = [
                n
                for n in state.news
                if n.kind == "opportunity" and n.record_id == opportunity.id and n.status != "done"
            ]
            if told and told[-1].message is not None:
                said = say(told[-1].message, agency_names(state))
                return [
                    Para(said, "body", "warn" if told[-1].status == "lost" else "text", bold=True)
                ]
            return []
        if opportunity.host == state.agency_id:
            return [Para("Your agency hosts it: rivals bid to you.", "body", "muted")]
        mine = player_standing(state, opportunity)
        paras = [Para(words("standing_total", total=mine.total), "body", bold=True, gap=0.1)]
        paras += [Para(f"· {line}", "small", gap=0.1) for line in self.standing_parts(opportunity)]
        to_beat = threshold(state, opportunity)
        rivals = rival_standings(state, opportunity)
        if to_beat is None:
            paras.append(Para("No rival holds a place yet.", "body", gap=0.2))
        else:
            ahead = [s.agency_id for s in rivals[: opportunity.places]]
            paras.append(
                Para(
                    f"To beat: {to_beat} ({shorts(state, ahead)}"
                    f" {'holds a place' if len(ahead) == 1 else 'hold the places'} in your game)",
                    "body",
                    gap=0.2,
                )
            )
        return paras

    def standing_parts(self, opportunity: Opportunity) -> list[str]:
        """Each weighted part of the player's standing: its value, its weight, its points
        (prestige and science count up to ``STANDING_CAP``, as the rules count them)."""
        state = self.state
        counts, mine = opportunity.counts, player_standing(state, opportunity)
        paid = sum(b.amount for b in bids_of(state, opportunity.id, state.agency_id))
        parts = (
            ("relations", state.relation(opportunity.host), False),
            ("prestige", state.stock.prestige, True),
            ("science", state.stock.science, True),
            ("bid", paid, False),
        )
        host = short(state, opportunity.host)
        lines = []
        for part, value, capped in parts:
            weight = getattr(counts, part)
            if not weight:
                continue
            over = capped and value > STANDING_CAP
            lines.append(
                words(
                    "standing_part_capped" if over else "standing_part",
                    part=words(f"standing_{part}", host=host),
                    value=value,
                    cap=STANDING_CAP,
                    weight=weight,
                    points=getattr(mine, part),
                )
            )
        return lines

    def record_paras(self, opportunity: Opportunity) -> list[Para]:
        state = self.state
        year = record_year(state, opportunity)
        if year is None or not opportunity.winners:
            return []
        if year > state.year:
            return [Para(f"What really happened is shown in {year}.", "small", "muted", gap=0.3)]
        winners = ", ".join(opportunity.winners)
        return [Para(f"In the record ({year}): {winners}.", "body", "muted", bold=True, gap=0.3)]

    def buttons(self, item: MenuItem) -> list[Button]:
        return self.action_button(BidForPlace(item.value), "Bid", lambda: self.bid(item.value))

    def bid(self, opportunity_id: str) -> None:
        state = self.state
        opportunity = next(o for o in state.pack.opportunities if o.id == opportunity_id)
        now = player_standing(state, opportunity)
        then = player_standing(state, opportunity, extra_bid=opportunity.bid)
        to_beat = threshold(state, opportunity)
        beat = (
            f"the standing to beat is {to_beat}"
            if to_beat is not None
            else "no rival holds a place yet"
        )
        paras = [
            cost_para(state, opportunity.bid),
            Para(f"Your standing goes from {now.total} to {then.total}; {beat}.", "body", gap=0.3),
            Para(
                f"Rivals may still bid until {opportunity.decide - 1}. A bid is spent whether "
                "you win a place or not.",
                "body",
                "muted",
            ),
        ]
        confirm(
            self.app,
            words("bid_title", opportunity=opportunity.title),
            paras,
            "Bid",
            lambda: self.send(BidForPlace(opportunity_id)),
        )
