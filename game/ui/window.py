"""The operating system's window: its size fitted to the display (with room for the task
bar), its title and icon, full screen or resizable, centred on the display. The App asks
for one here and keeps the scene stack; nothing here knows of scenes.
"""

from __future__ import annotations

import contextlib
import warnings

import pygame

from game.ui.icon import draw_icon

MIN_SIZE = (480, 320)
# Room a desktop keeps for its task bar and the window's title bar: the window opens this
# much shorter than the display, so nothing of it is hidden off screen.
DESKTOP_MARGIN = (0, 72)
TITLE = "Space Accord"


def open_window(size: tuple[int, int], *, fullscreen: bool) -> pygame.Surface:
    """Open (or reopen) the window and return its surface: full screen if asked and the
    display allows it, else resizable, ``size`` fitted to the display and centred on it."""
    pygame.display.set_caption(TITLE)
    pygame.display.set_icon(draw_icon(64))
    if fullscreen:
        try:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        except pygame.error:
            pass
    size = fitted_size(size, _desktop_size())
    surface = pygame.display.set_mode(size, pygame.RESIZABLE)
    with contextlib.suppress(AttributeError, pygame.error):
        window = _display_window()
        window.minimum_size = MIN_SIZE
        desktop = _desktop_size()
        if desktop is not None:  # centred on the display, its top-left corner on it
            window.position = (
                max(0, (desktop[0] - size[0]) // 2),
                max(0, (desktop[1] - DESKTOP_MARGIN[1] - size[1]) // 2),
            )
    return surface


def fitted_size(wanted: tuple[int, int], desktop: tuple[int, int] | None) -> tuple[int, int]:
    """The window size to open: ``wanted``, made smaller (never below ``MIN_SIZE``) so that it
    fits on a ``desktop`` of that size with room for the task bar and title bar."""
    if desktop is None or desktop[0] <= 0 or desktop[1] <= 0:
        return wanted
    room = (desktop[0] - DESKTOP_MARGIN[0], desktop[1] - DESKTOP_MARGIN[1])
    return (
        max(MIN_SIZE[0], min(wanted[0], room[0])),
        max(MIN_SIZE[1], min(wanted[1], room[1])),
    )


def _desktop_size() -> tuple[int, int] | None:
    """The size of the (first) display, or None when SDL cannot say."""
    try:
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error:
        return None
    return tuple(sizes[0]) if sizes else None  # type: ignore[return-value]


def _display_window() -> pygame.Window:
    """The window ``pygame.display`` opened: ``display.get_window`` where pygame-ce has it,
    else ``Window.from_display_module``, which older versions have but deprecate."""
    get_window = getattr(pygame.display, "get_window", None)
    if get_window is not None:
        return get_window()  # type: ignore[no-any-return]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()
