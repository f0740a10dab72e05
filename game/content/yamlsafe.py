"""Reading pack files safely: size cap, strict UTF-8, paths kept inside the pack, and YAML
composed into nodes that keep their line and column.

Nothing here constructs Python objects from YAML: the text is parsed into events by
libyaml (``CSafeLoader``, or the pure ``SafeLoader`` when libyaml is missing) and composed
into ``yaml.Node`` trees by a small loop of our own. Doing the composing ourselves lets us
refuse anchors and aliases (alias bombs), tags that would build objects, deep nesting and
more values than ``MAX_VALUES`` as the events arrive, and it cannot overflow the C stack the way libyaml's recursive
composer does on pathological nesting. Every failure is returned as a ``Problem``; nothing
here raises.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from game.content.problems import Problem
from game.textsafe import CONTROL_EXCEPT_LINES as _CONTROL
from game.textsafe import char_name, control_characters

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32
MAX_VALUES = 250_000  # nodes per file: bounds memory well before MAX_BYTES of `- x` lines
BOM = "\ufeff"

_CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_STR = _CORE + "str"
_PARSER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


def _problem(file: str, line: int, column: int, code: str, message: str) -> Problem:
    return Problem(file, max(line, 1), max(column, 1), code, message)


def check_relative(rel: str) -> str | None:
    """Why ``rel`` is not a safe path inside a pack, or None when it is."""
    if not rel.strip():
        return "the path is empty"
    if "\\" in rel:
        return f"write {rel!r} with forward slashes"
    if rel.startswith("/") or (len(rel) > 1 and rel[1] == ":"):
        return f"{rel!r} is absolute; give a path relative to the pack folder"
    if ".." in PurePosixPath(rel).parts:
        return f"{rel!r} climbs out with '..'; keep files inside the pack folder"
    return None


def read_bytes(
    root: Path, rel: str, *, limit: int = MAX_BYTES
) -> tuple[bytes | None, list[Problem]]:
    """The bytes of ``root/rel``, refusing paths and links that leave ``root`` and big files."""
    why = check_relative(rel)
    if why is not None:
        return None, [_problem(rel, 1, 1, "bad-path", why)]
    path = root / rel
    try:
        if not path.exists():
            return None, [_problem(rel, 1, 1, "missing-file", f"{rel} does not exist")]
        real_root = root.resolve()
        real = path.resolve()
        if real != real_root and real_root not in real.parents:
            return None, [
                _problem(rel, 1, 1, "outside-pack", f"{rel} is a link to {real}, outside the pack")
            ]
        if not path.is_file():
            return None, [_problem(rel, 1, 1, "not-a-file", f"{rel} is not a regular file")]
        size = path.stat().st_size
        if size > limit:
            return None, [
                _problem(
                    rel, 1, 1, "file-too-large", f"{rel} is {size} bytes; the limit is {limit}"
                )
            ]
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        return None, [_problem(rel, 1, 1, "unreadable", f"{rel}: {error.strerror or error}")]
    if len(data) > limit:
        return None, [_problem(rel, 1, 1, "file-too-large", f"{rel} is over {limit} bytes")]
    return data, []


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Strict UTF-8 (a leading byte-order mark is kept; callers that parse drop it)."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        bad = data[error.start : error.start + 1].hex()
        message = f"byte 0x{bad} at offset {error.start} is not UTF-8; save the file as UTF-8"
        return None, [_problem(file, line, column, "not-utf8", message)]


def read_text(root: Path, rel: str, *, limit: int = MAX_BYTES) -> tuple[str | None, list[Problem]]:
    data, problems = read_bytes(root, rel, limit=limit)
    if data is None:
        return None, problems
    return decode(data, rel)


def read_yaml(root: Path, rel: str, *, limit: int = MAX_BYTES) -> tuple[Node | None, list[Problem]]:
    """The composed YAML document of ``root/rel``, or None and the problems why not."""
    text, problems = read_text(root, rel, limit=limit)
    if text is None:
        return None, problems
    return parse_yaml(text, rel)


def parse_yaml(
    text: str, file: str, *, parser: type[Any] | None = None
) -> tuple[Node | None, list[Problem]]:
    """Compose one YAML document from ``text``; ``file`` names it in problems.

    ``parser`` is the PyYAML loader class that makes the events (libyaml's by default; the
    tests also run the pure-Python one).
    """
    if text.startswith(BOM):
        text = text[1:]
    problems: list[Problem] = []
    with paused_gc():
        try:
            root = _compose(_events(text, parser or _PARSER), file, problems)
        except yaml.YAMLError as error:
            if _is_nesting_limit(error):
                return None, [_too_deep(text, file)]
            return None, [_syntax_problem(error, text, file)]
        except RecursionError:
            return None, [_problem(file, 1, 1, "too-deep", "the YAML is nested too deeply")]
    # A control character is reported, and the file is still read: its other problems
    # (a wrong type, an unknown key) are listed in the same run.
    if any(p.code != "control-character" for p in problems):
        return None, problems
    if root is None:
        return None, [_problem(file, 1, 1, "empty-file", f"{file} holds no YAML document")]
    return root, problems


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Loading a big pack allocates hundreds of thousands of nodes and records that all stay
    alive; the collector would walk them again and again (loading 5x slower) with nothing
    to free. Nested use is fine: only the outermost pause turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _events(text: str, parser: type[Any]) -> Iterator[Any]:
    return yaml.parse(text, Loader=parser)


def _is_nesting_limit(error: yaml.YAMLError) -> bool:
    """libyaml 0.2.6 (PyYAML 6.0.4) stops at its own nesting limit while *scanning*, before
    our composer sees the events that would pass ``MAX_DEPTH`` (the scanner reads a run of
    ``[[[[`` ahead in one go); its error says so in words, not in a code."""
    return "nesting depth" in str(getattr(error, "problem", "") or "")


def _too_deep(text: str, file: str) -> Problem:
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
                return _problem(file, line, column, "too-deep", message)
        elif char in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return _problem(file, 1, 1, "too-deep", f"nesting deeper than {MAX_DEPTH} levels")


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


def _syntax_problem(error: yaml.YAMLError, text: str, file: str) -> Problem:
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
    return _problem(file, line, column, "yaml-syntax", message)


def _compose(events: Iterator[Any], file: str, problems: list[Problem]) -> Node | None:
    """Build the node tree from parser events, refusing what the format does not allow."""
    resolver = Resolver()
    stack: list[list[Any]] = []  # [collection node, pending mapping key or None]
    root: Node | None = None
    documents = 0
    values = 0
    for event in events:
        cls = event.__class__
        if cls is ScalarEvent or cls is SequenceStartEvent or cls is MappingStartEvent:
            values += 1
            if values > MAX_VALUES:
                mark = event.start_mark
                message = f"more than {MAX_VALUES} values; split the file or trim it"
                problems.append(
                    _problem(file, mark.line + 1, mark.column + 1, "file-too-large", message)
                )
                return None
        if cls is ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                plain = event.implicit[0]  # a quoted scalar is always a string
                tag = resolver.resolve(ScalarNode, event.value, event.implicit) if plain else _STR  # type: ignore[no-untyped-call]
            elif not _tag_ok(tag, event, file, problems):
                return None
            if event.anchor is not None:
                problems.append(_anchor_problem(event, file))
                return None
            if _CONTROL.search(event.value):
                problems.append(_control_problem(event, file))
            node: Node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        elif cls is SequenceStartEvent or cls is MappingStartEvent:
            if event.anchor is not None:
                problems.append(_anchor_problem(event, file))
                return None
            tag = event.tag
            if tag is not None and tag != "!" and not _tag_ok(tag, event, file, problems):
                return None
            if len(stack) >= MAX_DEPTH:
                mark = event.start_mark
                message = f"nesting deeper than {MAX_DEPTH} levels"
                problems.append(_problem(file, mark.line + 1, mark.column + 1, "too-deep", message))
                return None
            if cls is SequenceStartEvent:
                node = SequenceNode(_CORE + "seq", [], event.start_mark, None, event.flow_style)
            else:
                node = MappingNode(_CORE + "map", [], event.start_mark, None, event.flow_style)
            stack.append([node, None])
            continue
        elif cls is SequenceEndEvent or cls is MappingEndEvent:
            node = stack.pop()[0]
            node.end_mark = event.end_mark
        elif cls is AliasEvent:
            problems.append(_anchor_problem(event, file))
            return None
        elif cls is DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                message = "a second YAML document ('---'); a pack file holds one"
                problems.append(
                    _problem(file, mark.line + 1, mark.column + 1, "yaml-syntax", message)
                )
                return None
            continue
        else:
            continue
        if not stack:
            root = node
            continue
        top = stack[-1]
        parent = top[0]
        if parent.__class__ is SequenceNode:
            parent.value.append(node)
        elif top[1] is None:
            top[1] = node
        else:
            parent.value.append((top[1], node))
            top[1] = None
    return root


def _tag_ok(tag: str, event: Any, file: str, problems: list[Problem]) -> bool:
    if tag in ALLOWED_TAGS:
        return True
    mark = event.start_mark
    message = f"the tag {tag!r} is not allowed in a pack; write a plain value"
    problems.append(_problem(file, mark.line + 1, mark.column + 1, "yaml-tag", message))
    return False


def _control_problem(event: Any, file: str) -> Problem:
    mark = event.start_mark
    found = ", ".join(char_name(c) for c in control_characters(event.value, allow="\n\t"))
    message = f"the text holds a control character ({found}); remove it"
    return _problem(file, mark.line + 1, mark.column + 1, "control-character", message)


def _anchor_problem(event: Any, file: str) -> Problem:
    mark = event.start_mark
    what = "alias" if isinstance(event, AliasEvent) else "anchor"
    message = f"YAML {what} '{event.anchor}' is not allowed; write the value out in full"
    return _problem(file, mark.line + 1, mark.column + 1, "yaml-anchor", message)
