"""The missions screen: locked rows give their reason, missions that can start come first,
an empty list says what to do, and research asks first, like starting a mission."""

from __future__ import annotations

import pygame

from game.sim import message
from game.sim.actions import FundResearch
from game.ui.app import App
from game.ui.messages import say
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.missions import RESEARCH, MissionsScene
from game.ui.session import Session
from tests.ui.helpers import press


def test_a_locked_row_gives_its_reason_without_repeating_the_name() -> None:
    too_early = message("mission_too_early", mission="Probe", year=2013)
    announced = message("mission_announced_later", mission="Probe", year=2019)
    needs = message("needs_first", needs=("Orbiter",))
    assert say(too_early, brief=True) == "The technology for it is not ready before 2013."
    assert say(too_early) == "The technology for Probe is not ready before 2013."
    assert say(announced, brief=True) == "First announced in 2019: it cannot start earlier."
    assert say(needs, brief=True) == "Needs first: Orbiter."


def test_missions_that_can_start_come_before_locked_ones(app: App, session: Session) -> None:
    scene = MissionsScene(app, session)
    app.push(scene)
    enabled = [item.enabled for item in scene.items()]
    assert enabled == sorted(enabled, reverse=True)


def test_when_nothing_can_start_the_missions_screen_says_what_to_do(
    app: App, session: Session
) -> None:
    from dataclasses import replace

    poor = replace(session.state.stock, budget=0)
    session.state = replace(session.state, stock=poor)
    scene = MissionsScene(app, session)
    app.push(scene)
    app.render()
    assert not any(item.enabled for item in scene.menu.items)
    # The real reason is the empty budget: the notice says so, not "sign agreements".
    assert scene.notice_text.startswith(
        "No mission is ready this year: the cheapest one open to you costs"
    )
    assert "budget is 0" in scene.notice_text and "income" in scene.notice_text
    assert scene.list_panel.rect.contains(scene.notice_rect)
    assert scene.notice_rect.bottom <= scene.menu.rect.top


def test_the_missions_screen_says_nothing_when_something_can_start(
    app: App, session: Session
) -> None:
    scene = MissionsScene(app, session)
    app.push(scene)
    app.render()
    assert any(item.enabled for item in scene.menu.items)
    assert scene.notice_text == ""


def test_a_mission_too_late_to_fly_is_not_named_as_the_one_to_save_for(
    app: App, session: Session
) -> None:
    from dataclasses import replace

    state = session.state
    last_turn = replace(state, year=state.end_year, stock=replace(state.stock, budget=0))
    session.state = last_turn
    scene = MissionsScene(app, session)
    app.push(scene)
    app.render()
    # Nothing could be built in time: money is not the reason, so no "costs … budget".
    assert "cheapest" not in scene.notice_text and scene.notice_text.startswith(
        "No mission is ready in this last turn"
    )


def research_screen(app: App, session: Session) -> MissionsScene:
    scene = MissionsScene(app, session)
    app.push(scene)
    app.render()
    scene.menu.select([item.value for item in scene.menu.items].index(RESEARCH))
    scene.refresh_detail()
    return scene


def test_funding_research_asks_first_with_its_cost_and_what_it_brings(
    app: App, session: Session
) -> None:
    scene = research_screen(app, session)
    option = session.option(FundResearch())
    assert option is not None and option.allowed
    before = session.state
    [fund] = scene.actions
    fund.on_click()
    dialog = app.top
    assert isinstance(dialog, ConfirmScene) and dialog.question == "Fund research this turn?"
    said = " ".join(para.text for para in dialog.body.paras)
    assert f"Costs {option.cost} from your budget of {before.stock.budget}, now." in said
    assert "science now" in said and "point of chance for every mission" in said
    assert session.state is before  # nothing is paid while it asks
    press(app, pygame.K_RETURN)
    assert session.state.stock.budget == before.stock.budget - option.cost
    assert len(session.state.research) == len(before.research) + 1


def test_cancelling_the_research_dialog_pays_nothing(app: App, session: Session) -> None:
    scene = research_screen(app, session)
    before = session.state
    scene.actions[0].on_click()
    press(app, pygame.K_ESCAPE)
    assert app.top is scene and session.state is before


def _esa(app: App, flown: tuple[str, ...] = (), year: int = 2021) -> Session:
    """ESA's scenario (the built-in pack) in ``year``, ``flown`` flown by the player."""
    from dataclasses import replace

    from game.quiz.pack_check import open_pack
    from game.sim.state import Launch
    from game.ui.session import new_session

    pack = open_pack("space-cooperation")
    app.shared["packs"] = {pack.info.id: pack}
    session = new_session(app, pack, "esa", 1, "esa-science-with-china")
    launches = tuple(Launch(mission_id, year - 2, True, True) for mission_id in flown)
    session.state = replace(session.state, year=year, launches=session.state.launches + launches)
    return session


def _card(app: App, session: Session, mission_id: str) -> list[str]:
    scene = MissionsScene(app, session)
    app.push(scene)
    row = next(item for item in scene.items() if item.value == mission_id)
    return [para.text for para in scene.details(row)]


def test_an_undated_plan_says_it_is_up_to_the_player_and_its_flight_card_does_not(
    app: App,
) -> None:
    from game.sim.metrics import measured_campaign
    from game.ui.describe import news_paras

    session = _esa(app, ("double-star",))
    assert "The sources give no date: when it flies is up to you." in _card(app, session, "smile")
    # Once flown, its card (the launch's news) says it flew in your game, nothing more.
    state, _ = measured_campaign(session.state.pack, "esa", 1, "learner", "esa-science-with-china")
    [flight] = [n for n in state.news if n.kind == "launch" and n.record_id == "smile"]
    said = [para.text for para in news_paras(state, [flight])]
    assert "Success in your game" in said[0]
    assert not any("up to you" in text for text in said)


def test_work_on_the_ground_is_done_not_flown(app: App) -> None:
    from game.sim import message
    from game.sim.missions import mission_refusal

    studied = _esa(app, ("double-star", "esa-lunar-study"), 2023).state
    refusal = mission_refusal(studied, "esa-lunar-study")
    assert refusal is not None and refusal.code == "mission_done"
    flown = mission_refusal(_esa(app, ("double-star", "smile"), 2023).state, "smile")
    assert flown is not None and flown.code == "mission_flown"
    done = message("mission_done", mission="Lunar study")
    assert say(done) == "Lunar study is already done." and say(done, brief=True) == "Already done."
    again = message("mission_done_enough", mission="Data", times=3)
    assert say(again, brief=True) == "Done 3 times: nothing more to gain."


def test_a_repeatable_service_on_the_ground_can_be_done_again_not_flown(app: App) -> None:
    from dataclasses import replace

    from game.quiz.pack_check import open_pack
    from game.ui.session import new_session

    pack = open_pack("space-cooperation")
    app.shared["packs"] = {pack.info.id: pack}
    session = new_session(app, pack, "aeb", 1, "aeb-cbers")
    session.state = replace(session.state, year=2019)
    card = _card(app, session, "brazil-earth-observation")
    assert "Can be done again; each new success brings less." in card
