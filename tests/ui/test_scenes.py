"""Every scene, headless: enter it, feed it keys and clicks, and check what it sent to the
rules (the state) or which scene it opened."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pygame

from game.content.packs import PackEntry
from game.sim import EndYear
from game.storage import saves
from game.storage import settings as store
from game.ui import scenes
from game.ui.app import App
from game.ui.session import Session, finished_name, new_session
from tests.ui.helpers import click, key, press, until_question


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def top(app: App) -> str:
    return app.top.name if app.top else ""


def start_campaign(app: App, session: Session) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "campaign", session=session))
    app.step([])


def answer_any_quiz(app: App) -> None:
    """Answer whatever question is open (the first choice, or in order, or 1990)."""
    while top(app) == "quiz":
        scene = app.top
        kind = scene.question.type
        if kind == "number":
            app.step([key(pygame.K_1, c) for c in "1990"] + [key(pygame.K_RETURN)])
        elif kind == "order":
            press(app, *[pygame.K_1 + i for i in range(len(scene.question.choices))])
            press(app, pygame.K_RETURN)
        else:
            press(app, pygame.K_1)
        press(app, pygame.K_RETURN)


def settle(app: App) -> None:
    """Answer questions and close cards and launches until the campaign view is on top."""
    for _ in range(50):
        if top(app) in ("campaign", "end"):
            return
        if top(app) == "quiz":
            answer_any_quiz(app)
        else:
            press(app, pygame.K_RETURN)


def test_the_title_offers_continue_only_when_there_is_a_save(app: App, session: Session) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.step([])
    assert app.top.continue_label  # the session fixture autosaved
    saves.autosave_path(session.pack.info.id, "north").unlink()
    app.top.refresh()
    assert app.top.continue_label == ""


def test_new_game_opens_the_choice_of_pack_and_agency(app: App) -> None:
    app.push(scenes.open_scene(app, "title"))
    press(app, pygame.K_RETURN)
    assert top(app) == "choose"


def test_choosing_an_agency_starts_its_campaign(app: App, shelf: list[PackEntry]) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "choose", seed=3, entries=shelf))
    press(app, pygame.K_DOWN, pygame.K_RETURN)  # the second playable agency
    press(app, pygame.K_RETURN)  # yes, start the campaign
    campaign = app.find(scenes.scene_class("campaign"))
    assert campaign is not None
    assert campaign.session.state.agency_id == "south"
    assert campaign.session.state.seed == 3


def test_continue_loads_the_latest_autosave(app: App, session: Session) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.step([])
    app.top.continue_game()
    campaign = app.find(scenes.scene_class("campaign"))
    assert campaign is not None and campaign.session.state == session.state


def test_a_pending_question_opens_over_the_campaign(app: App, session: Session) -> None:
    until_question(session)
    start_campaign(app, session)
    assert session.state.checkpoint is not None
    assert top(app) == "quiz"
    assert [s.name for s in app.visible_scenes()] == ["campaign", "quiz"]


def test_answering_with_a_number_key_sends_the_answer_and_reveals_the_source(
    app: App, session: Session
) -> None:
    until_question(session)
    start_campaign(app, session)
    quiz = app.top
    press(app, pygame.K_2)
    assert session.state.checkpoint is None
    assert len(session.state.quiz_log) == 1
    assert quiz.result is not None and quiz.result.reveal.citations
    assert quiz.result.reveal.citations[0].as_reported.startswith("as reported on")
    press(app, pygame.K_RETURN)
    assert top(app) == "campaign"


def test_a_question_put_off_with_escape_waits_in_the_campaign_menu(
    app: App, session: Session
) -> None:
    until_question(session)
    start_campaign(app, session)
    press(app, pygame.K_ESCAPE)
    assert top(app) == "campaign"
    assert app.top.menu.items[0].value == "quiz"
    press(app, pygame.K_e)  # the year cannot end: the question opens again
    assert top(app) == "quiz"


def test_ending_the_year_moves_the_campaign_on(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    year = session.state.year
    press(app, pygame.K_e)
    assert session.state.year == year + 1


def test_signing_an_offer_adds_the_agreement(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    while "north-south-pact" not in session.state.offers:
        press(app, pygame.K_e)
        settle(app)
    press(app, pygame.K_a)
    assert top(app) == "agreements"
    press(app, pygame.K_RETURN)  # from the offer to its Sign button
    press(app, pygame.K_RETURN, pygame.K_RETURN)  # Sign, then yes
    assert any(a.id == "north-south-pact" for a in session.state.player_agreements())


def test_a_proposal_is_sent_from_the_partner_list(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_a)
    scene = app.top
    partner = scene.menu.current.value[1]
    press(app, pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN)  # partner, kind, yes
    assert any(partner in a.parties for a in session.state.player_agreements())


def test_starting_a_mission_puts_it_in_development(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_m)
    assert top(app) == "missions"
    press(app, pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN)  # mission, Start, yes
    assert len(session.state.developing) == 1


def test_a_launch_plays_then_shows_the_outcome_the_rules_rolled(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_m, pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN, pygame.K_ESCAPE)
    for _ in range(6):
        if top(app) == "launch":
            break
        press(app, pygame.K_e)
        answer_any_quiz(app)
        while top(app) == "news":
            press(app, pygame.K_RETURN)
    launch = app.top
    assert top(app) == "launch" and launch.animating
    for _ in range(300):
        app.step([], 1 / 60)
    assert launch.finished and not launch.animating
    press(app, pygame.K_RETURN)
    assert top(app) != "launch"


def test_a_big_event_gets_its_own_news_card(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_e)  # 1991: the comet
    answer_any_quiz(app)
    assert top(app) == "news"
    assert app.top.item.title == "A bright comet appears"
    press(app, pygame.K_RETURN)
    assert top(app) in ("campaign", "quiz")


def test_the_campaign_ends_with_the_report(app: App, session: Session) -> None:
    start_campaign(app, session)
    for _ in range(80):
        if top(app) == "end":
            break
        if top(app) == "campaign":
            press(app, pygame.K_n)
        elif top(app) == "quiz":
            answer_any_quiz(app)
        else:
            press(app, pygame.K_RETURN)
    assert top(app) == "end"
    assert app.top.report.finished
    press(app, pygame.K_TAB, pygame.K_RETURN)  # play again, chosen on purpose
    assert [s.name for s in app.scenes] == ["title", "choose"]


def test_the_end_screen_offers_the_title_screen_first(app: App, session: Session) -> None:
    session.state = replace(session.state, finished=True, checkpoint=None)
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "end", session=session))
    press(app, pygame.K_RETURN)
    assert [s.name for s in app.scenes] == ["title"]


def test_a_new_campaign_of_the_same_agency_keeps_the_finished_one(
    app: App, session: Session
) -> None:
    session.state = replace(session.state, finished=True, checkpoint=None)
    session.autosave()
    new_session(app, session.pack, "north", seed=8)
    kept = [info for info in saves.list_saves() if info.name == slug(finished_name(session.state))]
    assert len(kept) == 1 and kept[0].seed == 7 and not kept[0].autosave
    assert saves.open_save(kept[0].path, lambda _: session.pack).finished


def test_the_settings_screen_changes_and_saves_the_text_size(app: App, data_folder: Path) -> None:
    app.on_settings = store.save
    app.push(scenes.open_scene(app, "settings"))
    press(app, pygame.K_DOWN, pygame.K_RIGHT)
    assert app.settings.font_scale == 125
    assert store.load().font_scale == 125
    assert app.theme.font_scale == 1.25


def test_the_guided_first_turn_steps_through_the_campaign_panels(
    app: App, session: Session
) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    press(app, pygame.K_h)
    guide = app.top
    assert top(app) == "help" and not guide.opaque
    seen = []
    for _ in range(10):
        if app.top is not guide:
            break
        seen.append(guide.target)
        press(app, pygame.K_RETURN)
    assert len(seen) == 6 and top(app) == "campaign"
    assert seen[3] == app.top.regions()["network"]


def test_the_menu_saves_and_returns_to_the_title(app: App, session: Session) -> None:
    start_campaign(app, session)
    answer_any_quiz(app)
    session.send(EndYear())
    press(app, pygame.K_ESCAPE)
    assert top(app) == "pause"
    app.top.to_title()
    assert [s.name for s in app.scenes] == ["title"]
    assert saves.latest_autosave().year == session.state.year


def test_every_screen_works_with_the_mouse_alone(app: App, session: Session) -> None:
    until_question(session)
    start_campaign(app, session)
    quiz = app.top
    app.step([click(quiz.input.answers[0].rect.center)])
    assert quiz.result is not None
    app.step([click(quiz.done.rect.center)])
    campaign = app.top
    missions = next(i for i, item in enumerate(campaign.menu.items) if item.value == "missions")
    app.step([click(campaign.menu.row_rect(missions).center)])
    assert top(app) == "missions"
    app.step([click(app.top.back_button.rect.center)])
    assert top(app) == "campaign"


def test_the_load_screen_lists_saves_and_loads_one(app: App, session: Session) -> None:
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "load"))
    app.step([])
    assert len(app.top.menu.items) == 1
    press(app, pygame.K_RETURN, pygame.K_RETURN)
    assert top(app) in ("campaign", "quiz")
