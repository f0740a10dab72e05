"""Frame time of every screen of the game and of classroom mode, in a busy state.

The busy states come from real play: the greedy player plays the built-in pack's first
playable agency to the middle of its campaign (many agreements on the network, a full news
feed), keeping a quiz checkpoint, a launch and a finished campaign on the way; classroom
mode runs a 10-question quiz for six teams with a timer. Each screen is built on the App's
scene stack as the game builds it (overlays over the campaign), then timed frame by frame:
``invalidate`` + ``App.step`` (update and draw of every visible scene) + ``display.flip``,
i.e. a frame where something changed. A screen that cannot be built is n/a on its own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from fig_frames import floor_frame, time_frames
from perf_common import BUILTIN_PACK_ID, SCREEN_SIZE, Figure, Settings, first_line, log, na

SEED = 1
TEAMS = ("Red", "Blue", "Green", "Yellow", "Purple", "Orange")


@dataclass
class World:
    """States met on the way through one greedy campaign, for the screens to show."""

    pack: Any
    mid: Any  # a state in the middle of the campaign, no checkpoint open
    quiz: Any = None  # a state with a checkpoint open
    launched: Any = None  # a MissionLaunched outcome
    finished: Any = None  # the state at the end
    extra: dict[str, Any] = field(default_factory=dict)


def play_world(pack: Any) -> World:
    from game.sim import apply
    from game.sim.outcomes import MissionLaunched
    from game.sim.players import GreedyPlayer
    from game.sim.world import new_game

    agency = next(a.id for a in pack.agencies if a.playable)
    state = new_game(pack, agency, SEED)
    middle = state.start_year + (state.end_year - state.start_year) // 2
    player = GreedyPlayer()
    world = World(pack, state)
    for _ in range(20000):  # a safety net; a campaign ends well before
        if state.finished:
            break
        if state.checkpoint is not None and (world.quiz is None or state.year <= middle):
            world.quiz = state
        if state.year <= middle and state.checkpoint is None:
            world.mid = state
        state, outcomes = apply(state, player.choose(state))
        for outcome in outcomes:
            if isinstance(outcome, MissionLaunched) and (
                world.launched is None or state.year <= middle
            ):
                world.launched = outcome
    world.finished = state
    return world


def _session(app: Any, state: Any) -> Any:
    from game.ui.session import Session

    return Session(state, on_error=app.notify)


def _push(app: Any, name: str, **kwargs: Any) -> Any:
    from game.ui.scenes import open_scene

    scene = open_scene(app, name, **kwargs)
    app.push(scene)
    return scene


def _campaign(app: Any, world: World, state: Any = None) -> Any:
    session = _session(app, state or world.mid)
    _push(app, "campaign", session=session)
    return session


def _over_campaign(name: str, **kwargs: Any) -> Callable[[Any, World], None]:
    def build(app: Any, world: World) -> None:
        session = _campaign(app, world)
        _push(app, name, session=session, **kwargs)

    return build


def _quiz(reveal: bool) -> Callable[[Any, World], None]:
    def build(app: Any, world: World) -> None:
        if world.quiz is None:
            raise LookupError("no quiz checkpoint came up in the campaign")
        session = _campaign(app, world, world.quiz)
        scene = _push(app, "quiz", session=session)
        if reveal:
            app.step(())  # lay it out, as the first frame would
            if scene.question.choices:
                scene.input.pick(0)
            else:
                scene.send(0.0)

    return build


def _launch(app: Any, world: World) -> None:
    if world.launched is None:
        raise LookupError("no mission launched in the campaign")
    session = _campaign(app, world)
    _push(app, "launch", session=session, launched=world.launched)


def _news(app: Any, world: World) -> None:
    session = _campaign(app, world)
    items = [item for item in world.mid.news if item.year == world.mid.year] or list(world.mid.news)
    _push(app, "news", session=session, item=items[-1])


def _end(app: Any, world: World) -> None:
    _push(app, "end", session=_session(app, world.finished))


def _help(app: Any, world: World) -> None:
    _campaign(app, world)
    _push(app, "help")


SCREENS: dict[str, Callable[[Any, World], None]] = {
    "title": lambda app, world: _push(app, "title"),
    "choose": lambda app, world: _push(app, "choose", pack_id=BUILTIN_PACK_ID, seed=SEED),
    "load": lambda app, world: _push(app, "load"),
    "campaign": lambda app, world: _campaign(app, world) and None,
    "agreements": _over_campaign("agreements"),
    "missions": _over_campaign("missions"),
    "launch": _launch,
    "quiz": _quiz(reveal=False),
    "quiz_reveal": _quiz(reveal=True),
    "news": _news,
    "end": _end,
    "settings": lambda app, world: _push(app, "settings"),
    "help": _help,
    "pause": _over_campaign("pause"),
}


# --- classroom mode ------------------------------------------------------------------------


def _classroom_session(pack: Any, phase: str) -> Any:
    """A six-team, 10-question quiz with a timer, brought to ``phase`` on question 4."""
    from game.quiz import classroom as c

    settings = c.ClassroomSettings(
        pack_id=pack.info.id, seed=SEED, questions=10, teams=TEAMS, timer=30
    )
    session = c.start(pack, settings)
    for number in range(4):
        last = number == 3
        if last and phase == "question":
            return c.apply(session, c.Tick(7.5))
        for team in range(len(TEAMS)):
            choices = len(session.question.choices) or 1
            session = c.apply(session, c.EnterAnswer(team, _an_answer(session, team, choices)))
        session = c.apply(session, c.Reveal())
        if last and phase == "reveal":
            return session
        session = c.apply(session, c.ShowStandings())
        if last and phase == "standings":
            return session
        session = c.apply(session, c.Next())
    session = c.apply(session, c.EndEarly())
    return c.apply(session, c.ShowSummary()) if phase == "summary" else session


def _an_answer(session: Any, team: int, choices: int) -> Any:
    kind = session.question.type
    if kind == "order":
        order = list(range(choices))
        return tuple(order[team % choices :] + order[: team % choices])
    if kind == "number":
        return float(team)
    return team % choices


def _classroom(phase: str) -> Callable[[Any, World], None]:
    def build(app: Any, world: World) -> None:
        from game.services.classroom import Classroom
        from game.storage.results import ResultsLog
        from game.ui.scenes.classroom_run import ClassroomScene

        session = _classroom_session(world.pack, phase)
        folder = Path(world.extra.setdefault("results", tempfile.mkdtemp(prefix="bench-results-")))
        log_ = ResultsLog.create(session, datetime(2026, 1, 1), folder)
        app.push(ClassroomScene(app, Classroom(world.pack, session, log_)))

    return build


CLASSROOM: dict[str, Callable[[Any, World], None]] = {
    "classroom_setup": lambda app, world: _push(app, "classroom"),
    "classroom_question": _classroom("question"),
    "classroom_reveal": _classroom("reveal"),
    "classroom_standings": _classroom("standings"),
    "classroom_podium": _classroom("podium"),
    "classroom_summary": _classroom("summary"),
}


def measure_screens(settings: Settings) -> dict[str, Figure]:
    import pygame

    from game.ui.app import App
    from game.ui.session import open_pack

    app = App(size=SCREEN_SIZE)
    world = play_world(open_pack(app, BUILTIN_PACK_ID))
    result: dict[str, Figure] = {}
    for name, build in {**SCREENS, **CLASSROOM}.items():
        try:
            app.scenes.clear()  # a fresh stack, without the exit hooks of the last screen
            app.running = True
            build(app, world)

            def frame() -> None:
                app.invalidate()
                app.step((), 1 / 60)
                pygame.display.flip()

            result[name] = time_frames(frame, settings, floor_frame())
            result[name]["stack"] = [type(scene).__name__ for scene in app.scenes]
        except Exception as error:  # one broken screen must not hide the others
            result[name] = na(f"{type(error).__name__}: {first_line(str(error))}")
            log(f"[bench]   screen {name}: n/a ({result[name]['na']})")
    return result
