"""Campaign view: the year and timeline, resources, the network of agreements, this year's
news with sources, and what the player can do next (from the rules' legal actions).

It also shows what the last action brought, one scene at a time: a launch, a big news card,
a quiz checkpoint, the end of the campaign. When such a scene closes, the next one opens.
Ending a year (or skipping to the next event) with an offer still open asks first: the
offer expires with the year. A dilemma due this year opens its card once, after the
year's other cards; put off, it waits on the action list, and ending the year opens it
again (a dilemma never lapses).
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

import pygame

import game.sim as sim
from game.sim import (
    CAMPAIGN_OVER,
    Action,
    AdvanceToNextEvent,
    CampaignEnded,
    CheckpointOpened,
    DilemmaChosen,
    DilemmaOpened,
    EndYear,
    MissionLaunched,
    NewsItem,
    QuizAnswered,
    YearBegan,
)
from game.sim.dilemmas import pending_title
from game.sim.upkeep import upkeep, upkeep_limit
from game.ui import scenes
from game.ui.chrome import draw_frame, frame
from game.ui.describe import RESOURCES, news_paras, notice
from game.ui.emblem import draw_emblem
from game.ui.layout import columns, inset, rows
from game.ui.messages import say, words
from game.ui.scene import Scene
from game.ui.scenes.confirm import confirm
from game.ui.session import Session
from game.ui.turn_words import last_turn, next_turn_label, turn_words
from game.ui.views.network import draw_network
from game.ui.views.timeline import draw_timeline
from game.ui.widgets import Menu, MenuItem, Panel, Para, TextBlock

if TYPE_CHECKING:
    from game.sim import GameState
    from game.ui.app import App
    from game.ui.paint import Painter

# Outcomes that need neither a scene nor a note (the scenes they lead to say it all).
QUIET = (YearBegan, QuizAnswered, CheckpointOpened, CampaignEnded, DilemmaOpened, DilemmaChosen)


class CampaignScene(Scene):
    name = "campaign"

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session
        self.menu = Menu(on_choose=self.choose)
        self.news = TextBlock()
        self.panels = {
            "network": Panel("Network"),
            "news": Panel(""),  # titled by the turn, in ``refresh``
            "actions": Panel("Your move"),
        }
        self.areas: dict[str, pygame.Rect] = {}
        self.queue: deque[Scene] = deque()
        self.dilemma_shown = ""  # the dilemma whose card has opened (put off: not again)

    @property
    def state(self) -> GameState:
        return self.session.state

    # -- lifecycle ------------------------------------------------------------------------
    def enter(self) -> None:
        self.refresh()
        self.show_next()

    def resume(self) -> None:
        self.refresh()
        self.show_next()

    def refresh(self) -> None:
        """Rebuild what depends on the state (after every action)."""
        self.menu.set_items(self.action_items())
        self.news.set(self.news_items())
        self.panels["news"].title = turn_words(self.state, "news_panel")
        self.invalidate()

    def action_items(self) -> list[MenuItem]:
        s = self.session
        state = self.state
        items = []
        if state.checkpoint is not None:
            items.append(
                MenuItem("Answer the question", "A quiz question is waiting", value="quiz")
            )
        if state.dilemma:
            title = pending_title(state)
            items.append(MenuItem(f"Decide: {title}", "A decision is waiting", value="dilemma"))
        offers = len(state.offers)
        items.append(
            MenuItem(
                "Agreements",
                f"{offers} offer{'s' if offers != 1 else ''} · propose new",
                value="agreements",
            )
        )
        ready = sum(1 for o in s.group("mission") if o.allowed)  # as the missions screen says
        building = len(state.developing)
        summary = words("missions_summary", ready=ready, building=building)
        items.append(MenuItem("Missions", summary, value="missions"))
        if state.pack.opportunities:
            bids = sum(1 for o in s.group("opportunity") if o.allowed)
            items.append(
                MenuItem(
                    "Opportunities",
                    f"{bids} open to bid",
                    value="opportunities",
                )
            )
        last = last_turn(state)
        for option in s.group("year"):
            reason = say(option.reason, years=state.years_per_turn)
            if isinstance(option.action, EndYear):
                label = turn_words(state, "end_turn")
                detail = turn_words(state, "end_turn_detail", next=next_turn_label(state))
                items.append(MenuItem(label, detail, option.allowed, reason, value="end"))
            elif isinstance(option.action, AdvanceToNextEvent) and not last:
                # On the last turn there is no next event: ending the turn ends the campaign.
                detail = turn_words(state, "next_event_detail")
                items.append(
                    MenuItem(words("next_event"), detail, option.allowed, reason, value="next")
                )
        items.append(MenuItem("How to play", "A guided first turn", value="help"))
        items.append(MenuItem("Menu", "Save, settings, quit", value="pause"))
        return items

    def news_items(self) -> list[Para]:
        items = self.state.turn_news()
        if items:
            return news_paras(self.state, items)
        quiet = Para(turn_words(self.state, "quiet"), "body", "muted")
        earlier = [item for item in self.state.news if item.year < self.state.year][-3:]
        if not earlier:
            return [quiet]
        head = Para(f"Earlier news ({earlier[-1].year})", "body", "muted", bold=True)
        return [quiet, head, *news_paras(self.state, reversed(earlier))]

    # -- layout ---------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        header, body, footer = frame(rect, t)
        self.header, self.footer = header, footer
        timeline_h = t.line("small") * 2 + t.space(1)
        time_rect, main = rows(body, [timeline_h, 1.0], t.space(1))
        self.areas = {"year": header, "resources": header, "timeline": time_rect}
        if main.w / t.px("body") >= 44:
            act, news, net = columns(main, [0.3, 0.4, 0.3], t.space(1))
        else:  # big type or a narrow window: the network shares the news column
            act, right = columns(main, [0.4, 0.6], t.space(1))
            news, net = rows(right, [0.6, 0.4], t.space(1))
        for name, area in (("network", net), ("news", news), ("actions", act)):
            self.panels[name].layout(area, t)
            self.areas[name] = area
        self.menu.place(self.panels["actions"].inner, t)
        self.news.place(self.panels["news"].inner, t)
        self.focus.set([self.menu, self.news])
        self.focus.focus(self.menu)

    def regions(self) -> dict[str, pygame.Rect]:
        return dict(self.areas)

    def beneath_key(self) -> object:
        # An overlay's action (a quiz answer) changes the state shown here. The id makes the
        # comparison one of identity; the state itself keeps that id from being reused.
        return (id(self.state), self.state)

    # -- input ----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            shortcut = {
                pygame.K_e: "end",
                pygame.K_n: "next",
                pygame.K_h: "help",
                pygame.K_F1: "help",
                pygame.K_a: "agreements",
                pygame.K_m: "missions",
                pygame.K_o: "opportunities",
            }.get(event.key)
            if shortcut:
                self.run(shortcut)
                return
        super().handle(event)

    def back(self) -> None:
        self.run("pause")

    def choose(self, index: int) -> None:
        item = self.menu.items[index]
        self.run(item.value)

    def run(self, what: str) -> None:
        if what in ("end", "next") and self.state.checkpoint is not None:
            self.open_quiz()  # the year cannot end before the question is answered
        elif what in ("end", "next", "dilemma") and self.state.dilemma:
            self.open_dilemma()  # nor before the dilemma is decided: it asks, never lapses
        elif what in ("end", "next"):
            action = EndYear() if what == "end" else AdvanceToNextEvent()
            option = self.session.option(action)
            if option is None or not option.allowed:
                reason = option.reason if option else CAMPAIGN_OVER
                self.app.notify(say(reason, years=self.state.years_per_turn))
                return
            if self.state.offers:  # an offer left open lapses when the year ends
                self.confirm_lapse(action)
                return
            self.send(action)
        elif what == "quiz":
            self.open_quiz()
        elif what == "pause":
            self.app.push(scenes.open_scene(self.app, "pause", session=self.session))
        elif what == "help":
            self.app.push(scenes.open_scene(self.app, "help", guide=self))
        elif what in ("agreements", "missions", "opportunities"):
            self.app.push(scenes.open_scene(self.app, what, session=self.session))

    def confirm_lapse(self, action: Action) -> None:
        """Ask before ending a turn that leaves offers unanswered: they expire with it."""
        state = self.state
        titles = [sim.agreement_view(state, o).title for o in state.offers]
        count = len(titles)
        ending = isinstance(action, EndYear) or last_turn(state)
        confirm(
            self.app,
            words("lapse_title", count=count),
            [
                Para(words("lapse_open", count=count, titles="; ".join(titles)), "body", gap=0.3),
                Para(turn_words(state, "lapse_body", count=count), "body", "muted"),
            ],
            turn_words(state, "end_turn") if ending else words("lapse_advance"),
            lambda: self.send(action),
        )

    def send(self, action: Action) -> None:
        self.session.send(action)
        self.refresh()
        self.show_next()

    # -- showing what happened ------------------------------------------------------------
    def show_next(self) -> None:
        """Turn new outcomes into scenes and notes, then open the next scene waiting."""
        notes = []
        began: tuple[NewsItem, ...] = ()
        while (outcome := self.session.next_pending()) is not None:
            if isinstance(outcome, YearBegan):
                began = outcome.news
            shown = self.scenes_for(outcome, began)
            self.queue.extend(shown)
            if not shown and not isinstance(outcome, QUIET):
                notes.append(notice(self.state, outcome))
        if notes:
            self.app.notify(" · ".join(notes[-3:]))
        if self.app.top is not self:
            return
        if self.queue:
            self.app.push(self.queue.popleft())
        elif self.state.finished:
            self.app.replace(scenes.open_scene(self.app, "end", session=self.session))
        elif self.state.checkpoint is not None and self.state.checkpoint != self.session.deferred:
            self.open_quiz()
        elif self.state.dilemma and self.state.dilemma != self.dilemma_shown:
            self.open_dilemma()  # once by itself; put off, it waits on the action list

    def scenes_for(self, outcome: object, began: tuple[NewsItem, ...] = ()) -> list[Scene]:
        """The scenes that show ``outcome`` (none for those a note is enough for).

        A question about a small piece of this year's news (``began``) comes after a card
        of that news: the player reads it before being asked about it.
        """
        if isinstance(outcome, CheckpointOpened):
            return [
                scenes.open_scene(self.app, "news", session=self.session, item=item)
                for item in began
                if not item.big and outcome.asks_about(item)
            ][:1]
        if isinstance(outcome, MissionLaunched):
            return [scenes.open_scene(self.app, "launch", session=self.session, launched=outcome)]
        if isinstance(outcome, YearBegan):
            return [
                scenes.open_scene(self.app, "news", session=self.session, item=item)
                for item in outcome.news
                if item.big
            ]
        return []

    def open_dilemma(self) -> None:
        if self.state.dilemma:
            self.dilemma_shown = self.state.dilemma
            self.app.push(scenes.open_scene(self.app, "dilemma", session=self.session))

    def open_quiz(self) -> None:
        if self.state.checkpoint is not None:
            self.app.push(scenes.open_scene(self.app, "quiz", session=self.session))

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        t = self.theme
        state = self.state
        agency = state.agency
        draw_frame(p, self.header, self.footer, "", hints=turn_words(state, "campaign_hints"))
        emblem = pygame.Rect(
            self.header.x,
            self.header.y + t.space(0.3),
            round(self.header.h * 1.4),
            self.header.h - t.space(0.6),
        )
        draw_emblem(surface, emblem, agency, t.palette.panel_edge)
        title = f"{agency.short} · {state.turn_label}"
        title_w = p.texts.font(t.px("heading"), True).size(title)[0] + t.space(1.5)
        name_w = min(self.header.w * 2 // 5, title_w)
        p.line(
            title,
            pygame.Rect(emblem.right + t.space(1), self.header.y, name_w, self.header.h),
            "heading",
            t.palette.accent,
            bold=True,
        )
        self.draw_resources(
            p,
            pygame.Rect(
                emblem.right + name_w,
                self.header.y,
                self.header.right - emblem.right - name_w,
                self.header.h,
            ),
        )
        draw_timeline(p, self.areas["timeline"], state)
        for panel in self.panels.values():
            panel.draw(p)
        draw_network(p, self.panels["network"].inner, state)
        self.focus.draw(p)

    def draw_resources(self, p: Painter, rect: pygame.Rect) -> None:
        t = self.theme
        stock = self.state.stock
        figures = [(label, str(getattr(stock, field))) for field, label in RESOURCES]
        state = self.state  # and what the agreements cost a year, of the most allowed
        figures.append(("Upkeep", f"{upkeep(state)}/{upkeep_limit(state)}"))
        # Each cell as wide as its longer text needs, so long labels keep their room.
        weights = [float(max(len(label), len(value) * 2)) for label, value in figures]
        cells = columns(rect, weights, t.space(0.5))
        for cell, (label, value) in zip(cells, figures, strict=True):
            top, low = rows(inset(cell, 0, 0), [0.45, 0.55])
            p.line(label, top, "small", t.palette.muted, align="right")
            p.line(value, low, "large", t.palette.text, bold=True, align="right")
