"""Colours and sizes: two palettes (standard and colour-blind safe) and type sizes that follow
the window and the player's font scale.

Every size is worked out from the surface, never fixed: ``Theme.for_surface`` takes the
window size, so a scene that lays itself out from ``theme`` fits any window. Body text is
24 px at 1280×720 and 100 %; it grows with the window and the font-scale setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Colour = tuple[int, int, int]

BASE_SIZE = (1280, 720)
BODY_PX = 24
# Type roles and their size relative to body text.
ROLES: dict[str, float] = {
    "small": 0.92,
    "body": 1.0,
    "large": 1.3,
    "heading": 1.6,
    "title": 2.4,
    "huge": 3.4,
}


def hex_colour(text: str, fallback: Colour = (128, 128, 128)) -> Colour:
    """'#rrggbb' as an RGB tuple; anything else gives ``fallback``."""
    value = text.strip().lstrip("#")
    if len(value) != 6:
        return fallback
    try:
        return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
    except ValueError:
        return fallback


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour ``t`` of the way from ``a`` to ``b``."""
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def luminance(colour: Colour) -> float:
    """Relative luminance (WCAG), 0 black to 1 white."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ink_on(colour: Colour) -> Colour:
    """Black or white, whichever reads better on ``colour``."""
    return (16, 16, 20) if luminance(colour) > 0.28 else (250, 250, 250)


@dataclass(frozen=True)
class Palette:
    """Named colours every scene draws with. ``answers`` colour the four quiz answers."""

    name: str
    background: Colour
    backdrop: Colour  # the dim layer behind an overlay (drawn with alpha)
    panel: Colour
    panel_edge: Colour
    raised: Colour  # buttons and list rows
    text: Colour
    muted: Colour
    accent: Colour
    focus: Colour
    good: Colour
    bad: Colour
    warn: Colour
    past: Colour
    present: Colour
    future: Colour
    disabled: Colour
    answers: tuple[Colour, Colour, Colour, Colour] = field(
        default=((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0))
    )


STANDARD = Palette(
    name="standard",
    background=(12, 18, 34),
    backdrop=(4, 6, 12),
    panel=(24, 34, 58),
    panel_edge=(70, 92, 140),
    raised=(38, 52, 86),
    text=(240, 242, 248),
    muted=(176, 186, 208),
    accent=(255, 196, 64),
    focus=(255, 224, 102),
    good=(72, 200, 104),
    bad=(236, 84, 84),
    warn=(255, 170, 60),
    past=(120, 132, 160),
    present=(255, 196, 64),
    future=(110, 180, 255),
    disabled=(96, 104, 124),
    answers=((226, 60, 60), (40, 120, 230), (230, 176, 20), (40, 170, 80)),
)

# Okabe & Ito's palette: distinguishable with the common kinds of colour blindness.
# Right/wrong also never rely on colour alone (a tick or a cross is always drawn).
COLOUR_BLIND_SAFE = Palette(
    name="colour-blind safe",
    background=(12, 18, 34),
    backdrop=(4, 6, 12),
    panel=(24, 34, 58),
    panel_edge=(86, 180, 233),
    raised=(38, 52, 86),
    text=(245, 245, 245),
    muted=(190, 196, 210),
    accent=(230, 159, 0),
    focus=(240, 228, 66),
    good=(86, 180, 233),
    bad=(213, 94, 0),
    warn=(230, 159, 0),
    past=(140, 146, 160),
    present=(240, 228, 66),
    future=(86, 180, 233),
    disabled=(100, 106, 120),
    answers=((213, 94, 0), (0, 114, 178), (240, 228, 66), (0, 158, 115)),
)


# The largest text scale the screens lay out whole in a window of the base shape (16:9);
# text grows with the window, so only a window wider than that shape fits more.
FIT_SCALE = 1.25


def fitting_scale(size: tuple[int, int]) -> float:
    """The largest font scale a window of ``size`` lays out without cutting its text."""
    width, height = size
    unit = max(1e-6, min(width / BASE_SIZE[0], height / BASE_SIZE[1]))
    spare = (width / BASE_SIZE[0]) / unit  # 1.0 unless the window is wider than 16:9
    return max(1.0, min(2.0, FIT_SCALE * spare))


@dataclass(frozen=True)
class Theme:
    """A palette and the sizes for one window size and font scale."""

    palette: Palette
    unit: float  # window factor: 1.0 at 1280×720
    font_scale: float  # the player's setting: 1.0 to 2.0

    @classmethod
    def for_surface(
        cls, size: tuple[int, int], *, font_scale: float = 1.0, colour_blind_safe: bool = True
    ) -> Theme:
        width, height = size
        unit = min(width / BASE_SIZE[0], height / BASE_SIZE[1])
        unit = min(3.0, max(0.6, unit))
        palette = COLOUR_BLIND_SAFE if colour_blind_safe else STANDARD
        scale = min(2.0, max(1.0, font_scale), fitting_scale(size))
        return cls(palette=palette, unit=unit, font_scale=scale)

    def px(self, role: str) -> int:
        """The font size in pixels for a type role ('small', 'body', 'large', ...)."""
        return max(12, round(BODY_PX * ROLES[role] * self.unit * self.font_scale))

    def space(self, steps: float = 1.0) -> int:
        """Spacing that follows the window (not the font scale): one step is 12 px at 720p."""
        return max(2, round(12 * steps * self.unit))

    def line(self, role: str = "body") -> int:
        """The height of one line of text of ``role``, with its leading."""
        return round(self.px(role) * 1.3)

    @property
    def radius(self) -> int:
        return self.space(0.7)

    @property
    def edge(self) -> int:
        return max(2, round(2 * self.unit))
