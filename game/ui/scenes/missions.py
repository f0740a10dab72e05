"""Missions: what the player can start (cost, build time, reliability, partners, rewards,
what must come first), what is being built, and the reason a mission cannot start yet.
When nothing can start, a line above the list says what to do instead. Start asks to
confirm, with the cost, build time, chance of success and what success brings."""

from __future__ import annotations

import game.sim as sim
from game.sim import StartMission
from game.sim.missions import blocker, mission_status
from game.ui.describe import effects_text, percent, shorts
from game.ui.messages import say
from game.ui.scenes.confirm import confirm
from game.ui.scenes.listdetail import CampaignListScene
from game.ui.widgets import Button, MenuItem, Para

STATUS_WORDS = {
    "developing": "being built",
    "succeeded": "flown",
    "failed": "failed, can try again",
}
NOTHING = "Nothing can start this year: sign agreements or end the year."
# What stops the missions that are open, most telling first (the rules' blocker words).
SHORT_OF = {
    "budget": "Nothing can start this year: the cheapest mission ready costs {cost} and the "
    "budget is {budget}. End the year: your income adds {income} a year.",
    "launcher": "Nothing can start this year: the missions ready need a partner with a rocket. "
    "Sign a launch agreement, or end the year.",
}


class MissionsScene(CampaignListScene):
    name = "missions"
    heading = "Missions"
    list_title = "Your missions"
    list_lines = 4  # a name over up to two lines, what it costs or waits for below
    list_wrap = True

    def items(self) -> list[MenuItem]:
        state = self.state
        offered = {
            o.action.mission_id: o
            for o in self.session.group("mission")
            if isinstance(o.action, StartMission)
        }
        ready: list[MenuItem] = []
        locked: list[MenuItem] = []
        for mission_id, option in offered.items():
            view = sim.mission_view(state, mission_id)
            detail = f"cost {option.cost} · {view.build_years} yr · {percent(option.reliability)} success"
            # The row gives the reason's brief form (its name is above it); details, whole.
            reason = say(option.reason, brief=True)
            item = MenuItem(view.name, detail, option.allowed, reason, value=mission_id)
            (ready if option.allowed else locked).append(item)
        building = []
        for development in state.developing:
            view = sim.mission_view(state, development.mission_id)
            building.append(
                MenuItem(
                    view.name,
                    f"being built · launch in {development.launch_year}",
                    value=view.mission_id,
                )
            )
        # What can start comes first, then what is being built, then what waits, and why.
        return [*building, *ready, *locked]

    def notice(self) -> str:
        state = self.state
        options = self.session.group("mission")
        if state.finished or any(o.allowed for o in options):
            return ""
        blocked: dict[str, list[int]] = {}
        for option in options:
            if isinstance(option.action, StartMission):
                mission = state.index.missions[option.action.mission_id]
                rule = blocker(state, mission, mission_status(state, mission.id))
                blocked.setdefault(rule, []).append(option.cost)
        for rule, text in SHORT_OF.items():
            if rule in blocked:
                cost = min(blocked[rule])
                return text.format(cost=cost, budget=state.stock.budget, income=state.stock.income)
        return NOTHING

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
        if view.launch == "own":
            own = self.state.agency.short
            paras.append(Para(f"Launches on {own}'s own rockets", "body", gap=0.2))
        elif view.launch_partners:
            paras.append(
                Para(
                    f"Can launch with: {shorts(self.state, view.launch_partners)}", "body", gap=0.2
                )
            )
        elif view.launch == "partner":
            paras.append(Para("Needs a partner with rockets to launch it", "body", gap=0.2))
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
        if not item.enabled and view.reason:
            paras.append(Para(f"Cannot start: {say(view.reason)}", "body", "warn", bold=True))
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
                reason=say(option.reason),
                primary=True,
            )
        ]

    def start(self, mission_id: str) -> None:
        view = sim.mission_view(self.state, mission_id)
        option = self.session.option(StartMission(mission_id))
        cost = option.cost if option is not None else view.cost
        years = f"{view.build_years} year{'s' if view.build_years != 1 else ''}"
        paras = [
            Para(
                f"Costs {cost} from your budget of {self.state.stock.budget}, now.",
                "body",
                gap=0.3,
            ),
            Para(
                f"Built in {years}, then it launches with a {percent(view.reliability)} "
                "chance of success.",
                "body",
                gap=0.3,
            ),
            Para(
                f"Success brings: {effects_text(view.rewards, view.reward_scale)}",
                "body",
                "accent",
                gap=0.3,
            ),
            Para("A mission cannot be called off once it is started.", "body", "muted"),
        ]
        confirm(
            self.app,
            f"Start {view.name}?",
            paras,
            "Start mission",
            lambda: self.send(StartMission(mission_id)),
        )
