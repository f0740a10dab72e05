"""Agreements: this year's offers (sign or decline, with their terms) and proposals of the
pack's agreement kinds to any agency, with the rules' reason when one would be refused.

Signing and proposing cannot be taken back: a click on a kind of agreement selects it (its
terms show in the details), and Sign or Propose asks to confirm, saying what it brings and
costs, before the action is sent. The player's own agreements (made in this game) are
listed too, and End… asks to confirm before ending one: its upkeep stops, relations with
the partner fall. The record's agreements stay in force and are not listed to end."""

from __future__ import annotations

from typing import TYPE_CHECKING

import game.sim as sim
from game.sim import (
    Action,
    AgreementSigned,
    DeclineAgreement,
    EndAgreement,
    Option,
    ProposeAgreement,
    SignAgreement,
)
from game.sim.balance import END_AGREEMENT_RELATIONS, UPKEEP_PER_AGREEMENT
from game.sim.upkeep import upkeep, upkeep_limit
from game.ui.describe import agency_names, cost_para, effects_text, short, shorts
from game.ui.messages import say, words
from game.ui.scenes.confirm import confirm
from game.ui.scenes.listdetail import CampaignListScene
from game.ui.widgets import Button, MenuItem, Para

if TYPE_CHECKING:
    from game.sim import Outcome
    from game.ui.app import App
    from game.ui.session import Session


class AgreementsScene(CampaignListScene):
    name = "agreements"
    heading = "Agreements"
    list_title = "Offers and partners"

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app, session)
        self.options.select_first = True  # a click on a kind shows it; Propose… acts
        self.propose_button = Button("Propose…", self.propose_chosen, primary=True)

    def items(self) -> list[MenuItem]:
        state = self.state
        found = []
        for agreement_id in state.offers:
            view = sim.agreement_view(state, agreement_id)
            others = shorts(state, (p for p in view.parties if p != state.agency_id))
            found.append(
                MenuItem(
                    f"Offer: {view.title}",
                    f"with {others} · sign or decline",
                    value=("offer", agreement_id),
                )
            )
        names = agency_names(state)
        for option in sim.ending_options(state):
            signed = self.own(option)
            found.append(
                MenuItem(
                    words("ending_item", names, kind=signed.title, parties=option.partners),
                    words("ending_item_detail", year=signed.year),
                    value=("own", signed.id),
                )
            )
        partners = sorted({a.partner for a in self.proposal_actions()})
        for partner in partners:
            relation = state.relation(partner)
            mine = sum(1 for a in state.player_agreements() if partner in a.parties)
            detail = (
                f"relations {relation}/100 · {mine} agreement{'s' if mine != 1 else ''} with you"
            )
            found.append(
                MenuItem(f"Propose to {short(state, partner)}", detail, value=("partner", partner))
            )
        return found

    def own(self, option: Option) -> sim.SignedAgreement:
        """The player's agreement in force that ``option`` would end."""
        assert isinstance(option.action, EndAgreement)
        wanted = option.action.agreement_id
        return next(a for a in self.state.player_agreements() if a.id == wanted and not a.real)

    def ending(self, agreement_id: str) -> Option | None:
        """The rules' verdict on ending ``agreement_id`` (None once it is no longer in force)."""
        found = sim.ending_options(self.state)
        return next((o for o in found if o.action == EndAgreement(agreement_id)), None)

    def ending_paras(self, option: Option) -> list[Para]:
        """What ending one of the player's agreements means: what it brings, what ending it
        frees and costs (game balance)."""
        state, signed = self.state, self.own(option)
        names, parties = agency_names(state), option.partners
        now = min(state.relation(p) for p in parties) if parties else 0
        brings = effects_text(state.index.kinds[signed.kind].effects)
        return [
            Para(
                words("ending_made", names, kind=signed.title, parties=parties, year=signed.year),
                "body",
                "text",
                bold=True,
                gap=0.3,
            ),
            Para(words("ending_brings", effects=brings), "body", gap=0.3),
            Para(
                words(
                    "ending_terms",
                    names,
                    each=UPKEEP_PER_AGREEMENT,
                    relations=END_AGREEMENT_RELATIONS,
                    parties=parties,
                ),
                "body",
                "accent",
                gap=0.3,
            ),
            Para(
                words(
                    "ending_relations",
                    names,
                    parties=parties,
                    now=now,
                    after=max(0, now - END_AGREEMENT_RELATIONS),
                ),
                "body",
                "muted",
            ),
        ]

    def details(self, item: MenuItem) -> list[Para]:
        kind, key = item.value
        state = self.state
        if kind == "own":
            option = self.ending(key)
            if option is None:
                return []
            return self.ending_paras(option)  # why it cannot be ended stands above End…
        if kind == "offer":
            view = sim.agreement_view(state, key)
            paras = [
                Para(
                    f"{view.kind_name} · {view.year}"
                    + (" · announced plan" if view.planned else ""),
                    "body",
                    "muted",
                ),
                Para(f"Parties: {shorts(state, view.parties)}", "body"),
                Para(view.terms, "body"),
                Para(f"Signing brings: {effects_text(view.effects)}", "body", "accent"),
            ]
            if view.unlocks:
                paras.append(Para("Opens missions: " + ", ".join(view.unlocks), "body"))
            return paras  # why it cannot be signed stands above the greyed Sign button
        agency = state.index.agencies[key]
        paras = [
            Para(f"{agency.name} · {agency.country}", "body", "text", bold=True, gap=0.2),
            Para(
                words(
                    "upkeep_line",
                    upkeep=upkeep(state),
                    limit=upkeep_limit(state),
                    each=UPKEEP_PER_AGREEMENT,
                ),
                "small",
                "muted",
                gap=0.2,
            ),
            Para(
                f"Relations with you: {state.relation(key)}/100. Choose a kind of agreement to propose.",
                "body",
                "muted",
            ),
        ]
        chosen = self.options.current
        if chosen is not None:  # what the kind chosen brings first: the pane above is short
            proposal = sim.proposal_view(state, key, chosen.value)
            paras[1:1] = [
                Para(f"Brings: {effects_text(proposal.effects)}", "body", "accent", gap=0.2),
                Para(proposal.description, "body", gap=0.2),
            ]
        return paras  # why it cannot be proposed stands above the greyed Propose button

    def proposal_actions(self) -> list[ProposeAgreement]:
        return [
            o.action
            for o in self.session.group("proposal")
            if isinstance(o.action, ProposeAgreement)
        ]

    def proposals(self, partner: str) -> list[Option]:
        return [
            o
            for o in self.session.group("proposal")
            if isinstance(o.action, ProposeAgreement) and o.action.partner == partner
        ]

    def offer_buttons(self, item: MenuItem) -> list[Button]:
        kind, key = item.value
        if kind == "own":
            option = self.ending(key)
            if option is None:
                return []
            return [
                Button(
                    words("ending_button"),
                    lambda: self.confirm_end(key),
                    enabled=option.allowed,
                    reason=say(option.reason, agency_names(self.state)),
                    primary=True,
                )
            ]
        if kind == "offer":
            sign = self.session.option(SignAgreement(key))
            decline = self.session.option(DeclineAgreement(key))
            return [
                Button(
                    "Sign",
                    lambda: self.confirm_sign(key),
                    enabled=bool(sign and sign.allowed),
                    reason=say(sign.reason, years=self.state.years_per_turn) if sign else "",
                    primary=True,
                ),
                Button(
                    "Decline",
                    lambda: self.send(DeclineAgreement(key)),
                    enabled=bool(decline and decline.allowed),
                ),
            ]
        return []

    def choices(self, item: MenuItem) -> list[MenuItem]:
        kind, key = item.value
        if kind != "partner":
            return []
        found = []
        for option in self.proposals(key):
            assert isinstance(option.action, ProposeAgreement)
            view = sim.proposal_view(self.state, key, option.action.kind)
            detail = f"costs {view.cost} · needs relations {view.min_relations}"
            # The row has room for the reason's brief form; the button's is whole.
            reason = say(option.reason, brief=True, years=self.state.years_per_turn)
            found.append(MenuItem(view.kind_name, detail, option.allowed, reason, value=view.kind))
        return found

    def choose(self, item: MenuItem, choice: MenuItem) -> None:
        if choice.enabled:
            self.confirm_proposal(item.value[1], choice.value)

    def confirm_sign(self, agreement_id: str) -> None:
        view = sim.agreement_view(self.state, agreement_id)
        paras = [
            Para(f"Parties: {shorts(self.state, view.parties)}", "body", gap=0.3),
            Para(view.terms, "body", gap=0.3),
            Para(f"Signing brings: {effects_text(view.effects)}", "body", "accent", gap=0.3),
        ]
        if view.unlocks:
            paras.append(Para("Opens missions: " + ", ".join(view.unlocks), "body", gap=0.3))
        paras.append(self.upkeep_after())
        paras.append(Para("A signed agreement cannot be undone.", "body", "muted"))
        confirm(
            self.app,
            f"Sign {view.title}?",
            paras,
            "Sign",
            lambda: self.send(SignAgreement(agreement_id)),
        )

    def upkeep_after(self) -> Para:
        """What one more agreement adds to the upkeep (said before signing or proposing)."""
        state = self.state
        after = upkeep(state) + UPKEEP_PER_AGREEMENT
        each = UPKEEP_PER_AGREEMENT
        said = words("upkeep_after", each=each, after=after, limit=upkeep_limit(state))
        return Para(said, "body", "muted", gap=0.3)

    def confirm_end(self, agreement_id: str) -> None:
        option = self.ending(agreement_id)
        if option is None or not option.allowed:
            return
        signed = self.own(option)
        title = words(
            "ending_confirm", agency_names(self.state), kind=signed.title, parties=option.partners
        )
        confirm(
            self.app,
            title,
            self.ending_paras(option)[1:],
            words("ending_confirm_yes"),
            lambda: self.send(EndAgreement(agreement_id)),
        )

    def confirm_proposal(self, partner: str, kind: str) -> None:
        view = sim.proposal_view(self.state, partner, kind)
        confirm(
            self.app,
            f"Propose {view.kind_name.lower()} to {short(self.state, partner)}?",
            [
                Para(view.description, "body", gap=0.3),
                cost_para(self.state, view.cost),
                Para(f"Brings: {effects_text(view.effects)}", "body", "accent", gap=0.3),
                self.upkeep_after(),
            ],
            "Propose",
            lambda: self.send(ProposeAgreement(partner, kind)),
        )

    def buttons(self, item: MenuItem) -> list[Button]:
        if item.value[0] != "partner":
            return self.offer_buttons(item)
        self.propose_button = Button("Propose…", self.propose_chosen, primary=True)
        self._option_moved()
        return [self.propose_button]

    def propose_chosen(self) -> None:
        item, chosen = self.menu.current, self.options.current
        if item is not None and chosen is not None:
            self.choose(item, chosen)

    def _option_moved(self) -> None:
        super()._option_moved()
        item, chosen = self.menu.current, self.options.current
        self.propose_button.enabled = chosen is not None and chosen.enabled
        self.propose_button.reason = ""
        if item is not None and chosen is not None and not chosen.enabled:
            option = next(
                (
                    o
                    for o in self.proposals(item.value[1])
                    if isinstance(o.action, ProposeAgreement) and o.action.kind == chosen.value
                ),
                None,
            )
            reason = option.reason if option is not None else None
            self.propose_button.reason = say(reason, years=self.state.years_per_turn)
        self.layout_key = None  # the reason above the buttons changes with the choice

    def send(self, action: Action) -> list[Outcome]:
        outcomes = super().send(action)
        if any(isinstance(o, AgreementSigned) for o in outcomes):
            self.app.sound.play("sign")
        return outcomes
