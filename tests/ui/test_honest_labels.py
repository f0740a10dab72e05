"""Labels that stay honest all game long: the timeline keeps its first and last years in
view, and the current year's label never hides them."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from game.ui.app import App
from game.ui.audit import LayoutAudit
from game.ui.paint import Painter
from game.ui.session import Session
from game.ui.views.timeline import draw_timeline


@pytest.mark.parametrize("offset", [0, 1, 2, 3, 5])
def test_the_last_year_of_the_timeline_shows_late_in_the_game(
    app: App, session: Session, offset: int
) -> None:
    state = session.state
    late = replace(state, year=state.end_year - offset)
    audit = LayoutAudit()
    audit.clear(app.surface.get_size())
    p = Painter(app.surface, app.theme, app.text, app.shapes, audit)
    draw_timeline(p, pygame.Rect(20, 20, 900, 60), late)
    shown = [inked.text for inked, _ in audit.texts]
    assert str(state.end_year) in shown and str(state.pack.info.timeline.start) in shown
    assert shown.count(str(late.year)) == 1
    assert audit.problems() == []
