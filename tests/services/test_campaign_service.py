"""The campaign service: apply, autosave and the outcome queue, with no pygame."""

from __future__ import annotations

import pytest

from game.errors import SaveError
from game.services import campaign
from game.sim import EndYear, Refused, SignAgreement, YearBegan, message
from tests.sim.fakes import fake_pack as make_pack


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path))
    return tmp_path


def test_the_service_imports_neither_pygame_nor_the_ui():
    import ast
    from pathlib import Path

    for path in Path(campaign.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {m for m in imported if m.startswith(("pygame", "game.ui"))}, path.name


def test_ending_a_year_queues_its_outcomes_and_autosaves(data_home):
    service = campaign.start(make_pack(), "alpha", 1)
    year = service.state.year
    outcomes = service.send(EndYear())
    assert service.state.year == year + 1
    assert any(isinstance(o, YearBegan) for o in outcomes)
    assert [service.next_pending() for _ in outcomes] == outcomes
    assert service.next_pending() is None
    saved = campaign.list_saves()
    assert saved and saved[0].year == year + 1


def test_a_refused_action_changes_nothing_and_is_queued_with_its_code(data_home):
    service = campaign.start(make_pack(), "alpha", 1)
    before = service.state
    (refused,) = service.send(SignAgreement("no-such"))
    assert isinstance(refused, Refused)
    assert refused.reason == message("no_such_agreement", id="no-such")
    assert service.state is before
    assert service.next_pending() == refused


def test_a_screen_that_shows_outcomes_itself_leaves_the_queue_empty(data_home):
    service = campaign.start(make_pack(), "alpha", 1)
    service.send(EndYear(), queue=False)
    assert service.next_pending() is None


def test_a_campaign_resumes_from_its_autosave(data_home):
    pack = make_pack()
    service = campaign.start(pack, "alpha", 1)
    service.send(EndYear())
    info = campaign.latest_save()
    assert info is not None
    resumed = campaign.resume(info.path, lambda pack_id: pack)
    assert resumed.state == service.state


def test_a_save_that_cannot_be_read_raises_a_save_error(data_home):
    broken = data_home / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(SaveError):
        campaign.resume(broken, lambda pack_id: make_pack())


def test_a_save_that_cannot_be_written_is_told_not_raised(data_home, monkeypatch):
    told: list[str] = []
    service = campaign.start(make_pack(), "alpha", 1, on_error=told.append)

    def refuse(state):
        raise SaveError("disk full")

    monkeypatch.setattr("game.storage.saves.autosave", refuse)
    service.send(EndYear())
    assert told == ["Could not save: disk full"]
