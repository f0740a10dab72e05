"""A pack's quiz for teachers' tools: GIFT (Moodle), CSV (a spreadsheet), an HTML worksheet.

``export(pack, fmt)`` returns the text of one format; ``FORMATS`` lists them. Every format
carries, for each question, the right answer and the verbatim quote and source behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from game.content.model import Pack
from game.quiz.export.gift import to_gift
from game.quiz.export.table import to_csv
from game.quiz.export.worksheet import to_html

FORMATS: dict[str, Callable[[Pack], str]] = {
    "gift": to_gift,
    "csv": to_csv,
    "html": to_html,
}


def export(pack: Pack, fmt: str) -> str:
    """The pack's quiz as ``fmt`` (one of ``FORMATS``)."""
    return FORMATS[fmt](pack)


__all__ = ["FORMATS", "export", "to_csv", "to_gift", "to_html"]
