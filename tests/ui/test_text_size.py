"""Text size: the campaign header fits at 200 percent in 720p, the scale never exceeds
what the window fits, wide windows take bigger text, and settings say when it is capped."""

from __future__ import annotations

import pygame
import pytest

from game.storage.settings import Settings
from game.ui import scenes
from game.ui.app import App
from game.ui.describe import RESOURCES
from game.ui.scenes.campaign import CampaignScene
from game.ui.session import Session
from game.ui.theme import fitting_scale


def cut_lines(app: App) -> list[str]:
    """Render the top scene and give back every line that had to be cut to fit."""
    cut: list[str] = []
    fit = app.text.line_fit

    def recording(text: str, size: int, width: int, *, bold: bool = False) -> str:
        fitted = fit(text, size, width, bold=bold)
        if fitted != text:
            cut.append(text)
        return fitted

    app.text.line_fit = recording  # type: ignore[method-assign]
    app.render()
    return cut


def test_at_200_percent_in_720p_the_campaign_header_shows_the_year_and_every_stat(
    pack, session: Session
) -> None:
    app = App(Settings(font_scale=200), size=(1280, 720), window=False)
    app.shared["packs"] = {pack.info.id: pack}
    session.deferred = session.state.checkpoint  # no question over the header
    app.push(CampaignScene(app, session))
    cut = cut_lines(app)
    title = f"{session.state.agency.short} · {session.state.year}"
    assert title not in cut
    assert not [label for _, label in RESOURCES if label in cut]
    pygame.quit()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (800, 600)])
def test_the_font_scale_never_exceeds_what_the_window_fits(size: tuple[int, int]) -> None:
    app = App(Settings(font_scale=200), size=size, window=False)
    assert app.theme.font_scale == fitting_scale(size) < 2.0
    pygame.quit()


def test_a_wide_window_takes_bigger_text() -> None:
    assert fitting_scale((2560, 720)) > fitting_scale((1280, 720))


def test_settings_say_when_the_text_size_is_limited(app: App) -> None:
    app.apply_settings(Settings(font_scale=200))
    app.push(scenes.open_scene(app, "settings"))
    app.render()
    size = app.top.controls[1]
    assert size.values[size.index] == "200 % (125 % fits)"
