"""The App: the scene stack's lifecycle, drawing from the top-most opaque scene, redrawing
only when something changed, resizing and the clamped time step."""

from __future__ import annotations

import pygame
from hypothesis import given, settings
from hypothesis import strategies as st

from game.ui.app import MAX_DT, App
from game.ui.paint import Painter, ShapeCache
from game.ui.scene import Scene
from tests.ui.helpers import Recorder, key, move


def test_pushing_pauses_the_scene_beneath_and_popping_resumes_it(app: App) -> None:
    log: list[str] = []
    app.push(Recorder(app, "a", log))
    app.push(Recorder(app, "b", log))
    app.pop()
    assert log == ["a.enter", "a.pause", "b.enter", "b.exit", "a.resume"]


def test_replacing_exits_the_top_scene_without_resuming_the_one_beneath(app: App) -> None:
    log: list[str] = []
    app.push(Recorder(app, "a", log))
    app.push(Recorder(app, "b", log))
    app.replace(Recorder(app, "c", log))
    assert log[-2:] == ["b.exit", "c.enter"]
    assert [s.name for s in app.scenes] == ["a", "c"]


def test_popping_the_last_scene_quits(app: App) -> None:
    app.push(Scene(app))
    app.pop()
    assert not app.running


def test_reset_leaves_every_scene_and_starts_from_the_new_one(app: App) -> None:
    log: list[str] = []
    app.push(Recorder(app, "a", log))
    app.push(Recorder(app, "b", log))
    app.reset(Recorder(app, "c", log))
    assert [s.name for s in app.scenes] == ["c"]
    assert {"a.exit", "b.exit"} <= set(log)


def test_an_overlay_is_drawn_over_the_scene_beneath_it(app: App) -> None:
    log: list[str] = []
    base, middle, overlay = (
        Recorder(app, "base", log),
        Recorder(app, "mid", log),
        Recorder(app, "top", log, opaque=False),
    )
    for scene in (base, middle, overlay):
        app.push(scene)
    app.render()
    assert (base.draws, middle.draws, overlay.draws) == (0, 1, 1)


def test_an_idle_frame_draws_nothing_and_a_key_press_redraws(app: App) -> None:
    app.push(Recorder(app, "a", []))
    assert app.step([]) is True  # the first frame
    assert app.step([]) is False
    assert app.step([move((5, 5))]) is False  # moving over nothing changes nothing
    assert app.step([key(pygame.K_x)]) is True


def test_an_animating_scene_is_redrawn_every_frame(app: App) -> None:
    class Spinner(Scene):
        animating = True

    app.push(Spinner(app))
    assert all(app.step([]) for _ in range(3))


def test_a_resize_lays_out_every_scene_again_for_the_new_size(app: App) -> None:
    log: list[str] = []
    app.push(Recorder(app, "a", log))
    app.step([])
    app.step([pygame.event.Event(pygame.VIDEORESIZE, w=800, h=600, size=(800, 600))])
    assert "a.layout 800x600" in log
    assert app.surface.get_size() == (800, 600)


def test_the_time_step_is_clamped_after_a_stall(app: App) -> None:
    seen: list[float] = []

    class Clock(Scene):
        def update(self, dt: float) -> None:
            seen.append(dt)

    app.push(Clock(app))
    app.step([], dt=5.0)
    assert seen == [MAX_DT]


def test_closing_the_window_quits(app: App) -> None:
    app.push(Scene(app))
    app.step([pygame.event.Event(pygame.QUIT)])
    assert not app.running


def test_a_notice_shows_then_goes_away_by_itself(app: App) -> None:
    app.push(Scene(app))
    app.notify("Saved.", seconds=0.05)
    assert app.animating
    for _ in range(10):
        app.step([], dt=0.02)
    assert app.toast == "" and not app.animating


def test_frames_of_an_overlay_reuse_the_picture_of_the_scene_beneath(app: App) -> None:
    base, overlay = Recorder(app, "base", []), Recorder(app, "top", [], opaque=False)
    app.push(base)
    app.push(overlay)
    for _ in range(3):
        app.invalidate()
        app.step([])
    assert (base.draws, overlay.draws) == (1, 3)


def test_the_scene_beneath_is_drawn_again_when_it_changes_or_the_window_does(app: App) -> None:
    class Shown(Recorder):
        value = 0

        def beneath_key(self) -> object:
            return self.value

    base, overlay = Shown(app, "base", []), Recorder(app, "top", [], opaque=False)
    app.push(base)
    app.push(overlay)
    app.render()
    base.value = 1  # e.g. the overlay sent an action that changed the campaign's state
    app.render()
    base.invalidate()
    app.render()
    app.resize((800, 600))
    app.render()
    overlay.invalidate()  # the overlay changing alone leaves the picture beneath as it was
    app.render()
    assert base.draws == 4


def test_an_overlay_dims_what_is_beneath_it(app: App) -> None:
    class Overlay(Recorder):
        def shade_beneath(self, p: Painter) -> None:
            p.shade(255)

    app.push(Scene(app))
    app.push(Overlay(app, "top", [], opaque=False))
    surface = app.render()
    assert surface.get_at((5, 5))[:3] == app.theme.palette.backdrop


def test_the_dimming_layer_and_panels_are_made_once_and_reused() -> None:
    shapes = ShapeCache()
    colour, edge = (10, 20, 30), (200, 200, 200)
    assert shapes.shade((64, 48), colour, 170) is shapes.shade((64, 48), colour, 170)
    panel = shapes.panel((40, 30), colour, edge, 2, 6)
    assert panel is shapes.panel((40, 30), colour, edge, 2, 6)
    assert panel.get_at((20, 15))[:3] == colour and panel.get_colorkey() == panel.get_at((0, 0))


@settings(max_examples=40, deadline=None)
@given(
    width=st.integers(1, 200),
    height=st.integers(1, 200),
    radius=st.integers(0, 16),
    edge_width=st.integers(1, 5),
)
def test_a_panel_of_any_size_looks_the_same_as_one_drawn_whole(
    width: int, height: int, radius: int, edge_width: int
) -> None:
    shapes = ShapeCache()
    colour, edge = (24, 34, 58), (230, 159, 0)
    whole, pieces = pygame.Surface((210, 210)), pygame.Surface((210, 210))
    whole.fill((7, 99, 7))
    pieces.fill((7, 99, 7))
    whole.blit(shapes.panel((width, height), colour, edge, edge_width, radius), (3, 4))
    shapes.draw_panel(pieces, pygame.Rect(3, 4, width, height), colour, edge, edge_width, radius)
    assert pygame.image.tobytes(whole, "RGB") == pygame.image.tobytes(pieces, "RGB")


def test_a_big_panel_keeps_only_small_pieces() -> None:
    shapes = ShapeCache()
    target = pygame.Surface((1280, 720))
    shapes.draw_panel(target, pygame.Rect(0, 0, 1200, 680), (1, 2, 3), (200, 200, 200), 2, 8)
    assert shapes.surfaces.bytes < 10_000


def test_the_dimming_layer_leaves_the_hole_untouched(app: App) -> None:
    surface = pygame.Surface((100, 80))
    surface.fill((200, 100, 50))
    Painter(surface, app.theme, app.text, ShapeCache()).shade(255, pygame.Rect(10, 10, 20, 20))
    assert surface.get_at((15, 15))[:3] == (200, 100, 50)
    assert surface.get_at((50, 50))[:3] == app.theme.palette.backdrop
    assert surface.get_at((15, 5))[:3] == app.theme.palette.backdrop


def test_the_window_opens_fitted_to_a_small_display() -> None:
    from game.ui.window import fitted_size

    assert fitted_size((1280, 720), (1024, 600)) == (1024, 528)
    assert fitted_size((1280, 720), (1920, 1080)) == (1280, 720)
    assert fitted_size((1280, 720), None) == (1280, 720)
    assert fitted_size((1280, 720), (400, 300)) == (480, 320)  # never below the minimum
