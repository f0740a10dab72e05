"""News card for a big moment of the year: headline, what happened, and the quoted source.

The story comes first and whole (headline, status, summary: the point of the card), then
the one quote that carries it with its source and the date it was reported. Other quotes
are a key (S) or a click away ("2 more sources"); when they are shown, or the window is
small, the sources scroll beneath the story. The headline is made smaller before anything
of the story is cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.describe import (
    NEWS_STATUS,
    lead_first,
    more_sources_label,
    news_summary,
    sources_paras,
)
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
        self.every_source = False
        self.sources = TextBlock(self.source_paras())
        self.done = Button("Continue", self.app.pop, primary=True)
        hidden = max(0, len(lead_first(item.citations, self.about)) - 1)
        self.more = Button(more_sources_label(hidden), self.toggle_sources) if hidden else None

    @property
    def about(self) -> str:
        return f"{self.item.title} {news_summary(self.session.state, self.item)}"

    def source_paras(self) -> list[Para]:
        return sources_paras(self.item.citations, self.about, every=self.every_source)

    def toggle_sources(self) -> None:
        """Show the other quotes too, or only the one that carries the story again."""
        self.every_source = not self.every_source
        self.sources.set(self.source_paras())
        if self.more is not None:
            hidden = max(0, len(lead_first(self.item.citations, self.about)) - 1)
            self.more.label = (
                "Fewer sources (S)" if self.every_source else more_sources_label(hidden)
            )
        self.layout_key = None
        self.invalidate()

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_s and self.more is not None:
            self.toggle_sources()
            return
        super().handle(event)

    def story_paras(self) -> list[Para]:
        item = self.item
        paras = [Para(item.title, self.headline_role, "text", bold=True, gap=0.8)]
        tag = NEWS_STATUS.get(item.status)
        if tag:
            paras.append(Para(tag, "body", "future", bold=True))
        summary = news_summary(self.session.state, item)
        if summary:
            paras.append(Para(summary, "large", "text", gap=1.2))
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
        self.story.place(text, t)
        for role in ("title", "heading", "large"):  # smaller headlines before a cut story
            self.headline_role = role
            self.story.set(self.story_paras())
            told = self.story.measure(p)
            if told + gap + min(cited, text.h // 3) <= text.h:
                break
        # The story whole if it fits; the sources get what is left and scroll in it.
        story_h = min(told, max(text.h // 2, text.h - gap - cited))
        story, sources = rows(text, [story_h, 1.0], gap)
        self.story.place(story, t)
        sources.h = min(sources.h, cited)
        self.sources.place(sources, t)
        done_w = t.px("body") * 9
        self.done.place(pygame.Rect(foot.right - done_w, foot.y, done_w, button_h))
        widgets = [self.done]
        if self.more is not None:
            more_w = min(foot.w - done_w - gap, t.px("body") * 13)
            self.more.place(pygame.Rect(foot.x, foot.y, more_w, button_h))
            widgets.append(self.more)
        self.focus.set([*widgets, self.sources, self.story], keep=True)
        if self.focus.focused not in widgets:
            self.focus.focus(self.done)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.focus.draw(self.painter(surface))
