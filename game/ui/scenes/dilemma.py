"""Dilemma card: a real fork the player's agency meets, told in the sources' own words.

First the framing quotes under who reported them and when (the article's title waits for
the record: a headline often tells how the fork ended), then the pack's short question
and the options as a list; each option says what it changes, marked "game balance"
(costs and gains are the game's, not history). Choosing sends
``ChooseDilemmaOption``; the card then turns over to the record: what the player chose
("in your game"), and what really happened, quoted with source and date, the same
whatever was chosen. Esc before choosing puts the decision off (the campaign view keeps
it on its list, and the year cannot end until it is decided).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.citations import Citation, distinct_quotes
from game.sim import ChooseDilemmaOption, DilemmaChosen, Refused
from game.sim.dilemmas import dilemmas_of, historical_option, option_of
from game.ui.describe import short, source_line
from game.ui.layout import rows
from game.ui.messages import say
from game.ui.overlay import OverlayScene
from game.ui.session import Session
from game.ui.widgets import Button, Menu, MenuItem, Para, TextBlock

if TYPE_CHECKING:
    from game.content.model import DilemmaEffects
    from game.sim import GameState
    from game.ui.app import App

GAME_BALANCE = "game balance"
CHOOSE_HINT = "Up/Down: option · Enter: choose · Esc: decide later"


def effects_words(state: GameState, effects: DilemmaEffects) -> str:
    """'-15 budget, +4 prestige, CNSA relations +10' (or 'no change')."""
    parts = [
        f"{getattr(effects, name):+d} {name}"
        for name in ("budget", "income", "prestige", "science")
        if getattr(effects, name)
    ]
    for agency, delta in sorted((effects.relations or {}).items()):
        if delta:
            parts.append(f"{short(state, agency)} relations {delta:+d}")
    return ", ".join(parts) if parts else "no change"


def framing_source(citation: Citation) -> str:
    """'SpaceNews — as reported in July 2023': who said it and when, without the article's
    title (a headline often tells how the fork ended: the record shows it after)."""
    if not citation.publisher:
        return source_line(citation)
    when = f" — {citation.as_reported}" if citation.published else ""
    return citation.publisher + when


def quoted_paras(
    citations: tuple[Citation, ...], line_of: Callable[[Citation], str] = source_line
) -> list[Para]:
    """Each source's line (``line_of``: by default title, publisher, date reported) first,
    then its quotes: the card's first lines say who said it and when, whatever the
    window's height."""
    paras: list[Para] = []
    last = None
    for citation in distinct_quotes(citations):
        line = line_of(citation)
        if line != last:
            paras.append(Para(line, "small", "muted", bold=True, gap=0.2))
            last = line
        paras.append(Para(f"“{citation.quote.strip()}”", "body", gap=0.4))
    return paras


class DilemmaScene(OverlayScene):
    name = "dilemma"
    size = (0.9, 0.92)

    def __init__(self, app: App, session: Session, dilemma_id: str = "") -> None:
        super().__init__(app)
        self.session = session
        state = session.state
        self.dilemma = dilemmas_of(state)[dilemma_id or state.dilemma]
        self.year = state.year
        self.title = f"{self.year} · {self.dilemma.title}"
        self.chosen: DilemmaChosen | None = None
        self.story = TextBlock(self.framing_paras())
        self.question = TextBlock(self.question_paras())
        self.menu = Menu(self.option_items(), on_choose=self.choose, role="body")
        self.later = Button("Decide later", self.app.pop)
        self.done = Button("Continue", self.app.pop, primary=True)

    # -- what the card says ---------------------------------------------------------------
    def framing_paras(self) -> list[Para]:
        state = self.session.state
        dilemma = self.dilemma
        cited = state.index.citations(dilemma.framing)
        return quoted_paras(cited, framing_source)

    def question_paras(self) -> list[Para]:
        return [
            Para(self.dilemma.question, "large", "accent", bold=True, gap=0.2),
            Para(
                f"Each option's costs and gains are {GAME_BALANCE}: they change your game, "
                "not history.",
                "small",
                "muted",
                gap=0,
            ),
        ]

    def option_items(self) -> list[MenuItem]:
        state = self.session.state
        return [
            MenuItem(
                option.label,
                f"{GAME_BALANCE.capitalize()}: {effects_words(state, option.effects)}",
                value=option.id,
            )
            for option in self.dilemma.options
        ]

    def record_paras(self, chosen: DilemmaChosen) -> list[Para]:
        state = self.session.state
        option = option_of(self.dilemma, chosen.option_id)
        real = historical_option(self.dilemma)
        effects = effects_words(state, option.effects) if option else ""
        paras = [
            Para(f"You chose: {chosen.label}  ·  in your game", "large", "accent", bold=True),
            Para(f"{GAME_BALANCE.capitalize()}: {effects}", "small", "muted", gap=0.8),
            Para("What really happened", "large", "text", bold=True, gap=0.3),
        ]
        if real is not None:
            same = real.id == chosen.option_id
            told = f"The real choice: {real.label}" + ("  ·  the same as yours" if same else "")
            paras.append(Para(told, "body", "good" if same else "text", bold=True, gap=0.4))
        paras += quoted_paras(state.index.citations(chosen.record))
        return paras

    # -- choosing -------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        item = self.menu.items[index]
        outcomes = self.session.send(ChooseDilemmaOption(self.dilemma.id, item.value))
        refused = next((o for o in outcomes if isinstance(o, Refused)), None)
        if refused is not None:
            self.app.notify(say(refused.reason))
            return
        self.chosen = next(o for o in outcomes if isinstance(o, DilemmaChosen))
        self.title = f"The record · {self.dilemma.title}"
        self.story.set(self.record_paras(self.chosen))
        self.layout_key = None
        self.invalidate()

    def handle(self, event: pygame.event.Event) -> None:
        if (
            self.chosen is not None
            and event.type == pygame.KEYDOWN
            and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE)
        ):
            self.app.pop()
            return
        super().handle(event)

    # -- layout ---------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        super().layout(rect)
        t = self.theme
        gap = t.space(1)
        button_h = t.line("body") + t.space(1.2)
        if self.chosen is not None:
            text, foot = rows(self.box_inner, [1.0, button_h], gap)
            self.story.place(text, t)
            done_w = t.px("body") * 9
            self.done.place(pygame.Rect(foot.right - done_w, foot.y, done_w, button_h))
            self.focus.set([self.done, self.story], keep=False)
            self.focus.focus(self.done)
            return
        self.menu.place(self.box_inner, t)  # measures its rows
        count = len(self.menu.items)
        menu_h = count * self.menu.row_h + (count - 1) * self.menu.gap
        hint_h = t.line("small")
        self.question.place(self.box_inner, t)
        asked_h = self.question.measure(self.painter(self.app.surface))
        text, asked, menu, foot = rows(self.box_inner, [1.0, asked_h, menu_h, button_h], gap)
        self.story.place(text, t)
        self.question.place(asked, t)
        self.menu.place(menu, t)
        later_w = t.px("body") * 11
        self.later.place(pygame.Rect(foot.right - later_w, foot.y, later_w, button_h))
        self.hint = pygame.Rect(foot.x, foot.y, foot.w - later_w - gap, min(hint_h, foot.h))
        self.focus.set([self.menu, self.later, self.story])
        if self.focus.focused is None or self.focus.focused is self.story:
            self.focus.focus(self.menu)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        p = self.painter(surface)
        if self.chosen is None:
            self.question.draw(p, False)
            p.line(CHOOSE_HINT, self.hint, "small", self.theme.palette.muted)
        self.focus.draw(p)
