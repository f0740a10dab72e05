"""Launch sequence: a countdown, the rocket lifting off, and the outcome the rules rolled.
Work done on the ground (a mission the pack marks ``flies: false``: ground stations, data
exchange, studies) has no countdown and no rocket: a bar fills as the work is done.

The outcome is already decided when this opens (the animation only shows it). Enter, Space
or a click skips to the end; then Continue closes it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.ui.chrome import backdrop
from game.ui.describe import percent
from game.ui.layout import inset, rows
from game.ui.messages import say
from game.ui.scene import Scene
from game.ui.session import Session
from game.ui.theme import mix
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.sim import MissionLaunched
    from game.ui.app import App
    from game.ui.paint import Painter

COUNTDOWN = 1.5  # seconds of "3 2 1"
FLIGHT = 2.2  # seconds from lift-off to the outcome


class LaunchScene(Scene):
    name = "launch"

    def __init__(self, app: App, session: Session, launched: MissionLaunched) -> None:
        super().__init__(app)
        self.session = session
        self.launched = launched
        mission = session.state.index.missions.get(launched.mission_id)
        self.flies = mission.flies if mission is not None else True
        self.clock = 0.0 if self.flies else COUNTDOWN  # no countdown for work on the ground
        self.done = Button("Continue", self.app.pop, primary=True)

    def enter(self) -> None:
        self.app.sound.play("launch")

    @property
    def finished(self) -> bool:
        return self.clock >= COUNTDOWN + FLIGHT

    @property
    def animating(self) -> bool:
        return not self.finished

    def skip(self) -> None:
        if not self.finished:
            self.clock = COUNTDOWN + FLIGHT
            self.outcome_sound()
            self.invalidate()

    def outcome_sound(self) -> None:
        self.app.sound.play("right" if self.launched.success else "fail")

    def update(self, dt: float) -> None:
        if self.finished:
            return
        self.clock += dt
        if self.finished:
            self.outcome_sound()
        self.invalidate()

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        area = inset(rect, t.space(2))
        button_h = t.line("body") + t.space(1.2)
        self.head, self.sky, self.foot = rows(
            area, [t.line("title") + t.line("body"), 1.0, button_h], t.space(1)
        )
        width = t.px("body") * 9
        self.done.place(pygame.Rect(self.foot.right - width, self.foot.y, width, button_h))
        self.focus.set([self.done])

    def handle(self, event: pygame.event.Event) -> None:
        if not self.finished and (
            event.type == pygame.MOUSEBUTTONDOWN
            or (
                event.type == pygame.KEYDOWN
                and event.key
                in (pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_KP_ENTER)
            )
        ):
            self.skip()
            return
        super().handle(event)

    def back(self) -> None:
        self.app.pop()

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        t = self.theme
        pal = t.palette
        backdrop(p)
        launched = self.launched
        role = (
            "title"
            if p.render(launched.name, "title", bold=True).get_width() <= self.head.w
            else "heading"
        )
        name = p.text(
            launched.name,
            self.head.topleft,
            role,
            pal.accent,
            self.head.w,
            bold=True,
            align="center",
        )
        info = f"{launched.year} · chance of success {percent(launched.reliability)}"
        p.text(info, (self.head.x, name.bottom), "body", pal.muted, self.head.w, align="center")
        ground = pygame.Rect(self.sky.x, self.sky.bottom - t.space(3), self.sky.w, t.space(3))
        pygame.draw.rect(surface, mix(pal.panel, pal.past, 0.3), ground)
        flight = max(0.0, self.clock - COUNTDOWN) / FLIGHT
        with p.clipped(self.sky):
            if self.flies:
                self.draw_rocket(p, ground, min(1.0, flight))
            else:
                self.draw_work(p, min(1.0, flight))
        if self.clock < COUNTDOWN:
            count = 3 - int(self.clock / COUNTDOWN * 3)
            p.line(str(count), self.sky, "huge", pal.text, bold=True, align="center")
        if self.finished:
            self.draw_outcome(p)
            self.focus.draw(p)
        else:
            p.line("Enter or click: skip", self.foot, "small", pal.muted)

    def draw_rocket(self, p: Painter, ground: pygame.Rect, flight: float) -> None:
        pal = p.palette
        height = self.sky.h * 0.34
        width = height * 0.28
        climb = flight**2 * (self.sky.h * 0.9)
        failed = not self.launched.success and flight > 0.55
        cx: float = self.sky.centerx - self.sky.w // 5
        if failed:
            cx += math.sin(flight * 40) * width * 0.2 + (flight - 0.55) * width * 3
            climb = min(climb, (0.55**2) * self.sky.h * 0.9)
        base_y = ground.y - climb
        if failed and flight >= 0.7:
            self.draw_blast(
                p,
                (round(cx), round(base_y - height / 2)),
                width * 2.2 * min(1.0, (flight - 0.7) * 4 + 0.3),
            )
            return
        body = pygame.Rect(0, 0, round(width), round(height * 0.75))
        body.midbottom = (round(cx), round(base_y))
        if flight > 0:
            for n in range(1, 6):  # exhaust puffs left behind
                puff_y = body.bottom + height * 0.3 * n
                if puff_y < ground.y:
                    shade = mix(pal.muted, pal.background, n / 6)
                    pygame.draw.circle(
                        p.surface,
                        shade,
                        (body.centerx, round(puff_y)),
                        round(width * (0.3 + n * 0.12)),
                    )
        pygame.draw.rect(p.surface, pal.text, body, 0, max(2, body.w // 6))
        nose = [(body.x, body.y), (body.right, body.y), (body.centerx, body.y - height * 0.25)]
        pygame.draw.polygon(p.surface, pal.accent, nose)
        fin = body.w * 0.6
        pygame.draw.polygon(
            p.surface,
            pal.accent,
            [(body.x, body.bottom), (body.x - fin, body.bottom), (body.x, body.bottom - fin * 1.4)],
        )
        pygame.draw.polygon(
            p.surface,
            pal.accent,
            [
                (body.right, body.bottom),
                (body.right + fin, body.bottom),
                (body.right, body.bottom - fin * 1.4),
            ],
        )
        if flight > 0:
            flicker = 0.8 + 0.2 * math.sin(self.clock * 30)
            outer = [
                (body.x + 2, body.bottom),
                (body.right - 2, body.bottom),
                (body.centerx, body.bottom + height * 0.4 * flicker),
            ]
            inner = [
                (body.x + body.w // 4, body.bottom),
                (body.right - body.w // 4, body.bottom),
                (body.centerx, body.bottom + height * 0.22 * flicker),
            ]
            pygame.draw.polygon(p.surface, pal.present, outer)
            pygame.draw.polygon(p.surface, pal.bad, inner)

    def draw_work(self, p: Painter, progress: float) -> None:
        """Work on the ground: a bar that fills, and stops short when the work fails."""
        t = self.theme
        pal = t.palette
        failed = not self.launched.success
        shown = min(progress, 0.6) if failed else progress
        track = pygame.Rect(0, 0, self.sky.w // 3, t.space(2))
        track.midleft = (self.sky.x + self.sky.w // 10, self.sky.centery)
        p.line(
            "Joint work under way", track.move(0, -t.line("body") - t.space(1)), "body", pal.muted
        )
        pygame.draw.rect(p.surface, mix(pal.panel, pal.raised, 0.8), track, 0, t.radius)
        filled = pygame.Rect(track.x, track.y, round(track.w * shown), track.h)
        colour = pal.bad if failed and progress >= 0.6 else pal.accent
        pygame.draw.rect(p.surface, colour, filled, 0, t.radius)

    def draw_blast(self, p: Painter, centre: tuple[int, int], radius: float) -> None:
        pal = p.palette
        for share, colour in ((1.0, pal.bad), (0.7, pal.warn), (0.4, pal.present)):
            pygame.draw.circle(p.surface, colour, centre, max(2, round(radius * share)))

    def draw_outcome(self, p: Painter) -> None:
        t = self.theme
        pal = t.palette
        success = self.launched.success
        box = pygame.Rect(
            self.sky.centerx,
            self.sky.y + self.sky.h // 4,
            self.sky.w // 2 - t.space(1),
            t.line("huge"),
        )
        mark = pygame.Rect(box.x, box.y, box.h, box.h)
        (p.tick if success else p.cross)(mark, pal.good if success else pal.bad)
        word = "Success!" if success else ("Launch failed" if self.flies else "It fell short")
        p.line(
            word,
            pygame.Rect(mark.right + t.space(1), box.y, box.w - mark.w - t.space(1), box.h),
            "title",
            pal.good if success else pal.bad,
            bold=True,
        )
        note = say(self.launched.message)
        p.text(note, (box.x, box.bottom + t.space(1)), "body", pal.text, box.w)
