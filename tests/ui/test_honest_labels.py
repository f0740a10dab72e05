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


def test_work_on_the_ground_has_no_countdown_and_no_rocket(app: App) -> None:
    import game.sim as sim
    from game.quiz.pack_check import open_pack
    from game.sim import MissionLaunched
    from game.ui.scenes.launch import COUNTDOWN, LaunchScene

    pack = open_pack("venezuela-moon")
    assert not pack.by_id("missions")["lunar-ground-station"].flies
    session = Session(sim.new_game(pack, "abae", 1))
    launched = MissionLaunched("lunar-ground-station", "Ground station support", 2008, False, 0.9)
    scene = LaunchScene(app, session, launched)
    app.audit = LayoutAudit()
    app.push(scene)
    assert scene.clock == COUNTDOWN
    app.step([], 0.1)
    shown = [inked.text for inked, _ in app.audit.texts]
    assert "Joint work under way" in shown and "3" not in shown
    scene.skip()
    app.render()
    assert "It fell short" in [inked.text for inked, _ in app.audit.texts]
    assert app.audit.problems() == []
