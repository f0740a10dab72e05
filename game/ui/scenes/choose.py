"""Choose a pack and an agency: each playable agency with its drawn emblem, country, start
year, strength and a sourced fact about it. A click selects an agency; Enter, a click on the
selected one or Start asks to confirm, and only then does the campaign begin.

An agency with lesson-length scenarios in the pack is listed once per scenario (first)
and once for the whole campaign."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.content.citations import citations
from game.content.model import Agency, Pack, Scenario
from game.content.packs import PackEntry, discover_packs
from game.errors import SpaceAccordError
from game.sim import scenarios_for
from game.ui import scenes
from game.ui.chrome import draw_frame, frame
from game.ui.describe import citation_paras
from game.ui.emblem import draw_emblem
from game.ui.layout import columns, rows
from game.ui.paint import Painter
from game.ui.scene import Scene
from game.ui.scenes.confirm import confirm
from game.ui.session import new_session, open_pack
from game.ui.widgets import Button, Menu, MenuItem, Panel, Para, TextBlock

if TYPE_CHECKING:
    from game.ui.app import App

HINTS = "Arrows: choose · Tab: next list · Enter: start · Esc: back"


class ChooseScene(Scene):
    name = "choose"

    def __init__(
        self,
        app: App,
        seed: int | None = None,
        pack_id: str | None = None,
        entries: list[PackEntry] | None = None,
    ) -> None:
        super().__init__(app)
        self.seed = seed
        self.pack_id = pack_id
        self.given = entries  # the packs to offer; None: those found on disk
        self.entries: list[PackEntry] = []
        self.pack: Pack | None = None
        self.problem = ""
        self.packs = Menu(
            lines=4,
            wrap=True,
            on_select=lambda i: self.pick_pack(i),
            on_choose=lambda i: self.focus.move(1),
        )
        self.agencies = Menu(
            on_select=lambda _: self.show_agency(),
            on_choose=lambda _: self.start(),
            draw_row=self.agency_row,
            select_first=True,
        )
        self.detail = TextBlock()
        self.start_button = Button("Start campaign", self.start, primary=True)
        self.back_button = Button("Back", self.app.pop)
        self.panels = [Panel("Pack"), Panel("Agency"), Panel("")]

    def enter(self) -> None:
        found = self.given if self.given is not None else discover_packs()[0]
        self.entries = [e for e in found if not e.problem]
        self.packs.set_items(
            [MenuItem(e.title or e.id, f"{e.id} · v{e.version}", value=e.id) for e in self.entries]
        )
        ids = [e.id for e in self.entries]
        if self.pack_id in ids:
            self.packs.select(ids.index(self.pack_id))
        if self.entries:
            self.pick_pack(self.packs.selected)

    def pick_pack(self, index: int) -> None:
        entry = self.entries[index]
        try:
            self.pack = open_pack(self.app, entry.id)
            self.problem = ""
        except SpaceAccordError as error:
            self.pack, self.problem = None, str(error)
        playable = [a for a in self.pack.agencies if a.playable] if self.pack else []
        items = []
        for agency in playable:
            for scenario in scenarios_for(self.pack, agency.id) if self.pack else ():
                years = f"{scenario.start}–{scenario.end}"
                step = scenario.years_per_turn
                turns = -(-(scenario.end - scenario.start + 1) // step)
                per_turn = f" of {step} years" if step > 1 else ""
                detail = f"{scenario.title} · {years} · {turns} turns{per_turn}"
                items.append(MenuItem(agency.short, detail, value=(agency.id, scenario.id)))
            if not agency.full_campaign and self.pack and scenarios_for(self.pack, agency.id):
                continue  # played only through its scenarios
            detail = f"{agency.country} · from {agency.start}"
            if self.pack and scenarios_for(self.pack, agency.id):
                detail = f"Full campaign · {agency.start}–{self.pack.info.timeline.end}"
            items.append(MenuItem(agency.short, detail, value=(agency.id, "")))
        self.agencies.set_items(items, keep=False)
        self.show_agency()

    @property
    def scenario(self) -> Scenario | None:
        item = self.agencies.current
        if item is None or self.pack is None or not item.value[1]:
            return None
        return next(s for s in self.pack.scenarios if s.id == item.value[1])

    @property
    def agency(self) -> Agency | None:
        item = self.agencies.current
        if item is None or self.pack is None:
            return None
        return self.pack.by_id("agencies").get(item.value[0])

    def show_agency(self) -> None:
        agency = self.agency
        self.start_button.enabled = agency is not None
        if self.problem:
            self.detail.set(
                [
                    Para("This pack cannot be played:", "body", "warn", bold=True),
                    Para(self.problem, "small"),
                ]
            )
        elif agency is None:
            self.detail.set([Para("This pack has no playable agency.", "body", "muted")])
        else:
            paras = [Para(agency.name, "large", "accent", bold=True, gap=0.2)]
            scenario = self.scenario
            if scenario is not None:
                paras += [
                    Para(scenario.title, "body", "text", bold=True, gap=0.2),
                    Para(f"{agency.country} · {scenario.start}–{scenario.end}", "body", "muted"),
                ]
                if scenario.summary:
                    paras.append(Para(scenario.summary, "body"))
                if scenario.years_per_turn > 1:
                    step = scenario.years_per_turn
                    paras.append(Para(f"Each turn covers {step} years.", "body", "muted"))
                paras.append(
                    Para("Its years and starting money are game balance.", "small", "muted")
                )
            else:
                paras.append(
                    Para(f"{agency.country} · campaign from {agency.start}", "body", "muted")
                )
            if agency.strength:
                paras.append(Para(agency.strength, "body"))
            found = citations(self.pack, _best_fact(self.pack, agency.facts)) if self.pack else ()
            for citation in found:
                paras.append(Para(citation.statement, "body", bold=True, gap=0.3))
            paras += citation_paras(found)
            self.detail.set(paras)
        self.panels[2].title = agency.short if agency else ""
        self.invalidate()

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.header, body, self.footer = frame(rect, t)
        left, middle, right = columns(body, [0.28, 0.32, 0.40], t.space(1))
        self.packs.place(self.panels[0].layout(left, t), t)
        self.agencies.place(self.panels[1].layout(middle, t), t)
        inner = self.panels[2].layout(right, t)
        button_h = t.line("body") + t.space(1.2)
        emblem_h = min(inner.h // 4, t.space(8))
        self.emblem_rect, text, bar = rows(inner, [emblem_h, 1.0, button_h], t.space(1))
        self.emblem_rect.w = round(emblem_h * 1.5)
        self.detail.place(text, t)
        start, back = columns(bar, [0.62, 0.38], t.space(1))
        self.start_button.place(start)
        self.back_button.place(back)
        self.focus.set(
            [self.packs, self.agencies, self.start_button, self.back_button, self.detail]
        )
        if len(self.entries) <= 1:
            self.focus.focus(self.agencies)

    def agency_row(self, p: Painter, rect: pygame.Rect, item: MenuItem, chosen: bool) -> None:
        t = self.theme
        agency = self.pack.by_id("agencies").get(item.value[0]) if self.pack else None
        pad = t.space(0.6)
        box = pygame.Rect(
            rect.x + pad, rect.y + pad, round((rect.h - 2 * pad) * 1.5), rect.h - 2 * pad
        )
        if agency is not None:
            draw_emblem(p.surface, box, agency, t.palette.panel_edge)
        text = pygame.Rect(
            box.right + pad, rect.y + pad // 2, rect.right - box.right - 2 * pad, rect.h - pad
        )
        top, low = rows(text, [0.55, 0.45])
        p.line(item.label, top, "body", t.palette.text, bold=True)
        p.line(item.detail, low, "small", t.palette.muted)

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        draw_frame(
            p, self.header, self.footer, "New campaign", right="choose your agency", hints=HINTS
        )
        for panel in self.panels:
            panel.draw(p)
        if self.agency is not None:
            draw_emblem(surface, self.emblem_rect, self.agency, self.theme.palette.panel_edge)
        self.focus.draw(p)

    def start(self) -> None:
        """Ask before the campaign begins: which agency, from when, and with what."""
        agency, pack = self.agency, self.pack
        if agency is None or pack is None:
            return
        scenario = self.scenario
        r = scenario.resources if scenario and scenario.resources else agency.resources
        first, last = (scenario.start, scenario.end) if scenario else (agency.start, None)
        what = f"{scenario.title}: a" if scenario else "A"
        confirm(
            self.app,
            f"Play as {agency.short}?",
            [
                Para(f"{agency.name} · {agency.country}", "body", bold=True, gap=0.3),
                Para(
                    f"{what} campaign from {first} to {last or pack.info.timeline.end}, "
                    f"starting with budget {r.budget}, income {r.income} a year, "
                    f"prestige {r.prestige} and science {r.science}.",
                    "body",
                    gap=0.3,
                ),
                Para("The agency cannot be changed later in this campaign.", "body", "muted"),
            ],
            "Start campaign",
            self.begin,
        )

    def begin(self) -> None:
        agency = self.agency
        if agency is None or self.pack is None:
            return
        seed = self.seed if self.seed is not None else self.app.shared.get("seed")
        if seed is None:
            seed = random.SystemRandom().randrange(1_000_000)
        try:
            scenario = self.scenario
            session = new_session(
                self.app, self.pack, agency.id, seed, scenario.id if scenario else None
            )
        except SpaceAccordError as error:
            self.app.notify(str(error), 6.0)
            return
        self.app.replace(scenes.open_scene(self.app, "campaign", session=session))


def _best_fact(pack: Pack, fact_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The agency's first fact whose quote itself supports it (a fact with a background
    date only borrows a sentence that names the agency), else its first fact."""
    facts = pack.by_id("facts")
    for fact_id in fact_ids:
        fact = facts.get(fact_id)
        if fact is not None and fact.date_basis != "background":
            return (fact_id,)
    return fact_ids[:1]
