"""Confirm: the second step of an action that cannot be taken back (start a campaign, sign,
propose, start a mission, end a year with an offer still open).

It says what will happen and what it brings and costs, and offers two buttons: the action,
named (``Sign``, ``Start mission``), and ``Cancel``. Enter presses the focused one (the
action), Esc or Cancel goes back without acting; a click outside the box does nothing, so a
stray click can neither act nor lose the choice. Only the action button calls ``on_yes``,
after the dialog has closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.ui.layout import columns, rows
from game.ui.overlay import OverlayScene
from game.ui.widgets import Button, Para, TextBlock

if TYPE_CHECKING:
    from game.ui.app import App

HINT = "Enter: confirm · Esc: cancel"


class ConfirmScene(OverlayScene):
    name = "confirm"
    size = (0.6, 0.6)

    def __init__(
        self,
        app: App,
        title: str,
        paras: list[Para],
        yes: str,
        on_yes: Callable[[], object],
        *,
        no: str = "Cancel",
    ) -> None:
        super().__init__(app)
        self.question = title  # wrapped in the body, never cut to one line
        self.on_yes = on_yes
        heading = Para(title, "large", "accent", bold=True, gap=0.5)
        self.body = TextBlock([heading, *paras, Para(HINT, "small", "muted")])
        self.yes = Button(yes, self.confirm, primary=True)
        self.no = Button(no, self.app.pop)

    def confirm(self) -> None:
        self.app.pop()
        self.on_yes()

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.size = (min(0.92, max(0.5, t.px("body") * 30 / rect.w)), 0.6)
        super().layout(rect)
        p = self.painter(self.app.surface)  # only to measure the text
        button_h = t.line("body") + t.space(1.2)
        self.body.place(self.box_inner, t)
        needed = self.body.measure(p) + button_h + t.space(5)
        self.size = (self.size[0], min(0.94, max(0.36, needed / rect.h)))
        super().layout(rect)
        text, bar = rows(self.box_inner, [1.0, button_h], t.space(1))
        self.body.place(text, t)
        no, yes = columns(bar, [0.4, 0.6], t.space(1))
        self.no.place(no)
        self.yes.place(yes)
        self.focus.set([self.yes, self.no, self.body])
        self.focus.focus(self.yes)

    def keep_clear(self) -> list[pygame.Rect]:
        return [pygame.Rect(self.box)]

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.focus.draw(self.painter(surface))


def confirm(
    app: App, title: str, paras: list[Para], yes: str, on_yes: Callable[[], object]
) -> None:
    """Ask before ``on_yes``: push a ConfirmScene over the current screen."""
    app.push(ConfirmScene(app, title, paras, yes, on_yes))
