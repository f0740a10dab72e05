"""News card for a big moment of the year: headline, what happened, and the quoted source.

The sources come first when space is short: each citation (quote, title, publisher and the
date it was reported) gets the height it needs, and the story (headline, status, summary)
takes what is left, its headline made smaller and the rest scrolling if it must. Only
when the citations alone are taller than the card do they scroll too; the headline is
always shown whole.
"""

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
    size = (0.84, 0.9)

    def __init__(self, app: App, session: Session, item: NewsItem) -> None:
        super().__init__(app)
        self.session = session
        self.item = item
        self.title = f"News · {item.year}"
        self.headline_role = "title"
        self.story = TextBlock(self.story_paras())
        self.sources = TextBlock(citation_paras(item.citations))
        self.done = Button("Continue", self.app.pop, primary=True)

    def story_paras(self) -> list[Para]:
        item = self.item
        paras = [Para(item.title, self.headline_role, "text", bold=True, gap=0.8)]
        tag = NEWS_STATUS.get(item.status)
        if tag:
            paras.append(Para(tag, "body", "future", bold=True))
        if item.summary:
            paras.append(Para(item.summary, "large", "text", gap=1.2))
        return paras

    def layout(self, rect: pygame.Rect) -> None:
        super().layout(rect)
        t = self.theme
        p = self.painter(self.app.surface)  # only to measure text
        button_h = t.line("body") + t.space(1.2)
        gap = t.space(1)
        text, foot = rows(self.box_inner, [1.0, button_h], gap)
        self.sources.place(text, t)
        cited = self.sources.measure(p)
        width = max(10, text.w - t.space(1.5))
        self.story.place(text, t)
        for role in ("title", "heading"):  # the big headline only if the whole story fits
            self.headline_role = role
            self.story.set(self.story_paras())
            told = self.story.measure(p)
            if told + gap + cited <= text.h:
                break
        if told + gap + cited <= text.h:  # all fits: the sources follow the story
            story, sources, _ = rows(text, [told, cited, 1.0], gap)
        else:  # the sources whole at the bottom, the story above scrolls
            headline = p.text_height(self.item.title, self.headline_role, width, bold=True)
            sources_h = max(0, min(cited, text.h - headline - gap))
            story, sources = rows(text, [1.0, sources_h], gap)
        self.story.place(story, t)
        self.sources.place(sources, t)
        done_w = t.px("body") * 9
        self.done.place(pygame.Rect(foot.right - done_w, foot.y, done_w, button_h))
        self.focus.set([self.done, self.sources, self.story])
        self.focus.focus(self.done)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.focus.draw(self.painter(surface))
