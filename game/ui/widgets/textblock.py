"""TextBlock: paragraphs that wrap to the block's width and scroll when they do not fit.

Each paragraph is a ``Para``: its text, type role, palette colour name and weight. When the
text is taller than the block it takes focus and scrolls with arrows, Page Up/Down and the
mouse wheel, and a bar on the right shows where you are. Nothing is ever drawn outside,
and a line is shown whole or not at all (never cut in half at the block's edge).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pygame

from game.ui.paint import Painter
from game.ui.theme import Theme
from game.ui.widgets.base import Widget


@dataclass(frozen=True)
class Para:
    text: str
    role: str = "body"
    colour: str = "text"  # a Palette field name, so palette switches apply
    bold: bool = False
    gap: float = 0.6  # space after, in theme steps
    align: str = "left"


class TextBlock(Widget):
    def __init__(self, paras: Iterable[Para] = ()) -> None:
        super().__init__()
        self.paras: list[Para] = list(paras)
        self.offset = 0
        self._content_h = 0
        self._measured: tuple[object, ...] | None = None

    @property
    def focusable(self) -> bool:  # type: ignore[override]
        return self._content_h > self.rect.h

    def set(self, paras: Iterable[Para], *, keep_scroll: bool = False) -> None:
        self.paras = list(paras)
        self._measured = None
        if not keep_scroll:
            self.offset = 0

    def place(self, rect: pygame.Rect, theme: Theme | None = None) -> None:
        super().place(rect)
        self._measured = None

    def measure(self, p: Painter) -> int:
        """The height of all paragraphs wrapped at the block's width."""
        key = (tuple(self.paras), self.rect.w, p.theme)
        if self._measured != key:
            width = self._text_width(p)
            total = 0
            for para in self.paras:
                total += p.text_height(para.text, para.role, width, bold=para.bold)
                total += p.theme.space(para.gap)
            self._content_h = total
            self._measured = key
            self.offset = max(0, min(self.offset, self.max_offset))
        return self._content_h

    def _text_width(self, p: Painter) -> int:
        return max(10, self.rect.w - p.theme.space(1.5))

    @property
    def max_offset(self) -> int:
        return max(0, self._content_h - self.rect.h)

    def scroll(self, by: int) -> bool:
        before = self.offset
        self.offset = max(0, min(self.offset + by, self.max_offset))
        return self.offset != before

    def key(self, event: pygame.event.Event) -> bool:
        step = max(20, self.rect.h // 6)
        moves = {
            pygame.K_UP: -step,
            pygame.K_DOWN: step,
            pygame.K_PAGEUP: -self.rect.h + step,
            pygame.K_PAGEDOWN: self.rect.h - step,
        }
        if event.key in moves:
            return self.scroll(moves[event.key])
        return False

    def mouse(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEWHEEL:
            self.scroll(-event.y * max(20, self.rect.h // 6))
            return True
        return event.type == pygame.MOUSEBUTTONDOWN

    def draw(self, p: Painter, focused: bool = False) -> None:
        self.measure(p)
        width = self._text_width(p)
        y = self.rect.y - self.offset
        with p.clipped(self.rect):
            for para in self.paras:
                colour = getattr(p.palette, para.colour, p.palette.text)
                image = p.render(
                    para.text, para.role, colour, width, bold=para.bold, align=para.align
                )
                if y + image.get_height() >= self.rect.y and y <= self.rect.bottom:
                    x = self.rect.x
                    if para.align == "center":
                        x += (width - image.get_width()) // 2
                    line_h = p.texts.font(p.theme.px(para.role), para.bold).get_linesize()
                    first = max(0, -(-(self.rect.y - y) // line_h))
                    last = min(image.get_height(), self.rect.bottom - y) // line_h
                    if last > first:
                        shown = pygame.Rect(0, first * line_h, image.get_width(), 0)
                        shown.h = min(image.get_height(), last * line_h) - shown.y
                        p.blit_text(para.text, image, (x, y + shown.y), shown)
                y += image.get_height() + p.theme.space(para.gap)
        if self.max_offset:
            self._bar(p, focused)

    def _bar(self, p: Painter, focused: bool) -> None:
        track = pygame.Rect(
            self.rect.right - p.theme.space(0.6), self.rect.y, p.theme.space(0.5), self.rect.h
        )
        pygame.draw.rect(p.surface, p.palette.raised, track, 0, track.w // 2)
        share = self.rect.h / max(1, self._content_h)
        thumb_h = max(track.w * 2, round(track.h * share))
        thumb_y = track.y + round((track.h - thumb_h) * self.offset / max(1, self.max_offset))
        thumb = pygame.Rect(track.x, thumb_y, track.w, thumb_h)
        colour = p.palette.focus if focused else p.palette.muted
        pygame.draw.rect(p.surface, colour, thumb, 0, track.w // 2)
