"""How the room answered, on the projector's reveal: each option as a box with its whole
text (wrapped, one type size for every option, never cut to "Build a cre…"), its count
and a bar, the right one ticked; right / wrong bars for an order or a number, and on a
number question each team's number beside its tick or cross."""

from __future__ import annotations

import pygame

from game.quiz.classroom import ClassroomSession
from game.quiz.engine import number_text
from game.quiz.scoreboard import Bar, distribution
from game.ui.answer_inputs import input_for
from game.ui.paint import Painter
from game.ui.scenes.classroom_widgets import bar_label_width, draw_bar
from game.ui.theme import mix
from game.ui.widgets import draw_badge

LABEL_SHARE = 0.6  # a wrapped label takes this share of the row beside the bar and count
ROLES = ("large", "body", "small")


def _rows(
    p: Painter, session: ClassroomSession, bars: tuple[Bar, ...], width: int, role: str
) -> list[int]:
    """Each bar's row height in ``role``: its label wrapped whole, at least one line."""
    badges = input_for(session.question.type).badges
    label_w = bar_label_width(p, width, role, 2 if badges else 1, label_share=LABEL_SHARE)
    gap = p.theme.space(0.4)
    one = p.theme.line(role) + p.theme.space(0.6)
    return [
        max(one, p.text_height(_label(session, i, bar), role, label_w, bold=True)) + gap
        for i, bar in enumerate(bars)
    ]


BAR_WORDS = {
    "marked-right": "Marked right",
    "marked-wrong": "Marked wrong",
    "right": "Right",
    "wrong": "Wrong",
    "no-answer": "No answer",
}


def _label(session: ClassroomSession, index: int, bar: Bar) -> str:
    """A bar's words: the option's text, or what the bar counts."""
    q = session.question
    if bar.code == "option":
        return " ".join(q.choices[bar.option].split())
    return BAR_WORDS[bar.code]


def bars_height(p: Painter, session: ClassroomSession, width: int, room: int) -> tuple[int, str]:
    """The height the bars take and the largest role in which all of them fit ``room``."""
    bars = distribution(session)
    for role in ROLES:
        total = sum(_rows(p, session, bars, width, role))
        if total <= room:
            return total, role
    return sum(_rows(p, session, bars, width, "small")), "small"


def draw_bars(p: Painter, rect: pygame.Rect, session: ClassroomSession, role: str) -> int:
    """The answer distribution in ``role``; returns the bottom of the last row."""
    pal = p.palette
    q = session.question
    badges = input_for(q.type).badges
    bars = distribution(session)
    teams = max(1, session.answerers())
    gap = p.theme.space(0.4)
    y = rect.y
    for i, (bar, height) in enumerate(
        zip(bars, _rows(p, session, bars, rect.w, role), strict=True)
    ):
        badge = i if badges and i < len(q.choices) else None
        colour = (
            pal.good if bar.right else (pal.answers[badge % 4] if badge is not None else pal.bad)
        )
        if bar.code == "no-answer":
            colour = pal.muted
        draw_bar(
            p,
            pygame.Rect(rect.x, y, rect.w, height - gap),
            _label(session, i, bar),
            str(bar.count),
            bar.count / teams,
            colour,
            mark="right" if bar.right and bar.code != "no-answer" else "",
            badge=badge,
            badge_column=badges,
            role=role,
            wrap=True,
            label_share=LABEL_SHARE,
        )
        y += height
    return y


def number_lines(session: ClassroomSession) -> list[tuple[str, bool | None]]:
    """Each team's (or student's) answer to a number question: "Gold: 37", and whether it
    was right (None: no answer)."""
    lines: list[tuple[str, bool | None]] = []
    if session.settings.devices:  # each student's number
        answerers = [(p.name, session.player_entry(session.index, p.id)) for p in session.players]
    else:
        answerers = [
            (name, session.entry(session.index, team))
            for team, name in enumerate(session.settings.teams)
        ]
    for name, entry in answerers:
        if entry is None:
            lines.append((f"{name}: no answer", None))
        elif entry.answer is None:
            lines.append((f"{name}: marked {'right' if entry.right else 'wrong'}", entry.right))
        else:
            value = number_text(float(entry.answer))  # type: ignore[arg-type]
            lines.append((f"{name}: {value}", entry.right))  # the unit is in the answer
    return lines


def draw_numbers(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> int:
    """Each team's number with a tick or cross, in one or two columns, as large as fits;
    returns the bottom, or ``rect.y`` if they do not fit at all."""
    pal = p.palette
    lines = number_lines(session)
    for role in ("body", "small"):
        line_h = p.theme.line(role) + p.theme.space(0.2)
        cols = 1 if len(lines) * line_h <= rect.h else 2
        per_col = -(-len(lines) // cols)
        if per_col * line_h <= rect.h:
            break
    else:
        return rect.y
    col_w = rect.w // cols
    for n, (text, right) in enumerate(lines):
        x = rect.x + (n // per_col) * col_w
        y = rect.y + (n % per_col) * line_h
        sign = pygame.Rect(x, y, line_h, line_h).inflate(-line_h // 4, -line_h // 4)
        if right is True:
            p.tick(sign, pal.good)
        elif right is False:
            p.cross(sign, pal.bad)
        cell = pygame.Rect(
            x + line_h + p.theme.space(0.4), y, col_w - line_h - p.theme.space(0.8), line_h
        )
        p.line(text, cell, role, pal.text if right is not None else pal.muted, bold=True)
    return rect.y + per_col * line_h


def _count_width(p: Painter) -> int:
    """Room for an option's count: three digits (a room of students' devices counts up to
    200), one letter's width when that is wider."""
    return max(p.theme.px("large"), p.render("888", "large", bold=True).get_width())


def _option_text_width(p: Painter, cell: pygame.Rect) -> int:
    """The text's width in an option's box: room for the badge, a tick and the count."""
    pad = p.theme.space(0.6)
    badge = p.theme.line("large")
    return cell.w - 5 * pad - 2 * badge - _count_width(p)


def option_cells(
    p: Painter, rect: pygame.Rect, session: ClassroomSession
) -> tuple[list[pygame.Rect], str, int, bool]:
    """Where each option's box goes, the one role they share, the height of the line under
    them (teams that did not answer or were marked), and whether every option fits whole."""
    q = session.question
    gap = p.theme.space(0.6)
    extra = p.theme.line("body") if _others(session) else 0
    count = len(q.choices)
    box_h = (rect.h - extra - (count - 1) * gap) // max(1, count)
    for role in ROLES:
        heights = [
            p.text_height(c, role, _option_text_width(p, rect), bold=True) for c in q.choices
        ]
        if max(heights) + p.theme.space(1.2) <= box_h:
            break
    fits = max(heights) + p.theme.space(1.2) <= box_h
    natural = max(heights) + p.theme.space(1.6)
    box_h = max(p.theme.line("large") + p.theme.space(1), min(box_h, natural))
    cells = [pygame.Rect(rect.x, rect.y + n * (box_h + gap), rect.w, box_h) for n in range(count)]
    return cells, role, extra, fits


def options_fit(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> bool:
    """Whether every option shows whole in ``rect``."""
    return option_cells(p, rect, session)[3]


def _others(session: ClassroomSession) -> str:
    """The line under the options: teams with no answer, and marks by show of hands."""
    q = session.question
    parts = []
    for bar in distribution(session)[len(q.choices) :]:
        if bar.count:
            parts.append(f"{BAR_WORDS[bar.code]}: {bar.count}")
    return "   ·   ".join(parts)


def draw_options(p: Painter, rect: pygame.Rect, session: ClassroomSession) -> int:
    """Each option of a choice or true/false question as a box: badge, whole text, filled
    from the left by the share of teams that chose it, and their count; the right one
    ticked and edged in the colour of right answers. Returns the bottom."""
    pal = p.palette
    t = p.theme
    q = session.question
    bars = distribution(session)
    teams = max(1, session.answerers())
    cells, role, extra, _ = option_cells(p, rect, session)
    pad = t.space(0.6)
    badge_size = t.line("large")
    for index, cell in enumerate(cells):
        bar = bars[index]
        colour = pal.answers[index % len(pal.answers)]
        edge = pal.good if bar.right else colour
        p.panel(cell, pal.raised, edge, width=t.edge * (3 if bar.right else 1))
        inner = cell.inflate(-4 * t.edge, -4 * t.edge)
        if bar.count:
            filled = pygame.Rect(inner.x, inner.y, round(inner.w * bar.count / teams), inner.h)
            tint = mix(pal.raised, pal.good if bar.right else colour, 0.4)
            pygame.draw.rect(p.surface, tint, filled, 0, t.radius)
        badge = pygame.Rect(cell.x + pad, 0, badge_size, badge_size)
        badge.centery = cell.centery
        draw_badge(p, badge, index)
        count_w = _count_width(p)
        count = pygame.Rect(cell.right - pad - count_w, cell.y, count_w, cell.h)
        p.line(str(bar.count), count, "large", pal.text, bold=True, align="right")
        if bar.right:
            sign = pygame.Rect(count.x - pad - badge_size, 0, badge_size, badge_size)
            sign.centery = cell.centery
            p.tick(sign, pal.good)
        width = _option_text_width(p, cell)
        height = p.text_height(q.choices[index], role, width, bold=True)
        with p.clipped(cell):
            top = cell.centery - height // 2
            p.text(q.choices[index], (badge.right + pad, top), role, pal.text, width, bold=True)
    bottom = cells[-1].bottom if cells else rect.y
    if extra:
        line = pygame.Rect(rect.x, bottom + t.space(0.3), rect.w, extra)
        p.line(_others(session), line, "body", pal.muted, bold=True)
        bottom = line.bottom
    return bottom
