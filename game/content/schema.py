"""JSON Schema (draft 2020-12) of every pack file, generated from the content model.

Nothing here restates the format: each property comes from a dataclass field's metadata
(``doc``, ``kind``, ``ref``, ``choices``, ``record``, ``required``) in ``game.content.model``,
the same metadata the loader reads, and number ranges come from the validator's own table,
so the schema, the loader and the validator cannot drift apart. ``KIND_SCHEMAS`` mirrors the
loader's reader for each kind (a test feeds both the same values). ``pack.yaml`` is one
object; every other file is a list of objects. The schema gives an editor completion and
types; the validator still checks what a schema cannot (quotes, references, cycles, dates
against the timeline).
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

from game.content.model import FORMAT_VERSION, NESTED_RECORDS, PACK_FILES
from game.content.records import BLANK_ALLOWED
from game.content.validate_game import EMBLEM_COLOURS, RANGES, RELATIONS

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ID_PATTERN = "^[a-z0-9][a-z0-9-]*$"
DATE_PATTERN = "^\\s*[0-9]{4}(-(0?[1-9]|1[0-2])(-(0?[1-9]|[12][0-9]|3[01]))?)?\\s*$"
COLOUR_PATTERN = "^#[0-9a-fA-F]{6}$"
ONE_LINE = "^\\s*[^\\n]*\\s*$"  # the loader allows surrounding line breaks, not inner ones
ONE_LINE_NOT_BLANK = "^\\s*\\S(?:[^\\n]*\\S)?\\s*$"
NOT_BLANK = "\\S"  # JSON Schema patterns are not anchored: "holds a visible character"

# The loader reads any YAML scalar as text keeping its spelling (`title: 1984` is the text
# "1984"), so text-like kinds accept numbers and booleans too: a true_false quiz answer is
# written `answer: false`, a number answer `answer: 27`.
SCALAR = ["string", "number", "boolean"]

KIND_SCHEMAS: dict[str, dict[str, Any]] = {
    "str": {"type": SCALAR, "pattern": ONE_LINE},
    "text": {"type": SCALAR},
    "id": {"type": SCALAR, "pattern": ID_PATTERN},
    "ref": {"type": SCALAR, "pattern": ID_PATTERN},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "date": {
        # A bare year is an integer; YAML 1.2 editors read 2023-07-17 as a string.
        "anyOf": [
            {"type": "integer", "minimum": 1000, "maximum": 9999},
            {"type": "string", "pattern": DATE_PATTERN},
        ]
    },
    "year": {"type": "integer"},
    "colour": {"type": "string", "pattern": COLOUR_PATTERN},
    "refs": {"type": "array", "items": {"type": SCALAR, "pattern": ID_PATTERN}},
    "strs": {"type": "array", "items": {"type": SCALAR}},
    "intmap": {"type": "object", "additionalProperties": {"type": "integer"}},
}
_TEXT_KINDS = frozenset({"str", "text"})


def schema_file_name(pack_file: str) -> str:
    """``facts.yaml`` -> ``facts.schema.json``."""
    return pack_file.rsplit(".", 1)[0] + ".schema.json"


def model_fields(record: type) -> list[dataclasses.Field[Any]]:
    """The fields of a model record an author writes (``where`` is not one)."""
    return [f for f in dataclasses.fields(record) if f.metadata.get("kind") not in (None, "where")]


def describe_field(meta: dict[str, Any]) -> str:
    """A field's ``doc``, plus which records its ids point into and its allowed values."""
    doc = str(meta["doc"])
    ref = meta.get("ref")
    if ref:
        targets = " or ".join(str(ref).split("|"))
        many = {"refs": "Each an id", "intmap": "Keys are ids"}.get(meta["kind"], "An id")
        doc += f" {many} from {targets}."
    if meta.get("choices") and not all(c in doc for c in meta["choices"]):
        doc += f" One of: {', '.join(meta['choices'])}."
    return doc


def _default(f: dataclasses.Field[Any]) -> tuple[bool, Any]:
    """The field's default as JSON, if it has one JSON can show."""
    value = f.default
    if value is dataclasses.MISSING or value is None or dataclasses.is_dataclass(value):
        return False, None
    if isinstance(value, tuple):
        value = list(value)
    if f.metadata["kind"] == "enum" and value not in f.metadata["choices"]:
        return False, None
    return True, value


def _kind_schema(
    record_name: str, f: dataclasses.Field[Any], defs: dict[str, Any]
) -> dict[str, Any]:
    meta = f.metadata
    kind = meta["kind"]
    if kind == "enum":
        return {"type": "string", "enum": list(meta["choices"])}
    if kind in ("record", "records"):
        nested = meta["record"]
        _add_record(nested, defs)
        ref = {"$ref": f"#/$defs/{nested}"}
        return ref if kind == "record" else {"type": "array", "items": ref}
    prop = copy.deepcopy(KIND_SCHEMAS[kind])
    if meta["required"] and kind in _TEXT_KINDS and f"{record_name}.{f.name}" not in BLANK_ALLOWED:
        prop["pattern"] = ONE_LINE_NOT_BLANK if kind == "str" else NOT_BLANK
    return prop


def _property(record_name: str, f: dataclasses.Field[Any], defs: dict[str, Any]) -> dict[str, Any]:
    meta = f.metadata
    prop = _kind_schema(record_name, f, defs)
    low, high = RANGES.get((record_name, f.name), (None, None))
    if low is not None and meta["kind"] != "intmap":
        prop["minimum"] = low
    if high is not None and meta["kind"] != "intmap":
        prop["maximum"] = high
    if meta["kind"] in ("refs", "strs", "records") and meta["required"]:
        prop["minItems"] = 1  # the validator reports a required list left empty
    if meta["kind"] == "intmap":
        # Relations: each value in the field's own range, else 0-100
        low_value, high_value = RANGES.get((record_name, f.name), RELATIONS)
        prop["additionalProperties"] = {
            "type": "integer",
            "minimum": low_value,
            "maximum": high_value,
        }
    if (record_name, f.name) == ("Emblem", "colours"):
        prop["minItems"], prop["maxItems"] = EMBLEM_COLOURS
    if not meta["required"]:
        # The loader reads an optional key written with no value (`key:`) as its default.
        prop = {"anyOf": [prop, {"type": "null"}]}
    prop["description"] = describe_field(dict(meta))
    has_default, default = _default(f)
    if has_default:
        prop["default"] = default
    return prop


def _object_schema(record: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = record.__name__
    fields = model_fields(record)
    schema: dict[str, Any] = {
        "type": "object",
        "description": (record.__doc__ or name).strip().splitlines()[0],
        "properties": {f.name: _property(name, f, defs) for f in fields},
        "additionalProperties": False,
    }
    required = [f.name for f in fields if f.metadata["required"]]
    if required:
        schema["required"] = required
    return schema


def _add_record(name: str, defs: dict[str, Any]) -> None:
    if name in defs:
        return
    defs[name] = {}  # reserve the name first, so a record that nests itself cannot loop
    defs[name] = _object_schema(NESTED_RECORDS[name], defs)


def schema_for(pack_file: str) -> dict[str, Any]:
    """The JSON Schema of one pack file, e.g. ``schema_for("facts.yaml")``."""
    records = {file_name: record for file_name, _attribute, record in PACK_FILES}
    if pack_file not in records:
        raise KeyError(f"{pack_file!r} is not a pack file (known: {', '.join(records)})")
    record = records[pack_file]
    defs: dict[str, Any] = {}
    entry = _object_schema(record, defs)
    head: dict[str, Any] = {
        "$schema": DRAFT,
        "title": f"Space Accord pack format {FORMAT_VERSION}: {pack_file}",
    }
    if pack_file == "pack.yaml":
        body = entry
    else:
        body = {
            "type": "array",
            "description": f"A list of entries; each: {entry['description']}",
            "items": {"$ref": f"#/$defs/{record.__name__}"},
        }
        defs = {record.__name__: entry, **defs}
    return {**head, **body, "$defs": defs} if defs else {**head, **body}


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every pack file's schema, keyed by the schema's file name (``facts.schema.json``)."""
    return {schema_file_name(name): schema_for(name) for name, _a, _r in PACK_FILES}


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every pack file's schema into ``folder`` (created if needed); return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in all_schemas().items():
        path = folder / name
        path.write_text(schema_text(schema), encoding="utf-8")
        written.append(path)
    return written
