"""The projector: the clock keeps wall-clock time whatever the frames do and the idle loop
wakes for its next second; a pause stops it and hides the question; the standings say what
they count; G writes the gradebook and the end screens name it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.content.model import Pack
from game.quiz.classroom import EnterAnswer, Reveal
from game.services.classroom import Choices, Classroom, session_size, settings_for
from game.storage.settings import Settings
from game.ui.app import App
from game.ui.layout import grid
from game.ui.scenes.classroom_run import ClassroomScene
from game.ui.scenes.classroom_setup import ClassroomSetupScene, SetupChoices
from game.ui.scenes.classroom_views import option_role
from game.ui.scenes.classroom_widgets import TEAM_COLOURS, team_colour
from game.ui.widgets import AnswerButton
from tests.fake_clock import FakeClock
from tests.fakes import quiz_item
from tests.quiz.fakes import fake_pack
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


# -- projector text -------------------------------------------------------------------------
LONG = "Build a crewed research station together at the lunar south pole before 2035"


def projector(
    item_id: str, teams: tuple[str, ...] = ("Gold", "Green"), scale: int = 100, pack=None
):  # type: ignore[no-untyped-def]
    """An app showing a one-question session of ``item_id``, with every team's answer in."""
    pack = pack or fake_pack()
    app = App(Settings(font_scale=scale), size=(1280, 720), window=False)
    choices = Choices(teams=teams, seed=1, ids=(item_id,))
    classroom = Classroom.start(pack, settings_for(pack, choices), log=False, clock=FakeClock())
    app.push(ClassroomScene(app, classroom))
    return app, classroom


def test_every_option_of_a_question_has_one_type_size_at_150_percent() -> None:
    item = quiz_item("long", ("f",), options=("Yes", LONG, "No", "Maybe"), answer="Yes")
    pack = fake_pack(items=(item,))
    app, _ = projector("long", scale=150, pack=pack)
    app.render()
    p = app.top.painter(app.surface)  # type: ignore[union-attr]
    buttons = []
    for index, cell in enumerate(grid(pygame.Rect(0, 0, 1200, 300), 4, 2, 10)):
        button = AnswerButton(index, item.options[index], lambda _i: None)
        button.place(cell)
        buttons.append(button)
    role = option_role(p, buttons)
    assert all(b.fits(p, role) for b in buttons) and role != "large"


def test_the_reveal_shows_each_option_whole_and_the_explanation() -> None:
    item = quiz_item(
        "long", ("f",), options=("Yes", LONG, "No"), answer=LONG, explanation="Because so."
    )
    pack = fake_pack(items=(*fake_pack().quiz, item))
    app, classroom = projector("long", pack=pack)
    classroom.apply(EnterAnswer(0, 1))
    classroom.apply(Reveal())
    words = screen_words(app)
    assert LONG in words and "Because so." in words
    assert "Build a cre…" not in words


def test_a_number_reveal_shows_each_teams_number_and_its_instruction_wraps() -> None:
    item = quiz_item(
        "count",
        ("f",),
        "number",
        prompt="How many?",
        answer="37",
        unit="countries with a signed cooperation agreement on lunar research",
    )
    pack = fake_pack(items=(*fake_pack().quiz, item))
    app, classroom = projector("count", teams=("Gold", "Green", "Red"), pack=pack)
    instruction = f"Each team gives a number (in {item.unit})."
    assert instruction in screen_words(app)  # drawn whole, wrapped, not cut to one line
    classroom.apply(EnterAnswer(0, 37.0))
    classroom.apply(EnterAnswer(1, 40.0))
    classroom.apply(Reveal())
    words = screen_words(app)
    assert "Gold: 37" in words and "Green: 40" in words and "Red: no answer" in words


def test_a_team_named_after_a_colour_gets_that_colour() -> None:
    app, _ = projector(fake_pack().quiz[0].id)
    app.render()
    p = app.top.painter(app.surface)  # type: ignore[union-attr]
    assert team_colour(p, "Gold", 0) == TEAM_COLOURS["gold"]
    assert team_colour(p, "Green", 1) == TEAM_COLOURS["green"]
    assert team_colour(p, "The Red Dragons", 2) == TEAM_COLOURS["red"]
    assert team_colour(p, "Comets", 2) == p.palette.answers[2]


def test_a_says_who_question_is_asked_and_revealed_in_words_on_the_projector(
    tmp_path: Path,
) -> None:
    from game.quiz.pack_check import open_pack
    from game.quiz.says_who import credit, is_generated

    pack = open_pack("space-cooperation")
    choices = Choices(teams=("Red", "Blue"), seed=4, questions=2, says_who=1)
    classroom = Classroom.start(pack, settings_for(pack, choices), tmp_path, clock=FakeClock())
    while not is_generated(classroom.session.item.id):
        for _ in range(4):
            classroom.advance()
    app = App(window=False, size=(1280, 720))
    app.push(ClassroomScene(app, classroom))
    app.step([])
    quote = classroom.session.question.prompt
    assert f"Who reported this, and when? “{quote}”" in " ".join(screen_words(app).split())
    classroom.apply(Reveal())
    said = credit(pack, classroom.session.item.id)
    assert said is not None
    shown = " ".join(screen_words(app).split())
    assert f"{said.publisher} reported it in" in shown and f"({said.date})." in shown


def _set_up_screen(tmp_path: Path) -> tuple[App, Pack, ClassroomSetupScene]:
    """The set-up screen of a fake pack for one team, 2 questions, drawn once."""
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    values = {"pack": pack.info.id, "questions": 2, "teams": ("Red",), "seed": 1}
    scene = ClassroomSetupScene(app, SetupChoices(**values), folder=tmp_path)  # type: ignore[arg-type]
    app.push(scene)
    app.step([])
    return app, pack, scene


def test_the_set_up_screen_adds_says_who_questions_to_the_count(tmp_path: Path) -> None:
    app, pack, scene = _set_up_screen(tmp_path)
    plain = scene.asking()
    control = scene.controls["says_who"]
    assert control.values[control.index] == "None"
    control.index = control.values.index("+2 (who reported it)")
    assert scene.choices_now().says_who == 2 and scene.settings().says_who == 2
    # the count the screen gives is the session's: the fake pack has one fact to spare
    from game.quiz.classroom import start

    assert scene.asking() == len(start(pack, scene.settings()).items) == plain + 1


def test_the_set_up_screen_counts_again_when_a_setting_changes(tmp_path: Path) -> None:
    app, pack, scene = _set_up_screen(tmp_path)
    assert "2 questions for 1 team" in " ".join(screen_words(app).split())
    control = scene.controls["says_who"]
    control.index = control.values.index("+2 (who reported it)")
    app.invalidate()
    app.step([])
    shown = " ".join(screen_words(app).split())
    assert "3 questions for 1 team: 2 of " in shown and ", 1 on who reported it." in shown
    assert scene.sizes(scene.settings()) == session_size(pack, scene.settings())
