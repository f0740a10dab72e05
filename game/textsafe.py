"""Text from packs and users made safe for the places it ends up: terminals and spreadsheets.

``escaped`` shows control characters (terminal escape codes, line breaks, bidi overrides)
as visible ``\\x1b``-style escapes, so a message stays one line and cannot drive the
terminal. ``spreadsheet_cell`` neutralises a CSV cell a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``, tab or carriage return first) with a leading apostrophe, which
spreadsheets hide; ``from_spreadsheet_cell`` takes it off again. Plain numbers are left
alone, so ``-3`` stays a number.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls, DEL, line and paragraph separators, and the bidi controls that can
# make a line read differently from what it holds.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# The same, less the line break and tab that pack text may hold (a YAML block, a poem).
CONTROL_EXCEPT_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
NEUTRALISER = "'"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def control_characters(text: str, *, allow: str = "") -> list[str]:
    """The control characters in ``text`` (each once, in order), minus those in ``allow``."""
    found = [c for c in dict.fromkeys(_CONTROL.findall(text)) if c not in allow]
    return found


def escaped(text: str) -> str:
    """``text`` with every control character written out as an escape (one line, inert)."""
    return _CONTROL.sub(_escape, text)


def for_terminal(text: str) -> str:
    """``text`` to print as lines: control characters escaped, line breaks and tabs kept."""
    return CONTROL_EXCEPT_LINES.sub(_escape, text)


def char_name(char: str) -> str:
    """``U+001B`` and its Unicode name when it has one, for messages."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def spreadsheet_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula (numbers stay numbers)."""
    if text.startswith(NEUTRALISER) or (
        text.startswith(_FORMULA_FIRST) and not _NUMBER.fullmatch(text)
    ):
        return NEUTRALISER + text
    return text


def from_spreadsheet_cell(text: str) -> str:
    """The text ``spreadsheet_cell`` was given."""
    if text.startswith(NEUTRALISER) and spreadsheet_cell(text[1:]) == text:
        return text[1:]
    return text
