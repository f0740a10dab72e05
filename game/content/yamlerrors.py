"""PyYAML's errors in plain words, at the line and column an author should look at.

libyaml reports a syntax error in its own terms ("mapping values are not allowed here");
``syntax_problem`` turns it into a ``yaml-syntax`` problem with a hint of the usual
mistake behind it, pointed where the mistake begins. ``too_deep`` finds the bracket that
passes the nesting limit when libyaml stops at its own limit before our composer does.
"""

from __future__ import annotations

import yaml

from game.content.problems import Problem

MAX_DEPTH = 32


def problem_at(file: str, line: int, column: int, code: str, message: str) -> Problem:
    """A problem at ``line``/``column`` (1 at least: a parser may report 0)."""
    return Problem(file, max(line, 1), max(column, 1), code, message)


def is_nesting_limit(error: yaml.YAMLError) -> bool:
    """libyaml 0.2.6 (PyYAML 6.0.4) stops at its own nesting limit while *scanning*, before
    our composer sees the events that would pass ``MAX_DEPTH`` (the scanner reads a run of
    ``[[[[`` ahead in one go); its error says so in words, not in a code."""
    return "nesting depth" in str(getattr(error, "problem", "") or "")


def too_deep(text: str, file: str) -> Problem:
    """``too-deep`` at the bracket that opens level ``MAX_DEPTH + 1`` of flow nesting.

    Only flow brackets are counted (quoted text and comments skipped): libyaml's limit is
    met in flow style, since block nesting deeper than ``MAX_DEPTH`` is refused by the
    composer as the events arrive, long before libyaml's own limit.
    """
    depth = 0
    line, column = 1, 0
    quote = ""
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        column += 1
        if char == "\n":
            line, column = line + 1, 0
        elif quote:
            if char == "\\" and quote == '"':
                i += 1
                column += 1
            elif char == quote:
                if quote == "'" and text.startswith("''", i):
                    i += 1
                    column += 1
                else:
                    quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#" and (i == 0 or text[i - 1] in " \t\n"):
            end = text.find("\n", i)
            if end == -1:
                break
            column += end - i - 1
            i = end
            continue
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                message = f"nesting deeper than {MAX_DEPTH} levels"
                return problem_at(file, line, column, "too-deep", message)
        elif char in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return problem_at(file, 1, 1, "too-deep", f"nesting deeper than {MAX_DEPTH} levels")


# Plain-words hints for PyYAML's syntax errors: (words of its message, the hint, whether
# the mistake is at the line where the construct began rather than where parsing failed).
SYNTAX_HINTS: tuple[tuple[str, str, bool], ...] = (
    (
        "mapping values are not allowed",
        "a colon followed by a space inside a value: put the text in quotes (or, if it "
        "starts a new key, line it up with the keys above)",
        False,
    ),
    ("tab character", "a tab: indent with spaces only", False),
    (
        "could not find expected ':'",
        "a line with no `key:`: text that goes on to a new line must be indented under its "
        "key (or written after `>-`), and a key needs a colon",
        True,
    ),
    (
        "expected '-' indicator",
        "this line is indented differently from the list entries above: line it up",
        False,
    ),
    (
        "did not find expected key",
        "this line is indented differently from the keys above it: line it up with them",
        False,
    ),
    (
        "end of stream",
        "a quote opened on this line is never closed: close it",
        True,
    ),
    (
        "unknown escape character",
        "a backslash inside double quotes: write it twice, or use single quotes",
        False,
    ),
    (
        "alphabetic or numeric character",
        "a value starting with `*` or `&` reads as a YAML alias or anchor: put it in quotes",
        False,
    ),
    (
        "cannot start any token",
        "a value cannot start with `@` or a backquote: put the text in quotes",
        False,
    ),
)


def syntax_hint(problem: str) -> tuple[str, bool] | None:
    """(plain-words hint, whether to point at the construct's start) for a PyYAML error."""
    for words, hint, at_start in SYNTAX_HINTS:
        if words in problem:
            return hint, at_start
    return None


def syntax_problem(error: yaml.YAMLError, text: str, file: str) -> Problem:
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    hint = syntax_hint(str(problem))
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if hint is not None and hint[1] and getattr(error, "context_mark", None) is not None:
        mark = error.context_mark  # type: ignore[attr-defined]
    if mark is not None:
        line, column = mark.line + 1, mark.column + 1
    else:
        position = getattr(error, "position", 0) or 0
        before = text[:position]
        line = before.count("\n") + 1
        column = position - (before.rfind("\n") + 1) + 1
    context = getattr(error, "context", None)
    message = f"{context}: {problem}" if context else str(problem)
    if hint is not None:
        message = f"{hint[0]} (YAML says: {message})"
    return problem_at(file, line, column, "yaml-syntax", message)
