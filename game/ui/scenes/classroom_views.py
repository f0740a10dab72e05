"""Drawing the classroom quiz on a projector: question, reveal and standings (the
reveal's panel of quotes and sources: ``classroom_sources``).

Only drawing: each function paints one phase of a ``ClassroomSession`` inside a rectangle, in large
type, with answers as letter + colour + shape and right/wrong always shown by a tick or a
cross as well as by colour. The scene (``classroom_run``) decides which one to call.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.content.model import Pack
from game.quiz.classroom import ClassroomSession
from game.quiz.engine import right_answer, right_answer_text
from game.quiz.scoreboard import format_points, standings
from game.ui.answer_inputs import input_for
from game.ui.layout import columns, grid, rows
from game.ui.paint import Painter
from game.ui.quiz_words import explanation_text, prompt_text
from game.ui.scenes.classroom_room import (
    bars_height,
    draw_bars,
    draw_numbers,
    draw_options,
    options_fit,
)
from game.ui.scenes.classroom_sources import draw_source
from game.ui.scenes.classroom_widgets import draw_bar, draw_chip, team_colour
from game.ui.theme import Colour
from game.ui.widgets import AnswerButton, draw_badge

ANSWER_SPLIT = 0.47  # the left column's share on the reveal: answer and bars
OPTIONS_SPLIT = 0.53  # when a choice's options do not show whole in the usual column
ORDER_SPLIT = 0.52  # an order's items need more room than one answer
STANDINGS_SHOWN = 10  # rows of standings on the projector (a class of students: the top 10)


def team_states(session: ClassroomSession, revealed: bool) -> list[str]:
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


def draw_chips(
    p: Painter, rect: pygame.Rect, session: ClassroomSession, pending: int | None
) -> None:
    if session.settings.devices:
        draw_device_count(p, rect, session)
        return
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


def option_role(p: Painter, buttons: Sequence[AnswerButton]) -> str:
    """One type size for every option of a question: the largest in which all fit whole,
    so no option looks smaller than the others (like a hint)."""
    for role in ("large", "body"):
        if all(button.fits(p, role) for button in buttons):
            return role
    return "small"


def draw_device_count(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> None:
    """With students' devices: how many answered (before the reveal) or got it right."""
    total = len(session.players)
    entries = session.entries_for(session.index)
    if session.phase in ("reveal", "standings"):
        right = sum(1 for e in entries if e.right)
        text = f"{right} of {total} student{'' if total == 1 else 's'} right"
    else:
        text = f"{len(entries)} of {total} student{'' if total == 1 else 's'} answered"
    p.line(text, rect, "large", p.palette.muted, bold=True, align="right")


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
    p: Painter, rect: pygame.Rect, session: ClassroomSession, prompt_line: str, pending: int | None
) -> None:
    """The question, its answers, what the teacher is typing, and the teams' chips."""
    t = p.theme
    q = session.question
    chips_h = t.line("body") + t.space(1.2)
    line_h = t.line("large") + t.space(0.4)
    prompt_h = min(rect.h // 3, t.line("heading") * 3)
    prompt, answers, typing, chips = rows(rect, [prompt_h, 1.0, line_h, chips_h], t.space(1))
    draw_prompt(p, prompt, prompt_text(q.item_id, q.prompt))
    shown = input_for(q.type)
    if shown.typing == "digits":
        unit = f" (in {q.unit})" if q.unit else ""
        who = "student" if session.settings.devices else "team"
        text = f"Each {who} gives a number{unit}."
        inner_w = answers.w - 2 * t.space(2)
        role = next(
            (
                r
                for r in ("heading", "large", "body")
                if p.text_height(text, r, inner_w) <= answers.h // 2
            ),
            "body",
        )
        text_h = p.text_height(text, role, inner_w, bold=True)
        box = pygame.Rect(answers.x, 0, answers.w, min(answers.h, text_h + 2 * t.space(1.5)))
        box.centery = answers.centery
        p.panel(box, p.palette.raised)
        with p.clipped(box):  # wrapped whole, never cut
            top = box.y + (box.h - text_h) // 2
            p.text(
                text,
                (box.x + t.space(2), top),
                role,
                p.palette.text,
                inner_w,
                bold=True,
                align="center",
            )
    else:
        count = len(q.choices)
        cols = 1 if shown.one_column or count not in (2, 4) else 2
        if q.rows:  # a match: its rows on the left, the lettered items beside them
            left, answers = columns(answers, [0.4, 0.6], t.space(1.5))
            _draw_rows(p, left, q.rows)
        buttons = []
        for index, cell in enumerate(grid(answers, count, cols, t.space(0.8))):
            button = AnswerButton(index, q.choices[index], lambda _i: None)
            button.place(cell)
            buttons.append(button)
        role = option_role(p, buttons)
        for button in buttons:
            button.role = role
            button.draw(p, False)
    colour = p.palette.accent if prompt_line.startswith("Team") else p.palette.muted
    p.line(prompt_line, typing, "large", colour, bold=True)
    draw_chips(p, chips, session, pending)


def draw_reveal(p: Painter, rect: pygame.Rect, session: ClassroomSession, pack: Pack) -> None:
    """The right answer, how the room answered, and the verbatim quote with its source."""
    t = p.theme
    pal = p.palette
    chips_h = t.line("body") + t.space(1.2)
    # The prompt takes the lines it needs (up to two), so the quotes get the rest.
    asked = prompt_text(session.question.item_id, session.question.prompt)
    needed = p.text_height(asked, "large", rect.w, bold=True)
    prompt_h = min(rect.h // 5, t.line("large") * 2 + t.space(0.5), needed)
    prompt, middle, chips = rows(rect, [prompt_h, 1.0, chips_h], t.space(1))
    draw_prompt(p, prompt, asked, "large")
    shown = input_for(session.question.type)
    split = ORDER_SPLIT if shown.one_column else ANSWER_SPLIT
    left, right = columns(middle, [split, 1.0 - split], t.space(2))
    if shown.badges and not options_fit(p, left, session):
        left, right = columns(middle, [OPTIONS_SPLIT, 1.0 - OPTIONS_SPLIT], t.space(2))
    gap = t.space(1.2)
    if shown.badges:  # the right option is ticked
        y = draw_options(p, left, session)
    else:
        least_bars, _ = bars_height(p, session, left.w, 0)  # the bars in their smallest type
        answer_h = min(left.h - least_bars - gap, _answer_height(p, left.w, session))
        _draw_answer(p, pygame.Rect(left.x, left.y, left.w, answer_h), session)
        top = left.y + answer_h + gap
        bars_h, role = bars_height(p, session, left.w, left.bottom - top)
        y = draw_bars(p, pygame.Rect(left.x, top, left.w, bars_h), session, role)
    if shown.typing == "digits":  # each team's number, not just right or wrong
        y = draw_numbers(p, pygame.Rect(left.x, y, left.w, left.bottom - y), session)
    item = session.item
    explanation = " ".join(explanation_text(pack, item.id, item.explanation).split())
    rest = pygame.Rect(left.x, y + gap, left.w, left.bottom - y - gap)
    if explanation and p.text_height(explanation, "body", rest.w) <= rest.h:
        p.text(explanation, rest.topleft, "body", pal.muted, rest.w)
        explanation = ""  # said on the left: the quotes get the whole panel
    draw_source(p, right, pack, session, explanation)
    draw_chips(p, chips, session, None)


def _order_lines(
    p: Painter, session: ClassroomSession, width: int, role: str
) -> list[tuple[int, int]]:
    """The right order as (choice index, wrapped height) pairs, each wrapped in ``role``."""
    order = right_answer(session.item, session.question)
    assert isinstance(order, tuple)
    room = width - _badge_size(p) - p.theme.space(0.5)
    return [
        (index, p.text_height(_order_text(session, n, index), role, room, bold=True))
        for n, index in enumerate(order)
    ]


def _order_text(session: ClassroomSession, n: int, index: int) -> str:
    """Line ``n`` of a list answer: an order's place, or a match's row, then the item."""
    q = session.question
    lead = f"{q.rows[n]} =" if q.rows else f"{n + 1}."
    return f"{lead} {' '.join(q.choices[index].split())}"


def _draw_rows(p: Painter, rect: pygame.Rect, texts: Sequence[str]) -> None:
    """A match's rows, numbered, one under the other."""
    y = rect.y
    with p.clipped(rect):
        for number, text in enumerate(texts, start=1):
            y = p.text(f"{number}. {text}", (rect.x, y), "large", p.palette.text, rect.w).bottom
            y += p.theme.space(0.8)


def _lists_answer(session: ClassroomSession) -> bool:
    """Whether the right answer is a list of the choices (an order, a match's pairs)."""
    return isinstance(right_answer(session.item, session.question), tuple)


def _badge_size(p: Painter) -> int:
    return p.theme.line("large") - 6


def _order_role(p: Painter, session: ClassroomSession, width: int, height: int) -> str:
    """The largest type in which the whole order fits ``height``."""
    for role in ("body", "small"):
        if sum(h for _, h in _order_lines(p, session, width, role)) <= height:
            return role
    return "small"


def _answer_height(p: Painter, width: int, session: ClassroomSession) -> int:
    t = p.theme
    if _lists_answer(session):
        lines = _order_lines(p, session, width, "body")
        return t.line("body") + sum(h for _, h in lines) + len(lines) * t.space(0.2)
    text = right_answer_text(session.item)
    return t.line("body") + min(
        2 * t.line("heading"), p.text_height(text, "heading", width, bold=True)
    )


def _draw_answer(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> None:
    """The right answer: an order as its items with their badges, else its words."""
    t = p.theme
    pal = p.palette
    item = session.item
    top = p.text("Answer", rect.topleft, "body", pal.muted).bottom
    body = pygame.Rect(rect.x, top, rect.w, rect.bottom - top)
    if _lists_answer(session):  # each item wrapped whole, never cut
        role = _order_role(p, session, body.w, body.h)
        badge = _badge_size(p)
        x = body.x + badge + t.space(0.5)
        y = body.y
        with p.clipped(rect):
            for n, (index, height) in enumerate(_order_lines(p, session, body.w, role)):
                draw_badge(p, pygame.Rect(body.x, y + 2, badge, badge), index)
                p.text(
                    _order_text(session, n, index),
                    (x, y),
                    role,
                    pal.good,
                    body.right - x,
                    bold=True,
                )
                y += height + t.space(0.2)
        return
    text = right_answer_text(item)
    draw_prompt(p, body, text, "heading", colour=pal.good)


def draw_standings(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> None:
    """Teams by points: rank, name, right answers, a bar and the points; centred, large."""
    t = p.theme
    pal = p.palette
    table = standings(session)[:STANDINGS_SHOWN]
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
        colour = team_colour(p, row.name, row.team)
        draw_bar(p, rest, label, format_points(row.points), row.points / best, colour, role="large")


def draw_paused(p: Painter, rect: pygame.Rect) -> None:
    """The body while paused: the question is not drawn at all, only this notice."""
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
