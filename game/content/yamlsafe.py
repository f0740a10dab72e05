"""Reading pack files safely: size cap, strict UTF-8, paths kept inside the pack, and YAML
composed into nodes that keep their line and column.

Nothing here constructs Python objects from YAML: the text is parsed into events by
libyaml (``CSafeLoader``, or the pure ``SafeLoader`` when libyaml is missing) and composed
into ``yaml.Node`` trees by a small loop of our own. Doing the composing ourselves lets us
refuse anchors and aliases (alias bombs), tags that would build objects, deep nesting and
more values than ``MAX_VALUES`` as the events arrive, and it cannot overflow the C stack
the way libyaml's recursive composer does on pathological nesting. Every failure is
returned as a ``Problem`` (syntax errors worded by ``game.content.yamlerrors``); nothing
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
from game.content.yamlerrors import (
    MAX_DEPTH,
    SYNTAX_HINTS,
    is_nesting_limit,
    problem_at,
    syntax_hint,
    syntax_problem,
    too_deep,
)
from game.textsafe import CONTROL_EXCEPT_LINES as _CONTROL
from game.textsafe import char_name, control_characters

__all__ = [
    "ALLOWED_TAGS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_VALUES",
    "SYNTAX_HINTS",
    "check_relative",
    "decode",
    "parse_yaml",
    "paused_gc",
    "read_bytes",
    "read_text",
    "read_yaml",
    "syntax_hint",
]

MAX_BYTES = 8 * 1024 * 1024
MAX_VALUES = 250_000  # nodes per file: bounds memory well before MAX_BYTES of `- x` lines
BOM = "\ufeff"

_CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_STR = _CORE + "str"
_PARSER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


_problem = problem_at


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
            if is_nesting_limit(error):
                return None, [too_deep(text, file)]
            return None, [syntax_problem(error, text, file)]
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
