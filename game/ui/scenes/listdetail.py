"""A screen with a list on the left and the chosen entry's details and buttons on the right.

Subclasses give ``items()`` (the list), ``details(item)`` (paragraphs) and
``buttons(item)`` (what can be done with it), or, when there are several things to pick
from, ``choices(item)`` (a second list under the details) and ``choose(item, choice)``; any
screen that browses records can use it. ``CampaignListScene`` adds what the agreements and
missions screens share: the campaign in play, its year and budget in the header, and
sending an action with its outcomes told as notices.

Why a button is greyed (the rules' reason, in full) stands wrapped just above the buttons,
whatever its length: it is never cut to one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.sim.upkeep import upkeep, upkeep_limit
from game.ui.chrome import draw_frame, frame
from game.ui.describe import notice
from game.ui.layout import columns, grid, rows
from game.ui.messages import say
from game.ui.scene import Scene
from game.ui.session import Session
from game.ui.widgets import Button, Menu, MenuItem, Panel, Para, TextBlock

if TYPE_CHECKING:
    from collections.abc import Callable

    from game.sim import Action, GameState, Outcome
    from game.ui.app import App

HINTS = "Arrows: choose · Tab: to the buttons · Enter: do it · Esc: back"


class ListDetailScene(Scene):
    heading = ""
    list_title = ""
    empty_text = "Nothing here yet."
    list_lines = 0  # lines per row of the list (0: as the menu decides)
    list_wrap = False  # long names wrap over every line of a row but the last

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.menu = Menu(
            on_select=lambda _: self.refresh_detail(),
            on_choose=lambda _: self.first_button(),
            lines=self.list_lines,
            wrap=self.list_wrap,
        )
        self.list_panel = Panel(self.list_title)
        self.detail_panel = Panel("")
        self.detail = TextBlock()
        self.actions: list[Button] = []
        self.options = Menu(on_choose=self._chosen, on_select=lambda _: self._option_moved())
        self.back_button = Button("Back", self.app.pop)
        self.notice_text = ""
        self.notice_rect = pygame.Rect(0, 0, 0, 0)
        self.refusal = TextBlock()  # why the first greyed button is greyed, above the buttons

    # -- for subclasses -------------------------------------------------------------------
    def items(self) -> list[MenuItem]:
        return []

    def details(self, item: MenuItem) -> list[Para]:
        return []

    def buttons(self, item: MenuItem) -> list[Button]:
        return []

    def choices(self, item: MenuItem) -> list[MenuItem]:
        return []

    def choose(self, item: MenuItem, choice: MenuItem) -> None:
        """A choice of ``choices(item)`` was picked with Enter or a click."""

    def header_right(self) -> str:
        return ""

    def notice(self) -> str:
        """A sentence shown above the list (what to do when nothing in it can be done)."""
        return ""

    # -- shared ---------------------------------------------------------------------------
    def enter(self) -> None:
        self.refresh()

    def resume(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.menu.set_items(self.items())
        self.refresh_detail()
        self.invalidate()

    def refresh_detail(self) -> None:
        item = self.menu.current
        self.detail_panel.title = item.label if item else ""
        self.options.set_items(self.choices(item) if item else [], keep=False)
        self.detail.set(self.details(item) if item else [Para(self.empty_text, "body", "muted")])
        self.actions = self.buttons(item) if item else []
        self.layout_key = None
        self.invalidate()

    def _option_moved(self) -> None:
        item = self.menu.current
        if item is not None:
            self.detail.set(self.details(item))
        self.invalidate()

    def _chosen(self, index: int) -> None:
        item, choice = self.menu.current, self.options.current
        if item is not None and choice is not None:
            self.choose(item, choice)

    def first_button(self) -> None:
        if self.options.items:
            self.focus.focus(self.options)
            self.invalidate()
            return
        for button in self.actions:
            if button.enabled:
                self.focus.focus(button)
                self.invalidate()
                return

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.header, body, self.footer = frame(rect, t)
        left, right = columns(body, [0.36, 0.64], t.space(1))
        self.list_panel.title = self.list_title
        listing = self.list_panel.layout(left, t)
        self.notice_text = self.notice()
        if self.notice_text:
            notice_h = min(
                listing.h // 2,
                self.text.height(self.notice_text, t.px("body"), listing.w, bold=True),
            )
            self.notice_rect, listing = rows(listing, [notice_h, 1.0], t.space(0.8))
        self.menu.place(listing, t)
        inner = self.detail_panel.layout(right, t)
        button_h = t.line("body") + t.space(1.2)
        buttons = [*self.actions, self.back_button]
        cols = max(1, min(len(buttons), inner.w // max(1, t.px("body") * 9)))
        lines = -(-len(buttons) // cols)
        bar_h = lines * button_h + (lines - 1) * t.space(0.8)
        refusal = self.refusal_text()
        self.refusal.set([Para(refusal, "body", "warn", bold=True, gap=0)] if refusal else [])
        refusal_h = 0
        if refusal:  # measured as the block draws it: wrapped whole, no scrolling
            self.refusal.place(pygame.Rect(inner.x, inner.y, inner.w, inner.h), t)
            refusal_h = min(inner.h // 3, self.refusal.measure(self.painter(self.app.surface)))
        above, bar = rows(inner, [1.0, bar_h], t.space(1))
        if refusal_h:
            above, why = rows(above, [1.0, refusal_h], t.space(1))
            self.refusal.place(why, t)
        if self.options.items:
            text, listing = rows(above, [0.34, 0.66], t.space(1))
            self.options.place(listing, t)
        else:
            text = above
        self.detail.place(text, t)
        for button, cell in zip(buttons, grid(bar, len(buttons), cols, t.space(0.8)), strict=True):
            button.place(cell)
        lists = [self.options] if self.options.items else []
        self.focus.set([self.menu, *lists, *buttons, self.detail])

    def refusal_text(self) -> str:
        """The reason the first greyed button of the detail pane is greyed ('' if none)."""
        return next((b.reason for b in self.actions if not b.enabled and b.reason), "")

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        draw_frame(
            p, self.header, self.footer, self.heading, right=self.header_right(), hints=HINTS
        )
        self.list_panel.draw(p)
        if self.notice_text:
            with p.clipped(self.notice_rect):
                p.text(
                    self.notice_text,
                    self.notice_rect.topleft,
                    "body",
                    self.theme.palette.warn,
                    self.notice_rect.w,
                    bold=True,
                )
        self.detail_panel.draw(p)
        if self.refusal.paras:
            self.refusal.draw(p)
        self.focus.draw(p)


class CampaignListScene(ListDetailScene):
    """A list-and-details screen of the campaign in play (agreements, missions)."""

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session

    @property
    def state(self) -> GameState:
        return self.session.state

    def header_right(self) -> str:
        state = self.state
        return (
            f"{state.turn_label} · budget {state.stock.budget}"
            f" · upkeep {upkeep(state)}/{upkeep_limit(state)}"
        )

    def send(self, action: Action) -> list[Outcome]:
        """Carry out ``action``, tell each outcome as a notice, and show the new state."""
        outcomes = self.session.send(action, queue=False)
        for outcome in outcomes:
            self.app.notify(notice(self.state, outcome))
        self.refresh()
        return outcomes

    def action_button(self, action: Action, label: str, act: Callable[[], None]) -> list[Button]:
        """The one button that does ``action`` (``label`` and its cost), greyed with the
        rules' reason when it is not allowed; none when the action is not on offer."""
        option = self.session.option(action)
        if option is None:
            return []
        return [
            Button(
                f"{label} ({option.cost})",
                act,
                enabled=option.allowed,
                reason=say(option.reason, years=self.state.years_per_turn),
                primary=True,
            )
        ]
