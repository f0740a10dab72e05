"""Saves: a campaign written as JSON loads back equal; anything else is refused clearly."""

from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest

from game.errors import SaveError
from game.sim import EndYear, apply, new_game, play_campaign
from game.storage import saves
from tests.sim.fakes import answered, fake_pack

PACK = fake_pack()


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def state():
    state, _ = apply(answered(new_game(PACK, "beta", 5)), EndYear())
    return state


def rewrite(path, change):
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def test_a_save_loads_back_equal(state, data_dir):
    path = saves.save(state, "My Campaign!")
    assert path == data_dir / "saves" / "my-campaign.json"
    assert saves.load_game(path, PACK) == state


def test_a_finished_campaign_loads_back_equal(tmp_path):
    state = play_campaign(PACK, "gamma", 2, "greedy")
    path = saves.save_game(state, tmp_path / "done.json")
    assert saves.load_game(path, PACK) == state


def test_saving_twice_gives_the_same_bytes_and_leaves_no_temporary_file(state, tmp_path):
    first = saves.save_game(state, tmp_path / "a.json").read_bytes()
    second = saves.save_game(state, tmp_path / "a.json").read_bytes()
    assert first == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_truncated_save_is_refused(state, tmp_path):
    path = saves.save_game(state, tmp_path / "cut.json")
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(SaveError, match="damaged or cut short"):
        saves.load_game(path, PACK)


def test_a_save_edited_by_hand_is_refused(state, tmp_path):
    path = saves.save_game(state, tmp_path / "rich.json")
    rewrite(path, lambda d: d["state"]["stock"].update(budget=999999))
    with pytest.raises(SaveError, match="changed outside the game"):
        saves.load_game(path, PACK)


def test_a_save_describing_an_impossible_campaign_is_refused(state, tmp_path):
    path = saves.save_game(state, tmp_path / "odd.json")

    def break_it(document):
        document["state"]["stock"]["budget"] = -5
        document["sha256"] = saves._digest(document["state"])

    rewrite(path, break_it)
    with pytest.raises(SaveError, match="budget is negative"):
        saves.load_game(path, PACK)


def test_a_save_of_another_version_of_the_pack_is_refused(state, tmp_path):
    path = saves.save_game(state, tmp_path / "old.json")
    newer = replace(PACK, info=replace(PACK.info, version="2.0.0"))
    with pytest.raises(SaveError, match="version 1.0.0 of pack 'fake', and this is version 2.0.0"):
        saves.load_game(path, newer)


def test_a_save_of_another_pack_is_refused(state, tmp_path):
    path = saves.save_game(state, tmp_path / "other.json")
    other = replace(PACK, info=replace(PACK.info, id="other"))
    with pytest.raises(SaveError, match="is a save of pack 'fake', not of 'other'"):
        saves.load_game(path, other)


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"format": "something-else"}', b"null"],
)
def test_a_file_that_is_not_a_save_is_refused(content, tmp_path):
    path = tmp_path / "foreign.json"
    path.write_bytes(content)
    with pytest.raises(SaveError):
        saves.load_game(path, PACK)


def test_a_save_of_a_newer_format_is_refused(state, tmp_path):
    path = saves.save_game(state, tmp_path / "future.json")
    rewrite(path, lambda d: d.update(format_version=99))
    with pytest.raises(SaveError, match="save format 99"):
        saves.load_game(path, PACK)


def test_a_missing_save_is_refused(tmp_path):
    with pytest.raises(SaveError, match="no such save"):
        saves.load_game(tmp_path / "nothing.json", PACK)


def test_an_unusable_save_name_is_refused(state):
    with pytest.raises(SaveError, match="not a usable save name"):
        saves.save(state, "???")


def test_autosaves_are_listed_and_the_latest_is_found(state, data_dir):
    assert saves.latest_autosave() is None
    manual = saves.save(state, "manual")
    older = saves.autosave(state)
    newer = saves.autosave(new_game(PACK, "gamma", 1))
    os.utime(older, ns=(1_000, 1_000))
    os.utime(manual, ns=(2_000, 2_000))
    latest = saves.latest_autosave()
    assert latest is not None and latest.path == newer and latest.agency == "gamma"
    assert older.name == "autosave-fake-beta.json"
    assert [info.path for info in saves.list_saves()] == [newer, manual, older]


def test_listing_skips_files_that_are_not_saves(state, data_dir):
    saves.save(state, "good")
    (data_dir / "saves" / "junk.json").write_text("{not json")
    assert [info.name for info in saves.list_saves()] == ["good"]


def test_the_header_tells_which_pack_to_open(state, tmp_path):
    info = saves.read_info(saves.save_game(state, tmp_path / "x.json"))
    assert (info.pack_id, info.pack_version, info.agency, info.year) == (
        "fake",
        "1.0.0",
        "beta",
        2004,
    )


def test_the_header_comes_first_on_one_line_and_the_file_is_still_one_json_object(state, tmp_path):
    path = saves.save_game(state, tmp_path / "x.json")
    first = path.read_bytes()[: saves.HEADER_BYTES].split(b"\n")[0]
    assert first.startswith(b'{"agency": "beta"') and first.endswith(b'"state": {')
    document = json.loads(path.read_text())
    assert list(document)[-1] == "state" and document["year"] == 2004


def test_listing_reads_the_header_and_not_the_state(state, data_dir):
    path = saves.save(state, "inside")
    text = path.read_text()
    cut = text.index('"stock"')
    path.write_text(text[:cut] + text[cut:].replace('"stock"', '"stick"', 1))  # same size
    assert [info.path for info in saves.list_saves()] == [path]
    with pytest.raises(SaveError):
        saves.load_game(path, PACK)


def test_a_save_cut_short_is_not_listed_though_its_header_reads(state, data_dir):
    older = saves.autosave(state)
    newer = saves.autosave(new_game(PACK, "gamma", 1))
    os.utime(older, ns=(1_000, 1_000))
    newer.write_bytes(newer.read_bytes()[:-10])
    assert [info.path for info in saves.list_saves()] == [older]
    latest = saves.latest_autosave()
    assert latest is not None and latest.path == older
    with pytest.raises(SaveError, match="cut short"):
        saves.read_info(newer)


def test_a_save_written_with_the_header_elsewhere_still_lists_and_loads(state, data_dir):
    path = saves.save(state, "older layout")
    document = json.loads(path.read_text())
    del document["state_bytes"]
    path.write_text(json.dumps(document, sort_keys=True, indent=1) + "\n")  # "state" mid-file
    (info,) = saves.list_saves()
    assert (info.path, info.agency, info.year) == (path, "beta", 2004)
    assert saves.load_game(path, PACK) == state


def test_opening_a_save_asks_for_the_pack_its_header_names(state, tmp_path):
    path = saves.save_game(state, tmp_path / "x.json")
    asked = []

    def open_pack(pack_id):
        asked.append(pack_id)
        return PACK

    assert saves.open_save(path, open_pack) == state
    assert asked == ["fake"]
