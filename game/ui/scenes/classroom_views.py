"""Drawing the classroom quiz on a projector: question, reveal and standings.

Only drawing: each function paints one phase of a ``Session`` inside a rectangle, in large
type, with answers as letter + colour + shape and right/wrong always shown by a tick or a
cross as well as by colour. The scene (``classroom_run``) decides which one to call.
"""

from __future__ import annotations

import pygame

from game.content.model import Pack
from game.quiz.classroom import Session
from game.quiz.engine import Citation, citations, right_answer, right_answer_text
from game.quiz.scoreboard import distribution, format_points, standings
from game.ui.layout import columns, grid, inset, rows
from game.ui.paint import Painter
from game.ui.scenes.classroom_widgets import draw_bar, draw_chip
from game.ui.theme import Colour
from game.ui.widgets import AnswerButton, draw_badge


def team_states(session: Session, revealed: bool) -> list[str]:
    """Each team's chip state: waiting / in (answer hidden) before, right / wrong / none after."""
    states = []
    for team in range(len(session.settings.teams)):
        entry = session.entry(session.index, team)
        if entry is None:
            states.append("none" if revealed else "waiting")
        elif revealed:
            states.append("right" if entry.right else "wrong")
        else:
            states.append("in")
    return states


def draw_chips(p: Painter, rect: pygame.Rect, session: Session, pending: int | None) -> None:
    teams = session.settings.teams
    revealed = session.phase in ("reveal", "standings")
    states = team_states(session, revealed)
    cols = min(len(teams), 5 if len(teams) > 4 else 4)
    lines = -(-len(teams) // cols)
    cell_h = min(rect.h, (rect.h - (lines - 1) * p.theme.space(0.5)) // lines)
    area = pygame.Rect(
        rect.x,
        rect.bottom - lines * cell_h - (lines - 1) * p.theme.space(0.5),
        rect.w,
        lines * cell_h + (lines - 1) * p.theme.space(0.5),
    )
    for team, cell in enumerate(grid(area, len(teams), cols, p.theme.space(0.5))):
        draw_chip(p, cell, str(team + 1), teams[team], states[team], highlight=team == pending)


def draw_prompt(
    p: Painter, rect: pygame.Rect, text: str, role: str = "heading", colour: Colour | None = None
) -> None:
    """Wrapped text as large as fits ``rect`` (heading, then large, then body)."""
    roles = (role, "large", "body") if role == "heading" else (role, "body")
    for choice in roles:
        if p.text_height(text, choice, rect.w, bold=True) <= rect.h:
            break
    with p.clipped(rect):
        p.text(text, rect.topleft, choice, colour or p.palette.text, rect.w, bold=True)


def draw_question(
    p: Painter, rect: pygame.Rect, session: Session, prompt_line: str, pending: int | None
) -> None:
    """The question, its answers, what the teacher is typing, and the teams' chips."""
    t = p.theme
    q = session.question
    chips_h = t.line("body") + t.space(1.2)
    line_h = t.line("large") + t.space(0.4)
    prompt_h = min(rect.h // 3, t.line("heading") * 3)
    prompt, answers, typing, chips = rows(rect, [prompt_h, 1.0, line_h, chips_h], t.space(1))
    draw_prompt(p, prompt, q.prompt)
    if q.type == "number":
        unit = f" (in {q.unit})" if q.unit else ""
        box = pygame.Rect(answers.x, 0, answers.w, t.line("heading") * 2 + t.space(2))
        box.centery = answers.centery
        p.panel(box, p.palette.raised)
        p.line(
            f"Each team gives a number{unit}.",
            box,
            "heading",
            p.palette.text,
            bold=True,
            align="center",
        )
    else:
        count = len(q.choices)
        cols = 2 if count in (2, 4) else 1
        if q.type == "order":
            cols = 1
        for index, cell in enumerate(grid(answers, count, cols, t.space(0.8))):
            button = AnswerButton(index, q.choices[index], lambda _i: None)
            button.place(cell)
            button.draw(p, False)
    colour = p.palette.accent if prompt_line.startswith("Team") else p.palette.muted
    p.line(prompt_line, typing, "large", colour, bold=True)
    draw_chips(p, chips, session, pending)


def draw_reveal(p: Painter, rect: pygame.Rect, session: Session, pack: Pack) -> None:
    """The right answer, how the room answered, and the verbatim quote with its source."""
    t = p.theme
    pal = p.palette
    chips_h = t.line("body") + t.space(1.2)
    prompt_h = min(rect.h // 5, t.line("large") * 2 + t.space(0.5))
    prompt, middle, chips = rows(rect, [prompt_h, 1.0, chips_h], t.space(1))
    draw_prompt(p, prompt, session.question.prompt, "large")
    left, right = columns(middle, [0.47, 0.53], t.space(2))
    bars = distribution(session)
    teams = max(1, len(session.settings.teams))
    q = session.question
    gap = t.space(0.4)
    bar_h = t.line("large") + gap
    bars_h = min(left.h // 2, len(bars) * (bar_h + gap))
    bar_h = bars_h // max(1, len(bars)) - gap
    answer_h = min(left.h - bars_h - t.space(1.5), _answer_height(p, left.w, session))
    answer_rect, bars_rect, _ = rows(left, [answer_h, bars_h, 1.0], t.space(1.5))
    _draw_answer(p, answer_rect, session)
    for i, bar in enumerate(bars):
        cell = pygame.Rect(bars_rect.x, bars_rect.y + i * (bar_h + gap), bars_rect.w, bar_h)
        badge = None
        label = bar.label
        if q.type in ("choice", "true_false") and i < len(q.choices):
            badge, label = i, q.choices[i]
        colour = (
            pal.good if bar.right else (pal.answers[badge % 4] if badge is not None else pal.bad)
        )
        if bar.label == "No answer":
            colour = pal.muted
        mark = "right" if bar.right and bar.label != "No answer" else ""
        draw_bar(
            p,
            cell,
            label,
            str(bar.count),
            bar.count / teams,
            colour,
            mark=mark,
            badge=badge,
            badge_column=q.type in ("choice", "true_false"),
        )
    _draw_source(p, right, pack, session)
    draw_chips(p, chips, session, None)


def _answer_height(p: Painter, width: int, session: Session) -> int:
    t = p.theme
    if session.item.type == "order":
        return t.line("body") + len(session.question.choices) * t.line("large")
    text = right_answer_text(session.item)
    return t.line("body") + min(
        2 * t.line("heading"), p.text_height(text, "heading", width, bold=True)
    )


def _draw_answer(p: Painter, rect: pygame.Rect, session: Session) -> None:
    """The right answer: an order as its items with their badges, else its words."""
    t = p.theme
    pal = p.palette
    item, q = session.item, session.question
    top = p.text("Answer", rect.topleft, "body", pal.muted).bottom
    body = pygame.Rect(rect.x, top, rect.w, rect.bottom - top)
    if item.type == "order":
        order = right_answer(item, q)
        assert isinstance(order, tuple)
        line_h = min(t.line("large"), body.h // max(1, len(order)))
        for n, index in enumerate(order):
            row = pygame.Rect(body.x, body.y + n * line_h, body.w, line_h)
            draw_badge(p, pygame.Rect(row.x, row.y + 2, line_h - 4, line_h - 4), index)
            text = pygame.Rect(row.x + line_h + t.space(0.5), row.y, row.w - line_h, row.h)
            p.line(f"{n + 1}. {q.choices[index]}", text, "body", pal.good, bold=True)
        return
    text = right_answer_text(item)
    draw_prompt(p, body, text, "heading", colour=pal.good)


def _draw_source(p: Painter, rect: pygame.Rect, pack: Pack, session: Session) -> None:
    """Each cited quote with its source, whole or not at all; a hint says how many are left."""
    t = p.theme
    pal = p.palette
    p.panel(rect, pal.panel, pal.accent)
    inner = inset(rect, t.space(1.5), t.space(1))
    y = inner.y
    item = session.item
    cites = citations(pack, item.facts)
    hint_h = t.line("small")

    def fitting(role: str) -> int:  # how many citations show whole with quotes in ``role``
        bottom = inner.y
        for number, cite in enumerate(cites):
            room = inner.bottom - (hint_h if number + 1 < len(cites) else 0)
            bottom += _citation_height(p, cite, role, inner.w)
            if bottom > room:
                return number
            bottom += t.space(1)
        return len(cites)

    # The largest type that shows the most sources; the first always shows.
    counts = {role: fitting(role) for role in ("large", "body", "small")}
    role = max(counts, key=lambda r: counts[r])
    shown = max(1, counts[role])
    with p.clipped(inner):
        for cite in cites[:shown]:
            y = _draw_citation(p, cite, inner.x, y, role, inner.w) + t.space(1)
        left = len(cites) - shown
        if left:
            more = f"+ {left} more source{'s' if left > 1 else ''} not shown"
            y = p.text(more, (inner.x, min(y, inner.bottom - hint_h)), "small", pal.muted).bottom
            y += t.space(1)
        explanation = " ".join(item.explanation.split())
        if explanation and y + p.text_height(explanation, "body", inner.w) <= inner.bottom:
            p.text(explanation, (inner.x, y), "body", pal.muted, inner.w)


def _quote_and_byline(cite: Citation) -> tuple[str, str]:
    quote = f"“{' '.join(cite.quote.split())}”"
    byline = ", ".join(x for x in (cite.publisher, cite.as_reported if cite.published else "") if x)
    return quote, byline


def _citation_height(p: Painter, cite: Citation, role: str, width: int) -> int:
    quote, byline = _quote_and_byline(cite)
    return (
        p.text_height(quote, role, width)
        + p.theme.space(0.4)
        + p.text_height(cite.source_title, "body", width, bold=True)
        + p.text_height(byline, "small", width)
    )


def _draw_citation(p: Painter, cite: Citation, x: int, y: int, role: str, width: int) -> int:
    """Quote, source title and byline from ``(x, y)``; returns the bottom."""
    pal = p.palette
    quote, byline = _quote_and_byline(cite)
    y = p.text(quote, (x, y), role, pal.text, width).bottom + p.theme.space(0.4)
    y = p.text(cite.source_title, (x, y), "body", pal.accent, width, bold=True).bottom
    return p.text(byline, (x, y), "small", pal.muted, width).bottom


def draw_standings(p: Painter, rect: pygame.Rect, session: Session) -> None:
    """Teams by points: rank, name, right answers, a bar and the points; centred, large."""
    t = p.theme
    pal = p.palette
    table = standings(session)
    best = max([1.0, *(row.points for row in table)])
    gap = t.space(0.8)
    row_h = min(t.line("title"), (rect.h - gap * (len(table) - 1)) // max(1, len(table)))
    total = len(table) * row_h + (len(table) - 1) * gap
    top = rect.y + max(0, (rect.h - total) // 3)
    rank_w = t.px("heading") * 2
    for i, row in enumerate(table):
        cell = pygame.Rect(rect.x, top + i * (row_h + gap), rect.w, row_h)
        rank, rest = columns(cell, [rank_w, 1.0], gap)
        p.line(f"{row.rank}.", rank, "heading", pal.accent, bold=True, align="right")
        label = f"{row.name}  ({row.right}/{row.asked} right)"
        colour = pal.answers[row.team % len(pal.answers)]
        draw_bar(p, rest, label, format_points(row.points), row.points / best, colour, role="large")


def draw_paused(p: Painter, rect: pygame.Rect) -> None:
    p.shade(200)
    box = pygame.Rect(0, 0, rect.w // 2, rect.h // 3)
    box.center = rect.center
    p.panel(box, p.palette.panel, p.palette.accent)
    p.line(
        "Paused",
        pygame.Rect(box.x, box.y, box.w, box.h * 2 // 3),
        "title",
        p.palette.accent,
        bold=True,
        align="center",
    )
    p.line(
        "Press P to go on",
        pygame.Rect(box.x, box.y + box.h // 2, box.w, box.h // 2),
        "large",
        p.palette.text,
        align="center",
    )
