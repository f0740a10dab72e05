"""Reusable widgets for every scene: import them from here.

- ``Widget`` and ``FocusRing`` (base): the control protocol and keyboard/mouse focus;
- ``Button``, ``Stepper``, ``Panel`` and ``draw_labelled_row`` (controls);
- ``Menu`` and ``MenuItem`` (menu): a scrolling list chosen with arrows/Enter or the mouse;
- ``TextBlock`` and ``Para`` (textblock): wrapped paragraphs that scroll when too long;
- ``NumberField`` (entry): a box to type a number into;
- ``AnswerButton`` and ``draw_badge`` (answers): quiz answers with letter, colour and shape.
"""

from game.ui.widgets.answers import AnswerButton, draw_badge
from game.ui.widgets.base import FocusRing, Widget
from game.ui.widgets.controls import Button, Panel, Stepper, draw_labelled_row
from game.ui.widgets.entry import NumberField
from game.ui.widgets.menu import Menu, MenuItem
from game.ui.widgets.textblock import Para, TextBlock

__all__ = [
    "AnswerButton",
    "Button",
    "FocusRing",
    "Menu",
    "MenuItem",
    "NumberField",
    "Panel",
    "Para",
    "Stepper",
    "TextBlock",
    "Widget",
    "draw_badge",
    "draw_labelled_row",
]
