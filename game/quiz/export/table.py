"""CSV: one row per quiz item, for a spreadsheet or a quiz tool's import template.

Columns: id, type, difficulty, tags, prompt, option_1 … option_N (the options of a choice,
True and False, an order's items in the right order, or a match's pairs as "left = right"),
answer (in words, as the game shows it), tolerance and unit (numbers), explanation, facts
(ids), quotes and sources (one line per cited fact, in the order of ``facts``). Cells that hold several values put one
per line; the text of every cell is otherwise on one line. A cell a spreadsheet would run
as a formula (``=``, ``+``, ``-``, ``@`` first) starts with an apostrophe instead.
"""

from __future__ import annotations

import csv
import io

from game.content.model import Pack, QuizItem
from game.quiz.export.common import item_citations, one_line, source_line
from game.quiz.kinds import kind_of
from game.textsafe import spreadsheet_cell

MIN_OPTION_COLUMNS = 5  # enough for every item type of format 1


def option_texts(item: QuizItem) -> tuple[str, ...]:
    return kind_of(item.type).table(item).options


def columns(pack: Pack) -> list[str]:
    widest = max([MIN_OPTION_COLUMNS, *(len(option_texts(i)) for i in pack.quiz)])
    options = [f"option_{n}" for n in range(1, widest + 1)]
    return [
        "id",
        "type",
        "difficulty",
        "tags",
        "prompt",
        *options,
        "answer",
        "tolerance",
        "unit",
        "explanation",
        "facts",
        "quotes",
        "sources",
    ]


def row(pack: Pack, item: QuizItem) -> dict[str, str]:
    cited = item_citations(pack, item)
    cells = kind_of(item.type).table(item)
    values = {
        "id": item.id,
        "type": item.type,
        "difficulty": str(item.difficulty),
        "tags": " ".join(item.tags),
        "prompt": one_line(item.prompt),
        "answer": one_line(cells.answer),
        "tolerance": cells.tolerance,
        "unit": item.unit,
        "explanation": one_line(item.explanation),
        "facts": " ".join(item.facts),
        "quotes": "\n".join(one_line(c.quote) for c in cited),
        "sources": "\n".join(source_line(c) for c in cited),
    }
    for n, text in enumerate(cells.options, start=1):
        values[f"option_{n}"] = one_line(text)
    return values


BOM = "\ufeff"  # tells Excel the file is UTF-8; Python reads it away with "utf-8-sig"


def to_csv(pack: Pack) -> str:
    """The whole quiz of ``pack`` as CSV text (RFC 4180 quoting, ``\\r\\n`` line ends)."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.DictWriter(buffer, fieldnames=columns(pack), restval="")
    writer.writeheader()
    for item in pack.quiz:
        # A cell starting with =, +, - or @ would run as a formula: it is neutralised.
        writer.writerow({name: spreadsheet_cell(text) for name, text in row(pack, item).items()})
    return buffer.getvalue()
