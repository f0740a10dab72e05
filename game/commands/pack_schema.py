"""`pack schema [DIR]`: write the JSON Schema of every pack file into DIR."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.content.schema import write_schemas
from game.errors import SpaceAccordError


def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if folder.exists() and not folder.is_dir():
        raise SpaceAccordError(f"{folder} is a file, not a folder: give a folder for the schemas")
    try:
        written = write_schemas(folder)
    except OSError as error:
        raise SpaceAccordError(f"cannot write schemas to {folder}: {error.strerror}") from None
    for path in written:
        print(path)
    return 0
