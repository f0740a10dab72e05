"""Reading YAML nodes as model records, one reader per field ``kind`` of the metadata.

``RecordReader.record(cls, node)`` reads a mapping node as the dataclass ``cls``: each key is
read by its field's kind (``KIND_READERS``), unknown, repeated, missing and mistyped keys
become problems, and a field that cannot be read gets a neutral stand-in so one pass finds
every problem. Where each field was written is kept in ``places`` for later messages.
"""

from __future__ import annotations

import calendar
import dataclasses
import difflib
import math
import re
from collections.abc import Callable
from typing import Any

from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.model import FORMAT_VERSION, NESTED_RECORDS, PackDate, Where
from game.content.problems import FileCap, Problem

_TAG = "tag:yaml.org,2002:"
NULL, INT, FLOAT, BOOL, STR, TIMESTAMP = (
    _TAG + name for name in ("null", "int", "float", "bool", "str", "timestamp")
)
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")
COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}\Z")
# Blank values of these fields are a style matter that --strict warns about.
BLANK_ALLOWED = frozenset({"QuizItem.explanation"})
# Stand-ins that differ from their kind's: an unreadable format is not also "format 0".
STAND_INS: dict[str, Any] = {"PackInfo.format": FORMAT_VERSION}
_TEXT_KINDS = frozenset({"str", "text", "id", "ref", "enum", "colour"})


class _Bad(ValueError):
    """A value that cannot be read as its field's kind (caught within this module)."""

    def __init__(self, code: str, message: str, node: Node | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.node = node


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing"
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return repr(text)


class RecordReader:
    """Reads the records of one pack, collecting problems and field places as it goes."""

    def __init__(self) -> None:
        self.problems = FileCap()  # at most MAX_PER_FILE kept per file
        self.places: dict[tuple[Where, str], Where] = {}
        self.file = ""
        self._fields: dict[type, tuple[dataclasses.Field[Any], ...]] = {}
        self._numbers = SafeConstructor()

    # --- places and problems -------------------------------------------------------

    def where(self, node: Node) -> Where:
        mark = node.start_mark
        return Where(self.file, mark.line + 1, mark.column + 1)

    def report(self, node: Node, code: str, message: str) -> None:
        mark = node.start_mark
        self.problems.add(Problem(self.file, mark.line + 1, mark.column + 1, code, message))

    def fields(self, cls: type) -> tuple[dataclasses.Field[Any], ...]:
        found = self._fields.get(cls)
        if found is None:
            found = tuple(f for f in dataclasses.fields(cls) if f.metadata.get("kind") != "where")
            self._fields[cls] = found
        return found

    # --- records -------------------------------------------------------------------

    def record(self, cls: type, node: Node, owner: Where | None, prefix: str) -> Any:
        """Read ``node`` as a ``cls``; ``owner``/``prefix`` place nested fields in their record."""
        has_where = "where" in cls.__dataclass_fields__  # type: ignore[attr-defined]
        here = self.where(node)
        if has_where or owner is None:
            owner, prefix = here, ""
        fields = self.fields(cls)
        values: dict[str, Any] = {}
        if not isinstance(node, MappingNode):
            self.report(node, "wrong-type", f"expected a mapping of keys, got {_describe(node)}")
            node = MappingNode(_TAG + "map", [], node.start_mark, node.end_mark)
        given = self.keys(node, cls, fields)
        for f in fields:
            key_node, value_node = given.get(f.name, (None, None))
            name = prefix + f.name
            if key_node is None or value_node is None or value_node.tag == NULL:
                if f.metadata["required"]:
                    if key_node is None or value_node is None:
                        key_message = f"`{f.name}` is missing: {f.metadata['doc']}"
                        self.report(node, "missing-key", key_message)
                    else:
                        self.report(value_node, "empty-value", f"`{f.name}` has no value")
                    values[f.name] = _stand_in(f, self, cls)
                else:
                    values[f.name] = _default(f)
                continue
            self.places[(owner, name)] = self.where(key_node)
            try:
                value = KIND_READERS[f.metadata["kind"]](self, f, value_node, owner, name)
            except _Bad as bad:
                self.report(bad.node or key_node, bad.code, f"`{f.name}`: {bad.message}")
                value = _stand_in(f, self, cls) if f.metadata["required"] else _default(f)
            else:
                if (
                    f.metadata["required"]
                    and f.metadata["kind"] in _TEXT_KINDS
                    and not value.strip()
                    and f"{cls.__name__}.{f.name}" not in BLANK_ALLOWED
                ):
                    self.report(value_node, "empty-value", f"`{f.name}` is blank")
            values[f.name] = value
        if has_where:
            values["where"] = here
        return cls(**values)

    def keys(
        self, node: MappingNode, cls: type, fields: tuple[Any, ...]
    ) -> dict[str, tuple[Node, Node]]:
        """The (key, value) nodes of the known keys; reports odd, repeated and unknown keys."""
        names = [f.name for f in fields]
        given: dict[str, tuple[Node, Node]] = {}
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.report(key_node, "bad-key", "a key must be a plain word")
                continue
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.report(key_node, "duplicate-key", f"`{key}` already appears on line {first}")
                continue
            seen[key] = key_node
            if key in names:
                given[key] = (key_node, value_node)
            else:
                self.report(key_node, "unknown-key", _unknown_key_message(key, names, cls))
        return given

    def collection(self, cls: type, node: Node) -> tuple[Any, ...]:
        if not isinstance(node, SequenceNode):
            self.report(
                node,
                "wrong-type",
                f"expected a list of entries (`- id: ...`), got {_describe(node)}",
            )
            return ()
        return tuple(self.record(cls, item, None, "") for item in node.value)

    # --- scalars -------------------------------------------------------------------

    def text(self, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            raise _Bad("wrong-type", f"expected text, got {_describe(node)}")
        return str(node.value)

    def integer(self, node: Node, what: str = "a whole number") -> int:
        if not isinstance(node, ScalarNode) or node.tag != INT:
            raise _Bad("wrong-type", f"expected {what}, got {_describe(node)}")
        try:
            return int(self._numbers.construct_yaml_int(node))
        except (ValueError, ConstructorError):
            raise _Bad("wrong-type", f"expected {what}, got {_describe(node)}") from None

    def number(self, node: Node) -> float:
        if isinstance(node, ScalarNode) and node.tag == FLOAT:
            try:
                value = float(self._numbers.construct_yaml_float(node))
            except (ValueError, ConstructorError):
                value = math.nan
            if not math.isfinite(value):
                raise _Bad("wrong-type", f"expected a finite number, got {_describe(node)}")
            return value
        return float(self.integer(node, "a number"))


def _unknown_key_message(key: str, names: list[str], cls: type) -> str:
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return f"unknown key `{key}`: did you mean `{close[0]}`?"
    return f"unknown key `{key}` in {cls.__name__}; known keys: {', '.join(names)}"


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def _stand_in(f: dataclasses.Field[Any], reader: RecordReader, owner: type | None = None) -> Any:
    """A neutral value for a required field (of the record class ``owner``) not read."""
    if owner is not None and f"{owner.__name__}.{f.name}" in STAND_INS:
        return STAND_INS[f"{owner.__name__}.{f.name}"]
    kind = f.metadata["kind"]
    if kind in ("int", "year"):
        return 0
    if kind == "float":
        return 0.0
    if kind == "bool":
        return False
    if kind in ("refs", "strs", "records"):
        return ()
    if kind == "intmap":
        return {}
    if kind == "date":
        return None
    if kind == "record":
        cls = NESTED_RECORDS[f.metadata["record"]]
        values = {
            g.name: _stand_in(g, reader, cls) if g.metadata["required"] else _default(g)
            for g in reader.fields(cls)
        }
        return cls(**values)
    return ""


# --- one reader per field kind ---------------------------------------------------------

Read = Callable[[RecordReader, "dataclasses.Field[Any]", Node, Where, str], Any]


def _read_str(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> str:
    text = r.text(node)
    if "\n" in text.strip():
        raise _Bad("wrong-type", "expected one line of text; use a `text` field or join the lines")
    return text


def _read_text(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> str:
    return r.text(node)


def _read_id(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> str:
    text = r.text(node)
    if text and not ID_RE.match(text):
        suggestion = re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")
        raise _Bad("bad-id", f"{text!r} is not a lower-case slug (try {suggestion!r})")
    return text


def _read_ref(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> str:
    return r.text(node).strip()


def _read_int(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> int:
    return r.integer(node)


def _read_year(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> int:
    return r.integer(node, "a year like 1970 (no quotes)")


def _read_float(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> float:
    return r.number(node)


def _read_bool(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> bool:
    if not isinstance(node, ScalarNode) or node.tag != BOOL:
        raise _Bad("wrong-type", f"expected true or false, got {_describe(node)}")
    return node.value.lower() in ("true", "yes", "on", "y")


def _read_date(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> PackDate:
    if not isinstance(node, ScalarNode) or node.tag not in (INT, STR, TIMESTAMP):
        raise _Bad("bad-date", f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {_describe(node)}")
    return parse_date(node.value)


def parse_date(text: str) -> PackDate:
    """``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` as a ``PackDate`` (raises ``ValueError``)."""
    match = DATE_RE.match(text.strip())
    if not match:
        raise _Bad("bad-date", f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    if month is not None and not 1 <= month <= 12:
        raise _Bad("bad-date", f"{text!r} has no month {month}")
    if (
        month is not None
        and day is not None
        and not 1 <= day <= calendar.monthrange(year, month)[1]
    ):
        raise _Bad("bad-date", f"{text!r} is not a day of the calendar")
    return PackDate(year, month, day)


def _read_enum(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> str:
    text = r.text(node)
    choices = f.metadata["choices"]
    if text not in choices:
        close = difflib.get_close_matches(text, choices, n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise _Bad(
            "bad-choice", f"{text!r} is not allowed; {hint}choose one of {', '.join(choices)}"
        )
    return text


def _read_colour(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> str:
    text = r.text(node)
    if not COLOUR_RE.match(text):
        raise _Bad("bad-colour", f"{text!r} is not a colour like '#1f6feb' (quote it in YAML)")
    return text


def _read_list(r: RecordReader, node: Node, owner: Where, name: str) -> tuple[str, ...]:
    if not isinstance(node, SequenceNode):
        example = f"[{node.value}]" if isinstance(node, ScalarNode) else "[a, b]"
        raise _Bad("wrong-type", f"expected a list like {example}, got {_describe(node)}")
    items: list[str] = []
    for index, item in enumerate(node.value):
        if not isinstance(item, ScalarNode) or item.tag == NULL:
            raise _Bad(
                "wrong-type", f"entry {index + 1} should be text, got {_describe(item)}", item
            )
        r.places[(owner, f"{name}.{index}")] = r.where(item)
        items.append(item.value)
    return tuple(items)


def _read_refs(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in _read_list(r, node, owner, name))


def _read_strs(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> tuple[str, ...]:
    return _read_list(r, node, owner, name)


def _read_record(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> Any:
    if not isinstance(node, MappingNode):
        raise _Bad("wrong-type", f"expected a mapping of keys, got {_describe(node)}")
    return r.record(NESTED_RECORDS[f.metadata["record"]], node, owner, name + ".")


def _read_records(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> tuple[Any, ...]:
    if not isinstance(node, SequenceNode):
        raise _Bad("wrong-type", f"expected a list of entries, got {_describe(node)}")
    cls = NESTED_RECORDS[f.metadata["record"]]
    return tuple(
        r.record(cls, item, owner, f"{name}.{index}.") for index, item in enumerate(node.value)
    )


def _read_intmap(r: RecordReader, f: Any, node: Node, owner: Where, name: str) -> dict[str, int]:
    if not isinstance(node, MappingNode):
        raise _Bad("wrong-type", f"expected a mapping like {{other-id: 60}}, got {_describe(node)}")
    result: dict[str, int] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            raise _Bad("bad-key", "a key must be a plain word", key_node)
        key = key_node.value
        if key in result:
            raise _Bad("duplicate-key", f"`{key}` appears twice", key_node)
        try:
            result[key] = r.integer(value_node)
        except _Bad as bad:
            bad.node = value_node
            raise
        r.places[(owner, f"{name}.{key}")] = r.where(key_node)
    return result


KIND_READERS: dict[str, Read] = {
    "str": _read_str,
    "text": _read_text,
    "id": _read_id,
    "int": _read_int,
    "float": _read_float,
    "bool": _read_bool,
    "date": _read_date,
    "year": _read_year,
    "enum": _read_enum,
    "colour": _read_colour,
    "ref": _read_ref,
    "refs": _read_refs,
    "strs": _read_strs,
    "record": _read_record,
    "records": _read_records,
    "intmap": _read_intmap,
}
