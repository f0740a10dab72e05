"""The notice: a short message the App shows over every scene for a few seconds (saved,
signed, an error), then lets fade by itself.

Where it goes is decided each frame from what the top scene says about itself: it never
covers a title (``Scene.title_areas``: a screen's header, a dialog's heading), and it keeps
off the controls (``Scene.keep_clear``) where it can. It sits on the footer's hint line
first, then at the top of the window, then just under the title; if each of those would
cover a control, it goes back to the footer, which covers a control for a moment but never
the title of the screen the player has just come to.
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

    def image(self, p: Painter) -> pygame.Surface:
        t = p.theme
        width = min(p.surface.get_width() - 2 * t.space(2), t.px("body") * WIDTH_EMS)
        return p.render(self.text, "body", t.palette.text, width - t.space(2))

    def rect(self, p: Painter, scene: Scene | None) -> pygame.Rect:
        """Where the message goes over ``scene`` (the top one)."""
        t = p.theme
        box = self.image(p).get_rect().inflate(t.space(2), t.space(1.4))
        width, height = p.surface.get_size()
        clear = scene.keep_clear() if scene is not None else []
        titles = scene.title_areas() if scene is not None else []
        footer = box.copy()
        footer.midbottom = (width // 2, height - t.space(0.5))
        top = box.copy()
        top.midtop = (width // 2, t.space(1))
        places = [footer, top]
        if titles:
            under = box.copy()
            under.midtop = (width // 2, max(r.bottom for r in titles) + t.space(0.5))
            places.append(under)
        for place in places:
            if place.collidelist([*clear, *titles]) == -1:
                return place
        return footer

    def draw(self, p: Painter, scene: Scene | None) -> None:
        image, box = self.image(p), self.rect(p, scene)
        p.panel(box, p.theme.palette.raised, p.theme.palette.accent)
        p.surface.blit(image, image.get_rect(center=box.center))
