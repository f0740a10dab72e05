"""Helpers for the authoring-toolkit tests: a fresh scaffolded pack to break, YAML read as
JSON data, and the JSON Schema verdict on one pack file.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from game import paths
from game.content.scaffold import create_pack
from game.content.schema import schema_for

BUILTIN_PACKS = sorted(p for p in paths.builtin_packs_dir().iterdir() if (p / "pack.yaml").exists())
SECOND_PACK = paths.builtin_packs_dir() / "venezuela-moon"


def as_json_data(value: Any) -> Any:
    """YAML data as JSON would hold it: dates (which PyYAML builds) become ISO text."""
    if isinstance(value, dict):
        return {str(k): as_json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json_data(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def read_data(folder: Path, file: str) -> Any:
    return yaml.safe_load((folder / file).read_text(encoding="utf-8"))


def schema_errors(folder: Path, file: str) -> list[str]:
    """What the JSON Schema of ``file`` finds wrong in the pack at ``folder``."""
    validator = jsonschema.Draft202012Validator(schema_for(file))
    data = as_json_data(read_data(folder, file))
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def new_pack(tmp_path: Path, name: str = "scaffolded") -> Path:
    folder = tmp_path / name
    create_pack(folder)
    return folder


def rewrite(folder: Path, file: str, change: Callable[[Any], None]) -> None:
    """Load ``file`` as data, let ``change`` edit it in place, and write it back."""
    data = read_data(folder, file)
    change(data)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    (folder / file).write_text(text, encoding="utf-8")
