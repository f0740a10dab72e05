"""The end screen keeps the player's timeline and the record in two panels, never one
mixed list, and both fit the window."""

from __future__ import annotations

from game.sim import play_campaign
from game.ui import scenes
from game.ui.app import App
from game.ui.audit import LayoutAudit
from game.ui.session import Session


def texts(block) -> list[str]:
    return [para.text for para in block.paras]


def test_the_end_screen_shows_your_timeline_apart_from_the_record(app: App, session: Session):
    session.state = play_campaign(session.pack, "north", 7, "historical")
    app.audit = LayoutAudit()
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "end", session=session))
    app.step([])
    end = app.top
    yours, record = texts(end.yours), texts(end.record)
    assert any(line.startswith("1991: Northsat 1 flew") for line in yours)
    assert "1991: Northsat 1" in record and "1991: North-South space pact" in record
    assert not set(yours) & set(record)  # two lists: nothing of one is in the other
    assert any("The Orbital Gazette" in line for line in record)  # the record is sourced
    assert not any("Gazette" in line for line in yours)  # your game cites no source
    assert app.audit.problems() == []
