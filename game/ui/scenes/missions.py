"""Missions: what the player can start (cost, build time, reliability, partners, rewards,
what must come first), what is being built, and the reason a mission cannot start yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

import game.sim as sim
from game.sim import StartMission
from game.ui.describe import effects_text, percent, shorts
from game.ui.scenes.listdetail import ListDetailScene
from game.ui.session import Session
from game.ui.widgets import Button, MenuItem, Para

if TYPE_CHECKING:
    from game.sim import GameState
    from game.ui.app import App

STATUS_WORDS = {
    "developing": "being built",
    "succeeded": "flown",
    "failed": "failed, can try again",
}


class MissionsScene(ListDetailScene):
    name = "missions"
    heading = "Missions"
    list_title = "Your missions"

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session

    @property
    def state(self) -> GameState:
        return self.session.state

    def header_right(self) -> str:
        return f"{self.state.year} · budget {self.state.stock.budget}"

    def items(self) -> list[MenuItem]:
        state = self.state
        found = []
        offered = {
            o.action.mission_id: o
            for o in self.session.group("mission")
            if isinstance(o.action, StartMission)
        }
        for development in state.developing:
            view = sim.mission_view(state, development.mission_id)
            found.append(
                MenuItem(
                    view.name,
                    f"being built · launch in {development.launch_year}",
                    value=view.mission_id,
                )
            )
        # Ready to start first, then the rest with the reason they cannot start yet.
        ranked = sorted(offered.items(), key=lambda pair: not pair[1].allowed)
        for mission_id, option in ranked:
            view = sim.mission_view(state, mission_id)
            detail = f"cost {option.cost} · {view.build_years} yr · {percent(option.reliability)} success"
            found.append(
                MenuItem(view.name, detail, option.allowed, option.reason, value=mission_id)
            )
        return found

    def details(self, item: MenuItem) -> list[Para]:
        view = sim.mission_view(self.state, item.value)
        paras = [Para(view.kind.capitalize(), "body", "muted", gap=0.3)]
        if view.summary:
            paras.append(Para(view.summary, "body"))
        if view.status in STATUS_WORDS:
            paras.append(Para(f"Status: {STATUS_WORDS[view.status]}", "body", "accent", bold=True))
        if view.launch_year:
            paras.append(Para(f"Launch planned for {view.launch_year}", "body", "accent"))
        cost = f"Cost: {view.cost}" + (
            f" (full price {view.base_cost}, partners pay the rest)"
            if view.cost != view.base_cost
            else ""
        )
        paras += [
            Para(cost, "body", gap=0.2),
            Para(
                f"Build time: {view.build_years} year{'s' if view.build_years != 1 else ''}",
                "body",
                gap=0.2,
            ),
            Para(
                f"Chance of success: {percent(view.reliability)} (base {percent(view.base_reliability)})",
                "body",
                gap=0.2,
            ),
        ]
        if view.partners:
            paras.append(Para(f"Partners: {shorts(self.state, view.partners)}", "body", gap=0.2))
        if view.launch_partners:
            paras.append(
                Para(
                    f"Can launch with: {shorts(self.state, view.launch_partners)}", "body", gap=0.2
                )
            )
        paras.append(
            Para(
                f"Success brings: {effects_text(view.rewards, view.reward_scale)}", "body", "accent"
            )
        )
        if view.requires:
            paras.append(Para("Needs first: " + ", ".join(view.requires), "body"))
        if view.real_year:
            word = "Announced for" if view.planned else "In history it flew in"
            paras.append(Para(f"{word} {view.real_year}", "small", "muted"))
        if view.repeatable:
            paras.append(
                Para("Can be flown again; each new success brings less.", "small", "muted")
            )
        if not item.enabled and item.reason:
            paras.append(Para(f"Cannot start: {item.reason}", "body", "warn", bold=True))
        return paras

    def buttons(self, item: MenuItem) -> list[Button]:
        option = self.session.option(StartMission(item.value))
        if option is None:
            return []
        return [
            Button(
                f"Start ({option.cost})",
                lambda: self.start(item.value),
                enabled=option.allowed,
                reason=option.reason,
                primary=True,
            )
        ]

    def start(self, mission_id: str) -> None:
        for outcome in self.session.send(StartMission(mission_id), queue=False):
            self.app.notify(outcome.text)
        self.refresh()
