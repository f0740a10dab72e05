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


def time_frames(
    frame: Callable[[], object], settings: Settings, floor: Callable[[], object] | None = None
) -> Figure:
    """p50 and p99 of ``frame`` in ms, each a median (min, max) over the repeats.

    With ``floor``, a floor frame is timed right after every frame, so both see the same
    machine (a busy neighbour slows both) and ``ratio_p50``/``ratio_p99`` compare them.
    """
    frame()  # the first frame pays for caches; the figure is the steady state
    p50s, p99s, floor_p50s, floor_p99s = [], [], [], []
    for _ in range(settings.repeats):
        samples, floor_samples = [], []
        for _ in range(settings.frames):
            started = time.perf_counter_ns()
            frame()
            samples.append((time.perf_counter_ns() - started) / 1e6)
            if floor is not None:
                started = time.perf_counter_ns()
                floor()
                floor_samples.append((time.perf_counter_ns() - started) / 1e6)
        p50s.append(percentile(samples, 50))
        p99s.append(percentile(samples, 99))
        if floor_samples:
            floor_p50s.append(percentile(floor_samples, 50))
            floor_p99s.append(percentile(floor_samples, 99))
    figure: Figure = {"p50": stat(p50s), "p99": stat(p99s)}
    if floor is not None:
        figure["floor_p50"], figure["floor_p99"] = stat(floor_p50s), stat(floor_p99s)
        figure["ratio_p50"] = ratio(figure["p50"], figure["floor_p50"])
        figure["ratio_p99"] = ratio(figure["p99"], figure["floor_p99"])
    return figure


def floor_frame() -> Callable[[], None]:
    """The least a frame can cost: fill the 1280x720 window and flip it."""
    pygame, surface = _display()
    colours = [(12, 18, 40), (14, 20, 44)]
    count = [0]

    def frame() -> None:
        count[0] += 1
        surface.fill(colours[count[0] % 2])
        pygame.display.flip()

    return frame


def bare_frame(settings: Settings) -> Figure:
    return time_frames(floor_frame(), settings)
