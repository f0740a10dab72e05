"""The end of a classroom quiz: the podium, then a summary line per question asked.

Drawing only. Teams that tie share a step of the podium, and a step no team holds is not
drawn (two teams, two steps); the summary gives each question's right answer, how many
teams got it, and the source it comes from.
"""

from __future__ import annotations

import pygame

from game.content.model import Pack
from game.quiz.classroom import ClassroomSession
from game.quiz.scoreboard import Standing, format_points, podium, podium_steps, summary
from game.ui.layout import columns, inset, rows
from game.ui.paint import Painter
from game.ui.quiz_words import prompt_text
from game.ui.widgets import Para

STEP_HEIGHTS = {1: 1.0, 2: 0.72, 3: 0.5}


def draw_podium(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> None:
    """A step per rank some team holds (up to three, tallest in the middle), with names and points."""
    t = p.theme
    pal = p.palette
    places = podium(session)
    by_rank: dict[int, list[Standing]] = {}
    for row in places:
        by_rank.setdefault(row.rank, []).append(row)
    note_h = t.line("large") + t.space(0.5)
    stage, note = rows(rect, [1.0, note_h], t.space(1))
    steps = podium_steps(session) or (1,)
    width = min(stage.w, t.px("large") * 12 * len(steps))
    stage = pygame.Rect(stage.centerx - width // 2, stage.y, width, stage.h)
    names_h = t.line("large") * 2 + t.space(0.5)
    cells = columns(stage, [1.0] * len(steps), t.space(1))
    for rank, cell in zip(steps, cells, strict=True):
        teams = by_rank.get(rank, [])
        height = round((cell.h - names_h) * STEP_HEIGHTS[rank])
        step = pygame.Rect(cell.x, cell.bottom - height, cell.w, height)
        colour = pal.accent if rank == 1 else pal.raised
        p.panel(step, colour, pal.panel_edge if rank != 1 else pal.focus)
        ink = (16, 16, 20) if rank == 1 else pal.text
        p.line(
            str(rank),
            pygame.Rect(step.x, step.y, step.w, min(step.h, t.line("huge"))),
            "huge",
            ink,
            bold=True,
            align="center",
        )
        if not teams:
            continue
        names = " & ".join(row.name for row in teams)
        points = format_points(teams[0].points)
        label = pygame.Rect(cell.x, step.y - names_h, cell.w, names_h)
        top, bottom = rows(label, [0.55, 0.45])
        p.line(names, top, "large", pal.text, bold=True, align="center")
        unit = "point" if teams[0].points == 1 else "points"
        right = f"{points} {unit} · {teams[0].right}/{teams[0].asked} right"
        p.line(right, bottom, "body", pal.muted, align="center")
    asked = len(session.asked())
    early = " (ended early)" if session.ended_early else ""
    p.line(
        f"{asked} {'question' if asked == 1 else 'questions'} asked{early}"
        " · Enter: the question summary",
        note,
        "large",
        pal.muted,
        align="center",
    )


def summary_paras(session: ClassroomSession, pack: Pack) -> list[Para]:
    """A paragraph group per question: prompt, answer, teams right, source."""
    paras: list[Para] = []
    for line in summary(session, pack):
        paras.append(
            Para(
                f"{line.number}. {' '.join(prompt_text(line.item_id, line.prompt).split())}",
                "body",
                "text",
                bold=True,
                gap=0.15,
            )
        )
        right = ", ".join(line.teams_right) if line.teams_right else "no team"
        paras.append(
            Para(
                f"Answer: {line.right_answer}   ·   right: {right} ({len(line.teams_right)}/{line.teams})",
                "body",
                "good",
                gap=0.15,
            )
        )
        if line.citation is not None:
            cite = line.citation
            dated = f", {cite.as_reported}" if cite.published else ""
            paras.append(Para(f"Source: {cite.source_title}{dated}", "small", "muted", gap=0.8))
    if not paras:
        paras.append(Para("No question was asked.", "large", "muted"))
    return paras


def summary_area(rect: pygame.Rect, p: Painter) -> pygame.Rect:
    return inset(rect, p.theme.space(1), 0)
