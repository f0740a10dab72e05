"""Saves survive kill -9: a process killed at a random moment while writing a save leaves
the previous or the new save, and it loads. Damaged saves and an unwritable data folder
give a clear message while the game goes on."""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from game import sim
from game.content.model import Pack
from game.errors import SaveError, SpaceAccordError, StorageError
from game.paths import project_root
from game.quiz.pack_check import open_pack
from game.sim.state import GameState
from game.storage import saves
from game.storage.files import write_atomic

KILLS = 100
SLOW_KILLS = 1000


@functools.cache
def pack() -> Pack:
    return open_pack("space-cooperation")


@functools.cache
def two_states() -> tuple[GameState, GameState]:
    """A campaign at its start and the same campaign played to its end (a bigger save)."""
    first = sim.new_game(pack(), "cnsa", 11)
    last = sim.play_campaign(pack(), "cnsa", 11, "greedy")
    return first, last


# Children come from a fork server, not from os.fork() in pytest: by the time these tests run
# other tests have left threads behind (pygame's), and forking a threaded process can
# deadlock the child (Python 3.12+ warns about it). The server is a fresh, single-threaded
# process that has imported what the writers need, so a child starts in milliseconds.
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["game.storage.files"])


def _in_child(work: Callable[..., None], *args: object) -> BaseProcess:
    """Start ``work(ready, *args)`` in a child that runs for ever; return once it is working."""
    ready = _CONTEXT.Event()
    child = _CONTEXT.Process(target=work, args=(ready, *args), daemon=True)
    child.start()
    assert ready.wait(30), "the writer did not start"
    return child


def _kill_after(child: BaseProcess, seconds: float) -> None:
    time.sleep(seconds)
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join()


def _write_forever(ready: Event, payloads: list[str] | list[bytes], target: Path) -> None:
    ready.set()
    turn = 0
    while True:
        write_atomic(target, payloads[turn % 2])
        turn += 1


def _stale_temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _kill_save_writers(target: Path, kills: int, rng: random.Random) -> int:
    """Kill a save-writing loop ``kills`` times; returns how many kills hit mid-write."""
    states = two_states()
    texts = {saves.encode(state) for state in states}
    saves.save_game(states[0], target)
    # `save_game` is `write_atomic(path, encode(state))`; a state does not pickle into the
    # child, so the child writes the two encoded saves the way `save_game` does.
    encoded = [saves.encode(state) for state in states]

    mid_write = 0
    for _ in range(kills):
        before = set(_stale_temp_files(target.parent))
        _kill_after(_in_child(_write_forever, encoded, target), rng.uniform(0.0, 0.03))
        if set(_stale_temp_files(target.parent)) - before:
            mid_write += 1
        loaded = saves.load_game(target, pack())  # raises if the save is damaged
        assert saves.encode(loaded) in texts
    return mid_write


def test_a_save_killed_a_hundred_times_mid_write_always_loads(tmp_path: Path) -> None:
    mid_write = _kill_save_writers(tmp_path / "saves" / "kill.json", KILLS, random.Random(8))
    assert mid_write > 0, "no kill landed while a save was being written"


@pytest.mark.slow
def test_a_save_killed_a_thousand_times_mid_write_always_loads(tmp_path: Path) -> None:
    mid_write = _kill_save_writers(tmp_path / "saves" / "kill.json", SLOW_KILLS, random.Random(9))
    assert mid_write > SLOW_KILLS // 10


def test_a_large_file_written_atomically_is_whole_after_a_hundred_kills(tmp_path: Path) -> None:
    target = tmp_path / "big.bin"
    payloads = [bytes([65 + i]) * 1_500_000 for i in range(2)]
    write_atomic(target, payloads[0])

    rng = random.Random(3)
    for _ in range(KILLS):
        _kill_after(_in_child(_write_forever, payloads, target), rng.uniform(0.0, 0.02))
        assert target.read_bytes() in payloads


def test_a_write_removes_only_its_own_stale_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "slot.json"
    old = time.time() - 3600
    stale = tmp_path / ".slot.json.a1B2_c3d.tmp"  # a killed writer's, an hour old
    live = tmp_path / ".slot.json.e4F5_g6h.tmp"  # another writer's, still being written
    others = [
        tmp_path / ".other.json.a1B2_c3d.tmp",  # another file's
        tmp_path / ".slot.json.notmine-too-long.tmp",  # not the temporary-file pattern
        tmp_path / "slot.json.a1B2_c3d.tmp",
    ]
    for path in (stale, live, *others):
        path.write_text("half", encoding="utf-8")
    for path in (stale, *others):
        os.utime(path, (old, old))

    write_atomic(target, "whole")

    assert target.read_text(encoding="utf-8") == "whole"
    assert not stale.exists()
    assert live.exists() and all(path.exists() for path in others)


@pytest.mark.slow
def test_a_fresh_interpreter_writing_saves_survives_kill_9(tmp_path: Path) -> None:
    target = tmp_path / "saves" / "proc.json"
    saves.save_game(two_states()[0], target)
    writer = (
        "import sys\n"
        "from game import sim\n"
        "from game.quiz.pack_check import open_pack\n"
        "from game.storage import saves\n"
        "pack = open_pack('space-cooperation')\n"
        "states = [sim.new_game(pack, 'cnsa', 11), sim.play_campaign(pack, 'cnsa', 11, 'greedy')]\n"
        "print('ready', flush=True)\n"
        "turn = 0\n"
        "while True:\n"
        "    saves.save_game(states[turn % 2], sys.argv[1])\n"
        "    turn += 1\n"
    )
    texts = {saves.encode(state) for state in two_states()}
    rng = random.Random(5)
    for _ in range(100):
        child = subprocess.Popen(
            [sys.executable, "-c", writer, str(target)],
            stdout=subprocess.PIPE,
            cwd=project_root(),
        )
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.05))
        child.kill()
        child.wait()
        child.stdout.close()
        assert saves.encode(saves.load_game(target, pack())) in texts


# --- damaged saves ------------------------------------------------------------------


def _damaged(kind: str, text: str) -> str:
    document = json.loads(text)
    if kind == "truncated":
        return text[: len(text) // 2]
    if kind == "empty":
        return ""
    if kind == "edited-state":
        document["state"]["year"] = document["state"].get("year", 0) + 1
    elif kind == "edited-header":
        document["year"] = "nineteen"
    elif kind == "foreign-format-version":
        document["format_version"] = 99
    elif kind == "other-pack-version":
        document["pack"]["version"] = "0.0.1"
    elif kind == "other-pack":
        document["pack"]["id"] = "someone-elses-pack"
    elif kind == "not-a-save":
        document = {"hello": "world"}
    elif kind == "json-list":
        document = [1, 2, 3]
    return json.dumps(document)


DAMAGE = [
    "truncated",
    "empty",
    "edited-state",
    "edited-header",
    "foreign-format-version",
    "other-pack-version",
    "other-pack",
    "not-a-save",
    "json-list",
]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_save_gives_a_clear_save_error(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "damaged.json"
    path.write_text(_damaged(kind, saves.encode(two_states()[1])), encoding="utf-8")
    with pytest.raises(SaveError) as caught:
        saves.load_game(path, pack())
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    assert "Traceback" not in message


def test_binary_garbage_and_a_folder_are_save_errors_too(tmp_path: Path) -> None:
    (tmp_path / "garbage.json").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "folder.json").mkdir()
    for name in ("garbage.json", "folder.json", "missing.json"):
        with pytest.raises(SaveError):
            saves.load_game(tmp_path / name, pack())


@pytest.mark.parametrize("kind", ["truncated", "edited-state", "foreign-format-version"])
def test_the_game_still_starts_beside_a_damaged_autosave(
    kind: str, data_folder: Path, tmp_path: Path
) -> None:
    from game.ui import scenes
    from game.ui.app import App
    from game.ui.session import list_saves, load_latest

    good = saves.autosave(two_states()[0])
    bad = saves.autosave_path("space-cooperation", "esa")
    bad.write_text(_damaged(kind, saves.encode(two_states()[1])), encoding="utf-8")
    os.utime(bad, (time.time() + 60, time.time() + 60))  # the newest file is the damaged one

    app = App(window=False)
    app.push(scenes.open_scene(app, "title"))
    app.step([])
    names = {info.path.name for info in list_saves()}
    assert good.name in names
    assert bad.name not in names or kind == "edited-state"
    session = load_latest(app)
    app.step([])
    assert app.running and app.top is not None
    if session is None:
        assert "Could not load" in app.toast


def test_play_load_of_a_damaged_save_is_one_line_and_exit_2(tmp_path: Path) -> None:
    from tests.hostile.kit import run_cli

    path = tmp_path / "cut.json"
    path.write_text(_damaged("truncated", saves.encode(two_states()[0])), encoding="utf-8")
    run = run_cli(["play", "--load", str(path)])
    assert run.code == 2, run.text
    assert "Traceback" not in run.text
    assert len(run.err.strip().splitlines()) == 1 and str(path) in run.err


# --- a data folder that cannot be written --------------------------------------------


def _unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder no one can create, even root: its parent is a regular file."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    folder = blocker / "data"
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(folder))
    return folder


def test_saving_into_an_unwritable_folder_is_a_clear_storage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _unwritable(tmp_path, monkeypatch)
    with pytest.raises(StorageError) as caught:
        saves.autosave(two_states()[0])
    assert str(folder) in str(caught.value) or "cannot write" in str(caught.value)
    assert isinstance(caught.value, SpaceAccordError)


def test_a_read_only_folder_is_refused_even_for_root(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root ignores permissions: /proc is read-only for all
            folder = Path("/proc/self/space-accord-saves")
        with pytest.raises(StorageError):
            saves.save_game(two_states()[0], folder / "x.json")
    finally:
        (tmp_path / "ro").chmod(0o700)


def test_the_game_keeps_running_without_saving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.storage import settings as settings_store
    from game.ui import scenes
    from game.ui.app import App
    from game.ui.session import new_session

    _unwritable(tmp_path, monkeypatch)
    app = App(window=False)
    app.shared["packs"] = {"space-cooperation": pack()}
    app.push(scenes.open_scene(app, "title"))
    session = new_session(app, pack(), "cnsa", 4)
    assert "Could not save" in app.toast
    app.push(scenes.open_scene(app, "campaign", session=session))
    for _ in range(5):
        session.send(sim.EndYear())
        app.step([])
    assert app.running and session.state.year > 1970
    assert settings_store.load() == settings_store.Settings()  # unreadable: defaults
    with pytest.raises(StorageError):
        settings_store.save(settings_store.Settings(font_scale=150))
