"""Small pieces the classroom screens share: a one-line text field, team chips, bars.

``TextField`` edits a line of text (team names, a seed); ``draw_chip`` paints a team's key
and name with a state mark; ``draw_bar`` paints one horizontal bar of the answer
distribution or the standings, with its label inside and its count outside, so no bar's
meaning rests on colour alone. ``fit_path`` shortens a file's path to a width, keeping
its name whole.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pygame

from game.ui.paint import Painter
from game.ui.theme import Colour, ink_on, mix
from game.ui.widgets import Widget, draw_badge, draw_labelled_row

# Keys a teacher presses for teams 1..9: the number row and the keypad.
TEAM_KEYS = {getattr(pygame, f"K_{n}"): n - 1 for n in range(1, 10)}
TEAM_KEYS.update({getattr(pygame, f"K_KP{n}"): n - 1 for n in range(1, 10)})


class TextField(Widget):
    """A labelled line of text; typing edits it, Backspace deletes, Enter calls ``on_enter``."""

    focusable = True

    def __init__(
        self,
        label: str,
        value: str,
        *,
        allowed: str = "",
        limit: int = 80,
        on_change: Callable[[str], None] | None = None,
        on_enter: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.allowed = allowed
        self.limit = limit
        self.on_change = on_change
        self.on_enter = on_enter

    def key(self, event: pygame.event.Event) -> bool:
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            if self.on_enter is not None:
                self.on_enter()
            return True
        if event.key == pygame.K_BACKSPACE:
            self._set(self.value[:-1])
            return True
        text = getattr(event, "unicode", "") or ""
        if not text or not text.isprintable():
            return False
        if self.allowed and any(c not in self.allowed for c in text):
            return True  # swallowed: a letter typed into a number must not do anything else
        if len(self.value) + len(text) <= self.limit:
            self._set(self.value + text)
        return True

    def _set(self, value: str) -> None:
        self.value = value
        if self.on_change is not None:
            self.on_change(value)

    def draw(self, p: Painter, focused: bool) -> None:
        box = draw_labelled_row(p, self.rect, self.label, focused)
        cursor = "▏" if focused else ""
        p.line(self.value + cursor, box, "body", p.palette.accent, bold=True, align="right")


def draw_chip(
    p: Painter,
    rect: pygame.Rect,
    key: str,
    name: str,
    state: str,
    *,
    highlight: bool = False,
) -> None:
    """A team chip: its key, its name, and a mark for ``state``.

    States: ``waiting`` (no answer yet), ``in`` (answered, answer hidden), ``right``,
    ``wrong``, ``none`` (no answer at the reveal).
    """
    pal = p.palette
    fill = pal.raised
    edge = pal.focus if highlight else pal.panel_edge
    if state == "right":
        fill = mix(pal.raised, pal.good, 0.35)
    elif state == "wrong":
        fill = mix(pal.raised, pal.bad, 0.35)
    elif state == "in":
        fill = mix(pal.raised, pal.accent, 0.25)
    p.panel(rect, fill, edge, width=p.theme.edge * (3 if highlight else 1))
    pad = p.theme.space(0.6)
    mark = rect.h - 2 * pad
    key_box = pygame.Rect(rect.x + pad, rect.y + pad, mark, mark)
    pygame.draw.rect(p.surface, pal.text, key_box, 0, p.theme.radius // 2)
    p.line(key, key_box, "body", ink_on(pal.text), bold=True, align="center")
    label = pygame.Rect(key_box.right + pad, rect.y, rect.w - 3 * pad - 2 * mark, rect.h)
    p.line(name, label, "body", pal.text, bold=True)
    sign = pygame.Rect(rect.right - pad - mark, rect.y + pad, mark, mark)
    if state == "right":
        p.tick(sign, pal.good)
    elif state == "wrong":
        p.cross(sign, pal.bad)
    elif state == "in":
        pygame.draw.circle(p.surface, pal.accent, sign.center, mark // 3)
    elif state == "waiting":
        pygame.draw.circle(p.surface, pal.muted, sign.center, mark // 3, max(2, p.theme.edge))


#: Teams named after a colour get that colour ("Gold" gold, "Green" green), whatever slot.
TEAM_COLOURS: dict[str, Colour] = {
    "red": (226, 60, 60),
    "orange": (236, 130, 30),
    "yellow": (240, 220, 60),
    "gold": (230, 176, 20),
    "golden": (230, 176, 20),
    "green": (40, 170, 80),
    "blue": (40, 120, 230),
    "purple": (150, 90, 210),
    "violet": (150, 90, 210),
    "pink": (235, 120, 170),
    "teal": (0, 150, 150),
    "cyan": (0, 190, 220),
    "brown": (150, 100, 50),
    "bronze": (205, 127, 50),
    "silver": (190, 190, 200),
    "white": (235, 235, 235),
    "grey": (150, 150, 150),
    "gray": (150, 150, 150),
    "black": (70, 70, 70),
}


def team_colour(p: Painter, name: str, team: int) -> Colour:
    """The colour of team ``team`` called ``name``: the colour it is named after, if any
    word of its name is one, else the answer colour of its slot."""
    for word in name.casefold().replace("-", " ").split():
        if word in TEAM_COLOURS:
            return TEAM_COLOURS[word]
    return p.palette.answers[team % len(p.palette.answers)]


def bar_label_width(
    p: Painter, width: int, role: str, columns: int, *, label_share: float = 0.45
) -> int:
    """How wide a wrapped ``draw_bar`` label is in a row ``width`` wide, with ``columns``
    square columns (a mark, a badge) before it."""
    pad = p.theme.space(0.6)
    line_h = p.theme.line(role) + pad
    count_w = p.theme.px("large") * 3
    return max(0, int((width - columns * (line_h + pad) - count_w) * label_share))


def draw_bar(
    p: Painter,
    rect: pygame.Rect,
    label: str,
    count_text: str,
    share: float,
    colour: Colour,
    *,
    mark: str | None = None,
    badge: int | None = None,
    badge_column: bool = False,
    role: str = "body",
    wrap: bool = False,
    label_share: float = 0.45,
) -> None:
    """One row: a tick or cross, an answer badge, the label, a bar ``share`` (0-1) long
    and the count, so a bar's meaning never rests on its colour alone.

    ``mark`` is "right", "wrong", "" (an empty column, to line rows up) or None (none);
    ``badge_column`` keeps the badge's column empty on a row without one. With ``wrap`` the
    label is wrapped whole (the row as tall as it needs), else cut to one line; the mark,
    badge and bar keep the height of one line of ``role``."""
    pal = p.palette
    pad = p.theme.space(0.6)
    line_h = min(rect.h, p.theme.line(role) + pad) if wrap else rect.h
    top = rect.y + (rect.h - line_h) // 2
    x = rect.x
    if mark:
        sign = pygame.Rect(x, top, line_h, line_h).inflate(-pad, -pad)
        (p.tick if mark == "right" else p.cross)(sign, pal.good if mark == "right" else pal.bad)
    if mark is not None:
        x += line_h + pad
    if badge is not None:
        draw_badge(p, pygame.Rect(x, top, line_h, line_h), badge)
    if badge is not None or badge_column:
        x += line_h + pad
    count_w = p.theme.px("large") * 3
    label_w = max(0, int((rect.right - x - count_w) * label_share))
    if wrap:
        height = p.text_height(label, role, label_w, bold=True)
        y = rect.y + max(0, (rect.h - height) // 2)
        with p.clipped(rect):
            p.text(label, (x, y), role, pal.text, label_w, bold=True)
    else:
        p.line(label, pygame.Rect(x, rect.y, label_w, rect.h), role, pal.text, bold=True)
    track = pygame.Rect(x + label_w + pad, top + line_h // 6, 0, line_h - line_h // 3)
    track.w = max(0, rect.right - count_w - track.x)
    pygame.draw.rect(p.surface, mix(pal.raised, pal.background, 0.3), track, 0, p.theme.radius)
    fill_w = round(track.w * max(0.0, min(1.0, share)))
    if fill_w:
        bar = pygame.Rect(track.x, track.y, fill_w, track.h)
        pygame.draw.rect(p.surface, colour, bar, 0, p.theme.radius)
    count = pygame.Rect(track.right + pad, top, count_w - pad, line_h)
    p.line(count_text, count, "large", pal.text, bold=True)


def path_forms(path: Path) -> list[str]:
    """``path`` written shorter and shorter, the file name always whole: the home folder as
    ``~``, then leading folders dropped for ``…``, last the bare name."""
    home = str(Path.home())
    text = str(path)
    if home not in ("", "/") and text.startswith(home + os.sep):
        text = "~" + text[len(home) :]
    parts = text.split(os.sep)
    forms = [text]
    for cut in range(1, len(parts) - 1):
        forms.append(os.sep.join(["…", *parts[cut + 1 :]]))
    if parts[-1] not in forms:
        forms.append(parts[-1])
    return forms


def fit_path(p: Painter, path: Path, role: str, width: int) -> str:
    """The longest form of ``path`` (see ``path_forms``) that fits ``width`` in ``role``."""
    forms = path_forms(path)
    for form in forms:
        if p.render(form, role).get_width() <= width:
            return form
    return forms[-1]
