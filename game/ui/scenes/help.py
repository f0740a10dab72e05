"""How to play. Over the campaign view it is a guided first turn that lights up each panel
in turn and says what it is for; from the title screen it is one page of the same advice.

The steps name regions a scene offers through ``Scene.regions()``; a step whose region the
scene does not have is skipped, so the guide works over any scene that names its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.chrome import draw_frame, frame
from game.ui.layout import columns, rows
from game.ui.messages import TEMPLATES, words
from game.ui.scene import Scene
from game.ui.widgets import Button, Para, TextBlock

if TYPE_CHECKING:
    from game.ui.app import App

STEPS: tuple[tuple[str, str, str], ...] = (
    (
        "year",
        "Your agency and the year",
        "You lead the agency whose emblem is at the top left. Each turn is one year of real history.",
    ),
    (
        "resources",
        "Resources",
        "Budget pays for missions and proposals, and income arrives every year. Prestige and science grow "
        "with successful launches, agreements and right quiz answers.",
    ),
    (
        "timeline",
        "The timeline",
        "Filled dots are the past, the large marker is this year, and hollow diamonds are plans that have "
        "been announced but not yet happened. Triangles are your missions being built.",
    ),
    (
        "network",
        "Your network",
        "Each agreement in force is a line between agencies. Yours are thick; sign more and your web grows.",
    ),
    (
        "news",
        "News this year",
        "Real events of this year, each with its source. Read them: quiz questions come from these facts.",
    ),
    (
        "actions",
        "Your move",
        "Open Agreements to sign offers or propose new ones, and Missions to start building. Then end the "
        "year, or advance to the next event to skip quiet years. Esc opens the menu.",
    ),
)
KEYS = (
    "Keys: Tab and the arrows move, Enter chooses, Esc goes back. On a quiz, 1-4 or A-D answer. "
    "F11 switches full screen. Everything also works with the mouse. Starting a campaign, "
    "signing, proposing, starting a mission and ending a year with an offer open ask to confirm "
    "first (Enter: yes, Esc: no)."
)


class HelpScene(Scene):
    name = "help"

    def __init__(self, app: App, guide: Scene | None = None) -> None:
        super().__init__(app)
        self.guide = guide
        self.step = 0
        self.opaque = guide is None
        self.page = TextBlock()
        self.next_button = Button("Next", self.next, primary=True)
        self.prev_button = Button("Back", self.previous)
        self.close_button = Button("Close", self.app.pop)

    @property
    def steps(self) -> list[tuple[str, str, str]]:
        regions = self.guide.regions() if self.guide else {}
        return [self._by_turn(step) for step in STEPS if step[0] in regions]

    def _by_turn(self, step: tuple[str, str, str]) -> tuple[str, str, str]:
        """``step`` in the words of a campaign whose turn covers several years."""
        state = getattr(getattr(self.guide, "session", None), "state", None)
        key, title, text = step
        if state is None or state.years_per_turn <= 1 or f"help_{key}.turn" not in TEMPLATES:
            return step
        if f"help_{key}_title.turn" in TEMPLATES:
            title = words(f"help_{key}_title.turn")
        count = state.years_per_turn
        return key, title, words(f"help_{key}.turn", count=count, years=state.turn_label)

    def next(self) -> None:
        if self.step + 1 >= len(self.steps):
            self.app.pop()
            return
        self.step += 1
        self.layout_key = None

    def previous(self) -> None:
        self.step = max(0, self.step - 1)
        self.layout_key = None

    def handle(self, event: pygame.event.Event) -> None:
        if self.guide is not None and event.type == pygame.KEYDOWN:
            if event.key == pygame.K_RIGHT:
                self.next()
                return
            if event.key == pygame.K_LEFT:
                self.previous()
                return
        super().handle(event)

    # -- layout ---------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.rect = rect
        button_h = t.line("body") + t.space(1.2)
        if self.guide is None:
            self.header, body, self.footer = frame(rect, t)
            text, bar = rows(body, [1.0, button_h], t.space(1))
            paras = [Para("A campaign in a few lines", "large", "accent", bold=True)]
            for _, title, text_ in STEPS:
                paras += [Para(title, "body", "text", bold=True, gap=0.1), Para(text_, "body")]
            paras.append(Para(KEYS, "body", "muted"))
            self.page.set(paras, keep_scroll=True)
            self.page.place(text, t)
            self.close_button.place(pygame.Rect(bar.x, bar.y, t.px("body") * 8, button_h))
            self.focus.set([self.close_button, self.page])
            return
        steps = self.steps
        self.step = min(self.step, max(0, len(steps) - 1))
        self.target = self.guide.regions().get(steps[self.step][0], rect) if steps else rect
        self.callout = self.place_callout(rect, self.target)
        inner = self.callout.inflate(-2 * t.space(1.2), -2 * t.space(1))
        text, bar = rows(inner, [1.0, button_h], t.space(0.8))
        self.text_rect = text
        close, prev, nxt = columns(bar, [0.3, 0.3, 0.4], t.space(0.8))
        self.close_button.place(close)
        self.prev_button.place(prev)
        self.prev_button.enabled = self.step > 0
        self.next_button.label = "Finish" if self.step + 1 >= len(steps) else "Next"
        self.next_button.place(nxt)
        self.focus.set([self.next_button, self.prev_button, self.close_button], keep=False)

    def place_callout(self, screen: pygame.Rect, target: pygame.Rect) -> pygame.Rect:
        t = self.theme
        width = min(screen.w - 2 * t.space(2), max(screen.w * 2 // 5, t.px("body") * 22))
        text_h = max(
            self.text.height(body, t.px("body"), width - 2 * t.space(1.2)) + t.line("large") * 2
            for _, _, body in STEPS
        )
        height = min(screen.h - 2 * t.space(2), text_h + t.line("body") + t.space(4))
        box = pygame.Rect(0, 0, width, height)
        if target.bottom + height + t.space(1) <= screen.bottom:
            box.top = target.bottom + t.space(1)
        elif target.top - height - t.space(1) >= screen.top:
            box.bottom = target.top - t.space(1)
        else:
            box.centery = screen.centery
        box.centerx = target.centerx
        if target.w > screen.w // 2 or box.colliderect(target):
            box.centerx = screen.centerx
        return box.clamp(screen)

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        t = self.theme
        if self.guide is None:
            draw_frame(
                p, self.header, self.footer, "How to play", hints="Arrows: scroll · Esc: back"
            )
            self.focus.draw(p)
            return
        p.shade(170, hole=self.target)
        p.focus_ring(self.target)
        p.panel(self.callout, t.palette.panel, t.palette.accent)
        steps = self.steps
        if steps:
            _, title, body = steps[self.step]
            y = self.text_rect.y
            counter = f"{self.step + 1} / {len(steps)}"
            p.line(
                counter,
                pygame.Rect(self.text_rect.x, y, self.text_rect.w, t.line("large")),
                "small",
                t.palette.muted,
                align="right",
            )
            y = p.text(
                title,
                (self.text_rect.x, y),
                "large",
                t.palette.accent,
                self.text_rect.w - t.px("small") * 4,
                bold=True,
            ).bottom
            p.text(
                body, (self.text_rect.x, y + t.space(0.5)), "body", t.palette.text, self.text_rect.w
            )
        self.focus.draw(p)
