"""Parts the screens share: the starry backdrop kept by the app, the campaign's lists,
labelled rows, and a focus ring drawn apart from the answer colours."""

from __future__ import annotations

import pygame

import game.ui.chrome as chrome
from game.ui.app import App
from game.ui.paint import Painter
from game.ui.scenes.agreements import AgreementsScene
from game.ui.scenes.listdetail import CampaignListScene
from game.ui.scenes.missions import MissionsScene
from game.ui.session import Session
from game.ui.widgets import Stepper, draw_labelled_row


class LinePainter(Painter):
    """A Painter that writes down every single line of text and where it went."""

    def __init__(self, surface: pygame.Surface, app: App) -> None:
        super().__init__(surface, app.theme, app.text, app.shapes)
        self.lines: list[tuple[str, pygame.Rect, bool]] = []

    def line(self, text: str, rect: pygame.Rect, role: str = "body", *a, **kw) -> None:  # type: ignore[override]
        self.lines.append((text, pygame.Rect(rect), bool(kw.get("bold"))))
        super().line(text, rect, role, *a, **kw)


def test_the_starry_backdrop_is_kept_by_the_app_and_not_by_the_module(app: App) -> None:
    assert not hasattr(chrome._stars, "cache_info")
    surface = pygame.Surface((320, 200))
    p = Painter(surface, app.theme, app.text, app.shapes)
    before = len(app.shapes)
    chrome.backdrop(p)
    chrome.backdrop(p)
    assert len(app.shapes) == before + 1
    assert surface.get_at((0, 0))[:3] == app.theme.palette.background


def test_agreements_and_missions_are_both_lists_of_the_campaign_in_play(
    app: App, session: Session
) -> None:
    for kind in (AgreementsScene, MissionsScene):
        scene = kind(app, session)
        assert isinstance(scene, CampaignListScene)
        assert scene.header_right().startswith(
            f"{session.state.year} · budget {session.state.stock.budget} · upkeep "
        )


def test_a_labelled_row_gives_back_the_space_right_of_its_label(app: App) -> None:
    surface = pygame.Surface((600, 80))
    p = LinePainter(surface, app)
    row = pygame.Rect(0, 0, 600, 80)
    value = draw_labelled_row(p, row, "Text size", False)
    assert p.lines[0][0] == "Text size"
    assert p.lines[0][1].right == value.x and value.right < row.right
    stepper = Stepper("Text size", ["100 %"], 0, lambda _: None)
    stepper.place(row)
    stepper.draw(p, True)
    assert [text for text, *_ in p.lines[1:]] == ["Text size", "◀  100 %  ▶"]


def test_the_focus_ring_is_not_drawn_in_an_answer_colour(app: App) -> None:
    surface = pygame.Surface((200, 200))
    surface.fill((0, 0, 0))
    p = Painter(surface, app.theme, app.text, app.shapes)
    p.focus_ring(pygame.Rect(50, 50, 100, 100))
    colours = {surface.get_at((x, 100))[:3] for x in range(20, 50)}
    assert app.theme.palette.text in colours
    assert not colours & {tuple(c) for c in app.theme.palette.answers}
