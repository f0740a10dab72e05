"""Pinning source texts: ``pack validate --repin`` writes each source's SHA-256 into
sources.yaml by editing only the ``sha256:`` lines, so comments and layout stay as written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from game.content.loader import load_pack
from game.content.model import Pack, Source
from game.content.problems import Problem
from game.content.validate_quotes import sha256_text

SOURCES = "sources.yaml"
_VALUE = re.compile(r"\"[^\"]*\"|'[^']*'|[^\s#]+")
_KEY = re.compile(r"sha256[ \t]*:[ \t]*")
_NULL_KEY = re.compile(r"^(\s*)sha256:[ \t]*(#.*)?$")


@dataclass(frozen=True)
class PinChange:
    """One source whose pin was written: its id, file and the old and new hashes."""

    source: str
    file: str
    old: str
    new: str


def repin(folder: str | Path) -> tuple[list[PinChange], list[Problem]]:
    """Update the pins of the pack at ``folder``; the changes made, or why none could be."""
    pack, unread = load_pack(folder)
    if pack is None:
        return [], unread
    problems: list[Problem] = []
    path = Path(folder) / SOURCES
    with path.open("r", encoding="utf-8", newline="") as stream:
        lines = stream.read().splitlines(keepends=True)
    changes: list[PinChange] = []
    starts = sorted(s.where.line for s in pack.sources)
    # Bottom-up, so inserting a line never moves a place still to be edited.
    for source in sorted(pack.sources, key=lambda s: s.where.line, reverse=True):
        text = pack.texts.get(source.id)
        if text is None:
            continue
        new = sha256_text(text)
        if source.sha256 == new:
            continue
        following = [line for line in starts if line > source.where.line]
        end = following[0] - 1 if following else len(lines)
        if _edit(pack, source, lines, new, end):
            changes.append(PinChange(source.id, source.file, source.sha256, new))
        else:
            message = f"could not place a sha256 line for {source.id!r}; write it in block style"
            problems.append(
                Problem(SOURCES, source.where.line, source.where.column, "yaml-syntax", message)
            )
    if changes:
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as stream:
            stream.write("".join(lines))
        os.replace(tmp, path)
    return list(reversed(changes)), problems


def _ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")) :] or "\n"


def _edit(pack: Pack, source: Source, lines: list[str], new: str, end: int) -> bool:
    place = pack.places.get((source.where, "sha256"))  # where the key is written
    if place is not None:  # a value is written: replace just that token
        index = place.line - 1
        line = lines[index]
        key = _KEY.match(line, place.column - 1)
        match = _VALUE.match(line, key.end()) if key else None
        if match is None:
            return False
        quote = match[0][0] if match[0][0] in "'\"" else ""  # keep the author's quoting
        lines[index] = f"{line[: match.start()]}{quote}{new}{quote}{line[match.end() :]}"
        return True
    for index in range(source.where.line - 1, min(end, len(lines))):
        found = _NULL_KEY.match(lines[index].rstrip("\r\n"))
        if found:  # `sha256:` with no value
            lines[index] = f"{found[1]}sha256: {new}{_ending(lines[index])}"
            return True
    anchor = pack.places.get((source.where, "file"))
    first = lines[source.where.line - 1]
    if anchor is None or first[source.where.column - 1 : source.where.column] == "{":
        return False
    indent = " " * (source.where.column - 1)
    at = anchor.line - 1
    if not lines[at].endswith(("\n", "\r")):
        lines[at] += "\n"
    lines.insert(at + 1, f"{indent}sha256: {new}{_ending(lines[at])}")
    return True
