"""Campaign saves: the game state as JSON, naming the pack id and version it belongs to.

A save file is one JSON object: first a small header (format, pack id and version, agency,
year, seed, a SHA-256 of the state and the length of the state's text), then the state
itself (``game.sim.codec``). Listing saves reads only the first bytes of each file, and
the file's size tells whether it is whole (older saves, with the header keys elsewhere,
are read in full). Loading refuses, with a ``SaveError`` that says what to do, a file that
is not a save, is truncated or was edited by hand, comes from another pack or another
version of the pack, or describes an impossible state. Writing is atomic
(``files.write_atomic``), so a crash never leaves half a save. Saves live in
``game.paths.saves_dir()``; autosaves are one file per pack and agency there, named
``autosave-<pack>-<agency>.json``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.content.model import Pack
from game.errors import SaveError
from game.paths import saves_dir
from game.sim.codec import state_from_dict, state_to_dict
from game.sim.state import GameState
from game.storage.files import write_atomic
from game.storage.reading import open_regular, parse_json, read_bytes, shown
from game.storage.save_checks import data_problems, loaded_state_problems
from game.textsafe import escaped

MAGIC = "space-accord-save"
SAVE_FORMAT = 1
AUTOSAVE_PREFIX = "autosave-"
MAX_SAVE_BYTES = 20_000_000
HEADER_BYTES = 4096  # the header of a save ``encode`` wrote lies within these
STATE_KEY = b', "state": '  # between the header and the state (no JSON string holds it)
END = b"}\n"


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
    """The text of a save of ``state`` (stable: the same state gives the same text): the
    header on the first line, then the state, so listing saves need not read the state."""
    data = state_to_dict(state)
    state_text = json.dumps(data, sort_keys=True, indent=1)
    header = {
        "format": MAGIC,
        "format_version": SAVE_FORMAT,
        "pack": {"id": state.pack.info.id, "version": state.pack.info.version},
        "agency": state.agency_id,
        "year": state.year,
        "seed": state.seed,
        "sha256": _digest(data),
        "state_bytes": len(state_text.encode("utf-8")),
    }
    head = json.dumps(header, sort_keys=True)
    return head[:-1] + STATE_KEY.decode("ascii") + state_text + END.decode("ascii")


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


def _damaged(path: Path) -> SaveError:
    return SaveError(
        f"{shown(path)} is damaged or cut short (it is not complete JSON); "
        "load another save or an autosave"
    )


def _read_document(path: Path) -> dict[str, Any]:
    """The whole save at ``path``, its format checked (a bounded read: see ``reading``)."""
    raw = read_bytes(path, limit=MAX_SAVE_BYTES, error=SaveError, what="save")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _damaged(path) from None
    document = parse_json(text, where=shown(path), error=SaveError, damaged=_damaged(path).message)
    return _checked_format(path, document)


def _checked_format(path: Path, document: Any) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != MAGIC:
        raise SaveError(f"{shown(path)} is not a Space Accord save")
    version = document.get("format_version")
    if version != SAVE_FORMAT:
        raise SaveError(
            f"{shown(path)} uses save format {version!r}; this game reads format {SAVE_FORMAT}"
        )
    return document


def _read_head(path: Path) -> dict[str, Any]:
    """The header of the save at ``path``, from its first bytes when ``encode`` wrote it
    (the file's size must then be what the header says: else it was cut short or edited),
    else from the whole file."""
    try:
        with open_regular(path, error=SaveError, what="save") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_SAVE_BYTES:
                raise SaveError(f"{shown(path)} is too large to be a save")
            first = handle.read(HEADER_BYTES)
    except OSError as error:
        raise SaveError(f"cannot read {shown(path)}: {error.strerror}") from None
    cut = first.find(STATE_KEY)
    try:
        head = (
            parse_json((first[:cut] + b"}").decode("utf-8"), where="", error=SaveError)
            if cut > 0
            else None
        )
    except (UnicodeDecodeError, SaveError):
        head = None
    if not isinstance(head, dict) or "state_bytes" not in head:
        return _read_document(path)  # another layout: an older save, or not a save at all
    document = _checked_format(path, head)
    length = document["state_bytes"]
    if type(length) is not int or size != cut + len(STATE_KEY) + length + len(END):
        raise _damaged(path)
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
        raise SaveError(f"{shown(path)} has a damaged header; it was changed outside the game")
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
    """The header of the save at ``path`` (to list it, or to find which pack to open); the
    state is not read, so a save whose state was damaged inside is listed (loading it
    says what is wrong)."""
    target = Path(path)
    return _header(target, _read_head(target))


def load_game(path: Path | str, pack: Pack) -> GameState:
    """The state saved at ``path``, which must belong to ``pack`` (same id and version)."""
    return open_save(path, lambda pack_id: pack)


def open_save(path: Path | str, open_pack: Callable[[str], Pack]) -> GameState:
    """The state saved at ``path``, in the pack ``open_pack`` gives for the save's pack id
    (same id and version required), reading the file once."""
    target = Path(path)
    document = _read_document(target)
    info = _header(target, document)
    pack = open_pack(info.pack_id)
    if info.pack_id != pack.info.id:
        raise SaveError(
            f"{shown(target)} is a save of pack '{info.pack_id}', not of '{pack.info.id}'; "
            f"open it with --pack {info.pack_id}"
        )
    if info.pack_version != pack.info.version:
        raise SaveError(
            f"{shown(target)} was saved with version {info.pack_version} of pack '{pack.info.id}', "
            f"and this is version {pack.info.version}; start a new campaign with this version"
        )
    data = document.get("state")
    if document.get("sha256") != _digest(data):
        raise SaveError(
            f"{shown(target)} was changed outside the game (its checksum does not match)"
        )
    problems = data_problems(data)
    state: GameState | None = None
    try:
        state = None if problems else state_from_dict(pack, data)
    except (ValueError, TypeError, KeyError) as error:
        problems = [str(error)]
    if state is not None:
        problems = loaded_state_problems(state)
    if problems or state is None:
        raise SaveError(
            f"{shown(target)} does not describe a campaign this game could have saved "
            f"({escaped(problems[0])}); it was changed outside the game: load another save"
        )
    if (state.agency_id, state.year, state.seed) != (info.agency, info.year, info.seed):
        raise SaveError(f"{shown(target)} has a header that does not match its state")
    return state


def _newest_first(paths: list[Path]) -> list[Path]:
    """``paths`` that still exist, the most recently written first (then by name)."""
    dated = []
    for path in paths:
        try:
            dated.append((-path.stat().st_mtime_ns, path.name, path))
        except OSError:
            continue
    return [path for *_, path in sorted(dated)]


def _saves_in(folder: Path | None, pattern: str) -> list[Path]:
    where = folder or saves_dir()
    return _newest_first(list(where.glob(pattern))) if where.is_dir() else []


@dataclass(frozen=True)
class Unreadable:
    """A file in the saves folder that is not a readable save, and why (one line)."""

    path: Path
    reason: str


def scan_saves(folder: Path | None = None) -> tuple[list[SaveInfo], list[Unreadable]]:
    """Every save in the saves folder whose header reads, newest first, and every other
    ``*.json`` there with the reason it cannot be read; only headers are read, and no
    file can stop the listing (a pipe is not waited on, a device not read)."""
    found, unreadable = [], []
    for path in _saves_in(folder, "*.json"):
        try:
            found.append(read_info(path))
        except SaveError as error:
            unreadable.append(Unreadable(path, str(error)))
    return found, unreadable


def list_saves(folder: Path | None = None) -> list[SaveInfo]:
    """Every readable save in the saves folder, newest first (unreadable files skipped);
    only the headers are read."""
    return scan_saves(folder)[0]


def latest_autosave(folder: Path | None = None) -> SaveInfo | None:
    """The most recent autosave whose header reads, if any (older ones are not opened)."""
    for path in _saves_in(folder, f"{AUTOSAVE_PREFIX}*.json"):
        try:
            return read_info(path)
        except SaveError:
            continue
    return None
