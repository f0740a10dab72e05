"""The App: the scene stack and the loop, drawn into a window (``game.ui.window`` opens it)
with a notice over every scene for a few seconds (``game.ui.notice``).

The stack is drawn from the top-most opaque scene upwards, so an overlay (a quiz over the
campaign) shows the screen beneath it, dimmed by the overlay's ``shade_beneath``. That
picture of the scenes beneath is kept and reused while the overlay changes: it is drawn
again after a push, pop, replace, resize or settings change, when a scene beneath calls
``invalidate`` or when its ``beneath_key()`` changes. Only the top scene gets input and
``update``. The loop redraws only after ``invalidate()``, an input event, or while the top scene is
animating; otherwise it sleeps in ``pygame.event.wait`` so an idle screen costs nearly no
CPU. Frames are capped at 60 per second and ``dt`` is clamped, so a stall never makes an
animation jump.

Tests and the tour drive it without a loop: ``app.step(events)`` runs one frame with the
given events, ``app.render()`` draws everything now and returns the surface. ``App(window=
False)`` draws into an off-screen surface, so nothing needs a display at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pygame

from game.errors import StorageError
from game.storage.settings import Settings
from game.ui.notice import Notice
from game.ui.paint import Painter, ShapeCache
from game.ui.sound import Sound
from game.ui.text import TextCache
from game.ui.theme import Theme
from game.ui.window import MIN_SIZE, open_window

if TYPE_CHECKING:
    from game.ui.audit import LayoutAudit
    from game.ui.scene import Scene

FPS = 60
MAX_DT = 0.1  # seconds; a longer stall is treated as this long
IDLE_WAIT_MS = 1000
# Events that change nothing on screen unless a scene says so (see Scene.invalidate).
QUIET_EVENTS = (pygame.MOUSEMOTION, pygame.NOEVENT, pygame.ACTIVEEVENT)


class App:
    """Owns the surface, theme, text cache, sound, settings and the scene stack."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        size: tuple[int, int] = (1280, 720),
        window: bool = True,
        on_settings: Callable[[Settings], None] | None = None,
    ) -> None:
        pygame.display.init()
        pygame.font.init()
        self.settings = (settings or Settings()).clamped()
        self.window = window
        self.windowed_size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        self.on_settings = on_settings
        self.surface = self._open_surface(self.windowed_size)
        if window and not self.settings.fullscreen:
            self.windowed_size = self.surface.get_size()  # as fitted to the display
        self.text = TextCache()
        self.shapes = ShapeCache()
        self.sound = Sound(enabled=self.settings.sound and window)
        self.theme = self._make_theme()
        self._fit_caches()
        self.scenes: list[Scene] = []
        self.running = True
        self.dirty = True
        self.clock = pygame.time.Clock()
        #: The short message shown over every scene for a few seconds (``notify``).
        self.notice = Notice()
        #: Things scenes share that outlive one scene (opened packs, ...), by name.
        self.shared: dict[str, Any] = {}
        #: When set, each frame records where the top scene put its panels and text.
        self.audit: LayoutAudit | None = None
        #: The scenes beneath a see-through top scene, drawn and shaded, and what it shows.
        self._beneath: pygame.Surface | None = None
        self._beneath_key: object = None

    # -- the surface ---------------------------------------------------------------------------
    def _open_surface(self, size: tuple[int, int]) -> pygame.Surface:
        if not self.window:
            return pygame.Surface(size)
        return open_window(size, fullscreen=self.settings.fullscreen)

    def _make_theme(self) -> Theme:
        return Theme.for_surface(
            self.surface.get_size(),
            font_scale=self.settings.font_scale / 100,
            colour_blind_safe=self.settings.colour_blind_safe,
        )

    def _fit_caches(self) -> None:
        """Let the text and shape caches hold a few screens' worth at this window size."""
        size = self.surface.get_size()
        self.text.surfaces.fit(size)
        self.shapes.surfaces.fit(size)

    def resize(self, size: tuple[int, int]) -> None:
        """Follow a new window size (every scene lays itself out again before it draws)."""
        size = (max(1, size[0]), max(1, size[1]))
        if self.window:
            self.surface = pygame.display.get_surface() or self.surface
            if not self.settings.fullscreen:
                self.windowed_size = self.surface.get_size()
        elif size != self.surface.get_size():
            self.surface = pygame.Surface(size)
        self.theme = self._make_theme()
        self._fit_caches()
        self.forget_beneath()
        self.invalidate()

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` now (theme, full screen, sound) and hand them to ``on_settings``."""
        settings = settings.clamped()
        fullscreen_changed = settings.fullscreen != self.settings.fullscreen
        self.settings = settings
        if fullscreen_changed:
            self.surface = self._open_surface(self.windowed_size)
        self.sound.enabled = settings.sound and self.window
        self.theme = self._make_theme()
        self._fit_caches()
        if self.on_settings is not None:
            try:
                self.on_settings(settings)
            except StorageError as error:  # a full or read-only disk never ends a lesson
                self.notify(f"Settings apply now but could not be saved: {error}", 6.0)
        self.forget_beneath()
        self.invalidate()

    # -- the stack -----------------------------------------------------------------------------
    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes[-1].pause()
        self.scenes.append(scene)
        scene.enter()
        self.forget_beneath()
        self.invalidate()

    def pop(self) -> Scene | None:
        """Remove the top scene; the one beneath resumes. Popping the last one quits."""
        if not self.scenes:
            return None
        scene = self.scenes.pop()
        scene.exit()
        if self.scenes:
            self.scenes[-1].resume()
        else:
            self.quit()
        self.forget_beneath()
        self.invalidate()
        return scene

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for ``scene`` (the one beneath is not resumed in between)."""
        if self.scenes:
            self.scenes.pop().exit()
        self.scenes.append(scene)
        scene.enter()
        self.forget_beneath()
        self.invalidate()

    def reset(self, scene: Scene) -> None:
        """Leave every scene and start again from ``scene`` (e.g. back to the title)."""
        while self.scenes:
            self.scenes.pop().exit()
        self.push(scene)

    def find(self, kind: type) -> Scene | None:
        """The top-most scene of class ``kind`` on the stack, if any."""
        for scene in reversed(self.scenes):
            if isinstance(scene, kind):
                return scene
        return None

    def quit(self) -> None:
        self.running = False

    def invalidate(self, scene: Scene | None = None) -> None:
        """Redraw at the next frame; ``scene``: the scene that changed, if one did."""
        self.dirty = True
        if scene is not None and scene is not self.top:
            self.forget_beneath()

    def forget_beneath(self) -> None:
        """Draw the scenes beneath an overlay afresh at the next frame."""
        self._beneath = None

    def notify(self, message: str, seconds: float = 3.0) -> None:
        """Show a short message for ``seconds`` (saved, an error, ...): see ``Notice``."""
        self.notice.show(message, seconds)
        self.invalidate()

    @property
    def toast(self) -> str:
        """The notice on screen now ('' when none)."""
        return self.notice.text

    # -- one frame -----------------------------------------------------------------------------
    def _ensure_layout(self, scene: Scene) -> None:
        key = (self.surface.get_size(), self.theme)
        if scene.layout_key != key:
            scene.layout_key = key
            scene.layout(self.surface.get_rect())

    def dispatch(self, event: pygame.event.Event) -> None:
        if event.type not in QUIET_EVENTS:
            self.invalidate()
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type == pygame.VIDEORESIZE:
            self.resize((event.w, event.h))
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.apply_settings(replace(self.settings, fullscreen=not self.settings.fullscreen))
            return
        scene = self.top
        if scene is not None:
            self._ensure_layout(scene)
            scene.handle(event)

    @property
    def animating(self) -> bool:
        top = self.top
        return bool(self.toast) or (top is not None and top.animating)

    def step(self, events: Iterable[pygame.event.Event] = (), dt: float = 1 / FPS) -> bool:
        """One frame: handle ``events``, update the top scene, draw if needed.

        Returns True if the frame was drawn.
        """
        for event in events:
            self.dispatch(event)
            if not self.running:
                return False
        dt = min(max(0.0, dt), MAX_DT)
        if self.notice.tick(dt):
            self.invalidate()
        top = self.top
        if top is not None:
            self._ensure_layout(top)
            top.update(dt)
        if self.dirty or self.animating:
            self.render()
            return True
        return False

    def visible_scenes(self) -> list[Scene]:
        """The scenes drawn this frame: the top-most opaque one and those above it."""
        start = 0
        for index in range(len(self.scenes) - 1, -1, -1):
            if self.scenes[index].opaque:
                start = index
                break
        return self.scenes[start:]

    def render(self) -> pygame.Surface:
        """Draw the visible scenes now and return the surface."""
        visible = self.visible_scenes()
        audit, self.audit = self.audit, None  # only the top scene is checked
        if len(visible) > 1:
            self._draw_beneath(visible[:-1], visible[-1])
        elif not visible or not visible[0].opaque:
            self.surface.fill(self.theme.palette.background)
        self.audit = audit
        if audit is not None:
            audit.clear(self.surface.get_size())
        if visible:
            self._ensure_layout(visible[-1])
            visible[-1].draw(self.surface)
        if self.toast:
            self.notice.draw(self._painter(), self.top)
        self.dirty = False
        return self.surface

    def _painter(self) -> Painter:
        return Painter(self.surface, self.theme, self.text, self.shapes)

    def _draw_beneath(self, beneath: list[Scene], top: Scene) -> None:
        """Draw ``beneath`` bottom up, each dimmed by the see-through scene above it.

        The picture is kept and only blitted again while nothing in it changed.
        """
        size = self.surface.get_size()
        key = (size, top, tuple(beneath), tuple(scene.beneath_key() for scene in beneath))
        cached = self._beneath
        if cached is not None and cached.get_size() == size and key == self._beneath_key:
            self.surface.blit(cached, (0, 0))
            return
        if not beneath[0].opaque:
            self.surface.fill(self.theme.palette.background)
        for scene, above in zip(beneath, [*beneath[1:], top], strict=True):
            self._ensure_layout(scene)
            scene.draw(self.surface)
            self._ensure_layout(above)
            above.shade_beneath(self._painter())
        self._beneath = self.surface.copy()
        self._beneath_key = key

    def toast_rect(self) -> pygame.Rect:
        """Where the notice goes over the top scene (``Notice.rect``)."""
        return self.notice.rect(self._painter(), self.top)

    def screenshot(self, path: str) -> None:
        pygame.image.save(self.render(), path)

    # -- the loop ------------------------------------------------------------------------------
    def idle_wait_ms(self) -> int:
        """How long an idle frame may sleep waiting for input: at most a second, and no
        longer than the top scene's ``wake_after`` (a running clock's next second)."""
        top = self.top
        wake = top.wake_after() if top is not None else None
        if wake is None:
            return IDLE_WAIT_MS
        return max(1, min(IDLE_WAIT_MS, int(wake * 1000) + 1))

    def run(self) -> None:
        """Run until the last scene is popped or the window is closed."""
        self.clock.tick()
        while self.running and self.scenes:
            if self.dirty or self.animating:
                events = pygame.event.get()
                dt = self.clock.tick(FPS) / 1000
            else:
                first = pygame.event.wait(self.idle_wait_ms())
                events = [first, *pygame.event.get()] if first.type != pygame.NOEVENT else []
                dt = self.clock.tick(FPS) / 1000
            if self.step(events, dt) and self.window:
                pygame.display.flip()
        self.sound.close()
