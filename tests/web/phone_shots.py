"""The student page at phone size, for the README: ``python -m tests.web.phone_shots DIR``.

Serves the built-in pack on loopback, joins one student in headless Chromium at 390x844
CSS pixels (scale 2), and saves the question and the reveal (with its quote and source):
once for the pack's first questions, once for a match-the-pairs question alone.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from game.commands.tour import NEXT_NUMBER
from game.content.model import Pack
from game.quiz.classroom import ClassroomSession, ClassroomSettings, Join, Lock, Reveal, start
from game.quiz.engine import right_answer
from game.quiz.pack_check import open_pack
from game.services.devices import DeviceRoom
from game.web.host import DeviceHost
from game.web.server import DeviceServer
from tests.web.browser import PHONE, open_browser

ROOM = "STAR"
CLASSMATES = ("Amara", "Ben", "Chen Li", "Dana")

Answering = Callable[[Any, ClassroomSession], None]


def _shoot(pack: Pack, questions: int, answering: Answering, names: tuple[Path, Path]) -> None:
    """Serve ``pack``, answer its first question with ``answering``, and save the question
    and its reveal as ``names``."""
    from tests.web.test_student_page import until

    settings = ClassroomSettings(
        pack_id=pack.info.id, seed=7, questions=questions, teams=(), timer=30, room=ROOM
    )
    room = DeviceRoom(pack, start(pack, settings), None)
    for name in CLASSMATES:
        room.act(Join(name))
    server = DeviceServer(room, "127.0.0.1", 0)
    host = DeviceHost(room, server, "127.0.0.1", server.start())
    driver = open_browser()
    width, height = PHONE
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
    )
    try:
        driver.get(host.url)
        until(driver, lambda d: d.find_element("id", "name"), "the join form").send_keys("Zoe")
        driver.find_element("css selector", "#join-form button[type=submit]").click()
        until(driver, lambda d: d.find_element("id", "play").is_displayed(), "the question")
        answering(driver, room.session)
        time.sleep(0.3)
        driver.save_screenshot(str(names[0]))
        room.act(Lock())
        room.act(Reveal())
        until(driver, lambda d: d.find_element("id", "reveal").is_displayed(), "the reveal")
        time.sleep(0.3)
        driver.save_screenshot(str(names[1]))
    finally:
        driver.quit()
        host.close()


def _two_rows_swapped(driver: Any, s: ClassroomSession) -> None:
    """Match the pairs with the first two rows' letters swapped (a reveal with both marks)."""
    from tests.web.test_student_page import pick_pairs, text_of, until

    good = right_answer(s.item, s.question)
    assert isinstance(good, tuple)
    pick_pairs(driver, s, (good[1], good[0], *good[2:]))
    until(driver, lambda d: "Answer received" in text_of(d, "status"), "the receipt")


def phone_shots(folder: Path) -> list[Path]:
    from tests.web.test_student_page import answer_right

    pack = open_pack("space-cooperation")
    n = NEXT_NUMBER  # numbered on from the tour's pictures: no two share a number
    first = (folder / f"{n:02d}-student-question.png", folder / f"{n + 1:02d}-student-reveal.png")
    _shoot(pack, 4, answer_right, first)
    matches = tuple(item for item in pack.quiz if item.type == "match")[:1]
    match = (
        folder / f"{n + 2:02d}-student-match.png",
        folder / f"{n + 3:02d}-student-match-reveal.png",
    )
    _shoot(replace(pack, quiz=matches), 1, _two_rows_swapped, match)
    return [*first, *match]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/img")
    out.mkdir(parents=True, exist_ok=True)
    for path in phone_shots(out):
        print(path)
