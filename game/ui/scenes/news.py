"""News card for a big moment of the year: headline, what happened, and the quoted source."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.describe import NEWS_STATUS, citation_paras
from game.ui.layout import rows
from game.ui.overlay import OverlayScene
from game.ui.session import Session
from game.ui.widgets import Button, Para, TextBlock

if TYPE_CHECKING:
    from game.sim import NewsItem
    from game.ui.app import App


class NewsScene(OverlayScene):
    name = "news"
    size = (0.8, 0.84)

    def __init__(self, app: App, session: Session, item: NewsItem) -> None:
        super().__init__(app)
        self.session = session
        self.item = item
        self.title = f"News · {item.year}"
        self.body = TextBlock(self.paras())
        self.done = Button("Continue", self.app.pop, primary=True)

    def paras(self) -> list[Para]:
        item = self.item
        paras = [Para(item.title, "title", "text", bold=True, gap=0.8)]
        tag = NEWS_STATUS.get(item.status)
        if tag:
            paras.append(Para(tag, "body", "future", bold=True))
        if item.summary:
            paras.append(Para(item.summary, "large", "text", gap=1.2))
        paras += citation_paras(item.citations)
        return paras

    def layout(self, rect: pygame.Rect) -> None:
        super().layout(rect)
        t = self.theme
        button_h = t.line("body") + t.space(1.2)
        text, foot = rows(self.box_inner, [1.0, button_h], t.space(1))
        self.body.place(text, t)
        width = t.px("body") * 9
        self.done.place(pygame.Rect(foot.right - width, foot.y, width, button_h))
        self.focus.set([self.done, self.body])
        self.focus.focus(self.done)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.focus.draw(self.painter(surface))
