"""Theme, text, emblems and settings: big readable type, enough contrast, a cache that
re-uses what it rendered, every emblem pattern drawn, and settings that survive damage."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.content.model import Emblem
from game.storage import settings as store
from game.ui.app import App
from game.ui.emblem import draw_emblem
from game.ui.text import TextCache
from game.ui.theme import COLOUR_BLIND_SAFE, STANDARD, Palette, Theme, luminance
from tests.ui.fakes import campaign_pack


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_body_text_is_at_least_22_px_at_1280_by_720() -> None:
    theme = Theme.for_surface((1280, 720))
    assert theme.px("body") >= 22
    assert theme.px("small") >= 22


def test_type_grows_with_the_window_and_the_font_scale() -> None:
    base = Theme.for_surface((1280, 720)).px("body")
    assert Theme.for_surface((2560, 1440)).px("body") == 2 * base
    assert Theme.for_surface((2560, 720), font_scale=2.0).px("body") == 2 * base
    assert Theme.for_surface((1280, 720), font_scale=2.0).px("body") < 2 * base  # kept to fit


@pytest.mark.parametrize("palette", [STANDARD, COLOUR_BLIND_SAFE], ids=lambda p: p.name)
def test_text_reads_well_on_panels_and_buttons(palette: Palette) -> None:
    for ground in (palette.background, palette.panel, palette.raised):
        assert contrast(palette.text, ground) >= 7
        assert contrast(palette.muted, ground) >= 4.5


def test_the_colour_blind_safe_palette_is_the_default() -> None:
    assert store.Settings().colour_blind_safe
    assert Theme.for_surface((1280, 720)).palette is COLOUR_BLIND_SAFE


def test_rendered_text_is_cached_and_old_entries_are_dropped(app: App) -> None:
    cache = TextCache(capacity=3)
    first = cache.render("hello", 24, (255, 255, 255))
    assert cache.render("hello", 24, (255, 255, 255)) is first
    for word in ("a", "b", "c"):
        cache.render(word, 24, (255, 255, 255))
    assert len(cache) == 3
    assert cache.render("hello", 24, (255, 255, 255)) is not first


def test_a_missing_font_file_falls_back_to_the_default_font(app: App, tmp_path: Path) -> None:
    cache = TextCache(tmp_path / "missing.ttf", tmp_path / "missing-bold.ttf")
    assert cache.render("still readable", 24, (255, 255, 255)).get_width() > 0
    assert cache.fallback_used


def test_long_lines_are_cut_with_an_ellipsis_to_fit(app: App) -> None:
    fitted = app.text.line_fit("a very long line " * 10, 24, 200)
    assert fitted.endswith("…")
    assert app.text.font(24).size(fitted)[0] <= 200


@pytest.mark.parametrize("pattern", ["horizontal", "vertical", "disc", "star", "cross", "diagonal"])
def test_every_emblem_pattern_is_drawn_in_its_colours(app: App, pattern: str) -> None:
    from dataclasses import replace

    agency = replace(
        campaign_pack().agencies[0], emblem=Emblem(pattern=pattern, colours=("#ff0000", "#0000ff"))
    )
    surface = pygame.Surface((90, 60))
    draw_emblem(surface, surface.get_rect(), agency, (0, 0, 0))
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(5, 85, 4) for y in range(5, 55, 4)}
    assert (255, 0, 0) in colours and (0, 0, 255) in colours


def test_settings_are_saved_and_read_back(data_folder: Path) -> None:
    wanted = store.Settings(
        fullscreen=True, font_scale=150, sound=False, quiz_timer=True, quiz_timer_seconds=45
    )
    store.save(wanted)
    assert store.load() == wanted


def test_damaged_settings_fall_back_to_the_defaults_field_by_field(data_folder: Path) -> None:
    path = data_folder / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"font_scale": 900, "sound": "loud", "fullscreen": True, "extra": 1})
    )
    loaded = store.load()
    assert loaded.font_scale == 200 and loaded.sound is True and loaded.fullscreen is True
    path.write_text("{not json")
    assert store.load() == store.Settings()


def test_rendered_text_is_bounded_by_bytes_as_well_as_by_count(app: App) -> None:
    cache = TextCache(max_bytes=2_000_000)
    for n in range(40):
        cache.render(f"paragraph {n} " * 20, 24, (255, 255, 255), 600)
    assert cache.surfaces.bytes <= 2_000_000
    assert 0 < len(cache) < 40


def test_measuring_text_keeps_no_picture_of_it(app: App) -> None:
    cache = TextCache()
    height = cache.height("a paragraph long enough to wrap " * 8, 24, 300)
    drawn = cache.render("a paragraph long enough to wrap " * 8, 24, (200, 200, 200), 300)
    assert height == drawn.get_height() and len(cache) == 1


def test_the_text_budget_grows_with_the_window(app: App) -> None:
    cache = TextCache(max_bytes=1_000_000)
    cache.surfaces.fit((3840, 2160))
    assert cache.surfaces.max_bytes >= 3840 * 2160 * 4
    cache.surfaces.fit((320, 240))
    assert cache.surfaces.max_bytes == 1_000_000
