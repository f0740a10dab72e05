"""The Scene base class: one screen (or overlay) on the App's scene stack.

A scene's life, in the order the App calls it::

    enter()          pushed on the stack for the first time
    layout(rect)     before the first event or draw, and whenever the window size, the
                     font scale or the palette change: place widgets from ``rect`` here
    handle(event)    each input event, while the scene is on top
    update(dt)       each frame while on top; ``dt`` in seconds, clamped by the App
    draw(surface)    whenever something changed or any visible scene is animating
    pause()          another scene was pushed on top of it
    resume()         it is on top again
    exit()           popped or replaced

A scene with ``opaque = False`` is an overlay: the App draws the scenes beneath it first
(from the top-most opaque one upwards), then the overlay's ``shade_beneath`` dims them.
Redraws happen only after ``invalidate()`` or while ``animating`` is true, so a scene that
changes what it shows must call ``invalidate()``; any key press or click invalidates on its
own. The picture beneath an overlay is kept between frames: a scene whose look depends on
something an overlay may change (the campaign's state) says so in ``beneath_key()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.paint import Painter
from game.ui.widgets import Button, FocusRing

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.text import TextCache
    from game.ui.theme import Theme


class Scene:
    """Base of every screen. Subclasses override the hooks they need; all default to nothing."""

    #: Short name used by the tour, the tests and the help overlay.
    name = "scene"
    #: False for overlays that let the scene beneath show through.
    opaque = True

    def __init__(self, app: App) -> None:
        self.app = app
        #: Widgets reached with Tab/arrows/Enter and the mouse; fill it in ``layout``.
        self.focus = FocusRing()
        #: Set by the App: the (size, theme) the scene was last laid out for.
        self.layout_key: object = None

    # -- lifecycle hooks ------------------------------------------------------------------
    def enter(self) -> None:
        """Called once, when the scene is first pushed."""

    def exit(self) -> None:
        """Called once, when the scene leaves the stack."""

    def pause(self) -> None:
        """Called when another scene is pushed on top."""

    def resume(self) -> None:
        """Called when the scene is on top again."""

    # -- per frame --------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        """Place widgets inside ``rect`` (the whole window). Called again on every resize."""

    def handle(self, event: pygame.event.Event) -> None:
        """React to one event. The default hands it to the focus ring and Esc goes back."""
        if self.focus.handle(event):
            self.invalidate()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()

    def update(self, dt: float) -> None:
        """Advance animations and timers by ``dt`` seconds."""

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the scene. The default fills the background and draws the focus ring."""
        p = self.painter(surface)
        if self.opaque:
            p.fill(self.theme.palette.background)
        self.focus.draw(p)

    @property
    def animating(self) -> bool:
        """True while the scene needs a redraw every frame (an animation, a timer)."""
        return False

    def wake_after(self) -> float | None:
        """Seconds until the scene needs an ``update`` although nothing happens (a clock's
        next second); None: only on input. The idle loop sleeps no longer than this."""
        return None

    def shade_beneath(self, p: Painter) -> None:
        """Dim the scenes beneath this one (an overlay); ``p`` paints on what they drew."""

    def beneath_key(self) -> object:
        """What this scene's picture depends on, besides its layout, while it is beneath an
        overlay (which gets all input): the App draws it again when this changes."""
        return None

    # -- helpers --------------------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        return self.app.theme

    @property
    def text(self) -> TextCache:
        return self.app.text

    def painter(self, surface: pygame.Surface) -> Painter:
        return Painter(surface, self.app.theme, self.app.text, self.app.shapes, self.app.audit)

    def invalidate(self) -> None:
        """Ask for a redraw at the next frame."""
        self.app.invalidate(self)

    def back(self) -> None:
        """What Esc does: by default leave this scene."""
        self.app.pop()

    def keep_clear(self) -> list[pygame.Rect]:
        """What a notice must not cover: the scene's buttons (a dialog's, at its bottom)."""
        return [pygame.Rect(w.rect) for w in self.focus.widgets if isinstance(w, Button)]

    def title_areas(self) -> list[pygame.Rect]:
        """What a notice must never cover: the screen's header (its title), once laid out."""
        header = getattr(self, "header", None)
        return [pygame.Rect(header)] if isinstance(header, pygame.Rect) else []

    def regions(self) -> dict[str, pygame.Rect]:
        """Named areas of the screen, for the first-turn guide to point at."""
        return {}
