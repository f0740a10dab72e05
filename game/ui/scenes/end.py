"""End of the campaign: the score in parts, quiz accuracy, and two timelines kept apart:
*your timeline* (what happened in this game only: the player's launches and failures,
agreements made, plans that slipped) and *the record* (what really happened, each entry
with its source, and how the player's game compares). The first part of the score says what it
adds (prestige and half the science gained), the quiz and history parts what they are out
of, and the total stands beside what the same agency scores playing history's own moves.
Play again or go back to the title.
The campaign is kept under its own name (``Session.autosave``), so a new one cannot lose it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

import game.sim as sim
from game.sim.balance import HISTORY_POINTS
from game.sim.report import Report
from game.sim.report import gains as sim_gains
from game.sim.state import GameState
from game.ui import scenes
from game.ui.chrome import draw_frame, frame
from game.ui.describe import agency_names, source_line
from game.ui.layout import columns, rows
from game.ui.messages import words
from game.ui.report_words import record_line, record_note, your_line
from game.ui.scene import Scene
from game.ui.session import Session
from game.ui.theme import mix
from game.ui.widgets import Button, Panel, Para, TextBlock

if TYPE_CHECKING:
    from game.ui.app import App

HINTS = "Tab: move · Arrows: scroll · Enter: choose"
PARTS = (
    ("prestige", "Prestige*"),
    ("partnerships", "Partnerships"),
    ("knowledge", "Quiz"),
    ("history", "History"),
)
# The parts that have a most: a perfect quiz record, the real timeline followed exactly.
OUT_OF = {"history": HISTORY_POINTS}  # knowledge has no cap: every right answer counts
YOURS_COLOURS = {
    "flew": "good",
    "done": "good",
    "failed": "bad",
    "slipped": "warn",
    "declined": "muted",
    "signed": "text",
    "proposed": "text",
    "won": "good",
    "lost": "warn",
    "chose": "text",
}
STATUS_COLOURS = {
    "on time": "good",
    "early": "future",
    "late": "warn",
    "missed": "muted",
    "failed": "bad",
    "declined": "muted",
    "extra": "accent",
}


def summary_lines(state: GameState, r: Report, history_total: int) -> list[str]:
    """The facts beside the score, in words: the comparison with history's own moves, the
    quiz, the missions (work on the ground counted apart from launches), the agreements."""
    accuracy = round(100 * r.quiz_right / r.quiz_asked) if r.quiz_asked else 0
    launches = state.player_launches()
    flights = sum(1 for launch in launches if state.index.missions[launch.mission_id].flies)
    tried, succeeded = r.missions_launched, r.missions_succeeded
    if flights == len(launches):
        missions = words("end_missions", succeeded=succeeded, tried=tried)
    else:
        ground = len(launches) - flights
        missions = words("end_missions_ground", succeeded=succeeded, tried=tried, ground=ground)
    return [
        words("end_compare", agency=state.agency.short, total=history_total),
        words("end_quiz", right=r.quiz_right, asked=r.quiz_asked, percent=accuracy),
        missions,
        words("end_agreements", count=r.agreements_signed, kept=r.agreements_kept),
        words("end_partners", partners=r.joint_flights),
        words("end_knowledge", spaced=r.quiz_right_spaced),
    ]


class EndScene(Scene):
    name = "end"

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session
        self.report = sim.report(session.state)
        state = session.state
        # A point of comparison: the same agency and seed played as history went.
        self.history_total = sim.report(
            sim.play_campaign(
                state.pack, state.agency_id, state.seed, scenario=state.scenario or None
            )
        ).score.total
        self.score_panel = Panel("Your score")
        # Two panels, never one mixed list: what happened in this game, and what really did.
        self.yours_panel = Panel("Your timeline: in your game only")
        self.record_panel = Panel("The record: what really happened")
        self.yours = TextBlock(self.your_paras())
        self.record = TextBlock(self.record_paras())
        self.again = Button("Play again", self.play_again, primary=True)
        self.title_button = Button("Title screen", self.to_title)

    def enter(self) -> None:
        self.app.notify("", 0.0)  # the report says it all; no stale note over its buttons

    def your_paras(self) -> list[Para]:
        """The player's launches, failures and agreements, and the plans that slipped in
        this game: none of it is history."""
        names = agency_names(self.session.state)
        paras = [
            Para(
                your_line(mine, names, self.report.years_per_turn),
                "small",
                YOURS_COLOURS.get(mine.what, "text"),
                gap=0.25,
            )
            for mine in self.report.your_timeline
        ]
        return paras or [Para(words("end_nothing_yours"), "small", "muted")]

    def record_paras(self) -> list[Para]:
        """What really happened to the agency in these years, each with its source, and
        how this game compares."""
        paras = []
        for entry in self.report.the_record:
            paras.append(Para(record_line(entry), "small", "text", bold=True, gap=0.1))
            note = record_note(entry, self.report.years_per_turn)
            if note:
                colour = STATUS_COLOURS.get(entry.yours, "muted")
                paras.append(Para(note, "small", colour, gap=0.1))
            for citation in entry.citations[:1]:
                paras.append(Para(source_line(citation), "small", "muted", gap=0.6))
        return paras or [Para(words("end_nothing_recorded"), "small", "muted")]

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.header, body, self.footer = frame(rect, t)
        button_h = t.line("body") + t.space(1.2)
        main, bar = rows(body, [1.0, button_h], t.space(1))
        left, right = columns(main, [0.4, 0.6], t.space(1))
        self.score_inner = self.score_panel.layout(left, t)
        top, bottom = rows(right, [0.45, 0.55], t.space(0.6))
        self.yours.place(self.yours_panel.layout(top, t), t)
        self.record.place(self.record_panel.layout(bottom, t), t)
        title, again, _ = columns(bar, [0.25, 0.25, 0.5], t.space(1))
        self.again.place(again)
        self.title_button.place(title)
        # "Title screen" first: Enter, Enter must not start over by accident.
        self.focus.set([self.title_button, self.again, self.yours, self.record])

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        t = self.theme
        pal = t.palette
        r = self.report
        draw_frame(
            p,
            self.header,
            self.footer,
            "Campaign over",
            right=f"{self.session.state.agency.short} · {r.start_year}–{r.end_year}",
            hints=HINTS,
        )
        self.score_panel.draw(p)
        self.yours_panel.draw(p)
        self.record_panel.draw(p)
        inner = self.score_inner
        row_h = t.line("body") + t.space(0.6)
        score = r.score
        top = max([getattr(score, name) for name, _ in PARTS] + [1])
        y = inner.y
        for name, label in PARTS:
            value = getattr(score, name)
            label_rect = pygame.Rect(inner.x, y, inner.w * 2 // 5, row_h)
            p.line(label, label_rect, "body", pal.text)
            bar_area = pygame.Rect(
                label_rect.right,
                y + row_h // 4,
                inner.w - label_rect.w - t.px("body") * 5,
                row_h // 2,
            )
            pygame.draw.rect(surface, mix(pal.panel, pal.raised, 0.8), bar_area, 0, 4)
            filled = pygame.Rect(
                bar_area.x, bar_area.y, round(bar_area.w * value / top), bar_area.h
            )
            pygame.draw.rect(surface, pal.accent, filled, 0, 4)
            p.line(
                f"{value}/{OUT_OF[name]}" if name in OUT_OF else str(value),
                pygame.Rect(bar_area.right, y, inner.right - bar_area.right, row_h),
                "body",
                pal.text,
                bold=True,
                align="right",
            )
            y += row_h
        prestige, science = sim_gains(self.session.state)
        note = words("end_prestige_note", prestige=prestige, science=science)
        y = p.text(note, (inner.x, y), "small", pal.muted, inner.w).bottom + t.space(0.3)
        p.line(
            words("end_total", total=score.total),
            pygame.Rect(inner.x, y, inner.w, t.line("heading")),
            "heading",
            pal.accent,
            bold=True,
        )
        y += t.line("heading") + t.space(0.5)
        lines = summary_lines(self.session.state, r, self.history_total)
        # The facts in the small type, and only the lines that fit whole: on a small window
        # the last ones go rather than show half a line.
        with p.clipped(inner):
            for line in lines:
                if y + p.text_height(line, "small", inner.w) > inner.bottom:
                    break
                y = p.text(line, (inner.x, y), "small", pal.text, inner.w).bottom + t.space(0.2)
        self.focus.draw(p)

    def back(self) -> None:
        self.to_title()

    def play_again(self) -> None:
        self.app.reset(scenes.open_scene(self.app, "title"))
        self.app.push(scenes.open_scene(self.app, "choose"))

    def to_title(self) -> None:
        self.app.reset(scenes.open_scene(self.app, "title"))
