"""Frame figures: the bare fill + flip floor, and a full redraw of every screen.

A frame is what the App pays when something changed: draw the visible scenes onto the
window surface and flip it. Both sides are timed the same way, in this process, one after
the other, so their ratio holds on a busy machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from perf_common import SCREEN_SIZE, Figure, Settings, percentile, ratio, stat


def _display():  # noqa: ANN202 - pygame is imported late on purpose
    import pygame

    pygame.display.init()
    pygame.font.init()
    surface = pygame.display.get_surface()
    if surface is None or surface.get_size() != SCREEN_SIZE:
        surface = pygame.display.set_mode(SCREEN_SIZE)
    return pygame, surface


def time_frames(frame: Callable[[], object], settings: Settings) -> Figure:
    """p50 and p99 of ``frame`` in ms, each a median (min, max) over the repeats."""
    frame()  # the first frame pays for caches; the figure is the steady state
    p50s, p99s = [], []
    for _ in range(settings.repeats):
        samples = []
        for _ in range(settings.frames):
            started = time.perf_counter_ns()
            frame()
            samples.append((time.perf_counter_ns() - started) / 1e6)
        p50s.append(percentile(samples, 50))
        p99s.append(percentile(samples, 99))
    return {"p50": stat(p50s), "p99": stat(p99s)}


def bare_frame(settings: Settings) -> Figure:
    pygame, surface = _display()
    colours = [(12, 18, 40), (14, 20, 44)]
    count = [0]

    def frame() -> None:
        count[0] += 1
        surface.fill(colours[count[0] % 2])
        pygame.display.flip()

    return time_frames(frame, settings)


def with_ratios(screens: dict[str, Figure], floor: Figure) -> dict[str, Figure]:
    """Each screen's p50 and p99 divided by the floor's p50 and p99."""
    for figure in screens.values():
        if "p50" in figure and "p50" in floor:
            figure["ratio_p50"] = ratio(figure["p50"], floor["p50"])
            figure["ratio_p99"] = ratio(figure["p99"], floor["p99"])
    return screens
