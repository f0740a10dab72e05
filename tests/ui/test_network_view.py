"""The network view: every agency label drawn whole inside its panel, long names given
the width they need."""

from __future__ import annotations

import pygame
import pytest

from game.storage.settings import Settings
from game.ui.app import App
from game.ui.paint import Painter
from game.ui.scenes.campaign import CampaignScene
from game.ui.session import Session
from game.ui.views.network import draw_label, draw_network

SIZES = [(1280, 720), (800, 600)]


LONG = (
    "According to a law passed by the Congress, the agency is prohibited from engaging in "
    "bilateral agreements and coordination, hosting visitors at its facilities and working "
    "with researchers affiliated with any government entity or enterprise."
)


class LinePainter(Painter):
    """A Painter that writes down every single line of text and where it went."""

    def __init__(self, surface: pygame.Surface, app: App) -> None:
        super().__init__(surface, app.theme, app.text, app.shapes)
        self.lines: list[tuple[str, pygame.Rect, bool]] = []

    def line(self, text: str, rect: pygame.Rect, role: str = "body", *a, **kw) -> None:  # type: ignore[override]
        self.lines.append((text, pygame.Rect(rect), bool(kw.get("bold"))))
        super().line(text, rect, role, *a, **kw)


def sized_app(size: tuple[int, int]) -> App:
    return App(Settings(), size=size, window=False)


@pytest.mark.parametrize("size", SIZES)
def test_every_network_label_is_drawn_whole_inside_the_panel(
    session: Session, size: tuple[int, int]
) -> None:
    app = sized_app(size)
    campaign = CampaignScene(app, session)
    app.push(campaign)
    app.render()
    panel = campaign.panels["network"].inner
    p = LinePainter(app.surface, app)
    draw_network(p, panel, session.state)
    shorts = {a.short for a in session.state.pack.agencies}
    labels = [(t, r, b) for t, r, b in p.lines if t in shorts]
    assert {t for t, *_ in labels} == shorts
    for text, rect, bold in labels:
        assert panel.contains(rect)
        assert app.text.font(app.theme.px("small"), bold).size(text)[0] <= rect.w


@pytest.mark.parametrize("size", SIZES)
def test_a_long_agency_name_gets_the_width_it_needs(size: tuple[int, int]) -> None:
    app = sized_app(size)
    p = LinePainter(app.surface, app)
    panel = pygame.Rect(size[0] - 300, 100, 280, 400)
    box = pygame.Rect(0, 0, 40, 26)
    box.center = (panel.right - 10, panel.y + 60)  # near the edge: the label moves inside
    draw_label(p, panel, "Roscosmos", box, big=False, above=True)
    text, rect, _ = p.lines[0]
    assert panel.contains(rect) and rect.bottom <= box.top
    assert app.text.font(app.theme.px("small")).size(text)[0] <= rect.w
