"""The scenes of the game, registered by name (one module per scene).

``open_scene(app, name, **kwargs)`` builds a scene from this table, importing its module
only then, so the title screen does not pay for the whole game and a scene that is not
installed (classroom mode, added by its own module) is reported instead of crashing.
To add a scene: write ``game/ui/scenes/<module>.py`` with a ``Scene`` subclass and add a
line here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scene import Scene

SCENES: dict[str, str] = {
    "title": "game.ui.scenes.title:TitleScene",
    "choose": "game.ui.scenes.choose:ChooseScene",
    "load": "game.ui.scenes.load:LoadScene",
    "campaign": "game.ui.scenes.campaign:CampaignScene",
    "agreements": "game.ui.scenes.agreements:AgreementsScene",
    "missions": "game.ui.scenes.missions:MissionsScene",
    "opportunities": "game.ui.scenes.opportunities:OpportunitiesScene",
    "launch": "game.ui.scenes.launch:LaunchScene",
    "quiz": "game.ui.scenes.quiz:QuizScene",
    "news": "game.ui.scenes.news:NewsScene",
    "dilemma": "game.ui.scenes.dilemma:DilemmaScene",
    "end": "game.ui.scenes.end:EndScene",
    "settings": "game.ui.scenes.settings:SettingsScene",
    "help": "game.ui.scenes.help:HelpScene",
    "pause": "game.ui.scenes.pause:PauseScene",
    "confirm": "game.ui.scenes.confirm:ConfirmScene",
    "classroom": "game.ui.scenes.classroom_setup:ClassroomSetupScene",
}


class SceneMissing(LookupError):
    """A registered scene whose module is not installed (yet)."""


def scene_class(name: str) -> type[Scene]:
    module_name, _, class_name = SCENES[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        raise SceneMissing(name) from None
    cls: type[Scene] = getattr(module, class_name)
    return cls


def available(name: str) -> bool:
    try:
        scene_class(name)
    except (SceneMissing, KeyError, AttributeError):
        return False
    return True


def open_scene(app: App, name: str, **kwargs: Any) -> Scene:
    """A new scene ``name`` for ``app`` (not pushed yet)."""
    return scene_class(name)(app, **kwargs)
