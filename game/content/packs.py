"""Finding packs: the built-in ones and the user's, and resolving ``--pack ID`` or a path.

A user pack with the same id as a built-in one is reported as a conflict and never
silently preferred: ``--pack ID`` then opens the built-in pack, and ``space-accord packs``
says which folder shadows which. Only each folder's ``pack.yaml`` is read, so listing is
quick even with many packs.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game import paths
from game.content.loader import load_info
from game.errors import PackNotFound
from game.textsafe import escaped

Origin = Literal["built-in", "user"]


@dataclass(frozen=True)
class PackEntry:
    """One pack folder found: its id, title and version as pack.yaml gives them."""

    id: str
    title: str
    version: str
    path: Path
    origin: Origin
    problem: str = ""  # why pack.yaml could not be read, if it could not


@dataclass(frozen=True)
class Conflict:
    """Two pack folders claiming one id; ``used`` is the one ``--pack ID`` opens."""

    id: str
    used: PackEntry
    shadowed: PackEntry


def _scan(folder: Path, origin: Origin) -> list[PackEntry]:
    if not folder.is_dir():
        return []
    entries: list[PackEntry] = []
    for child in sorted(folder.iterdir()):
        if not child.is_dir() or not (child / "pack.yaml").exists():
            continue
        info, problems = load_info(child)
        errors = [p for p in problems if p.code != "unknown-key"]
        if info is None or not info.id:
            first = errors[0].format() if errors else "pack.yaml has no id"
            entries.append(PackEntry(child.name, "", "", child, origin, first))
        else:
            problem = errors[0].format() if errors else ""
            entries.append(PackEntry(info.id, info.title, info.version, child, origin, problem))
    return entries


def discover_packs(
    builtin: Path | None = None, user: Path | None = None
) -> tuple[list[PackEntry], list[Conflict]]:
    """Every pack found (built-in first, then the user's) and the ids claimed twice."""
    entries = _scan(builtin or paths.builtin_packs_dir(), "built-in")
    entries += _scan(user or paths.user_packs_dir(), "user")
    first: dict[str, PackEntry] = {}
    conflicts: list[Conflict] = []
    for entry in entries:
        if entry.id in first:
            conflicts.append(Conflict(entry.id, first[entry.id], entry))
        else:
            first[entry.id] = entry
    return entries, conflicts


def resolve_pack(
    id_or_path: str | Path, builtin: Path | None = None, user: Path | None = None
) -> Path:
    """The folder of a pack given by path or id; raises ``PackNotFound`` with a hint."""
    text = str(id_or_path)
    try:
        candidate = Path(text).expanduser()
        if candidate.is_dir() and (candidate / "pack.yaml").exists():
            return candidate
        exists = candidate.exists()
    except (OSError, RuntimeError, ValueError) as error:  # too long, ~nosuchuser, NUL
        reason = getattr(error, "strerror", None) or str(error)
        raise PackNotFound(f"{_shown(text)} is not a usable pack path: {reason}") from None
    entries, _conflicts = discover_packs(builtin, user)
    for entry in entries:  # built-in first: a user pack never silently wins
        if entry.id == text:
            return entry.path
    if exists or "/" in text or "\\" in text:
        raise PackNotFound(f"{_shown(text)} is not a pack folder (it has no pack.yaml)")
    ids = sorted({e.id for e in entries})
    close = difflib.get_close_matches(text, ids, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else "."
    known = f" Known packs: {', '.join(ids)}." if ids else " No packs were found."
    raise PackNotFound(
        f"no pack has the id {_shown(text)!r}{hint}{known} Run `space-accord packs`."
    )


def _shown(text: str) -> str:
    """A pack id or path as a message shows it: escaped, and shortened when absurdly long."""
    text = escaped(text)
    return text if len(text) <= 200 else f"{text[:120]}…{text[-60:]}"


def default_pack_path(builtin: Path | None = None, user: Path | None = None) -> Path:
    """The pack to open when none is named: the first usable built-in pack, else the first
    usable user pack; raises ``PackNotFound`` when there is none."""
    entries, _ = discover_packs(builtin, user)
    usable = [e for e in entries if not e.problem]
    if not usable:
        raise PackNotFound("no pack was found; run `space-accord packs` to see where they go")
    builtin_first = [e for e in usable if e.origin == "built-in"] or usable
    return builtin_first[0].path
