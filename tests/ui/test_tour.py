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
    "title", "choose", "campaign", "campaign-menu", "agreements",
    "agreements-propose", "missions", "quiz", "quiz-reveal", "news",
    "end", "settings", "help", "help-guide", "load", "missions-research-confirm",
}  # fmt: skip


def test_the_tour_writes_a_png_of_every_screen(tmp_path: Path) -> None:
    assert tour.run(argparse.Namespace(out=str(tmp_path), size="960x540")) == 0
    written = {path.name for path in tmp_path.glob("*.png")}
    assert written >= {tour.file_name(screen) for screen in SCREENS}
    assert pygame.image.load(str(tmp_path / tour.file_name("campaign"))).get_size() == (960, 540)


def test_every_picture_of_the_tour_has_a_number_of_its_own() -> None:
    numbers = [tour.file_name(screen).split("-")[0] for screen in tour.SCREENS]
    assert len(set(numbers)) == len(numbers) == len(tour.SCREENS)
    assert tour.file_name("title") == "01-title.png"
    assert int(numbers[-1]) == tour.NEXT_NUMBER - 1


@pytest.mark.parametrize("size", ["big", "10x10", "99999x2"])
def test_a_bad_size_is_a_usage_error(size: str) -> None:
    with pytest.raises(SpaceAccordError):
        tour.parse_size(size)
