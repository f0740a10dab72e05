"""Missions: what the player can start (cost, build time, reliability, partners, rewards,
what must come first), what is being built, and the reason a mission cannot start yet.
When nothing can start, a line above the list says what to do instead. Start asks to
confirm, with the cost, build time, chance of success and what success brings.

Every mission shows its odds before anything is paid: the chance, what makes it and what
would raise it (``game.sim.testing.launch_odds``, worded by the catalogue). A mission being
built can be tested (Test asks to confirm), and a row funds a turn of research (it asks to
confirm too, with its cost and what it brings). "Ready" means the same here as on the
campaign view: a mission the rules would let start now."""

from __future__ import annotations

import game.sim as sim
from game.sim import StartMission
from game.sim.actions import FundResearch, TestMission
from game.sim.balance import MAX_RESEARCH_RELIABILITY, RESEARCH_STEP
from game.sim.missions import blocker, mission_status
from game.sim.research import research_bonus, research_science
from game.sim.testing import launch_odds
from game.ui.describe import cost_para, effects_text, percent, shorts
from game.ui.messages import say, words
from game.ui.scenes.confirm import confirm
from game.ui.scenes.listdetail import CampaignListScene
from game.ui.turn_words import turn_words
from game.ui.widgets import Button, MenuItem, Para

STATUS_WORDS = {
    "developing": "being built",
    "succeeded": "flown",
    "failed": "failed, can try again",
}
RESEARCH = "__research__"  # the list row that funds research (no mission has this id)
# What stops the missions that are open, most telling first (the rules' blocker words),
# and the catalogue's words for it.
SHORT_OF = {"budget": "missions_short", "launcher": "missions_launcher"}


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
            reason = say(option.reason, brief=True, years=state.years_per_turn)
            item = MenuItem(view.name, detail, option.allowed, reason, value=mission_id)
            (ready if option.allowed else locked).append(item)
        building = []
        for development in state.developing:
            view = sim.mission_view(state, development.mission_id)
            tests = f" · tested {development.tests}×" if development.tests else ""
            building.append(
                MenuItem(
                    view.name,
                    f"being built · launch in {development.launch_year} · "
                    f"{percent(view.reliability)} success{tests}",
                    value=view.mission_id,
                )
            )
        research = self.session.option(FundResearch())
        funded = len(state.research)
        lab = MenuItem(
            "Research",
            f"{funded} turn{'s' if funded != 1 else ''} funded · "
            + (f"costs {research.cost}" if research else ""),
            research is not None and research.allowed,
            say(research.reason, brief=True, years=state.years_per_turn) if research else "",
            value=RESEARCH,
        )
        # What is being built and what can start come first, then research (where money
        # goes when no mission needs it), then what waits, and why.
        return [*building, *ready, lab, *locked]

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
        income = state.stock.income
        for rule, code in SHORT_OF.items():
            if rule in blocked:
                return turn_words(
                    state,
                    code,
                    cost=min(blocked[rule]),
                    budget=state.stock.budget,
                    income=income,
                    per_turn=income * state.years_per_turn,
                )
        return turn_words(state, "missions_none")

    def odds_paras(self, mission_id: str) -> list[Para]:
        """The chance of success, what makes it and what would raise it (game balance)."""
        odds = launch_odds(self.state, mission_id)
        paras = [
            Para(
                f"Chance of success: {percent(odds.chance)} (game balance, not a record)",
                "body",
                "text",
                bold=True,
                gap=0.2,
            )
        ]
        paras += [Para(f"· {say(factor)}", "small", gap=0.1) for factor in odds.factors]
        if odds.raise_by:
            paras.append(Para("What would raise it:", "small", "accent", bold=True, gap=0.1))
            paras += [Para(f"· {say(hint)}", "small", "accent", gap=0.1) for hint in odds.raise_by]
        return paras

    def research_paras(self) -> list[Para]:
        funded = len(self.state.research)
        option = self.session.option(FundResearch())
        paras = [
            Para(
                "Research and development (game balance): once a turn, pay "
                f"for {research_science(self.state)} science now and +{round(RESEARCH_STEP * 100)} point "
                "of chance for every mission you fly from then on, up to "
                f"+{round(MAX_RESEARCH_RELIABILITY * 100)} points.",
                "body",
                gap=0.3,
            ),
            Para(f"Turns funded: {funded}", "body", gap=0.2),
        ]
        if option is not None:
            paras.append(Para(f"Costs {option.cost} this turn.", "body", "accent", gap=0.2))
        paras.append(Para("Money saved is worth nothing at the end: spend it.", "small", "muted"))
        return paras

    def details(self, item: MenuItem) -> list[Para]:
        if item.value == RESEARCH:
            return self.research_paras()
        view = sim.mission_view(self.state, item.value)
        paras = [Para(view.kind.capitalize(), "body", "muted", gap=0.3)]
        if view.summary:
            paras.append(Para(view.summary, "body"))
        if view.status in STATUS_WORDS:
            status = (
                "done"
                if view.status == "succeeded" and not view.flies
                else STATUS_WORDS[view.status]
            )
            paras.append(Para(f"Status: {status}", "body", "accent", bold=True))
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
            *self.odds_paras(view.mission_id),
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
        if view.missing:
            paras.append(Para("Needs first: " + ", ".join(view.missing), "body"))
        if view.met:
            paras.append(Para("Done first: " + ", ".join(view.met), "small", "muted"))
        if view.real_year:
            done = "it flew in" if view.flies else "it was done in"
            word = "Announced for" if view.planned else f"In history {done}"
            paras.append(Para(f"{word} {view.real_year}", "small", "muted"))
        elif view.planned and view.status in ("available", "failed") and not view.repeatable:
            # A plan whose date lies beyond the sources, not flown yet: the player decides.
            when = "it flies" if view.flies else "it is done"
            paras.append(Para(f"The sources give no date: when {when} is up to you.", "small"))
        if view.repeatable:
            paras.append(
                Para(
                    f"Can be {'flown' if view.flies else 'done'} again; each new success "
                    "brings less.",
                    "small",
                    "muted",
                )
            )
        return paras  # why it cannot start stands above the greyed Start button

    def buttons(self, item: MenuItem) -> list[Button]:
        if item.value == RESEARCH:
            return self.action_button(FundResearch(), "Fund research", self.fund_research)
        testing = self.action_button(TestMission(item.value), "Test", lambda: self.test(item.value))
        return testing or self.action_button(
            StartMission(item.value), "Start", lambda: self.start(item.value)
        )

    def fund_research(self) -> None:
        """Ask first, as starting a mission does: the cost now and what it brings."""
        state = self.state
        option = self.session.option(FundResearch())
        cost = option.cost if option is not None else 0
        step = round(RESEARCH_STEP * 100)
        most = round(MAX_RESEARCH_RELIABILITY * 100)
        now = round(research_bonus(state) * 100)
        paras = [
            cost_para(state, cost),
            Para(
                words("research_brings", science=research_science(state), step=step),
                "body",
                "accent",
                gap=0.3,
            ),
            Para(self.research_so_far(now, most), "body", gap=0.3),
            Para(words("research_final"), "body", "muted"),
        ]
        confirm(
            self.app,
            words("research_title"),
            paras,
            words("research_yes"),
            lambda: self.send(FundResearch()),
        )

    @staticmethod
    def research_so_far(now: int, most: int) -> str:
        """What the research funded so far adds to every mission's chance, in points."""
        if now >= most:
            return words("research_full", most=most)
        if now == 0:
            return words("research_none", most=most)
        return words("research_so_far", now=now, most=most)

    def start(self, mission_id: str) -> None:
        view = sim.mission_view(self.state, mission_id)
        option = self.session.option(StartMission(mission_id))
        cost = option.cost if option is not None else view.cost
        years = f"{view.build_years} year{'s' if view.build_years != 1 else ''}"
        paras = [
            cost_para(self.state, cost),
            Para(f"Built in {years}, then it launches.", "body", gap=0.3),
            *self.odds_paras(mission_id),
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

    def test(self, mission_id: str) -> None:
        view = sim.mission_view(self.state, mission_id)
        option = self.session.option(TestMission(mission_id))
        cost = option.cost if option is not None else 0
        paras = [
            cost_para(self.state, cost),
            *self.odds_paras(mission_id),
        ]
        confirm(
            self.app,
            f"Test {view.name}?",
            paras,
            "Pay for a test",
            lambda: self.send(TestMission(mission_id)),
        )
