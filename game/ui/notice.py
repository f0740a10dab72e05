"""The notice: a short message the App shows over every scene for a few seconds (saved,
signed, an error), then lets fade by itself.

Where it goes is decided each frame from what the top scene says about itself: it never
covers a title (``Scene.title_areas``: a screen's header, a dialog's heading), and it keeps
off the controls (``Scene.keep_clear``) where it can. It sits on the footer's hint line
(centred, or on a full screen at its left end, narrowed to clear the buttons above),
then at the top of the window, then just under the title; if each of those would cover a
control, it goes back to the footer, which covers a control for a moment but never the
title of the screen the player has just come to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.ui.paint import Painter
    from game.ui.scene import Scene

WIDTH_EMS = 30  # at most this many body-size ems wide


class Notice:
    """One message at a time, with the seconds it has left."""

    def __init__(self) -> None:
        self.text = ""
        self.left = 0.0

    def show(self, text: str, seconds: float) -> None:
        self.text, self.left = text, seconds

    def tick(self, dt: float) -> bool:
        """Count ``dt`` seconds down; True when the message has just gone."""
        if not self.text:
            return False
        self.left -= dt
        if self.left > 0:
            return False
        self.text = ""
        return True

    def image(self, p: Painter, width: int | None = None) -> pygame.Surface:
        """The message wrapped at ``width`` pixels (by default the widest it may be)."""
        return p.render(self.text, "body", p.theme.palette.text, width or self.widest(p))

    def widest(self, p: Painter) -> int:
        t = p.theme
        return min(p.surface.get_width() - 2 * t.space(2), t.px("body") * WIDTH_EMS) - t.space(2)

    def place(self, p: Painter, scene: Scene | None) -> tuple[pygame.Rect, int]:
        """Where the message goes over ``scene`` (the top one), and the width it wraps at."""
        t = p.theme
        width, height = p.surface.get_size()
        clear = scene.keep_clear() if scene is not None else []
        titles = scene.title_areas() if scene is not None else []
        bottom = height - t.space(0.5)
        pad = (t.space(2), t.space(1.4))
        widest = self.widest(p)

        def box(wrap: int) -> pygame.Rect:
            return self.image(p, wrap).get_rect().inflate(*pad)

        footer = box(widest)
        footer.midbottom = (width // 2, bottom)
        places = [(footer, widest)]
        if scene is None or scene.opaque:  # a full screen's footer holds only its hints
            # At its left end, as wide as the room left of the controls above it allows.
            above = [r.x for r in clear if r.bottom > footer.top - t.space(6)]
            room = min([*above, width]) - t.space(1.5) - t.space(1) - pad[0]
            wrap = max(t.px("body") * 10, min(widest, room))
            left = box(wrap)
            left.bottomleft = (t.space(1.5), bottom)
            places.append((left, wrap))
        top = footer.copy()
        top.midtop = (width // 2, t.space(1))
        places.append((top, widest))
        if titles:
            under = footer.copy()
            under.midtop = (width // 2, max(r.bottom for r in titles) + t.space(0.5))
            places.append((under, widest))
        for place, wrap in places:
            if place.collidelist([*clear, *titles]) == -1:
                return place, wrap
        return footer, widest

    def rect(self, p: Painter, scene: Scene | None) -> pygame.Rect:
        return self.place(p, scene)[0]

    def draw(self, p: Painter, scene: Scene | None) -> None:
        box, wrap = self.place(p, scene)
        image = self.image(p, wrap)
        p.panel(box, p.theme.palette.raised, p.theme.palette.accent)
        p.surface.blit(image, image.get_rect(center=box.center))
