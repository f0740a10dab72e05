"""What each classroom screen tells the teacher: where results go, the set-up line, the help
bar's keys, the podium's steps, and an order's answer shown whole beside its quotes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.content.citations import citations
from game.quiz import classroom as cr
from game.quiz.engine import right_answer
from game.ui.app import App
from game.ui.paint import Painter
from game.ui.scenes import classroom_sources
from game.ui.scenes.classroom_run import ClassroomScene
from game.ui.scenes.classroom_setup import ClassroomSetupScene, SetupChoices, quiz_size
from game.ui.scenes.classroom_widgets import fit_path, path_forms
from tests.quiz.fakes import fake_pack
from tests.ui.classroom_driver import answer_keys, key, start_app

LONG_NAME = "classroom-space-cooperation-20250101-090000-seed123456.csv"


@pytest.fixture(autouse=True)
def headless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    yield
    pygame.quit()


class WordsPainter(Painter):
    """A painter that also keeps every string it draws (a line as cut to fit), so a test can
    read the screen."""

    words: list[str]

    def text(self, text: str, *args: object, **kwargs: object) -> pygame.Rect:  # type: ignore[override]
        self.words.append(text)
        return super().text(text, *args, **kwargs)  # type: ignore[arg-type]

    def line(  # type: ignore[override]
        self, text: str, rect: pygame.Rect, role: str = "body", *args: object, **kwargs: object
    ) -> pygame.Rect:
        bold = bool(kwargs.get("bold", False))
        self.words.append(self.texts.line_fit(text, self.theme.px(role), rect.w, bold=bold))
        return super().line(text, rect, role, *args, **kwargs)  # type: ignore[arg-type]


def screen_words(app: App) -> str:
    """Everything the top scene draws, as one string."""
    scene = app.top
    assert scene is not None
    words: list[str] = []

    def painter(surface: pygame.Surface) -> Painter:
        p = WordsPainter(surface, app.theme, app.text, app.shapes)
        p.words = words
        return p

    scene.painter = painter  # type: ignore[method-assign]
    scene.invalidate()
    app.render()
    return "\n".join(words)


def scene_of(app: App) -> ClassroomScene:
    scene = app.top
    assert isinstance(scene, ClassroomScene)
    return scene


def finish_two_questions(app: App) -> ClassroomScene:
    scene = scene_of(app)
    for _ in range(2):
        app.step(answer_keys(scene, 0, True) + answer_keys(scene, 1, False))
        app.step([key(pygame.K_SPACE)] * 4)
    app.step([key(pygame.K_x), key(pygame.K_x)])
    return scene


# -- where the results go -------------------------------------------------------------------
def test_starting_a_session_tells_on_start_the_results_file_it_writes(tmp_path: Path) -> None:
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    told: list[Path] = []
    choices = SetupChoices(pack=pack.info.id, questions=3, teams=("Red", "Blue"), seed=4)
    app.push(ClassroomSetupScene(app, choices, folder=tmp_path, on_start=told.append))
    app.step([key(pygame.K_RETURN)])
    log = scene_of(app).log
    assert log is not None and told == [log.path] and log.path.exists()


def test_the_set_up_screen_names_the_folder_results_go_to(tmp_path: Path) -> None:
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    choices = SetupChoices(pack=pack.info.id, teams=("Red", "Blue"))
    app.push(ClassroomSetupScene(app, choices, folder=tmp_path / "results"))
    words = screen_words(app)
    assert "CSV" in words
    assert any(w.endswith("results") for w in words.splitlines())


@pytest.mark.parametrize("phase_keys", [[], [pygame.K_RETURN]], ids=["podium", "summary"])
def test_the_end_screens_name_the_results_file_whole(tmp_path: Path, phase_keys: list[int]) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"))
    scene = finish_two_questions(app)
    app.step([key(k) for k in phase_keys])
    assert scene.log is not None
    lines = [w for w in screen_words(app).splitlines() if w.startswith("Results saved in ")]
    assert len(lines) == 1 and lines[0].endswith(f"/{scene.log.path.name}")


def test_a_long_results_path_is_shortened_but_keeps_its_file_name_whole() -> None:
    path = Path.home() / "a" / "very" / "deep" / "folder" / "space-accord" / "results" / LONG_NAME
    forms = path_forms(path)
    assert forms[0].startswith("~")
    assert all(form.endswith(LONG_NAME) for form in forms)
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)
    app = App(window=False, size=(800, 600))
    p = Painter(app.surface, app.theme, app.text, app.shapes)
    width = p.render(f"…/results/{LONG_NAME}", "body").get_width()
    assert fit_path(p, path, "body", width) == f"…/results/{LONG_NAME}"
    assert fit_path(p, path, "body", 10) == LONG_NAME


# -- the set-up line ------------------------------------------------------------------------
def test_the_set_up_line_says_how_many_questions_for_how_many_teams() -> None:
    assert quiz_size(4, 2, 92) == "4 questions for 2 teams, from 92 that match."
    assert quiz_size(1, 1, 1) == "1 question for 1 team, from 1 that match."
    assert quiz_size(5, 3, 98, 1) == (
        "5 questions for 3 teams: 4 of 98 that match, 1 on who reported it."
    )
    assert quiz_size(3, 3, 0, 3) == (
        "3 questions for 3 teams: no question of the pack matches; 3 on who reported it."
    )


# -- the help bar ---------------------------------------------------------------------------
def test_the_standings_help_bar_offers_only_keys_that_work_there(tmp_path: Path) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"))
    scene = scene_of(app)
    app.step(answer_keys(scene, 0, True))
    app.step([key(pygame.K_SPACE)] * 3)
    assert scene.session.phase == "standings"
    hints = scene.hints()
    assert "team" not in hints and "pause" not in hints
    assert hints.startswith("Space: next question")


def test_team_and_pause_keys_do_nothing_on_the_standings(tmp_path: Path) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"))
    scene = scene_of(app)
    app.step(answer_keys(scene, 0, True))
    app.step([key(pygame.K_SPACE)] * 3)
    before = scene.session
    app.step(answer_keys(scene, 1, True) + [key(pygame.K_p)])
    assert scene.session == before and scene.pending is None


def test_the_reveal_help_bar_offers_to_correct_an_answer_and_the_keys_do(tmp_path: Path) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"))
    scene = scene_of(app)
    app.step(answer_keys(scene, 0, False))
    app.step([key(pygame.K_SPACE)] * 2)
    assert scene.session.phase == "reveal"
    assert scene.hints().startswith("To correct: 1-2 team")
    app.step(answer_keys(scene, 0, True))
    entry = scene.session.entry(scene.session.index, 0)
    assert entry is not None and entry.right


def test_the_last_standings_say_space_shows_the_podium(tmp_path: Path) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"), questions=5)
    scene = scene_of(app)
    while scene.session.index + 1 < len(scene.session.questions):
        app.step([key(pygame.K_SPACE)] * 4)
    app.step([key(pygame.K_SPACE)] * 3)
    assert scene.session.phase == "standings"
    assert scene.hints().startswith("Space: the podium")


# -- the podium -----------------------------------------------------------------------------
def test_a_two_team_podium_draws_two_steps(tmp_path: Path) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"))
    finish_two_questions(app)
    words = screen_words(app).splitlines()
    assert "1" in words and "2" in words and "3" not in words


# -- the reveal -----------------------------------------------------------------------------
LONG_ITEMS = (
    "The first probe of the partnership is launched from the southern range",
    "The relay satellite comes online for the second phase of the programme",
    "The partners announce the site of the permanent base on the Moon",
    "A crew of four lands near the base site and stays for two weeks",
)


def reveal_of_a_long_order_question(tmp_path: Path) -> tuple[App, ClassroomScene]:
    """The reveal of an order question whose items are far too long for one line each."""
    pack = fake_pack()
    items = tuple(
        replace(item, items=LONG_ITEMS) if item.type == "order" else item for item in pack.quiz
    )
    pack = fake_pack(items=items)
    app = App(window=False, size=(1280, 720))
    app.shared["classroom-packs"] = {pack.info.id: pack}
    choices = SetupChoices(pack=pack.info.id, questions=len(items), teams=("Red", "Blue"), seed=3)
    app.push(ClassroomSetupScene(app, choices, folder=tmp_path))
    app.step([key(pygame.K_RETURN)])
    scene = scene_of(app)
    while scene.session.question.type != "order":
        app.step([key(pygame.K_SPACE)] * 4)
    app.step([key(pygame.K_SPACE)] * 2)
    assert scene.session.phase == "reveal"
    return app, scene


def test_an_order_reveal_wraps_each_item_whole_instead_of_cutting_it(tmp_path: Path) -> None:
    app, scene = reveal_of_a_long_order_question(tmp_path)
    words = screen_words(app).splitlines()
    s = scene.session
    order = right_answer(s.item, s.question)
    assert isinstance(order, tuple)
    for n, index in enumerate(order, start=1):
        assert f"{n}. {s.question.choices[index]}" in words
    assert not any(w.endswith("…") for w in words)


def test_quotes_from_one_source_share_one_title_and_byline(tmp_path: Path) -> None:
    pack = fake_pack()
    app = App(window=False, size=(1280, 720))
    p = Painter(app.surface, app.theme, app.text, app.shapes)
    cite = citations(pack, [pack.facts[0].id])[0]
    alone = classroom_sources.citations_height(p, [cite], "body", 500)
    twice = classroom_sources.citations_height(p, [cite, cite], "body", 500)
    title = p.text_height(cite.source_title, "body", 500, bold=True)
    assert twice < 2 * alone and twice - alone <= alone - title


def test_a_session_can_still_pause_while_a_question_is_asked(tmp_path: Path) -> None:
    app = start_app(tmp_path, teams=("Red", "Blue"))
    scene = scene_of(app)
    app.step([key(pygame.K_p)])
    assert scene.session.paused
    assert scene.session.phase in cr.ANSWERING_PHASES
