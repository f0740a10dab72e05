"""Widgets: focus moves with Tab, arrows and the mouse; menus scroll to their selection;
text wraps and scrolls inside its block; answers carry letter, colour and shape."""

from __future__ import annotations

import pygame

from game.ui.app import App
from game.ui.paint import Painter
from game.ui.widgets import Button, FocusRing, Menu, MenuItem, NumberField, Para, Stepper, TextBlock
from game.ui.widgets.answers import SHAPES, shape_points
from tests.ui.helpers import click, key, move


def buttons(count: int) -> tuple[list[str], list[Button]]:
    pressed: list[str] = []
    made = []
    for i in range(count):
        button = Button(f"b{i}", lambda i=i: pressed.append(f"b{i}"))
        button.place(pygame.Rect(10, 10 + i * 60, 200, 50))
        made.append(button)
    return pressed, made


def test_tab_and_shift_tab_move_focus_around_the_ring() -> None:
    _, made = buttons(3)
    ring = FocusRing(made)
    ring.handle(key(pygame.K_TAB))
    assert ring.focused is made[1]
    ring.handle(key(pygame.K_TAB, mod=pygame.KMOD_SHIFT))
    ring.handle(key(pygame.K_TAB, mod=pygame.KMOD_SHIFT))
    assert ring.focused is made[2]


def test_enter_presses_the_focused_button_and_a_click_presses_the_one_under_the_pointer() -> None:
    pressed, made = buttons(3)
    ring = FocusRing(made)
    ring.handle(key(pygame.K_RETURN))
    ring.handle(click(made[2].rect.center))
    assert pressed == ["b0", "b2"]
    assert ring.focused is made[2]


def test_a_disabled_button_takes_focus_but_does_nothing() -> None:
    pressed, made = buttons(2)
    made[1].enabled = False
    ring = FocusRing(made)
    ring.handle(key(pygame.K_DOWN))
    ring.handle(key(pygame.K_RETURN))
    assert ring.focused is made[1] and pressed == []


def test_hovering_moves_focus_only_when_it_changes_something() -> None:
    _, made = buttons(2)
    ring = FocusRing(made)
    assert ring.handle(move(made[1].rect.center)) is False  # a pointer resting there already
    assert ring.focused is made[0]
    assert ring.handle(move(made[0].rect.center)) is False  # moved, but focus stays put
    assert ring.handle(move(made[1].rect.center)) is True
    assert ring.handle(move(made[1].rect.center)) is False
    assert ring.handle(move((900, 900))) is False


def test_a_menu_scrolls_to_keep_its_selection_in_view(app: App) -> None:
    chosen: list[int] = []
    menu = Menu([MenuItem(f"item {i}") for i in range(30)], on_choose=chosen.append)
    menu.place(pygame.Rect(0, 0, 300, 200), app.theme)
    for _ in range(12):
        menu.key(key(pygame.K_DOWN))
    assert menu.selected == 12
    assert menu.top <= 12 < menu.top + menu.visible_rows
    menu.activate()
    assert chosen == [12]


def test_a_disabled_menu_item_is_selectable_but_cannot_be_chosen(app: App) -> None:
    chosen: list[int] = []
    menu = Menu(
        [MenuItem("a"), MenuItem("b", enabled=False, reason="not yet")], on_choose=chosen.append
    )
    menu.place(pygame.Rect(0, 0, 300, 300), app.theme)
    menu.key(key(pygame.K_DOWN))
    menu.activate()
    assert menu.selected == 1 and chosen == []


def test_long_text_wraps_inside_its_block_and_scrolls(app: App) -> None:
    block = TextBlock([Para("word " * 400)])
    block.place(pygame.Rect(20, 20, 300, 200), app.theme)
    p = Painter(app.surface, app.theme, app.text)
    block.draw(p, False)
    assert block.measure(p) > 200
    assert block.focusable
    assert block.key(key(pygame.K_PAGEDOWN)) and block.offset > 0
    image = p.render("word " * 400, "body", width=300)
    assert image.get_width() <= 300


def test_a_stepper_changes_its_value_with_left_and_right() -> None:
    seen: list[int] = []
    stepper = Stepper("Sound", ["On", "Off"], 0, seen.append)
    stepper.key(key(pygame.K_RIGHT))
    stepper.key(key(pygame.K_RIGHT))
    assert seen == [1, 0]


def test_a_number_field_takes_digits_only_and_submits_a_number() -> None:
    got: list[float] = []
    field = NumberField(got.append)
    for char in "19x9-.5.":
        field.key(key(pygame.K_0, char))
    field.key(key(pygame.K_BACKSPACE))
    field.key(key(pygame.K_RETURN))
    assert field.value == "199." and got == [199.0]


def test_every_answer_has_its_own_shape() -> None:
    rect = pygame.Rect(0, 0, 100, 100)
    outlines = {
        tuple(map(tuple, shape_points(shape, rect))) for shape in SHAPES if shape != "circle"
    }
    assert len(outlines) == len(SHAPES) - 1
