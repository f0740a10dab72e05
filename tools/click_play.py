"""Play the first years of a campaign in a real window with mouse clicks only (xdotool), and
save a screenshot of the screen each time an irreversible action asks to confirm.

A hidden twin of the game (an off-screen App at the same window size, seed and data) gets
the same clicks, so the script can find where each button and row is. Run it beside a game
started on an X display::

    Xvfb :5 -screen 0 1024x600x24 &
    DISPLAY=:5 SPACE_ACCORD_DATA=$(mktemp -d) python main.py play --seed 5 &
    DISPLAY=:5 python tools/click_play.py --out /tmp/clicks --years 5

With an offer open it first tries to end the year (the confirm appears; it cancels), then
signs the offer. It prints each click and each confirm dialog seen, and exits 1 if an action that cannot be
taken back (start a campaign, sign, propose, start a mission, end a year with an offer
open) happened without a confirm dialog first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def sh(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()


class Player:
    def __init__(self, out: Path, seed: int) -> None:
        window = sh("xdotool", "search", "--sync", "--class", "space-accord").split()[0]
        self.window = window
        geometry = sh("xdotool", "getwindowgeometry", "--shell", window)
        values = dict(line.split("=") for line in geometry.splitlines())
        self.origin = (int(values["X"]), int(values["Y"]))
        size = (int(values["WIDTH"]), int(values["HEIGHT"]))
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SPACE_ACCORD_DATA"] = tempfile.mkdtemp(prefix="click-twin-")
        import pygame

        from game.storage.settings import Settings
        from game.ui import scenes
        from game.ui.app import App

        self.pygame = pygame
        self.twin = App(Settings(), size=size, window=False)
        self.twin.shared["seed"] = seed
        self.twin.push(scenes.open_scene(self.twin, "title"))
        self.twin.step([])
        self.out = out
        self.shots = 0
        self.confirms: list[str] = []
        self.unconfirmed: list[str] = []
        print(f"window {window} at {self.origin}, {size[0]}x{size[1]}")

    # -- clicks ------------------------------------------------------------------------------
    def click(self, pos: tuple[int, int], what: str) -> None:
        pygame = self.pygame
        x, y = pos
        sh("xdotool", "mousemove", str(self.origin[0] + x), str(self.origin[1] + y))
        time.sleep(0.15)
        sh("xdotool", "click", "1")
        time.sleep(0.35)
        events = [
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(0, 0, 0)),
            pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1),
            pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1),
        ]
        for event in events:
            self.twin.step([event])
        self.twin.step([], 0.5)
        print(f"click {what} at {pos} -> {self.top}")

    @property
    def top(self) -> str:
        return self.twin.top.name if self.twin.top else ""

    def button(self, label: str) -> bool:
        from game.ui.widgets import Button

        for widget in self.twin.top.focus.widgets:
            if isinstance(widget, Button) and widget.label.startswith(label) and widget.enabled:
                self.click(widget.rect.center, f"button {widget.label!r}")
                return True
        return False

    def row(self, menu, index: int, what: str) -> None:
        pygame = self.pygame
        for _ in range(40):
            if menu.top <= index < menu.top + menu.visible_rows:
                break
            step = -1 if index >= menu.top + menu.visible_rows else 1
            pos = menu.rect.center
            sh("xdotool", "mousemove", str(self.origin[0] + pos[0]), str(self.origin[1] + pos[1]))
            sh("xdotool", "click", "5" if step < 0 else "4")
            time.sleep(0.2)
            self.twin.step([pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=step, flipped=False)])
        self.click(menu.row_rect(index).center, what)

    def shot(self, name: str) -> None:
        self.shots += 1
        path = self.out / f"{self.shots:02d}-{name}.png"
        sh("import", "-window", "root", str(path))
        print(f"saved {path}")

    # -- one irreversible action -----------------------------------------------------------
    def confirm_or_note(self, action: str) -> None:
        """After a click that should ask first: save the dialog and say yes."""
        if self.top != "confirm":
            self.unconfirmed.append(action)
            print(f"NOT CONFIRMED: {action}")
            return
        self.confirms.append(action)
        self.shot(f"confirm-{action}")
        self.button(self.twin.top.yes.label)

    # -- the play ----------------------------------------------------------------------------
    def run(self, years: int) -> int:
        self.shot("title")
        self.button("New game")
        choose = self.twin.top
        self.row(choose.agencies, 0, "agency CNSA")  # selected already: asks
        if self.top == "confirm":
            self.button("Cancel")
        self.row(choose.agencies, 1, "agency (select)")
        assert self.top == "choose", "one click on another agency must only select it"
        self.shot("choose-selected")
        self.row(choose.agencies, 0, "agency CNSA (select)")
        self.button("Start campaign")
        self.confirm_or_note("start-campaign")
        state = self.twin.top.session.state if hasattr(self.twin.top, "session") else None
        first = state.year if state else 0
        proposed = False
        for _ in range(200):
            top = self.top
            if top == "campaign":
                state = self.twin.top.session.state
                if state.year >= first + years or state.finished:
                    break
                self.year(state, proposed)
                proposed = True
            elif top == "quiz":
                quiz = self.twin.top
                if quiz.result is None and quiz.answers:
                    self.click(quiz.answers[0].rect.center, "answer A")
                    if quiz.question.type == "order":
                        for answer in quiz.answers[1:]:
                            self.click(answer.rect.center, "next in order")
                        self.button("Check my order")
                elif quiz.result is None:  # a number: type on the keypad
                    for label in ("2", "0", "0", "0", "OK"):
                        self.button(label)
                else:
                    self.button("Continue")
            elif top == "launch":
                self.click(self.twin.top.done.rect.center, "skip the launch")
                self.button("Continue")
            elif top == "news":
                self.button("Continue")
            else:
                print(f"unexpected screen {top}")
                self.shot(f"unexpected-{top}")
                return 1
        self.shot("after-five-years")
        print(f"confirmed: {self.confirms}")
        print(f"not confirmed: {self.unconfirmed}")
        return 1 if self.unconfirmed else 0

    def year(self, state, proposed: bool) -> None:
        campaign = self.twin.top
        labels = [item.label for item in campaign.menu.items]
        # With an offer open, ending the year asks first (and here the answer is no).
        if state.offers and "End the year" in labels:
            self.row(campaign.menu, labels.index("End the year"), "End the year, offer open")
            if self.top == "confirm":
                self.confirms.append("end-year-with-offer")
                self.shot("confirm-end-year-with-offer")
                self.button("Cancel")
            else:
                self.unconfirmed.append("end-year-with-offer")
            campaign = self.twin.top
            labels = [item.label for item in campaign.menu.items]
        # Sign the first offer, if any.
        if state.offers and "Agreements" in labels:
            self.row(campaign.menu, labels.index("Agreements"), "Agreements")
            screen = self.twin.top
            self.row(screen.menu, 0, "the offer (select)")
            if self.button("Sign"):
                self.confirm_or_note("sign")
            self.button("Back")
        # Propose once, to the first partner that accepts a proposal.
        elif not proposed and "Agreements" in labels:
            self.row(campaign.menu, labels.index("Agreements"), "Agreements")
            screen = self.twin.top
            for index, item in enumerate(screen.menu.items):
                if item.value[0] != "partner":
                    continue
                self.row(screen.menu, index, f"partner {item.label}")
                kinds = [i for i, kind in enumerate(screen.options.items) if kind.enabled]
                if kinds:
                    self.row(screen.options, kinds[-1], "a kind of agreement (select)")
                    assert self.top == "agreements", "a click on a kind must only select it"
                    self.button("Propose")
                    self.confirm_or_note("propose")
                    break
            self.button("Back")
        campaign = self.twin.top
        labels = [item.label for item in campaign.menu.items]
        if "Missions" in labels:
            self.row(campaign.menu, labels.index("Missions"), "Missions")
            screen = self.twin.top
            ready = [i for i, item in enumerate(screen.menu.items) if item.enabled]
            if ready and screen.menu.items[ready[0]].detail.startswith("cost"):
                self.row(screen.menu, ready[0], "a mission (select)")
                if self.button("Start ("):
                    self.confirm_or_note("start-mission")
            self.button("Back")
        campaign = self.twin.top
        if campaign.name != "campaign":
            return
        labels = [item.label for item in campaign.menu.items]
        open_offer = bool(campaign.session.state.offers)
        if "End the year" in labels:
            self.row(campaign.menu, labels.index("End the year"), "End the year")
            if open_offer:
                self.confirm_or_note("end-year-with-offer")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    return Player(out, args.seed).run(args.years)


if __name__ == "__main__":
    sys.exit(main())
