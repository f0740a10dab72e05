"""Files a user can hand the game (settings, saves, results) built to break a JSON or CSV
reader: deep nesting, numbers of thousands of digits, huge cells, pipes and devices where a
file should be. Every reader refuses them in one line, quickly; settings fall back to the
defaults; a bad file in the saves folder is listed as unreadable, never fatal."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.errors import SaveError, SpaceAccordError
from game.sim import new_game
from game.storage import reading, saves
from game.storage import settings as user_settings
from game.storage.results import ResultsError, read_results
from tests.hostile.kit import deadline, tally
from tests.hostile.test_save_fuzz import pack

QUICK = 5.0  # seconds: every refusal here takes milliseconds; a hang or a slow parse fails

DEEP = "[" * 100_000
BIG_NUMBER = "9" * 5000
HOSTILE_JSON = {
    "1000 open brackets": "[" * 1000,
    "100000 open brackets": DEEP,
    "deep objects": '{"a":' * 5000 + "1" + "}" * 5000,
    "a 5000-digit integer": BIG_NUMBER,
    "a 5000-digit float": "1." + BIG_NUMBER,
    "an infinite float": "1e999",
    "NaN": '{"font_scale": NaN}',
    "not JSON": "{oops",
}


def session_line(settings_json: str) -> str:
    return (
        "# Space Accord classroom results, format 1\n"
        f'# session {{"format": 1, "settings": {settings_json}, "items": []}}\n'
        "time,event,question,item_id,team,answer,answer_text,right,points,seconds\n"
    )


@pytest.mark.parametrize("name", list(HOSTILE_JSON))
def test_a_hostile_settings_file_gives_the_defaults(name: str, data_folder: Path) -> None:
    data_folder.mkdir(parents=True)
    (data_folder / "settings.json").write_text(HOSTILE_JSON[name], encoding="utf-8")
    with deadline(QUICK):
        assert user_settings.load() == user_settings.Settings()


def test_a_settings_file_that_is_a_pipe_or_too_big_gives_the_defaults(data_folder: Path) -> None:
    data_folder.mkdir(parents=True)
    os.mkfifo(data_folder / "settings.json")
    with deadline(QUICK):
        assert user_settings.load() == user_settings.Settings()
    os.unlink(data_folder / "settings.json")
    (data_folder / "settings.json").write_text(" " * 100_000 + "{}", encoding="utf-8")
    assert user_settings.load() == user_settings.Settings()


def a_save(folder: Path) -> Path:
    p = pack()
    agency = next(a.id for a in p.agencies if a.playable)
    return saves.save_game(new_game(p, agency, 3), folder / "good.json")


def hostile_saves(folder: Path) -> list[Path]:
    """One of each kind of thing a saves folder should never hold, each named *.json."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n, text in enumerate(HOSTILE_JSON.values()):
        path = folder / f"bad-{n}.json"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    header = '{"format": "space-accord-save", "format_version": 1, "year": '
    for name, text in {
        "big-year": header + BIG_NUMBER + ', "state": {}}',
        "deep-state": header + '1, "state": ' + DEEP + "}",
        "deep-header": '{"a": ' + "[" * 3000 + ', "state": {}}',
    }.items():
        (folder / f"{name}.json").write_text(text, encoding="utf-8")
        made.append(folder / f"{name}.json")
    os.mkfifo(folder / "pipe.json")
    (folder / "folder.json").mkdir()
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "nothing.json").symlink_to(folder / "gone")
    return [*made, folder / "pipe.json", folder / "folder.json", folder / "zero.json"]


def test_a_saves_folder_full_of_hostile_files_lists_them_as_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "saves"
    bad = hostile_saves(folder)
    good = a_save(folder)
    with deadline(QUICK):
        found, unreadable = saves.scan_saves(folder)
        assert saves.latest_autosave(folder) is None
    assert [info.path for info in found] == [good]
    assert {u.path for u in unreadable} >= set(bad)
    assert all("\n" not in u.reason for u in unreadable)


@pytest.mark.parametrize("target", ["/dev/zero", "pipe", "folder"])
def test_loading_a_device_a_pipe_or_a_folder_is_refused_at_once(
    target: str, tmp_path: Path
) -> None:
    path = Path(target) if target.startswith("/") else tmp_path / target
    if target == "pipe":
        os.mkfifo(path)
    elif target == "folder":
        path.mkdir()
    with deadline(QUICK):
        with pytest.raises(SaveError, match="not a file the game wrote"):
            saves.read_info(path)
        with pytest.raises(SaveError, match="not a file the game wrote"):
            saves.open_save(path, lambda pack_id: pack())
        with pytest.raises(ResultsError, match="not a file the game wrote"):
            read_results(path)


@pytest.mark.parametrize(
    "settings_json",
    [
        '{"pack_id": "p", "seed": ' + BIG_NUMBER + "}",
        '{"pack_id": "p", "seed": 1, "timer": 1' + "0" * 400 + "}",
        '{"pack_id": "p", "seed": 1, "questions": 1000000000}',
        '{"pack_id": "p", "seed": 1, "teams": ["' + "T" * 5000 + '"]}',
        "[" * 10_000,
    ],
)
def test_a_hostile_session_line_is_refused(settings_json: str, tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    path.write_text(session_line(settings_json), encoding="utf-8")
    with deadline(QUICK), pytest.raises(ResultsError) as refused:
        read_results(path)
    assert "\n" not in str(refused.value)


def test_a_200_kb_cell_is_a_damaged_row_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    text = session_line('{"pack_id": "p", "seed": 1, "teams": ["A"]}')
    text += "t,answer,1,q,A," + "x" * 200_000 + ",,yes,1,\n"
    text += "t,reveal,1,q,,,,,,\n"
    path.write_text(text, encoding="utf-8")
    results = read_results(path)
    assert results.skipped == (4,)
    assert [row["event"] for row in results.rows] == ["reveal"]


def test_a_results_file_larger_than_the_limit_is_refused_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:  # sparse: no disk used, but read as zeros
        handle.truncate(reading.CHUNK * 300 + 20 * 1024 * 1024)
    with deadline(QUICK), pytest.raises(ResultsError, match="larger than"):
        read_results(path)


# --- the reader under fuzzing ----------------------------------------------------------

JSON_ATTACKS = st.one_of(
    st.builds(lambda n: ("deep arrays", "[" * n + "]" * n), st.integers(40, 20_000)),
    st.builds(lambda n: ("deep objects", '{"a":' * n + "0" + "}" * n), st.integers(40, 5000)),
    st.builds(lambda n: ("open brackets", "[{" * n), st.integers(1, 20_000)),
    st.builds(lambda n: ("long integer", "-" + "7" * n), st.integers(30, 20_000)),
    st.builds(lambda n: ("long float", "0." + "3" * n + "e5"), st.integers(30, 20_000)),
    st.builds(lambda e: ("huge exponent", f"1e{e}"), st.integers(300, 10**6)),
    st.sampled_from([("constant", c) for c in ("NaN", "Infinity", "-Infinity", "[NaN]")]),
    st.builds(lambda s: ("brackets in strings", json.dumps("[" * 5000 + s)), st.text()),
    st.builds(lambda t: ("random text", t), st.text(max_size=200)),
    st.builds(lambda b: ("random bytes", b.decode("latin-1")), st.binary(max_size=200)),
)


def _reader_attack(family: str, text: str, folder: Path) -> None:
    """The same hostile text as a settings file, a save and a session line."""
    tally(f"user file: {family}")
    (folder / "settings.json").write_text(text, encoding="utf-8")
    assert isinstance(user_settings.load(folder / "settings.json"), user_settings.Settings)
    (folder / "save.json").write_text(text, encoding="utf-8")
    for read in (saves.read_info, lambda p: saves.open_save(p, lambda pack_id: pack())):
        _refused_in_one_line(read, folder / "save.json", SaveError)
    (folder / "r.csv").write_text(session_line(text), encoding="utf-8")
    _refused_in_one_line(read_results, folder / "r.csv", ResultsError)


def _refused_in_one_line(read: Callable[[Path], object], path: Path, kind: type) -> None:
    try:
        read(path)
    except SpaceAccordError as error:
        assert isinstance(error, kind) and "\n" not in str(error)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(attack=JSON_ATTACKS)
def test_hostile_json_is_refused_by_every_reader(
    attack: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    with deadline(QUICK * 2):
        _reader_attack(*attack, tmp_path_factory.mktemp("files"))


@pytest.mark.slow
@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(attack=JSON_ATTACKS)
def test_many_hostile_json_files_are_refused_by_every_reader(
    attack: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    with deadline(QUICK * 4):
        _reader_attack(*attack, tmp_path_factory.mktemp("files"))


def test_the_load_screen_lists_a_hostile_file_as_unreadable_with_why(data_folder: Path) -> None:
    import pygame

    from game.storage.settings import Settings
    from game.ui import scenes
    from game.ui.app import App

    folder = data_folder / "saves"
    hostile_saves(folder)
    a_save(folder)
    app = App(Settings(), size=(1280, 720), window=False)
    try:
        with deadline(QUICK * 2):
            app.push(scenes.open_scene(app, "load"))
            app.step([])
            app.render()
        labels = [item.label for item in app.top.menu.items]  # type: ignore[union-attr]
        assert labels[0].split(" · ")[-1] == pack().info.id
        assert "pipe.json · unreadable" in labels and "zero.json · unreadable" in labels
    finally:
        pygame.quit()
