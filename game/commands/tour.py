"""`space-accord tour --out DIR [--size WxH] [--text-size PERCENT]`: play through every screen with scripted key
presses, headless, and save one PNG per screen (named by screen, e.g. ``16-campaign.png``).

Every picture has its own number, in the order a player meets the screens: the number
comes from its place in ``SCREENS``, so no two share one. The student page's pictures
(``tests/web/phone_shots.py``) carry on from ``NEXT_NUMBER``.

Each screen is checked as it is saved (``game.ui.audit``): text that runs off the window,
out of its panel or over other text is reported as ``PNG: code: what`` lines on stderr,
and the tour then exits 1.

The tour runs in a temporary data folder (unless SPACE_ACCORD_DATA is set), so it never
touches the player's saves or settings. It stops as soon as every screen has been saved.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from game.errors import SpaceAccordError
from game.storage.settings import FONT_SCALE_MAX, FONT_SCALE_MIN, FONT_SCALE_STEP

TEXT_SIZES = range(FONT_SCALE_MIN, FONT_SCALE_MAX + 1, FONT_SCALE_STEP)
MAX_TURNS = 400  # a whole campaign with a few quiz questions a year fits well inside
# Every picture the tour can take, in the order its files are numbered (some are taken
# only when the campaign meets them: a quiz of one type or another).
SCREENS = (
    "title",
    "load",
    "settings",
    "help",
    "classroom-setup",
    "classroom-question",
    "classroom-reveal",
    "classroom-says-who-reveal",
    "classroom-standings",
    "classroom-podium",
    "classroom-summary",
    "classroom-join",
    "classroom-devices-question",
    "classroom-devices-reveal",
    "choose",
    "choose-confirm",
    "campaign",
    "campaign-menu",
    "campaign-confirm-end",
    "help-guide",
    "help-guide-network",
    "agreements",
    "agreements-propose",
    "agreements-confirm",
    "missions",
    "missions-confirm",
    "missions-building",
    "missions-research",
    "missions-research-confirm",
    "launch",
    "launch-outcome",
    "news",
    "quiz",
    "quiz-reveal",
    "quiz-choice",
    "quiz-true_false",
    "quiz-order",
    "quiz-number",
    "quiz-match",
    "quiz-says-who",
    "quiz-says-who-reveal",
    "dilemma",
    "dilemma-record",
    "rival-news",
    "opportunities",
    "opportunities-confirm",
    "opportunity-lost",
    "opportunities-decided",
    "end",
)
NEXT_NUMBER = len(SCREENS) + 1  # the first number free for other pictures of the game


def file_name(screen: str) -> str:
    """The picture's file name, numbered by its place in ``SCREENS`` (e.g. '01-title.png')."""
    return f"{SCREENS.index(screen) + 1:02d}-{screen}.png"


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SpaceAccordError(
            f"--size expects WIDTHxHEIGHT, e.g. 1280x720, got {text!r}"
        ) from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise SpaceAccordError(f"--size {text} is out of range (320x240 to 7680x4320)")
    return width, height


def run(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    text_size = getattr(args, "text_size", 100)
    if text_size not in TEXT_SIZES:
        sizes = ", ".join(str(n) for n in TEXT_SIZES)
        raise SpaceAccordError(f"--text-size must be one of {sizes}, got {text_size}")
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SpaceAccordError(f"cannot create {out}: {error.strerror}") from None
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    with tempfile.TemporaryDirectory(prefix="space-accord-tour-") as data:
        os.environ.setdefault("SPACE_ACCORD_DATA", data)
        tour = Tour(size, out, text_size=text_size)
        written = tour.run()
    for path in written:
        print(path)
    for line in tour.problems:
        print(line, file=sys.stderr)
    return 1 if tour.problems else 0


class Tour:
    """Drives an off-screen App with key presses and saves a PNG of each screen."""

    def __init__(
        self, size: tuple[int, int], out: Path, *, seed: int = 1, text_size: int = 100
    ) -> None:
        import pygame

        from game.storage.settings import Settings
        from game.ui.app import App
        from game.ui.audit import LayoutAudit

        self.pygame = pygame
        self.app = App(Settings(font_scale=text_size), size=size, window=False)
        self.app.audit = LayoutAudit()
        self.out = out
        self.seed = seed  # the same seed every time: the same campaign, the same PNGs
        self.written: list[Path] = []
        self.taken: set[str] = set()  # the SCREENS pictured so far
        #: What the layout check found on each screen saved, one line each, in order.
        self.problems: list[str] = []

    # -- input ----------------------------------------------------------------------------
    def key(self, key: int, text: str = "", mod: int = 0, frames: int = 2) -> None:
        pygame = self.pygame
        event = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0)
        self.app.step([event])
        self.frames(frames)

    def frames(self, count: int, dt: float = 1 / 30) -> None:
        for _ in range(count):
            self.app.step([], dt)

    def shot(self, name: str) -> None:
        """Save the screen as the picture of ``name`` (one of ``SCREENS``)."""
        path = self.out / file_name(name)
        self.app.screenshot(str(path))
        self.written.append(path)
        self.taken.add(name)
        if self.app.audit is not None:
            self.problems += [f"{path.name}: {line}" for line in self.app.audit.problems()]

    def press_button(self, label: str) -> None:
        """Move focus down to the button labelled ``label`` and press Enter."""
        k = self.pygame
        for _ in range(20):
            focused = self.app.top.focus.focused if self.app.top else None
            if getattr(focused, "label", None) == label:
                break
            self.key(k.K_DOWN)
        self.key(k.K_RETURN)

    def top(self) -> str:
        top = self.app.top
        return top.name if top else ""

    # -- the script -----------------------------------------------------------------------
    def run(self) -> list[Path]:
        k = self.pygame
        from game.ui import scenes

        app = self.app
        app.shared["seed"] = self.seed
        app.push(scenes.open_scene(app, "title"))
        self.frames(1)
        self.shot("title")
        self.press_button("Load a save")
        self.shot("load")
        self.key(k.K_ESCAPE)
        self.press_button("Settings")
        self.key(k.K_DOWN)
        bigger = self.app.settings.font_scale < FONT_SCALE_MAX
        if bigger:
            self.key(k.K_RIGHT)  # one text size up (and back after the picture)
        self.shot("settings")
        if bigger:
            self.key(k.K_LEFT)
        self.key(k.K_ESCAPE)
        self.press_button("How to play")
        self.shot("help")
        self.key(k.K_ESCAPE)
        from game.ui.scenes.classroom_tour import tour_classroom

        tour_classroom(app, self.shot, app.shared.get("pack_id"))
        from game.ui.scenes.classroom_setup import DEVICES_OPENER
        from game.ui.scenes.classroom_tour import tour_devices
        from game.web.host import open_devices

        app.shared[DEVICES_OPENER] = open_devices
        tour_devices(app, self.shot, app.shared.get("pack_id"))
        self.press_button("New game")
        self.shot("choose")
        self.key(k.K_RETURN)
        if self.top() == "choose":
            self.key(k.K_TAB)
            self.key(k.K_RETURN)
        self.confirm("choose-confirm")
        self.first_year()
        self.to_the_end()
        return self.written

    def first_year(self) -> None:
        k = self.pygame
        if self.top() == "quiz":
            self.shot("quiz")
            self.key(k.K_1)
            self.shot("quiz-reveal")
            self.key(k.K_RETURN)
        self.settle()
        self.shot("campaign")
        self.key(k.K_h)
        self.shot("help-guide")
        for _ in range(3):
            self.key(k.K_RIGHT)
        self.shot("help-guide-network")
        self.key(k.K_ESCAPE)
        self.key(k.K_ESCAPE)
        self.shot("campaign-menu")
        self.key(k.K_ESCAPE)
        self.key(k.K_a)
        self.shot("agreements")
        self.key(k.K_END)
        self.shot("agreements-propose")
        self.key(k.K_TAB)
        self.key(k.K_RETURN)  # propose the first kind: it asks first
        if self.top() == "confirm":
            self.shot("agreements-confirm")
            self.key(k.K_ESCAPE)  # cancel: nothing proposed
        self.key(k.K_ESCAPE)
        self.key(k.K_m)
        self.shot("missions")
        self.start_missions(look=True)

    def start_missions(self, *, look: bool = False) -> None:
        """On the missions screen: start every mission that can start, then go back
        (``look``: then picture a mission being built, with its odds, and research)."""
        k = self.pygame
        for _ in range(12):
            self.key(k.K_TAB)
            self.key(k.K_RETURN)
            self.confirm("missions-confirm")
            self.key(k.K_TAB, mod=k.KMOD_SHIFT)
            self.key(k.K_TAB, mod=k.KMOD_SHIFT)
            self.key(k.K_DOWN)
        if look and self.top() == "missions":
            self.key(k.K_HOME)  # what is being built comes first
            self.shot("missions-building")  # its odds, and its tests (the loop paid some)
            for _ in range(40):  # down to research, after the missions that can start
                current = getattr(self.app.top, "menu", None)
                if current is None or getattr(current.current, "value", None) == "__research__":
                    break
                self.key(k.K_DOWN)
            self.shot("missions-research")
        self.key(k.K_ESCAPE)
        self.settle()

    def research_confirm(self) -> None:
        """On the campaign: open the missions, go to research and, if it can be paid for,
        picture its confirm dialog, then cancel (nothing is paid) and go back."""
        k = self.pygame
        self.key(k.K_m)
        if self.top() != "missions":
            return
        for _ in range(40):
            current = getattr(self.app.top, "menu", None)
            if current is None or getattr(current.current, "value", None) == "__research__":
                break
            self.key(k.K_DOWN)
        self.key(k.K_RETURN)  # to the first button that can act, if there is one
        self.key(k.K_RETURN)
        if self.top() == "confirm":
            self.shot("missions-research-confirm")
            self.key(k.K_ESCAPE)
        if self.top() == "missions":
            self.key(k.K_ESCAPE)

    def confirm(self, name: str) -> None:
        """Say yes to the confirm dialog on top, if one is, saving a picture of the first."""
        if self.top() != "confirm":
            return
        if name not in self.taken:
            self.shot(name)
        self.key(self.pygame.K_RETURN)

    def settle(self) -> None:
        """Close whatever the last action brought (cards, launches, questions)."""
        for _ in range(60):
            name = self.top()
            if name in ("campaign", "end", ""):
                return
            self.answer_or_close(name)

    def answer_or_close(self, name: str) -> None:
        k = self.pygame
        taken = self.taken
        if name == "quiz":
            if "quiz" not in taken:
                self.shot("quiz")
            from game.quiz.says_who import is_generated
            from game.ui.answer_inputs import input_for
            from game.ui.scenes.quiz import QuizScene

            scene = self.app.top
            assert isinstance(scene, QuizScene)
            question = scene.question
            typing = input_for(question.type).typing
            generated = is_generated(question.item_id)
            shot = "quiz-says-who" if generated else f"quiz-{question.type}"
            if typing == "digits":
                for char in "2000":
                    self.key(k.K_0, char)
                if shot not in taken:
                    self.shot(shot)
                self.key(k.K_RETURN)
            elif typing == "letters":
                for n in range(len(question.choices)):
                    self.key(k.K_1 + n, str(n + 1))
                if shot not in taken:
                    self.shot(shot)
                self.key(k.K_RETURN)
            else:
                if generated and shot not in taken:
                    self.shot(shot)
                self.key(k.K_1, "1")
            if "quiz-reveal" not in taken and getattr(scene, "result", None) is not None:
                self.shot("quiz-reveal")
            elif generated and "quiz-says-who-reveal" not in taken and scene.result is not None:
                self.shot("quiz-says-who-reveal")
            self.key(k.K_RETURN)
            if self.app.top is scene:
                self.key(k.K_ESCAPE)
        elif name == "launch":
            self.frames(75)
            if "launch" not in taken:
                self.shot("launch")
            self.frames(60)
            if "launch-outcome" not in taken:
                self.shot("launch-outcome")
            self.key(k.K_RETURN)
        elif name == "confirm":
            self.confirm("campaign-confirm-end")
        elif name == "dilemma":
            if "dilemma" not in taken:
                self.shot("dilemma")
            self.key(k.K_RETURN)  # the first option
            if "dilemma-record" not in taken:
                self.shot("dilemma-record")
            self.key(k.K_RETURN)
        elif name == "news":
            if "news" not in taken:
                self.shot("news")
            self.key(k.K_RETURN)
        else:
            self.key(k.K_ESCAPE)

    def opportunities(self) -> None:
        """The opportunities screens, on a campaign of the same pack where a bid is lost."""
        from game.ui.scenes.opportunities_tour import tour_opportunities

        session = getattr(self.app.top, "session", None)
        if session is not None:
            tour_opportunities(self.app, self.shot, session.pack)

    def to_the_end(self) -> None:
        k = self.pygame
        for _ in range(MAX_TURNS):
            name = self.top()
            if name == "end":
                self.shot("end")
                self.opportunities()
                return
            if name == "campaign":
                if "launch" not in self.taken:
                    # Until something has launched, look for a mission to start each turn.
                    self.key(k.K_m)
                    if self.top() == "missions":
                        self.start_missions()
                if "missions-research-confirm" not in self.taken and self.top() == "campaign":
                    self.research_confirm()
                self.key(k.K_n)
            else:
                self.answer_or_close(name)
        raise SpaceAccordError("the tour did not reach the end of the campaign")
