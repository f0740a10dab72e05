"""Write a classroom gradebook (``game.quiz.gradebook``) as an ``.xlsx`` spreadsheet and a
CSV, side by side, each written whole to a temporary file and then moved into place.

The spreadsheet's totals are formulas over the question cells, so a teacher who corrects
a cell by hand gets totals that follow; the CSV holds the same numbers as values, with a
byte-order mark so spreadsheet programs read accented team names right.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from game.quiz.gradebook import Gradebook
from game.quiz.scoreboard import format_points
from game.storage.files import write_atomic

TOTALS = ("Points", "Right", "Percent")
ANSWERERS = {"team": "Team", "student": "Student"}  # the first column's heading


def gradebook_paths(results: Path) -> tuple[Path, Path]:
    """Where the gradebook of the session logged in ``results`` goes (.xlsx, .csv)."""
    stem = results.with_suffix("").name + "-gradebook"
    return results.with_name(stem + ".xlsx"), results.with_name(stem + ".csv")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(name: str) -> str:
    """A name as a spreadsheet shows it and never runs it: one that starts like a formula
    (a student's nickname "=HYPERLINK(...)") gets a leading apostrophe in the CSV."""
    return "'" + name if name.startswith(FORMULA_STARTS) else name


def csv_text(book: Gradebook) -> str:
    """The gradebook as CSV text: a header row, then one row per team."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [ANSWERERS[book.answerer], *(as_text(c.heading) for c in book.columns), *TOTALS]
    )
    for row in book.rows:
        cells = ["" if c is None else format_points(c) for c in row.cells]
        writer.writerow(
            [as_text(row.name), *cells, format_points(row.points), row.right, f"{row.percent:g}"]
        )
    return buffer.getvalue()


def xlsx_bytes(book: Gradebook) -> bytes:
    """The gradebook as an .xlsx workbook: the grid with formula totals, and a sheet with
    each question's right answer."""
    from openpyxl import Workbook  # imported late: only writing a gradebook needs it
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Gradebook"
    count = len(book.columns)
    sheet.append([ANSWERERS[book.answerer], *(c.heading for c in book.columns), *TOTALS])
    for row in book.rows:
        sheet.append([row.name, *row.cells])
        line = sheet.max_row
        sheet.cell(line, 1).data_type = "s"  # a name is text, never a formula
        first, last = get_column_letter(2), get_column_letter(count + 1)
        cells = f"{first}{line}:{last}{line}" if count else ""
        points, right, percent = (sheet.cell(line, count + n) for n in (2, 3, 4))
        points.value = f"=SUM({cells})" if count else 0
        right.value = f'=COUNTIF({cells},">0")' if count else 0
        right_ref = f"{get_column_letter(count + 3)}{line}"
        percent.value = f"={right_ref}/{count}" if count else 0
        percent.number_format = "0%"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 22
    for n in range(2, count + 5):
        sheet.column_dimensions[get_column_letter(n)].width = 18 if n <= count + 1 else 10
    sheet.freeze_panes = "B2"
    key = workbook.create_sheet("Answers")
    key.append(["Question", "Item", "Prompt", "Right answer"])
    for column in book.columns:
        key.append([column.number, column.item_id, column.prompt, column.right_answer])
        for cell in key[key.max_row]:  # a prompt or an answer is text, never a formula
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for cell in key[1]:
        cell.font = Font(bold=True)
    key.column_dimensions["C"].width = 60
    key.column_dimensions["D"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_gradebook(book: Gradebook, results: Path) -> tuple[Path, Path]:
    """Write the .xlsx and the CSV beside the results file ``results``; their paths."""
    xlsx, csv_path = gradebook_paths(results)
    write_atomic(xlsx, xlsx_bytes(book))
    write_atomic(csv_path, "\ufeff" + csv_text(book))
    return xlsx, csv_path
