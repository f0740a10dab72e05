"""The projector: the clock keeps wall-clock time whatever the frames do and the idle loop
wakes for its next second; a pause stops it and hides the question; the standings say what
they count; G writes the gradebook and the end screens name it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from tests.fake_clock import FakeClock
from tests.ui.classroom_driver import answer_keys, key, start_app
from tests.ui.test_classroom_screens import scene_of, screen_words


@pytest.fixture(autouse=True)
def headless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    yield
    pygame.quit()


def test_a_ten_second_timer_locks_after_ten_wall_clock_seconds_at_any_frame_rate(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    app = start_app(tmp_path, clock, timer=10)
    scene = scene_of(app)
    for _ in range(10):  # one frame a second, as an idle loop gives
        clock.advance(0.99)
        app.step([], dt=0.1)
    assert scene.session.phase == "question" and scene.title()[1] == "0:01"
    clock.advance(0.1)
    app.step([], dt=0.1)
    assert scene.session.phase == "locked"


def test_the_idle_loop_wakes_when_the_shown_second_changes(tmp_path: Path) -> None:
    clock = FakeClock()
    app = start_app(tmp_path, clock, timer=10)
    clock.advance(2.7)
    app.step([], dt=0.1)
    assert 300 <= app.idle_wait_ms() <= 302  # 7.3 s left: "0:08" until 7.0 s left
    app.step([key(pygame.K_l)])  # locked: nothing ticks, so sleep as long as ever
    assert app.idle_wait_ms() == 1000


def test_pause_stops_the_clock_hides_the_question_and_the_footer_says_so(tmp_path: Path) -> None:
    clock = FakeClock()
    app = start_app(tmp_path, clock, timer=30)
    scene = scene_of(app)
    prompt = scene.session.question.prompt.split()[0]
    clock.advance(5)
    app.step([key(pygame.K_p)])
    clock.advance(100)
    app.step([], dt=0.1)
    assert scene.session.elapsed == 5
    words = screen_words(app)
    assert "Paused" in words and prompt not in words
    assert scene.hints().startswith("Paused: the clock is stopped") and "P: go on" in scene.hints()
    assert scene.title()[1] == "Paused at 0:25"
    assert app.idle_wait_ms() == 1000
    app.step([key(pygame.K_SPACE)] + answer_keys(scene, 0, True))  # nothing moves while paused
    assert scene.session.phase == "question" and scene.session.entries == ()
    app.step([key(pygame.K_p)])
    assert prompt in screen_words(app)
    assert "P pause" in scene.hints()


def test_the_standings_header_counts_the_questions_its_scores_count(tmp_path: Path) -> None:
    app = start_app(tmp_path)
    scene = scene_of(app)
    for _ in range(2):
        app.step(answer_keys(scene, 0, True))
        app.step([key(pygame.K_SPACE)] * 4)
    app.step([key(pygame.K_LEFT), key(pygame.K_LEFT)])  # back to question 1's reveal
    app.step([key(pygame.K_SPACE)])
    assert scene.session.phase == "standings" and scene.session.index == 0
    assert scene.title() == ("Standings", "after 2 of 6 questions")
    app.step([key(pygame.K_SPACE)])
    assert (scene.session.index, scene.session.phase) == (1, "reveal")


def test_g_writes_the_gradebook_now_and_the_podium_names_it(tmp_path: Path) -> None:
    app = start_app(tmp_path)
    scene = scene_of(app)
    app.step(answer_keys(scene, 0, True) + [key(pygame.K_SPACE)] * 3)
    assert "G gradebook" in scene.hints()
    app.step([key(pygame.K_g)])
    assert scene.classroom.gradebook is not None
    xlsx, csv_path = scene.classroom.gradebook
    assert xlsx.exists() and "Red,1,1,1,100" in csv_path.read_text(encoding="utf-8-sig")
    assert "Gradebook saved" in app.toast
    app.step([key(pygame.K_x), key(pygame.K_x)])
    assert scene.session.phase == "podium"
    assert f"Gradebook beside it: {xlsx.name}" in screen_words(app)
