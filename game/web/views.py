"""What one student's page is sent: plain JSON built from the session, codes not sentences.

``student_view`` is the whole screen of one student at one moment: where the class is, the
question (with the same letters as the projector, and a match's left-hand ``rows``), their
own answer, and after the reveal the right answer (in words, and as the answer a page would
send, so a match's right pairs can be shown row by row) with every cited quote, its source
and "as reported on"; at the end their own results. A paused question is not shown (the
projector hides it too). The page (``game/web/static``) turns it into words and elements.
A generated "says who, and when?" question is sent as its codes: ``says_who`` true and the
quote as its prompt, and on the reveal its ``credit`` (publisher, title, date) for the
page's sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from game.content.citations import citations, distinct_quotes
from game.content.model import Pack
from game.quiz import says_who
from game.quiz.classroom import NO_TEAM, ClassroomSession, Entry
from game.quiz.engine import Question, right_answer, right_answer_text
from game.quiz.scoreboard import standings
from game.storage.results import answer_words

SHOWS_QUESTION = ("question", "locked", "reveal", "standings")


def encode_answer(answer: object) -> object:
    """An answer as JSON: an index, a list of indices, or a number."""
    return list(answer) if isinstance(answer, tuple) else answer


def question_view(question: Question) -> dict[str, Any]:
    return {
        "type": question.type,
        "prompt": question.prompt,
        "says_who": says_who.is_generated(question.item_id),
        "choices": list(question.choices),
        "letters": [question.letter(i) for i in range(len(question.choices))],
        "unit": question.unit,
        "rows": list(question.rows),
    }


def _credit(pack: Pack, item_id: str) -> dict[str, str] | None:
    """Who reported a generated item's quote, and when (None for a pack's own item)."""
    found = says_who.credit(pack, item_id) if says_who.is_generated(item_id) else None
    return found.params() if found is not None else None


def reveal_view(
    pack: Pack, session: ClassroomSession, index: int, entry: Entry | None
) -> dict[str, Any]:
    item = session.items[index]
    cited = distinct_quotes(citations(pack, item.facts))
    return {
        "right_answer": right_answer_text(item),
        "right": encode_answer(right_answer(item, session.questions[index])),
        "explanation": item.explanation,
        "credit": _credit(pack, item.id),
        "citations": [
            {
                "quote": c.quote,
                "source": c.source_title,
                "publisher": c.publisher,
                "as_reported": c.as_reported,
            }
            for c in cited
        ],
        "you_right": None if entry is None else entry.right,
        "you_points": 0 if entry is None else entry.points,
    }


def _shown(session: ClassroomSession) -> ClassroomSession:
    """The session as scores may show it: answers to questions not yet revealed do not
    count yet (a score that jumps would tell a student they were right)."""
    if session.finished:
        return session
    kept = tuple(e for e in session.entries if e.question in session.revealed)
    return replace(session, entries=kept)


def _rank(points: dict[int, float], who: int) -> int:
    """1 + how many have more points than ``who`` (ties share a rank)."""
    mine = points.get(who, 0.0)
    return 1 + sum(1 for value in points.values() if value > mine)


def _you(session: ClassroomSession, player: int) -> dict[str, Any]:
    """The student's own score and place (one pass over the answers: a room of 300 asks
    this after every answer)."""
    session = _shown(session)
    me = session.players[player]
    points = {p.id: 0.0 for p in session.players}
    right = 0
    for entry in session.entries:
        if entry.player is not None:
            points[entry.player] = points.get(entry.player, 0.0) + entry.points
            right += entry.player == player and entry.right
    view: dict[str, Any] = {
        "name": me.name,
        "team": "" if me.team == NO_TEAM else session.settings.teams[me.team],
        "points": round(points[player], 2),
        "right": right,
        "asked": len(session.asked()),
        "rank": _rank({k: round(v, 2) for k, v in points.items()}, player),
        "players": len(session.players),
    }
    if me.team != NO_TEAM:
        team_row = next(row for row in standings(session) if row.team == me.team)
        view["team_rank"] = team_row.rank
        view["teams"] = len(session.settings.teams)
    return view


def _results(session: ClassroomSession, player: int) -> list[dict[str, Any]]:
    rows = []
    for index in session.asked():
        entry = session.player_entry(index, player)
        question = session.questions[index]
        rows.append(
            {
                "number": index + 1,
                "prompt": question.prompt,
                "says_who": says_who.is_generated(question.item_id),
                "yours": "" if entry is None else answer_words(question, entry),
                "right_answer": right_answer_text(session.items[index]),
                "right": entry is not None and entry.right,
                "answered": entry is not None,
            }
        )
    return rows


def student_view(
    pack: Pack, session: ClassroomSession, player: int, time_left: float | None
) -> dict[str, Any]:
    """Everything student ``player``'s page shows now."""
    view: dict[str, Any] = {
        "type": "state",
        "phase": session.phase,
        "paused": session.paused,
        "number": session.index + 1,
        "total": len(session.questions),
        "you": _you(session, player),
    }
    if session.phase in SHOWS_QUESTION:
        entry = session.player_entry(session.index, player)
        view["answer"] = None if entry is None else encode_answer(entry.answer)
    if session.phase in SHOWS_QUESTION and not session.paused:
        view["question"] = question_view(session.question)
        view["time_left"] = None if time_left is None else round(time_left, 2)
        if session.phase in ("reveal", "standings"):
            view["reveal"] = reveal_view(pack, session, session.index, entry)
    if session.finished:
        view["results"] = _results(session, player)
    return view
