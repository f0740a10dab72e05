"""The student page at phone size, for the README: ``python -m tests.web.phone_shots DIR``.

Serves the built-in pack on loopback, joins one student in headless Chromium at 390x844
CSS pixels (scale 2), and saves the question and the reveal (with its quote and source).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from game.quiz.classroom import ClassroomSettings, Join, Lock, Reveal, start
from game.quiz.pack_check import open_pack
from game.services.devices import DeviceRoom
from game.web.host import DeviceHost
from game.web.server import DeviceServer
from tests.web.browser import PHONE, open_browser

ROOM = "STAR"
CLASSMATES = ("Amara", "Ben", "Chen Li", "Dana")


def phone_shots(folder: Path) -> list[Path]:
    from tests.web.test_student_page import answer_right, until

    pack = open_pack("space-cooperation")
    settings = ClassroomSettings(
        pack_id=pack.info.id, seed=7, questions=4, teams=(), timer=30, room=ROOM
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
    written = []
    try:
        driver.get(host.url)
        until(driver, lambda d: d.find_element("id", "name"), "the join form").send_keys("Zoe")
        driver.find_element("css selector", "#join-form button[type=submit]").click()
        until(driver, lambda d: d.find_element("id", "play").is_displayed(), "the question")
        answer_right(driver, room.session)
        time.sleep(0.3)
        written.append(folder / "21-student-question.png")
        driver.save_screenshot(str(written[-1]))
        room.act(Lock())
        room.act(Reveal())
        until(driver, lambda d: d.find_element("id", "reveal").is_displayed(), "the reveal")
        time.sleep(0.3)
        written.append(folder / "22-student-reveal.png")
        driver.save_screenshot(str(written[-1]))
    finally:
        driver.quit()
        host.close()
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/img")
    out.mkdir(parents=True, exist_ok=True)
    for path in phone_shots(out):
        print(path)
