"""The lesson-time estimate: minutes from the words the screens show a scripted player, at
stated speeds; and the built-in scenarios measured against a 30-45 minute lesson."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.cli import main
from game.content.model import Pack
from game.quiz.pack_check import open_pack
from game.sim.survey import campaigns, playable
from game.ui import lesson_time as lt
from game.ui.lesson_time import LessonTime, count_words, lesson_minutes, lesson_time

counts = st.integers(min_value=0, max_value=10_000)


def test_words_are_runs_of_letters_and_digits_and_separators_are_not_words():
    assert count_words("Chang'e-4 landed in 2019 · as reported — 1,000 km") == 8
    assert count_words("“Quoted,” she said.") == 3
    assert count_words(" · — ") == 0


@given(counts, counts, counts, counts, counts, st.integers(min_value=1, max_value=5000))
def test_the_estimate_grows_with_every_word_decision_answer_and_turn(
    words, turns, decisions, answers, launches, more
):
    base = LessonTime(words, turns, decisions, answers, launches)
    for bigger in (
        replace(base, words=words + more),
        replace(base, turns=turns + more),
        replace(base, decisions=decisions + more),
        replace(base, answers=answers + more),
        replace(base, launches=launches + more),
    ):
        assert bigger.minutes > base.minutes


def test_reading_alone_takes_the_stated_reading_speed():
    read = LessonTime(words=lt.READING_WPM * 10, turns=0, decisions=0, answers=0, launches=0)
    assert read.minutes == pytest.approx(10 + lt.SECONDS_TO_START / 60)


def test_every_word_of_a_quiz_explanation_is_counted_once_per_answer(pack: Pack):
    """The reveal shows the explanation: three more words in each add three words per
    question of the pack asked (the words are in no quote, so the quote shown is the same)."""
    longer = replace(
        pack, quiz=tuple(replace(q, explanation=q.explanation + " zyx wvu tsr") for q in pack.quiz)
    )
    before, state, _ = lesson_time(pack, "north", 7)
    after, _, _ = lesson_time(longer, "north", 7)
    asked = sum(1 for record in state.quiz_log if record.item_id in {q.id for q in pack.quiz})
    assert asked > 0
    assert after.words - before.words == 3 * asked
    assert after.minutes > before.minutes


def test_the_words_are_told_by_screen_and_add_up(pack: Pack):
    lesson, state, metrics = lesson_time(pack, "north", 7)
    screens = dict(lesson.by_screen)
    assert sum(screens.values()) == lesson.words
    assert screens["end report"] > 0 and screens["quiz"] > 0
    assert (lesson.turns, lesson.decisions) == (metrics.turns, metrics.decisions)
    assert lesson.answers == len(state.quiz_log)


def test_the_same_game_gives_the_same_estimate(pack: Pack):
    assert lesson_time(pack, "north", 3)[0] == lesson_time(pack, "north", 3)[0]


# --- the built-in scenarios against a lesson ------------------------------------------------

BUILT_IN = open_pack("space-cooperation")
SEEDS = range(1, 6)


def scenario_cases() -> list[object]:
    cases: list[object] = []
    for agency in playable(BUILT_IN):
        for scenario in campaigns(BUILT_IN, agency):
            if not scenario:
                continue  # the whole campaign is not a lesson's length (and need not be)
            cases.append(pytest.param(agency, scenario, id=scenario))
    return cases


@pytest.mark.parametrize(("agency", "scenario"), scenario_cases())
def test_every_scenario_fits_a_lesson_of_30_to_45_minutes(agency, scenario):
    minutes = lesson_minutes(BUILT_IN, agency, scenario, SEEDS)
    assert minutes.fits_a_lesson, f"{agency} {scenario}: {minutes} min"


def test_every_playable_agency_has_a_scenario_measured():
    measured = {case.values[0] for case in scenario_cases()}  # type: ignore[attr-defined]
    assert measured == set(playable(BUILT_IN))


# --- where it is reported --------------------------------------------------------------------


def test_the_survey_has_an_estimated_minutes_column(capsys):
    assert main(["survey", "--pack", "venezuela-moon", "--seeds", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if line.startswith("| agency"))
    assert header.endswith("| est. min |")
    rows = [line for line in lines if line.startswith("| ") and "---" not in line][1:]
    assert rows and all(row.rstrip(" |").split("| ")[-1].count("(") == 1 for row in rows)
    assert any("an estimate, not a measurement" in line for line in lines)


def test_simulate_json_carries_the_lesson_time_with_its_model(capsys):
    args = ["simulate", "--pack", "space-cooperation", "--agency", "esa", "--seed", "1"]
    assert main([*args, "--scenario", "esa-science-with-china", "--json"]) == 0
    lesson = json.loads(capsys.readouterr().out)["metrics"]["lesson_time"]
    assert lesson["model"]["reading_wpm"] == lt.READING_WPM
    assert sum(lesson["words_by_screen"].values()) == lesson["words"]
    assert 30 <= lesson["minutes"] <= 45
