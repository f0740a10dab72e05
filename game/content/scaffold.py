"""`pack new`: a new pack that validates at once, each field explained by a comment.

The example records live as data in ``content/templates/new-pack/`` (an invented article
and everything quoted from it); nothing of them is written here. This module renders them
as YAML in the model's field order, and writes above each key of the first entry of every
file the field's ``doc`` from ``game.content.model``, so the comments follow the model.
Optional fields the example leaves out are shown commented out. Each file starts with the
``# yaml-language-server: $schema=...`` line pointing at the pack's own ``.schema/`` folder,
written from ``game.content.schema``, so completion works offline and in any folder.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import re
import shutil
import textwrap
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from game import paths
from game.content.model import NESTED_RECORDS, PACK_FILES
from game.content.schema import (
    all_schemas,
    describe_field,
    model_fields,
    schema_file_name,
    schema_text,
)
from game.content.validate_quotes import sha256_text
from game.errors import SpaceAccordError

SCHEMA_DIR = ".schema"
WIDTH = 92
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.,;?!()/'’-]*")


def template_dir() -> Path:
    return paths.template_dir()


def pack_id_from(name: str) -> str:
    """A pack id from a folder name: ``My Moon Pack`` -> ``my-moon-pack``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug or "new-pack"


def title_from(name: str) -> str:
    words = re.sub(r"[-_]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else "New pack"


# --- rendering YAML with comments --------------------------------------------------------


def _scalar(value: Any) -> str:
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    if _PLAIN.fullmatch(text) and not text.endswith(" ") and yaml.safe_load(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _text_lines(key: str, text: str, pad: str, lead: str) -> list[str]:
    """``key: text``, folded over several lines when it is long."""
    line = f"{lead}{key}: {_scalar(text)}"
    if len(line) <= WIDTH or "\n" in text:
        return [line]
    wrapped = textwrap.wrap(
        text, width=WIDTH - len(pad) - 2, break_long_words=False, break_on_hyphens=False
    )
    return [f"{lead}{key}: >-", *(f"{pad}  {part}" for part in wrapped)]


def _list_lines(key: str, values: list[Any], pad: str, lead: str) -> list[str]:
    flow = f"{lead}{key}: [{', '.join(_scalar(v) for v in values)}]"
    if len(flow) <= WIDTH:
        return [flow]
    return [f"{lead}{key}:", *(f"{pad}  - {_scalar(v)}" for v in values)]


def _comment(text: str, pad: str) -> list[str]:
    return [f"{pad}# {part}" for part in textwrap.wrap(text, width=WIDTH - len(pad) - 2)]


def _field_doc(f: dataclasses.Field[Any]) -> str:
    need = "required" if f.metadata["required"] else "optional"
    return f"{describe_field(dict(f.metadata))} ({need})"


def _default_text(f: dataclasses.Field[Any]) -> str:
    value = f.default
    if dataclasses.is_dataclass(value):
        return "{}"
    if isinstance(value, tuple):
        return "[]"
    return _scalar(value)


def _mapping(
    data: dict[str, Any], record: type, indent: int, explain: bool, dash: bool
) -> list[str]:
    """Lines of one mapping read as ``record``; ``explain`` adds a comment above every key."""
    fields = model_fields(record)
    unknown = set(data) - {f.name for f in fields}
    if unknown:
        raise ValueError(f"template keys not in {record.__name__}: {sorted(unknown)}")
    pad = " " * (indent + 2 if dash else indent)
    lines: list[str] = []
    first = True
    for f in fields:
        if f.name not in data:
            if explain and not f.metadata["required"]:
                lines += _comment(_field_doc(f), pad)
                lines.append(f"{pad}# {f.name}: {_default_text(f)}")
            continue
        if explain:
            lines += _comment(_field_doc(f), pad)
        lead = (" " * indent + "- ") if dash and first else pad
        first = False
        lines += _value_lines(f, data[f.name], pad, lead, explain)
    return lines


def _value_lines(
    f: dataclasses.Field[Any], value: Any, pad: str, lead: str, explain: bool
) -> list[str]:
    kind = f.metadata["kind"]
    if kind == "record":
        nested = NESTED_RECORDS[f.metadata["record"]]
        return [f"{lead}{f.name}:", *_mapping(value, nested, len(pad) + 2, explain, dash=False)]
    if kind == "records":
        nested = NESTED_RECORDS[f.metadata["record"]]
        lines = [f"{lead}{f.name}:"]
        for n, entry in enumerate(value):
            lines += _mapping(entry, nested, len(pad) + 2, explain and n == 0, dash=True)
        return lines
    if kind == "intmap":
        return [f"{lead}{f.name}:", *(f"{pad}  {k}: {_scalar(v)}" for k, v in value.items())]
    if isinstance(value, list):
        return _list_lines(f.name, value, pad, lead)
    if isinstance(value, str):
        return _text_lines(f.name, value, pad, lead)
    return [f"{lead}{f.name}: {_scalar(value)}"]


def render_file(pack_file: str, record: type, data: Any) -> str:
    """One pack file as commented YAML: ``data`` is a mapping (pack.yaml) or a list of them."""
    doc = [line.strip() for line in (record.__doc__ or "").strip().splitlines()]
    lines = [f"# yaml-language-server: $schema={SCHEMA_DIR}/{schema_file_name(pack_file)}"]
    lines += [f"# {line}".rstrip().replace("``", "`") for line in doc]
    lines += [
        "#",
        "# The comments above each key of the first entry say what it holds; keys marked",
        "# (optional) may be left out, and those shown commented out use their default.",
        "",
    ]
    if isinstance(data, dict):
        lines += _mapping(data, record, 0, explain=True, dash=False)
    else:
        for n, entry in enumerate(data):
            if n:
                lines.append("")
            lines += _mapping(entry, record, 0, explain=n == 0, dash=True)
    return "\n".join(lines) + "\n"


# --- the pack's files -------------------------------------------------------------------


def scaffold_files(pack_id: str, title: str, template: Path | None = None) -> dict[str, bytes]:
    """Every file of a new pack, by path relative to the pack folder."""
    folder = template or template_dir()
    files: dict[str, bytes] = {}
    texts: dict[str, bytes] = {}
    for path in sorted((folder / "sources").glob("*.txt")):
        texts[f"sources/{path.name}"] = path.read_bytes()
    for pack_file, _attribute, record in PACK_FILES:
        data = yaml.safe_load((folder / pack_file).read_text(encoding="utf-8"))
        if pack_file == "pack.yaml":
            data = {**data, "id": pack_id, "title": title}
        elif pack_file == "sources.yaml":
            data = [{**s, "sha256": sha256_text(texts[s["file"]].decode("utf-8"))} for s in data]
        files[pack_file] = render_file(pack_file, record, data).encode("utf-8")
    files.update(texts)
    for name, schema in all_schemas().items():
        files[f"{SCHEMA_DIR}/{name}"] = schema_text(schema).encode("utf-8")
    return files


def create_pack(path: Path, title: str | None = None) -> list[Path]:
    """Write a new pack into ``path`` (which must not exist or be empty); return its files."""
    if path.exists() and not path.is_dir():
        raise SpaceAccordError(f"{path} is a file: give a new or empty folder for the pack")
    if path.is_dir() and any(path.iterdir()):
        raise SpaceAccordError(
            f"{path} is not empty: 'pack new' writes only into a new or empty folder, "
            "so nothing of yours is overwritten"
        )
    name = path.resolve().name
    files = scaffold_files(pack_id_from(name), title or title_from(name))
    # Build the pack beside its destination, then move it in whole: no half-written pack.
    staging: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        made = path.parent / f".{name}.new-{os.getpid()}"
        made.mkdir()
        staging = made  # only now ours to remove on failure
        for relative, content in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        os.replace(staging, path)
    except OSError as error:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        raise SpaceAccordError(f"cannot write the pack to {path}: {error.strerror}") from None
    return [path / relative for relative in files]
