"""The classroom reveal's source panel on the projector: every quote cited for the answer,
whole or not at all, quotes from one source under one title and byline, in the largest
type that fits, then the explanation if there is room. Only drawing.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.content.citations import Citation, citations
from game.content.model import Pack
from game.quiz.classroom import ClassroomSession
from game.ui.layout import inset
from game.ui.paint import Painter


def draw_source(
    p: Painter, rect: pygame.Rect, pack: Pack, session: ClassroomSession, explanation: str
) -> None:
    """Each cited quote whole or not at all, quotes from one source under one byline; a hint
    says how many are left; then ``explanation`` if there is room. The type is the largest
    that shows every quote and the explanation, else the largest that shows the most
    quotes."""
    t = p.theme
    pal = p.palette
    p.panel(rect, pal.panel, pal.accent)
    inner = inset(rect, t.space(1.5), t.space(1))
    cites = citations(pack, session.item.facts)
    hint_h = t.line("small")

    def fitting(role: str) -> int:  # how many quotes show whole in ``role``
        for count in range(len(cites), 0, -1):
            room = inner.h - (hint_h if count < len(cites) else 0)
            if citations_height(p, cites[:count], role, inner.w) <= room:
                return count
        return 0

    def everything(role: str) -> bool:
        below = p.text_height(explanation, "body", inner.w) if explanation else 0
        return citations_height(p, cites, role, inner.w) + below <= inner.h

    roles = ("large", "body", "small")
    counts = {role: fitting(role) for role in roles}
    most = max(counts, key=lambda r: counts[r]) if any(counts.values()) else "small"
    role = next((r for r in roles if everything(r)), most)
    shown = max(1, counts[role])  # the first always shows
    with p.clipped(inner):
        y = draw_citations(p, cites[:shown], inner.x, inner.y, role, inner.w)
        left = len(cites) - shown
        if left:
            more = f"+ {left} more quote{'s' if left > 1 else ''} not shown"
            y = p.text(more, (inner.x, min(y, inner.bottom - hint_h)), "small", pal.muted).bottom
            y += t.space(1)
        if explanation and y + p.text_height(explanation, "body", inner.w) <= inner.bottom:
            p.text(explanation, (inner.x, y), "body", pal.muted, inner.w)


def _quote_and_byline(cite: Citation) -> tuple[str, str]:
    quote = f"“{' '.join(cite.quote.split())}”"
    byline = ", ".join(x for x in (cite.publisher, cite.as_reported if cite.published else "") if x)
    return quote, byline


def _closes_source(cites: Sequence[Citation], number: int) -> bool:
    """Whether the source's title and byline follow quote ``number``: the last of its run."""
    if number + 1 >= len(cites):
        return True
    here, after = cites[number], cites[number + 1]
    return (here.source_title, _quote_and_byline(here)[1]) != (
        after.source_title,
        _quote_and_byline(after)[1],
    )


def citations_height(p: Painter, cites: Sequence[Citation], role: str, width: int) -> int:
    """The height ``draw_citations`` takes for ``cites``."""
    t = p.theme
    height = 0
    for number, cite in enumerate(cites):
        quote, byline = _quote_and_byline(cite)
        height += p.text_height(quote, role, width) + t.space(0.4)
        if _closes_source(cites, number):
            height += p.text_height(cite.source_title, "body", width, bold=True)
            height += p.text_height(byline, "small", width) + t.space(1)
    return height


def draw_citations(
    p: Painter, cites: Sequence[Citation], x: int, y: int, role: str, width: int
) -> int:
    """Quotes, each run from one source closed by its title and byline; returns the bottom."""
    t = p.theme
    pal = p.palette
    for number, cite in enumerate(cites):
        quote, byline = _quote_and_byline(cite)
        y = p.text(quote, (x, y), role, pal.text, width).bottom + t.space(0.4)
        if _closes_source(cites, number):
            y = p.text(cite.source_title, (x, y), "body", pal.accent, width, bold=True).bottom
            y = p.text(byline, (x, y), "small", pal.muted, width).bottom + t.space(1)
    return y
