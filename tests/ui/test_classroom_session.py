"""A whole classroom quiz driven headless by scripted keys: scores, standings, the CSV,
and a process killed mid-session that loses nothing and resumes at the next question."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.quiz.scoreboard import standings
from game.services.classroom import Classroom
from game.storage.results import read_results, resume_session
from game.ui.app import App
from game.ui.scenes.classroom_run import ClassroomScene
from game.ui.scenes.classroom_setup import ClassroomSetupScene, SetupChoices
from tests.fake_clock import FakeClock
from tests.quiz.fakes import fake_pack
from tests.ui.classroom_driver import answer_keys, key, play_questions, start_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def headless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    yield
    pygame.quit()


def scene_of(app: App) -> ClassroomScene:
    scene = app.top
    assert isinstance(scene, ClassroomScene)
    return scene


def csv_rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def test_enter_alone_starts_the_quiz_with_the_flags_settings(tmp_path: Path) -> None:
    app = start_app(tmp_path, timer=20, difficulty=1, teams=("Owls", "Foxes", "Bees"))
    s = scene_of(app).session
    assert (s.settings.timer, s.settings.difficulty, s.settings.seed) == (20, 1, 21)
    assert s.settings.teams == ("Owls", "Foxes", "Bees")
    assert all(item.difficulty == 1 for item in s.items)
    assert (s.index, s.phase) == (0, "question")
    assert list(tmp_path.glob("classroom-fake-pack-*-seed21.csv"))


def test_a_whole_session_scores_ranks_and_logs_every_answer(tmp_path: Path) -> None:
    app = start_app(tmp_path)
    play_questions(app, 6)
    scene = scene_of(app)
    s = scene.session
    assert s.phase == "podium" and not s.ended_early
    table = standings(s)
    assert [(r.rank, r.name, r.points, r.right, r.asked) for r in table] == [
        (1, "Red", 6, 6, 6),
        (2, "Blue", 0, 0, 6),
    ]
    assert scene.log is not None
    rows = csv_rows(scene.log.path)
    answers = [r for r in rows if r["event"] == "answer"]
    assert len(answers) == 12
    assert {(r["team"], r["right"]) for r in answers} == {("Red", "yes"), ("Blue", "no")}
    assert [r["question"] for r in rows if r["event"] == "reveal"] == ["1", "2", "3", "4", "5", "6"]
    assert rows[-1]["event"] == "end"
    app.step([key(pygame.K_RETURN)])
    assert scene.session.phase == "summary"
    app.render()


def test_show_of_hands_takes_y_and_n_only(tmp_path: Path) -> None:
    app = start_app(tmp_path, show_of_hands=True)
    scene = scene_of(app)
    app.step([key(pygame.K_1), key(pygame.K_a)])  # a letter means nothing here
    assert scene.session.entries == ()
    app.step([key(pygame.K_1), key(pygame.K_y), key(pygame.K_2), key(pygame.K_n)])
    marks = [(e.team, e.answer, e.right) for e in scene.session.entries]
    assert sorted(marks) == [(0, None, True), (1, None, False)]


def test_a_second_answer_replaces_the_first_and_delete_takes_it_back(tmp_path: Path) -> None:
    app = start_app(tmp_path)
    scene = scene_of(app)
    app.step(answer_keys(scene, 0, False))
    app.step(answer_keys(scene, 0, True))
    assert [e.right for e in scene.session.entries] == [True]
    app.step([key(pygame.K_1), key(pygame.K_DELETE)])
    assert scene.session.entries == ()
    events = [r["event"] for r in csv_rows(scene.log.path)]  # type: ignore[union-attr]
    assert events == ["answer", "answer", "clear"]


def test_the_timer_runs_out_pause_stops_it_and_left_goes_back(tmp_path: Path) -> None:
    clock = FakeClock()
    app = start_app(tmp_path, clock, timer=10)
    scene = scene_of(app)
    app.step([key(pygame.K_p)])
    stopped_at = scene.session.elapsed
    for _ in range(30):
        clock.advance(0.1)
        app.step([], dt=0.1)
    assert scene.session.elapsed == stopped_at < 0.1 and scene.session.paused
    app.step([key(pygame.K_p)])
    clock.advance(9.5)
    app.step([], dt=0.1)
    assert scene.session.phase == "question"
    clock.advance(0.5)
    app.step([], dt=0.1)
    assert scene.session.phase == "locked"
    app.step([key(pygame.K_SPACE), key(pygame.K_SPACE), key(pygame.K_SPACE)])
    assert scene.session.index == 1
    app.step([key(pygame.K_LEFT)])
    assert (scene.session.index, scene.session.phase) == (0, "reveal")


def test_x_twice_ends_early_and_esc_twice_leaves(tmp_path: Path) -> None:
    app = start_app(tmp_path)
    play_questions(app, 2)
    scene = scene_of(app)
    app.step([key(pygame.K_x)])
    assert scene.session.phase == "question"  # the first X only asks
    app.step([key(pygame.K_x)])
    assert scene.session.phase == "podium" and scene.session.ended_early
    assert len(scene.session.asked()) == 2
    app.step([key(pygame.K_ESCAPE)])
    assert app.top is scene
    app.step([key(pygame.K_ESCAPE)])
    assert not app.running


@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])
def test_every_screen_draws_at_small_and_large_sizes(tmp_path: Path, size: tuple[int, int]) -> None:
    app = App(window=False, size=size)
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    choices = SetupChoices(pack=pack.info.id, questions=6, teams=tuple(f"T{n}" for n in range(9)))
    app.push(ClassroomSetupScene(app, choices, folder=tmp_path))
    app.render()
    app.step([key(pygame.K_RETURN)])
    scene = scene_of(app)
    seen = set()
    while not scene.session.finished:
        seen.add(scene.session.phase)
        app.step(answer_keys(scene, 8, True))
        app.render()
        app.step([key(pygame.K_SPACE)])
    app.render()
    app.step([key(pygame.K_RETURN)])
    app.render()
    assert seen == {"question", "locked", "reveal", "standings"}
    assert scene.session.phase == "summary"


def test_a_killed_session_loses_no_answer_and_resumes_at_the_next_question(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.classroom_driver", str(tmp_path), "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert driver.stdout is not None
        line = driver.stdout.readline()
        assert line.startswith("READY"), line
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
    assert driver.returncode == -signal.SIGKILL
    path = Path(line.split(maxsplit=1)[1].strip())
    rows = csv_rows(path)
    assert [r["event"] for r in rows].count("answer") == 5  # 2 + 2 + Red's third
    session, log, _ = resume_session(fake_pack(), path)
    assert (session.index, session.phase) == (2, "locked")  # question 3, Red's answer in
    assert [e.team for e in session.entries if e.question == 2] == [0]
    log.note_resumed(session, datetime.now())

    app = App(window=False, size=(1280, 720))
    app.push(ClassroomScene(app, Classroom(fake_pack(), session, log)))
    scene = scene_of(app)
    app.step(answer_keys(scene, 1, False))
    app.step([key(pygame.K_SPACE)] * 3)
    assert scene.session.index == 3
    play_questions(app, 3)
    assert scene.session.phase == "podium"
    assert [(r.name, r.right) for r in standings(scene.session)] == [("Red", 6), ("Blue", 0)]
    events = [r["event"] for r in read_results(path).rows]
    assert events.count("answer") == 12 and "resume" in events and events[-1] == "end"


def setup_scene(tmp_path: Path, **choices: object) -> tuple[App, ClassroomSetupScene]:
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    values: dict[str, object] = {"pack": pack.info.id, "seed": 5}
    values.update(choices)
    scene = ClassroomSetupScene(app, SetupChoices(**values), folder=tmp_path)  # type: ignore[arg-type]
    app.push(scene)
    app.step([])
    return app, scene


def test_the_set_up_screen_changes_settings_with_arrows_and_typing(tmp_path: Path) -> None:
    app, scene = setup_scene(tmp_path)
    app.step([key(pygame.K_DOWN), key(pygame.K_DOWN), key(pygame.K_RIGHT)])  # questions 10 -> 15
    app.step([key(pygame.K_DOWN), key(pygame.K_RIGHT)])  # says who? none -> +2
    app.step([key(pygame.K_DOWN)] + [key(pygame.K_BACKSPACE)] * 30)
    app.step([key(pygame.K_a, ch) for ch in "Owls, Foxes"])
    app.step([key(pygame.K_DOWN), key(pygame.K_RIGHT), key(pygame.K_RIGHT)])  # timer 15 s
    chosen = scene.settings()
    assert (chosen.questions, chosen.teams, chosen.timer) == (15, ("Owls", "Foxes"), 15)
    assert chosen.says_who == 2
    scene.focus.focus(scene.controls["start"])
    app.step([key(pygame.K_RETURN)])
    started = scene_of(app).session.settings
    assert (started.questions, started.teams, started.timer) == (15, ("Owls", "Foxes"), 15)
    assert started.says_who == 2


def test_teams_with_the_same_name_keep_the_set_up_screen_with_a_reason(tmp_path: Path) -> None:
    app, scene = setup_scene(tmp_path, teams=("Owls", "owls"))
    app.step([key(pygame.K_RETURN)])
    assert app.top is scene
    assert "same name" in scene.message
    assert not list(tmp_path.glob("*.csv"))
    app.render()


def test_a_topic_nothing_matches_is_refused_on_the_set_up_screen(tmp_path: Path) -> None:
    app, scene = setup_scene(tmp_path, tags=("mars",), difficulty=3)
    app.step([key(pygame.K_RETURN)])
    assert app.top is scene and "no question" in scene.message


def test_ids_from_the_command_line_reach_the_session_through_the_set_up_screen(
    tmp_path: Path,
) -> None:
    wanted = tuple(item.id for item in fake_pack().quiz[2:4])
    app = start_app(tmp_path, ids=wanted)
    assert tuple(item.id for item in scene_of(app).session.items) == wanted
