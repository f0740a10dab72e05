"""``classroom``: the team quiz on a projector, ``--resume CSV`` to carry one on, or
``--gradebook CSV`` to write a session's gradebook (.xlsx and .csv) without a window.

The flags pre-fill the set-up screen, so Enter alone starts the quiz; when it starts, the
results file's path is printed (one line). With ``--resume`` the
session in that results file opens at the first question it had not finished, with every
answer already entered, and goes on writing to the same file.

``--devices`` turns on students' own devices (``--port``, ``--listen`` say where the server
listens); then ``--teams`` is optional. A resumed device session opens its room again on
the same port with the same room code, and students' pages reconnect by themselves.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.play import open_app
from game.commands.quiz_common import choose_pack, fresh_seed
from game.quiz.classroom import DEFAULT_QUESTIONS, ClassroomError, default_teams
from game.quiz.gradebook import gradebook
from game.quiz.pack_check import open_pack
from game.services.classroom import Choices, Classroom, check, settings_for
from game.services.devices import new_room_code
from game.storage import settings as user_settings
from game.storage.gradebook import write_gradebook
from game.storage.results import ResultsFile, read_results, resume_session
from game.textsafe import escaped

if TYPE_CHECKING:
    from game.ui.app import App


def _app() -> App:
    # A settings file that cannot be written is a notice on screen, never the lesson's end.
    return open_app(user_settings.load(), user_settings.save)


def run(args: argparse.Namespace) -> int:
    if args.gradebook:
        return _gradebook(args)
    if args.resume:
        return _resume(args)
    from game.ui.scenes.classroom_setup import ClassroomSetupScene

    pack = choose_pack(args.pack)  # a bad --pack is reported here, before a window opens
    choices = Choices(
        pack=pack.info.id,
        questions=args.questions or DEFAULT_QUESTIONS,
        teams=_teams(args),
        timer=None if args.no_timer else args.timer,
        seed=args.seed if args.seed is not None else fresh_seed(),
        difficulty=args.difficulty,
        tags=tuple(args.tags or ()),
        ids=tuple(args.ids or ()),
        says_who=args.says_who or 0,
        devices=bool(args.devices),
        room=new_room_code() if args.devices else "",
        listen=args.listen,
        port=args.port,
    )
    check(pack, settings_for(pack, choices))  # settings no session can start with: exit 2
    app = _app()
    _offer_devices(app)
    app.shared.setdefault("classroom-packs", {})[pack.info.id] = pack
    app.push(ClassroomSetupScene(app, choices, on_start=announce_results))
    app.run()
    return 0


def _teams(args: argparse.Namespace) -> tuple[str, ...]:
    if args.teams:
        return tuple(args.teams)
    return () if args.devices else default_teams()


def _offer_devices(app: App) -> None:
    """Let the set-up screen start students' devices (the UI does not import game.web)."""
    from game.ui.scenes.classroom_setup import DEVICES_OPENER
    from game.web.host import open_devices

    app.shared[DEVICES_OPENER] = open_devices


def announce_results(path: Path) -> None:
    """Tell the teacher, in the terminal, where this session's answers are being written."""
    print(f"classroom results are saved as they are entered in {escaped(str(path))}", flush=True)


def _gradebook(args: argparse.Namespace) -> int:
    """Write the gradebook of a results file (a session over, or still going) and say where."""
    results = read_results(args.gradebook)
    pack = open_pack(args.pack or results.settings.pack_id)
    session, log, _ = resume_session(pack, results.path)
    xlsx, csv_path = write_gradebook(gradebook(session), log.path)
    print(f"gradebook written: {escaped(str(xlsx))} and {escaped(str(csv_path))}")
    return 0


def damage_notes(results: ResultsFile) -> list[str]:
    """What a resume found damaged and did about it, for the teacher's terminal."""
    notes = []
    if results.set_aside is not None:
        notes.append(
            f"the last row was cut short (a crash or a full disk while it was written); "
            f"it was set aside in {escaped(str(results.set_aside))}"
        )
    if results.skipped:
        lines = ", ".join(str(n) for n in results.skipped[:10])
        more = ", ..." if len(results.skipped) > 10 else ""
        notes.append(f"rows too damaged to read were skipped (line {lines}{more})")
    return notes


def _resume(args: argparse.Namespace) -> int:
    from game.ui.scenes.classroom_run import ClassroomScene

    results = read_results(args.resume)
    pack = open_pack(args.pack or results.settings.pack_id)
    classroom = Classroom.resume(pack, results.path)
    session = classroom.session
    results = classroom.resumed_from or results
    where = "the podium" if session.finished else f"question {session.index + 1}"
    print(f"resuming {escaped(str(results.path))} at {where} ({len(session.entries)} answers kept)")
    for line in damage_notes(results):
        print(line)
    app = _app()
    host = None
    if session.settings.devices:
        from game.ui.scenes.classroom_setup import open_devices

        _offer_devices(app)
        host = open_devices(app, classroom, args.listen, args.port)
        if isinstance(host, str):
            raise ClassroomError(host)
        print(f"students rejoin at {host.short_url} (room {session.settings.room})", flush=True)
    app.push(ClassroomScene(app, classroom, host))
    app.run()
    return 0
