"""A settings file that cannot be written (a folder in its place, a read-only disk) never
ends a lesson or a game: F11 still switches the screen, and a notice says the change was
not saved."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.commands import classroom, play
from game.storage import settings as user_settings
from game.ui.app import App
from game.ui.scenes.classroom_setup import ClassroomSetupScene, SetupChoices
from tests.quiz.fakes import fake_pack


def _unwritable(data_folder: Path) -> None:
    (data_folder / "settings.json").mkdir(parents=True)  # write_atomic must not replace it


def _press_f11(app: App) -> None:
    app.step([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, unicode="", mod=0)])


def test_f11_in_a_lesson_with_an_unwritable_settings_file_goes_on_with_a_notice(
    data_folder: Path,
) -> None:
    _unwritable(data_folder)
    app = classroom._app()  # the app the classroom command opens, with its settings saver
    try:
        pack = fake_pack()
        app.shared["classroom-packs"] = {pack.info.id: pack}
        choices = SetupChoices(pack=pack.info.id, questions=2, teams=("Red", "Blue"), seed=4)
        app.push(ClassroomSetupScene(app, choices, folder=data_folder / "results"))
        app.step([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, unicode="", mod=0)])
        lesson = app.top
        _press_f11(app)
        assert app.running and app.top is lesson
        assert app.settings.fullscreen
        assert "could not be saved" in app.toast
    finally:
        pygame.quit()


def test_play_goes_on_with_a_notice_too(data_folder: Path) -> None:
    _unwritable(data_folder)
    app = play.open_app(user_settings.load(), user_settings.save)
    try:
        _press_f11(app)
        assert app.running and "could not be saved" in app.toast
    finally:
        pygame.quit()


def test_saving_over_a_folder_is_refused_not_done(data_folder: Path) -> None:
    _unwritable(data_folder)
    with pytest.raises(user_settings.StorageError, match="not a regular file"):
        user_settings.save(user_settings.Settings())
    assert (data_folder / "settings.json").is_dir()
