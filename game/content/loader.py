"""Loading a pack folder into the frozen model, driven only by the model's field metadata.

Each file is read safely (``yamlsafe``) and each record by the kind of its fields
(``records``); the same metadata feeds the validator and the JSON Schema, so the three
cannot drift. A file that cannot be parsed at all makes ``load_pack`` return no pack
(checking references against a missing file would only bury the real problem under false
ones); a record with a bad field still loads, with a stand-in value, so one run reports
every problem.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from game.content import yamlsafe
from game.content.model import OPTIONAL_FILES, PACK_FILES, Pack, PackInfo
from game.content.problems import Problem
from game.content.records import RecordReader

_FILE_PROBLEMS_AT_FIELD = frozenset({"bad-path", "missing-file", "outside-pack", "not-a-file"})


def load_pack(path: str | Path) -> tuple[Pack | None, list[Problem]]:
    """Read the pack folder ``path``: the pack (None if a file is unusable) and its problems.

    Problems name files relative to the pack folder. Never raises for anything in the pack.
    """
    with yamlsafe.paused_gc():
        return _load_pack(Path(path))


def _load_pack(root: Path) -> tuple[Pack | None, list[Problem]]:
    if not root.is_dir() or not (root / "pack.yaml").exists():
        what = "is not a folder" if not root.is_dir() else "has no pack.yaml"
        return None, [Problem("pack.yaml", 1, 1, "not-a-pack", f"{root} {what}")]
    reader = RecordReader()
    parts: dict[str, Any] = {}
    usable = True
    for file, attr, cls in PACK_FILES:
        if file in OPTIONAL_FILES and not (root / file).exists():
            parts[attr] = ()
            continue
        node, problems = yamlsafe.read_yaml(root, file)
        reader.problems.extend(problems)
        if node is None:
            usable = False
            continue
        reader.file = file
        if cls is PackInfo:
            parts[attr] = reader.record(cls, node, None, "")
        else:
            parts[attr] = reader.collection(cls, node)
    texts = _read_texts(root, parts.get("sources", ()), reader)
    if not usable:
        return None, reader.problems.result()
    pack = Pack(root=str(root), texts=texts, places=reader.places, **parts)
    return pack, reader.problems.result()


def _read_texts(root: Path, sources: tuple[Any, ...], reader: RecordReader) -> dict[str, str]:
    texts: dict[str, str] = {}
    for source in sources:
        if not source.file.strip():
            continue
        text, problems = yamlsafe.read_text(root, source.file)
        at = reader.places.get((source.where, "file"), source.where)
        for problem in problems:
            if problem.code == "missing-file":
                problem = problem._replace(
                    message=problem.message + _did_you_mean(root, source.file)
                )
            if problem.code in _FILE_PROBLEMS_AT_FIELD:
                problem = Problem(at.file, at.line, at.column, problem.code, problem.message)
            reader.problems.add(problem)
        if text is not None:
            texts[source.id] = text
    return texts


def _did_you_mean(root: Path, rel: str) -> str:
    """ "; did you mean 'sources/x.txt'?" for a file name with a typo, or ''."""
    folder = (root / rel).parent
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file())[:1000]
    except OSError:
        return ""
    close = difflib.get_close_matches(Path(rel).name, names, n=1, cutoff=0.6)
    if not close:
        return ""
    suggestion = str(Path(rel).parent / close[0]) if Path(rel).parent != Path(".") else close[0]
    return f"; did you mean {suggestion.replace(chr(92), '/')!r}?"


def load_info(path: str | Path) -> tuple[PackInfo | None, list[Problem]]:
    """Only ``pack.yaml`` of the pack at ``path`` (quick, for listing packs)."""
    root = Path(path)
    node, problems = yamlsafe.read_yaml(root, "pack.yaml")
    if node is None:
        return None, problems
    reader = RecordReader()
    reader.file = "pack.yaml"
    info = reader.record(PackInfo, node, None, "")
    return info, problems + reader.problems.result()
