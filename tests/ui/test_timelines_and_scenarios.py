"""The end screen keeps the player's timeline and the record in two panels, never one
mixed list, and both fit the window; an agency played only through its scenarios is
listed only with them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.content.model import Pack, Scenario
from game.content.packs import PackEntry
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


def test_an_agency_played_only_through_scenarios_is_listed_once_per_scenario(
    app: App, pack: Pack
) -> None:
    south = next(a for a in pack.agencies if a.id == "south")
    lesson = Scenario(
        id="south-long",
        title="Southland in long turns",
        agencies=("south",),
        start=1990,
        end=1996,
        years_per_turn=2,
    )
    only = replace(
        pack,
        agencies=tuple(replace(a, full_campaign=False) if a is south else a for a in pack.agencies),
        scenarios=(lesson,),
    )
    app.shared["packs"] = {only.info.id: only}
    entry = PackEntry(only.info.id, only.info.title, only.info.version, Path(only.root), "built-in")
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "choose", seed=3, entries=[entry]))
    app.step([])
    rows = [(item.value, item.detail) for item in app.top.agencies.items]
    south_rows = [(value, detail) for value, detail in rows if value[0] == "south"]
    assert south_rows == [
        (("south", "south-long"), "Southland in long turns · 1990–1996 · 4 turns of 2 years")
    ]
    assert ("north", "") in [value for value, _ in rows]  # others keep their full campaign


def test_the_end_summary_counts_work_on_the_ground_apart_from_launches(app: App) -> None:
    from game.quiz.pack_check import open_pack
    from game.sim import report
    from game.ui.scenes.end import summary_lines

    pack = open_pack("space-cooperation")
    missions = pack.by_id("missions")
    for seed in range(1, 20):  # the first of ESA's random games with a study among its missions
        state = play_campaign(pack, "esa", seed, "learner", scenario="esa-science-with-china")
        launches = state.player_launches()
        ground = [x for x in launches if not missions[x.mission_id].flies]
        if ground:
            break
    assert ground, "one of ESA's learner games does a study with China"
    lines = summary_lines(state, report(state), 300)
    right = sum(1 for x in launches if x.success)
    assert (
        lines[2] == f"Missions: {right} of {len(launches)} succeeded ({len(ground)} on the ground)"
    )
    assert lines[0] == "To compare: ESA playing history's own moves scores 300."
    assert not any("flown" in line for line in lines)
