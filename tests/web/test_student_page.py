"""The student page in real Chromium: join, every quiz kind (match the pairs by keyboard
too), the reveal with its quote,
a reload that keeps the score, a late answer refused, and a nickname shown as text.

Skipped (with the reason) when Chromium or chromedriver is missing, and ``make test`` then
prints one loud line saying these did not run; under CI (``SPACE_ACCORD_REQUIRE_TOOLS=1``)
a missing Chromium fails them instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from game.quiz.classroom import (
    ClassroomSession,
    EndEarly,
    Lock,
    Next,
    Reveal,
    ShowStandings,
    start,
)
from game.quiz.engine import right_answer
from game.quiz.says_who import credit, is_generated
from game.web.host import DeviceHost
from tests.web.browser import PHONE, open_browser, require_chromium
from tests.web.kit import MATCH_PACK, PACK, ROOM, DiskFull, serving, session

pytestmark = pytest.mark.browser
WAIT = 10.0


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()  # skipped without Chromium; a failure under CI's requirement
    driver = open_browser()
    try:
        yield driver
    finally:
        driver.quit()


def until(driver: Any, check: Callable[[Any], Any], what: str) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.05).until(check, message=what)


def text_of(driver: Any, element_id: str) -> str:
    return str(driver.find_element("id", element_id).text)


def open_page(driver: Any, host: DeviceHost) -> None:
    driver.get(f"http://{host.address}:{host.port}/?room={ROOM}")
    driver.execute_script("localStorage.clear()")
    driver.get(f"http://{host.address}:{host.port}/?room={ROOM}")


def join_as(driver: Any, host: DeviceHost, name: str) -> None:
    open_page(driver, host)
    field = until(driver, lambda d: d.find_element("id", "name"), "the join form")
    field.send_keys(name)
    driver.find_element("css selector", "#join-form button[type=submit]").click()
    until(driver, lambda d: d.find_element("id", "play").is_displayed(), "the question")


def overflow_at(driver: Any, width: int, height: int) -> int:
    """How many CSS pixels the page sticks out sideways in a ``width`` x ``height`` view
    (half a phone's size is that phone at 200 % zoom)."""
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        script = (
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        return int(driver.execute_script(script))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def pick_pairs(driver: Any, s: ClassroomSession, places: tuple[int, ...]) -> None:
    """Pick, row by row, the item at each of ``places`` by typing its letter into the row's
    list, as a keyboard user would."""
    for row, place in enumerate(places):
        driver.find_element("id", f"match-{row}").send_keys(s.question.letter(place))
    driver.find_element("id", "send-match").click()


def answer_right(driver: Any, s: ClassroomSession) -> None:
    """Answer the current question the way a student would: tap, reorder, pick or type."""
    good = right_answer(s.item, s.question)
    kind = s.question.type
    if kind in ("choice", "true_false"):
        assert isinstance(good, int)
        driver.find_elements("css selector", "button.choice")[good].click()
    elif kind == "order":
        assert isinstance(good, tuple)
        for place, wanted in enumerate(good):
            letter = s.question.letter(wanted)
            rows = driver.find_elements("css selector", ".order li")
            now = next(i for i, row in enumerate(rows) if f"{letter}:" in row.text)
            for _ in range(now - place):
                driver.find_element(
                    "css selector", f"button[aria-label='Move {letter} up']"
                ).click()
        driver.find_element("id", "send-order").click()
    elif kind == "match":
        assert isinstance(good, tuple)
        pick_pairs(driver, s, good)
    else:
        driver.find_element("id", "number").send_keys(str(good))
        driver.find_element("css selector", "form.number button").click()
    until(driver, lambda d: "Answer received" in text_of(d, "status"), "the answer's receipt")


def test_a_student_answers_every_kind_and_sees_each_reveal_and_their_results(browser) -> None:
    first = session(timer=None)
    kinds = {q.type for q in first.questions}
    assert kinds == {"choice", "true_false", "order", "number"}
    with serving(first) as host:
        join_as(browser, host, "Ada")
        for number in range(len(first.questions)):
            s = host.room.session
            until(browser, lambda d, s=s: s.question.prompt in text_of(d, "q-title"), "prompt")
            answer_right(browser, s)
            host.room.act(Lock())
            host.room.act(Reveal())
            until(browser, lambda d: d.find_element("id", "reveal").is_displayed(), "reveal")
            reveal = text_of(browser, "reveal")
            assert "You were right" in reveal, (s.question.type, reveal)
            quotes = browser.find_elements("css selector", "#reveal blockquote")
            assert quotes and all(q.text.strip("“”") in reveal for q in quotes)
            facts = {f.quote.split("\n")[0] for f in host.room.pack.facts}
            assert any(any(f in q.text for f in facts) for q in quotes)
            assert "as reported" in reveal
            host.room.act(ShowStandings())
            until(browser, lambda d, n=number: f"{n + 1} point" in text_of(d, "who"), "score")
            host.room.act(Next())
        until(browser, lambda d: d.find_element("id", "results").is_displayed(), "results")
        assert "4 of 4 right" in text_of(browser, "results")
        assert len(host.room.session.entries) == 4


def test_a_reload_mid_question_keeps_the_student_their_answer_and_score(browser) -> None:
    first = session(timer=None)
    with serving(first) as host:
        join_as(browser, host, "Bo")
        answer_right(browser, host.room.session)
        for action in (Lock(), Reveal(), ShowStandings(), Next()):
            host.room.act(action)
        until(browser, lambda d: "Question 2" in text_of(d, "progress"), "question 2")
        answer_right(browser, host.room.session)
        browser.refresh()
        until(browser, lambda d: "Bo" in text_of(d, "who"), "the student back")
        assert "1 point" in text_of(browser, "who")
        pressed = browser.find_elements("css selector", "[aria-pressed=true], .order li")
        sent = browser.find_elements("id", "number")
        assert pressed or sent
        assert len(host.room.session.players) == 1
        assert len(host.room.session.entries) == 2


def test_a_finished_quiz_closed_by_the_teacher_says_so_and_keeps_the_results(browser) -> None:
    with serving(session(timer=None)) as host:
        join_as(browser, host, "Di")
        for _ in host.room.session.questions:
            for action in (Lock(), Reveal(), ShowStandings(), Next()):
                host.room.act(action)
        until(browser, lambda d: d.find_element("id", "results").is_displayed(), "results")
    until(browser, lambda d: "teacher has closed it" in text_of(d, "status"), "the end notice")
    assert "reconnecting" not in text_of(browser, "status")
    assert browser.find_element("id", "results").is_displayed()


def test_a_number_typed_with_a_thousands_comma_is_read_as_the_terminal_quiz_reads_it(
    browser,
) -> None:
    with serving(session(timer=None)) as host:
        join_as(browser, host, "Ed")
        while host.room.session.question.type != "number":
            for action in (Lock(), Reveal(), ShowStandings(), Next()):
                host.room.act(action)
        until(browser, lambda d: d.find_elements("id", "number"), "the number field")
        browser.find_element("id", "number").send_keys("2,030")
        browser.find_element("css selector", "form.number button").click()
        until(browser, lambda d: "received: 2030" in text_of(d, "status"), "the answer")
        assert host.room.session.entries[-1].answer == 2030


def test_the_reveal_of_an_order_gives_its_letters_to_compare_with_the_students(browser) -> None:
    with serving(session(timer=None)) as host:
        join_as(browser, host, "Flo")
        while host.room.session.question.type != "order":
            for action in (Lock(), Reveal(), ShowStandings(), Next()):
                host.room.act(action)
        s = host.room.session
        until(browser, lambda d: d.find_elements("id", "send-order"), "the order")
        browser.find_element("id", "send-order").click()
        until(browser, lambda d: "received" in text_of(d, "status"), "the answer")
        host.room.act(Lock())
        host.room.act(Reveal())
        until(browser, lambda d: d.find_element("id", "reveal").is_displayed(), "reveal")
        good = right_answer(s.item, s.question)
        assert isinstance(good, tuple)
        letters = ", ".join(s.question.letter(i) for i in good)
        assert f"The answer: {letters}" in text_of(browser, "reveal")
        rows = browser.find_elements("css selector", "#reveal ol.right-order li")
        assert [r.text for r in rows] == [
            f"{s.question.letter(i)}: {s.question.choices[i]}" for i in good
        ]


def test_an_answer_after_the_deadline_is_refused_and_the_student_is_told(browser) -> None:
    clock = [0.0]
    first = session(timer=10)
    with serving(first, clock=lambda: clock[0], tick_seconds=3600) as host:
        join_as(browser, host, "Cy")
        clock[0] = 30.0  # the answer reaches the server long after the deadline
        s = host.room.session
        if s.question.type in ("choice", "true_false"):
            browser.find_elements("css selector", "button.choice")[0].click()
        elif s.question.type == "order":
            browser.find_element("id", "send-order").click()
        else:
            browser.find_element("id", "number").send_keys("1")
            browser.find_element("css selector", "form.number button").click()
        until(browser, lambda d: "Too late" in text_of(d, "alert"), "the late notice")
        until(browser, lambda d: "locked" in text_of(d, "status"), "the lock")
        assert host.room.session.entries == ()


def test_a_student_whose_answer_could_not_be_saved_is_told_to_tell_the_teacher(
    browser, tmp_path: Path
) -> None:
    with serving(session(), tmp_path) as host:
        join_as(browser, host, "Di")
        assert host.room.queue is not None
        host.room.queue.log = DiskFull(host.room.queue.log.path)
        answer_right(browser, host.room.session)
        until(browser, lambda d: "could not save" in text_of(d, "alert"), "the warning")


def test_a_student_slow_to_type_a_nickname_still_joins_without_a_scare(browser) -> None:
    with serving(session(), join_seconds=1.0) as host:
        open_page(browser, host)
        field = until(browser, lambda d: d.find_element("id", "name"), "the join form")
        field.send_keys("Sl")
        # The server closes the waiting page's socket; the page opens another.
        until(browser, lambda d: host.server.pages, "the page's socket")
        until(browser, lambda d: not host.server.pages, "the server closing the socket")
        until(browser, lambda d: host.server.pages, "the page reconnecting")
        field.send_keys("ow")
        browser.find_element("css selector", "#join-form button[type=submit]").click()
        until(browser, lambda d: d.find_element("id", "play").is_displayed(), "the question")
        assert "Connection lost" not in text_of(browser, "status")
        assert [p.name for p in host.room.session.players] == ["Slow"]


def test_a_nickname_with_markup_is_shown_as_text_and_never_run(browser) -> None:
    name = "<img src=x onerror=alert(1)>"[:20]
    with serving(session(timer=None)) as host:
        join_as(browser, host, name)
        until(browser, lambda d: name in text_of(d, "who"), "the nickname")
        assert browser.find_elements("css selector", "#who img") == []
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0
        assert host.room.session.players[0].name == name


def test_the_page_is_labelled_for_screen_readers(browser) -> None:
    with serving(session(timer=None)) as host:
        open_page(browser, host)
        until(browser, lambda d: d.find_element("id", "name").is_displayed(), "the join form")
        for field in ("room", "name"):
            label = browser.find_element("css selector", f"label[for={field}]")
            assert label.text
        live = browser.find_elements("css selector", "[aria-live]")
        assert {e.get_attribute("id") for e in live} == {"status", "alert"}
        assert browser.find_element("id", "room").get_attribute("value") == ROOM


def test_a_student_matches_the_pairs_by_keyboard_changes_them_and_sees_the_right_pairs(
    browser,
) -> None:
    first = session(timer=None, pack=MATCH_PACK)
    good = right_answer(first.item, first.question)
    assert isinstance(good, tuple)
    rows = [pair.left for pair in first.item.pairs]
    with serving(first, pack=MATCH_PACK) as host:
        join_as(browser, host, "Mo")
        until(browser, lambda d: d.find_elements("id", "send-match"), "the match rows")
        for number, row in enumerate(rows):  # every row's list is labelled with its text
            label = browser.find_element("css selector", f"label[for=match-{number}]")
            assert label.text == f"{number + 1}. {row}"
        items = browser.find_element("css selector", ".match-items").text
        assert all(
            f"{first.question.letter(i)}: {text}" in items
            for i, text in enumerate(first.question.choices)
        )
        assert overflow_at(browser, *PHONE) <= 0
        assert overflow_at(browser, PHONE[0] // 2, PHONE[1] // 2) <= 0
        same = (good[0],) * len(good)
        pick_pairs(browser, first, same)  # one letter for every row: the page says why not
        until(browser, lambda d: "use each letter once" in text_of(d, "alert"), "the warning")
        assert host.room.session.entries == ()
        wrong = (good[1], good[0], *good[2:])
        pick_pairs(browser, first, wrong)
        until(browser, lambda d: "Answer received" in text_of(d, "status"), "the receipt")
        assert f"{rows[0]} with {first.question.letter(good[1])}" in text_of(browser, "status")
        assert host.room.session.entries[0].answer == wrong
        pick_pairs(browser, first, good)  # changed before the lock: the last one counts
        until(browser, lambda d: host.room.session.entries[0].answer == good, "the change")
        host.room.act(Lock())
        until(browser, lambda d: "locked" in text_of(d, "status"), "the lock")
        assert not browser.find_element("id", "match-0").is_enabled()
        host.room.act(Reveal())
        until(browser, lambda d: d.find_element("id", "reveal").is_displayed(), "reveal")
        reveal = text_of(browser, "reveal")
        assert "You were right" in reveal
        pairs = browser.find_elements("css selector", "#reveal .pairs li")
        for row, place, pair in zip(rows, good, pairs, strict=True):
            letter = first.question.letter(place)
            assert row in pair.text
            assert f"{letter}: {first.question.choices[place]}" in pair.text
            assert f"you picked {letter}" in pair.text
        quotes = [q.text.strip("“”") for q in browser.find_elements("css selector", "blockquote")]
        cited = {" ".join(f.quote.split()) for f in host.room.pack.facts}  # as a page wraps it
        assert quotes and all(" ".join(q.split()) in cited for q in quotes)
        assert "as reported" in reveal
        assert "right pairs" in text_of(browser, "status")
        assert overflow_at(browser, *PHONE) <= 0
        assert overflow_at(browser, PHONE[0] // 2, PHONE[1] // 2) <= 0


def test_the_team_picker_is_hidden_when_the_teacher_named_no_teams(browser) -> None:
    with serving(session(timer=None)) as host:
        open_page(browser, host)
        until(browser, lambda d: d.find_element("id", "name").is_displayed(), "the join form")
        assert not browser.find_element("id", "team-field").is_displayed()
    with serving(session(timer=None, teams=("Red", "Blue"))) as host:
        open_page(browser, host)
        until(browser, lambda d: d.find_element("id", "team").is_displayed(), "the team picker")


def test_a_says_who_question_reads_as_a_question_and_its_reveal_says_who_reported_it(
    browser,
) -> None:
    from dataclasses import replace

    first = start(PACK, replace(session(timer=None).settings, says_who=1))
    with serving(first) as host:
        join_as(browser, host, "Sam")
        while not is_generated(host.room.session.item.id):
            for action in (Lock(), Reveal(), ShowStandings(), Next()):
                host.room.act(action)
        s = host.room.session
        asked = f"Who reported this, and when? “{s.question.prompt}”"
        until(browser, lambda d: text_of(d, "q-title") == asked, "the says-who question")
        answer_right(browser, s)
        host.room.act(Lock())
        host.room.act(Reveal())
        until(browser, lambda d: d.find_element("id", "reveal").is_displayed(), "reveal")
        said = credit(host.room.pack, s.item.id)
        assert said is not None
        reveal = text_of(browser, "reveal")
        assert "You were right" in reveal
        assert f"{said.publisher} reported it in {said.title} ({said.date})." in reveal
        host.room.act(EndEarly())
        until(browser, lambda d: d.find_element("id", "results").is_displayed(), "results")
        assert asked in text_of(browser, "results")
