"""What every quiz kind's answer input offers the quiz scene and the classroom scene.

The campaign's quiz checkpoint lays an input out in the space under the prompt, passes it
the keys it does not handle itself, and shows its hint; the input sends the answer with
``send``. The classroom scene asks only how a team's answer is typed (``typing``) and
how the choices are drawn (``one_column``, ``badges``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Literal

import pygame

from game.quiz.question import LETTERS, Answer, Question
from game.ui.layout import grid
from game.ui.widgets import AnswerButton
from game.ui.widgets.base import Widget

if TYPE_CHECKING:
    from game.ui.scene import Scene
    from game.ui.text import TextCache
    from game.ui.theme import Theme

KEYED = 6  # choices that have a number key and a letter key
NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n - 1 for n in range(1, KEYED + 1)}
NUMBER_KEYS.update({getattr(pygame, f"K_KP{n}"): n - 1 for n in range(1, KEYED + 1)})
LETTER_KEYS = {getattr(pygame, f"K_{c.lower()}"): i for i, c in enumerate(LETTERS[:KEYED])}

Typing = Literal["letter", "letters", "digits"]


class AnswerInput:
    """One question's answer input in the quiz checkpoint (see the module docstring)."""

    typing: ClassVar[Typing] = "letter"  # a team's answer in the classroom: one letter,
    # letters in turn then Enter, or digits then Enter
    one_column: ClassVar[bool] = False  # choices listed one per line on the projector
    badges: ClassVar[bool] = True  # each choice is an option with its own bar on the reveal

    def __init__(self, question: Question, send: Callable[[Answer], None], scene: Scene) -> None:
        self.question = question
        self.send = send
        self.scene = scene
        self.message = ""  # a refusal to show instead of the hint
        self.answers = [AnswerButton(i, c, self.pick) for i, c in enumerate(question.choices)]

    @property
    def theme(self) -> Theme:
        return self.scene.theme

    @property
    def text(self) -> TextCache:
        return self.scene.text

    def layout(self, body: pygame.Rect) -> tuple[pygame.Rect, list[Widget]]:
        """Place the widgets in ``body``: the rect of the hint line, and the focus order."""
        raise NotImplementedError

    def pick(self, index: int) -> None:
        raise NotImplementedError

    def key(self, event: pygame.event.Event) -> bool:
        """A key pressed before answering; True if the input used it."""
        index = NUMBER_KEYS.get(event.key, LETTER_KEYS.get(event.key))
        if index is not None and index < len(self.answers):
            self.pick(index)
            return True
        return False

    def hint(self) -> str:
        raise NotImplementedError

    def draw(self, p: object) -> None:
        """Anything the input draws itself (its widgets are drawn by the scene's focus)."""

    def columns(self, area: pygame.Rect) -> int:
        """Two columns for two or four answers when the area is wide enough, else one."""
        count = len(self.answers)
        return 2 if count in (2, 4) and area.w / self.theme.px("large") > 30 else 1

    def place_answers(self, area: pygame.Rect, cols: int) -> None:
        """The answer buttons in ``cols`` columns, in large type when every one fits."""

        t = self.theme
        count = len(self.answers)
        count_rows = -(-count // cols)
        most = count_rows * t.line("large") * 3 + (count_rows - 1) * t.space(1)
        area.h = min(area.h, most)
        cells = grid(area, count, cols, t.space(1))
        margin = 2 * t.space(0.8) + t.line("large") + t.space(1.5)
        fits = all(
            self.text.height(b.text, t.px("large"), cell.w - margin, bold=True)
            <= cell.h - t.space(1)
            for b, cell in zip(self.answers, cells, strict=True)
        )
        for button, cell in zip(self.answers, cells, strict=True):
            button.place(cell)
            button.role = "large" if fits else "body"


def key_range(count: int) -> tuple[str, str]:
    """The number keys and the letter keys of ``count`` choices: ("1-4", "A-D")."""
    count = max(1, min(count, KEYED, len(LETTERS)))
    numbers = f"1-{count}" if count > 1 else "1"
    letters = f"{LETTERS[0]}-{LETTERS[count - 1]}" if count > 1 else LETTERS[0]
    return numbers, letters
