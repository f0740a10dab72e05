"""The tour plays a whole campaign of the built-in pack with scripted keys and writes a PNG
of every screen."""

from __future__ import annotations

import argparse
from pathlib import Path

import pygame
import pytest

from game.commands import tour
from game.errors import SpaceAccordError

SCREENS = {
    "01-title", "02-choose", "03-campaign", "03-campaign-menu", "04-agreements",
    "04-agreements-propose", "05-missions", "06-quiz", "06-quiz-reveal", "07-news",
    "08-end", "09-settings", "10-help", "10-help-guide", "11-load",
}  # fmt: skip


def test_the_tour_writes_a_png_of_every_screen(tmp_path: Path) -> None:
    assert tour.run(argparse.Namespace(out=str(tmp_path), size="960x540")) == 0
    written = {path.stem for path in tmp_path.glob("*.png")}
    assert written >= SCREENS
    assert pygame.image.load(str(tmp_path / "03-campaign.png")).get_size() == (960, 540)


@pytest.mark.parametrize("size", ["big", "10x10", "99999x2"])
def test_a_bad_size_is_a_usage_error(size: str) -> None:
    with pytest.raises(SpaceAccordError):
        tour.parse_size(size)
