"""Writing a pack back out as YAML files and source texts, driven by the model metadata.

Optional fields left at their default are omitted, text with line breaks is written as a
literal block, and dates as "YYYY-MM-DD" strings, so a pack written out and loaded back
compares equal to the original. Comments are not kept (the model holds none).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, ClassVar

import yaml

from game.content.model import PACK_FILES, Pack, PackDate


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


class _Dumper(yaml.SafeDumper):
    """SafeDumper writing multi-line text as literal blocks (a class table, no registration)."""

    yaml_representers: ClassVar[dict[Any, Any]] = {
        **yaml.SafeDumper.yaml_representers,
        str: _represent_str,
    }


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.metadata.get("required", True):
        return False
    if f.default is not dataclasses.MISSING:
        return bool(value == f.default)
    return False


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        assert isinstance(value, PackDate)
        return str(value)
    if kind == "record":
        return to_data(value)
    if kind == "records":
        return [to_data(item) for item in value]
    if kind in ("refs", "strs"):
        return list(value)
    if kind == "intmap":
        return dict(value)
    return value


def to_data(record: Any) -> dict[str, Any]:
    """A record as plain YAML data: only its model fields, defaults left out."""
    data: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        kind = f.metadata.get("kind")
        if kind is None or kind == "where":
            continue
        value = getattr(record, f.name)
        if _is_default(f, value):
            continue
        data[f.name] = _value(kind, value)
    return data


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def dump_pack(pack: Pack, folder: str | Path) -> None:
    """Write ``pack`` into ``folder`` (created if needed): every pack file and source text."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    for file, attr, _cls in PACK_FILES:
        part = getattr(pack, attr)
        data = to_data(part) if attr == "info" else [to_data(r) for r in part]
        (root / file).write_text(dump_yaml(data), encoding="utf-8")
    for source in pack.sources:
        text = pack.texts.get(source.id)
        if text is None or not source.file:
            continue
        target = root / source.file
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
