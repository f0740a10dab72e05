"""The layout audit finds text that runs out of the window, out of its panel or over other
text, and the tour runs it on every screen at every size a school laptop may have."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.commands.tour import Tour
from game.ui.audit import LayoutAudit
from game.ui.paint import Painter
from game.ui.text import TextCache
from game.ui.theme import Theme

SIZES = [(800, 600), (1024, 600), (1280, 720), (1366, 768), (1920, 1080)]


def painter(audit: LayoutAudit, size: tuple[int, int] = (400, 300)) -> Painter:
    audit.clear(size)
    return Painter(pygame.Surface(size), Theme.for_surface(size), TextCache(), audit=audit)


def test_text_inside_its_panel_is_no_problem() -> None:
    audit = LayoutAudit()
    p = painter(audit)
    p.panel(pygame.Rect(10, 10, 300, 100))
    p.text("Agreements", (20, 20), width=280)
    assert audit.problems() == []


def test_text_that_runs_out_of_its_panel_is_an_overflow() -> None:
    audit = LayoutAudit()
    p = painter(audit)
    p.panel(pygame.Rect(10, 10, 100, 40))
    p.text("A sentence far too long for this little panel", (20, 20))
    assert [line.split(":")[0] for line in audit.problems()] == ["overflow"]


def test_two_labels_drawn_on_top_of_each_other_overlap() -> None:
    audit = LayoutAudit()
    p = painter(audit)
    p.text("SUPARCO", (20, 20))
    p.text("ASI", (30, 22))
    assert [line.split(":")[0] for line in audit.problems()] == ["overlap"]


def test_text_past_the_edge_of_the_window_is_off_screen() -> None:
    audit = LayoutAudit()
    p = painter(audit)
    p.text("Budget 120", (380, 10))
    assert [line.split(":")[0] for line in audit.problems()] == ["off-screen"]


def test_text_clipped_by_a_scrolling_box_is_judged_by_what_shows() -> None:
    audit = LayoutAudit()
    p = painter(audit)
    p.panel(pygame.Rect(10, 10, 200, 60))
    with p.clipped(pygame.Rect(15, 15, 190, 50)):
        p.text("line one\nline two\nline three\nline four\nline five", (20, 20))
    assert audit.problems() == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_of_the_tour_fits_at_school_laptop_sizes(
    size: tuple[int, int], tmp_path: Path
) -> None:
    tour = Tour(size, tmp_path)
    written = tour.run()
    assert len(written) >= 20
    assert tour.problems == []


@pytest.mark.parametrize(
    "size",
    [pytest.param(s, marks=pytest.mark.slow) if s != (1024, 600) else s for s in SIZES],
    ids=lambda s: f"{s[0]}x{s[1]}",
)
def test_every_screen_fits_at_the_largest_text_size_offered(
    size: tuple[int, int], tmp_path: Path
) -> None:
    # The theme uses the largest size the window fits, so 200 % shows each size's limit.
    tour = Tour(size, tmp_path, text_size=200)
    tour.run()
    assert tour.problems == []
