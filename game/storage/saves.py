"""Campaign saves: the game state as JSON, naming the pack id and version it belongs to.

A save file holds a small header (format, pack id and version, agency, year, seed, a
SHA-256 of the state) and the state itself (``game.sim.codec``). Loading refuses, with a
``SaveError`` that says what to do, a file that is not a save, is truncated or was edited
by hand, comes from another pack or another version of the pack, or describes an
impossible state. Writing is atomic (``files.write_atomic``), so a crash never leaves half
a save. Saves live in ``game.paths.saves_dir()``; autosaves are one file per pack and
agency there, named ``autosave-<pack>-<agency>.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.content.model import Pack
from game.errors import SaveError
from game.paths import saves_dir
from game.sim.codec import state_from_dict, state_to_dict
from game.sim.state import GameState
from game.storage.files import write_atomic

MAGIC = "space-accord-save"
SAVE_FORMAT = 1
AUTOSAVE_PREFIX = "autosave-"
MAX_SAVE_BYTES = 20_000_000


@dataclass(frozen=True)
class SaveInfo:
    """What a save's header says, enough to list it and to find its pack."""

    path: Path
    pack_id: str
    pack_version: str
    agency: str
    year: int
    seed: int
    autosave: bool

    @property
    def name(self) -> str:
        return self.path.stem


def _digest(state_data: Any) -> str:
    canonical = json.dumps(state_data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def encode(state: GameState) -> str:
    """The text of a save of ``state`` (stable: the same state gives the same text)."""
    data = state_to_dict(state)
    document = {
        "format": MAGIC,
        "format_version": SAVE_FORMAT,
        "pack": {"id": state.pack.info.id, "version": state.pack.info.version},
        "agency": state.agency_id,
        "year": state.year,
        "seed": state.seed,
        "sha256": _digest(data),
        "state": data,
    }
    return json.dumps(document, sort_keys=True, indent=1) + "\n"


def save_game(state: GameState, path: Path | str) -> Path:
    """Write ``state`` to ``path`` atomically."""
    return write_atomic(path, encode(state))


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug:
        raise SaveError(f"'{name}' is not a usable save name: use letters or digits")
    return slug


def save(state: GameState, name: str) -> Path:
    """Save ``state`` as ``name`` in the saves folder (an existing save is replaced)."""
    return save_game(state, saves_dir() / f"{_slug(name)}.json")


def autosave_path(pack_id: str, agency_id: str) -> Path:
    return saves_dir() / f"{AUTOSAVE_PREFIX}{pack_id}-{agency_id}.json"


def autosave(state: GameState) -> Path:
    """Save ``state`` as the autosave of its pack and agency."""
    return save_game(state, autosave_path(state.pack.info.id, state.agency_id))


def _read_document(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_SAVE_BYTES:
            raise SaveError(f"{path} is too large to be a save")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SaveError(f"{path}: no such save") from None
    except OSError as error:
        raise SaveError(f"cannot read {path}: {error.strerror}") from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SaveError(
            f"{path} is damaged or cut short (it is not complete JSON); "
            "load another save or an autosave"
        ) from None
    if not isinstance(document, dict) or document.get("format") != MAGIC:
        raise SaveError(f"{path} is not a Space Accord save")
    version = document.get("format_version")
    if version != SAVE_FORMAT:
        raise SaveError(
            f"{path} uses save format {version!r}; this game reads format {SAVE_FORMAT}"
        )
    return document


def _header(path: Path, document: dict[str, Any]) -> SaveInfo:
    pack = document.get("pack")
    fields = (
        pack.get("id") if isinstance(pack, dict) else None,
        pack.get("version") if isinstance(pack, dict) else None,
        document.get("agency"),
        document.get("year"),
        document.get("seed"),
    )
    pack_id, pack_version, agency, year, seed = fields
    if not (
        isinstance(pack_id, str)
        and isinstance(pack_version, str)
        and isinstance(agency, str)
        and type(year) is int
        and type(seed) is int
    ):
        raise SaveError(f"{path} has a damaged header; it was changed outside the game")
    return SaveInfo(
        path=path,
        pack_id=pack_id,
        pack_version=pack_version,
        agency=agency,
        year=year,
        seed=seed,
        autosave=path.name.startswith(AUTOSAVE_PREFIX),
    )


def read_info(path: Path | str) -> SaveInfo:
    """The header of the save at ``path`` (to list it, or to find which pack to open)."""
    target = Path(path)
    return _header(target, _read_document(target))


def load_game(path: Path | str, pack: Pack) -> GameState:
    """The state saved at ``path``, which must belong to ``pack`` (same id and version)."""
    target = Path(path)
    document = _read_document(target)
    info = _header(target, document)
    if info.pack_id != pack.info.id:
        raise SaveError(
            f"{target} is a save of pack '{info.pack_id}', not of '{pack.info.id}'; "
            f"open it with --pack {info.pack_id}"
        )
    if info.pack_version != pack.info.version:
        raise SaveError(
            f"{target} was saved with version {info.pack_version} of pack '{pack.info.id}', "
            f"and this is version {pack.info.version}; start a new campaign with this version"
        )
    data = document.get("state")
    if document.get("sha256") != _digest(data):
        raise SaveError(f"{target} was changed outside the game (its checksum does not match)")
    try:
        state = state_from_dict(pack, data)
    except (ValueError, TypeError, KeyError) as error:
        raise SaveError(f"{target} does not describe a sound campaign: {error}") from None
    if (state.agency_id, state.year, state.seed) != (info.agency, info.year, info.seed):
        raise SaveError(f"{target} has a header that does not match its state")
    return state


def list_saves(folder: Path | None = None) -> list[SaveInfo]:
    """Every readable save in the saves folder, newest first (unreadable files skipped)."""
    where = folder or saves_dir()
    if not where.is_dir():
        return []
    found = []
    for path in where.glob("*.json"):
        try:
            found.append((path.stat().st_mtime_ns, read_info(path)))
        except (SaveError, OSError):
            continue
    found.sort(key=lambda pair: (-pair[0], pair[1].path.name))
    return [info for _, info in found]


def latest_autosave(folder: Path | None = None) -> SaveInfo | None:
    """The most recent autosave, if any."""
    return next((info for info in list_saves(folder) if info.autosave), None)
