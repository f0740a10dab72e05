"""The projector's join screen: where students go, its QR code, the room code, who joined.

Shown when a session with students' devices starts (Enter starts the first question) and
again from the quiz with J (Enter or Esc goes back). Nicknames are drawn as plain text.
The room's changes (a student joining, from the server's thread) wake the window with a
posted event, so names appear as students join.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pygame

from game.ui.chrome import draw_frame, frame
from game.ui.layout import columns, rows
from game.ui.paint import Painter
from game.ui.scene import Scene

WAKE = pygame.event.custom_type()  # posted from the server's thread when the room changes


def wake_on_change(host: Any) -> None:
    """Post ``WAKE`` whenever the room changes, so an idle window redraws."""

    def post(_before: object, _after: object) -> None:
        if pygame.display.get_init():
            with contextlib.suppress(pygame.error):
                pygame.event.post(pygame.event.Event(WAKE))

    host.room.listen(post)


def qr_surface(rows_: list[list[bool]], size: int) -> pygame.Surface:
    """The QR code, black on white, scaled to whole pixels per module within ``size``."""
    modules = len(rows_)
    scale = max(1, size // max(1, modules))
    image = pygame.Surface((modules, modules))
    image.fill((255, 255, 255))
    for y, row in enumerate(rows_):
        for x, dark in enumerate(row):
            if dark:
                image.set_at((x, y), (0, 0, 0))
    return pygame.transform.scale(image, (modules * scale, modules * scale))


class ClassroomJoinScene(Scene):
    name = "classroom-join"

    def __init__(self, app: Any, host: Any, on_start: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.host = host
        self.on_start = on_start  # None: shown from the quiz, Enter and Esc go back
        self.players_shown = -1
        self.qr: pygame.Surface | None = None

    def handle(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            if self.on_start is not None:
                self.on_start()
            else:
                self.app.pop()
        elif event.key == pygame.K_ESCAPE:
            if self.on_start is None:
                self.app.pop()
            else:
                self.host.close()
                self.app.pop()

    def update(self, dt: float) -> None:
        count = len(self.host.room.session.players)
        if count != self.players_shown:
            self.players_shown = count
            self.invalidate()

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.header, body, self.footer = frame(rect, t)
        self.left, self.right = columns(body, [0.6, 0.4], t.space(2))
        self.qr = None

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        pal = self.theme.palette
        code = self.host.room.session.settings.room
        hints = (
            "Enter: start the first question (students can still join)   ·   Esc: cancel"
            if self.on_start is not None
            else "Enter or Esc: back to the quiz"
        )
        draw_frame(
            p, self.header, self.footer, "Join on your device", right=f"Room {code}", hints=hints
        )
        self._draw_address(p, code)
        self._draw_players(p)
        if self.host.room.problem:
            p.line(self.host.room.problem, self.footer, "small", pal.bad)

    def _draw_address(self, p: Painter, code: str) -> None:
        t = self.theme
        pal = t.palette
        steps, qr_area = rows(
            self.left, [t.line("large") * 2 + t.line("title") * 2, 1.0], t.space(1)
        )
        y = p.text("Open this address in a browser:", steps.topleft, "large", pal.muted).bottom
        url = self.host.short_url
        fits = [
            r
            for r in ("title", "heading", "large")
            if p.render(url, r, bold=True).get_width() <= steps.w
        ]
        role = fits[0] if fits else "body"
        y = p.text(url, (steps.x, y), role, pal.accent, steps.w, bold=True).bottom
        y += t.space(0.5)
        p.text(f"Room code:  {code}", (steps.x, y), "title", pal.text, steps.w, bold=True)
        side = min(qr_area.w, qr_area.h)
        if self.qr is None or self.qr.get_width() > side:
            self.qr = qr_surface(self.host.qr_rows(), side)
        box = self.qr.get_rect(topleft=qr_area.topleft)
        p.surface.blit(self.qr, box)
        note = pygame.Rect(
            box.right + t.space(1), box.y, qr_area.right - box.right - t.space(1), box.h
        )
        if note.w > t.px("body") * 6:
            p.text(
                "or scan this code with a phone's camera", note.topleft, "body", pal.muted, note.w
            )

    def _draw_players(self, p: Painter) -> None:
        t = self.theme
        pal = t.palette
        players = self.host.room.session.players
        count = len(players)
        heading = f"{count} student{'' if count == 1 else 's'} joined"
        rect = self.right
        y = p.text(heading, rect.topleft, "heading", pal.text, rect.w, bold=True).bottom
        y += t.space(0.5)
        line_h = t.line("body")
        cols = 2
        per_col = max(1, (rect.bottom - y) // line_h)
        shown = players[-per_col * cols :] if count > per_col * cols else players
        if len(shown) < count:
            per_col = max(1, per_col - 1)
            shown = players[-(per_col * cols) :]
        teams = self.host.room.session.settings.teams
        width = rect.w // cols
        for i, player in enumerate(shown):
            x = rect.x + (i // per_col) * width
            cell = pygame.Rect(x, y + (i % per_col) * line_h, width - t.space(0.5), line_h)
            team = f"  ({teams[player.team]})" if 0 <= player.team < len(teams) else ""
            p.line(player.name + team, cell, "body", pal.text)
        if len(shown) < count:
            more = pygame.Rect(rect.x, y + per_col * line_h, rect.w, line_h)
            p.line(
                f"… and {count - len(shown)} more (the newest are shown)", more, "body", pal.muted
            )
