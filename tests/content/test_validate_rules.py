"""One test per validator rule: a small valid pack with one thing broken, and the problem
it gives, with its code, file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.problems import Problem
from game.content.validate_quotes import sha256_text
from game.quiz.pack_check import check_pack
from tests.content.fakes import SOURCE_TEXT, FakePack, line_of


def _check(fake: FakePack, tmp_path: Path, *, strict: bool = False) -> tuple[Path, list[Problem]]:
    folder = fake.write(tmp_path / "pack")
    _pack, problems = check_pack(folder, strict=strict)
    return folder, problems


def _one(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [p.format() for p in problems]
    return found[0]


def _at(problem: Problem) -> tuple[str, int]:
    return problem.file, problem.line


# --- ids and references ----------------------------------------------------------------


def test_two_facts_with_one_id_are_reported_at_the_second(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "gamma-old")["id"] = "lander-plan"
    folder, problems = _check(fake, tmp_path)
    second = line_of(folder / "facts.yaml", "id: lander-plan", after="A lunar lander")
    assert _at(_one(problems, "duplicate-id")) == ("facts.yaml", second)


def test_a_mission_and_an_agreement_may_not_share_an_id(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["id"] = "alpha-gamma-data"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "duplicate-id")
    assert _at(problem) == (
        "agreements.yaml",
        line_of(folder / "agreements.yaml", "id: alpha-gamma-data"),
    )


def test_a_reference_to_no_record_suggests_the_id_meant(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-who-launched")["facts"] = ["beta-lanch"]
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "unknown-ref")
    assert _at(problem) == ("quiz.yaml", line_of(folder / "quiz.yaml", "- beta-lanch"))
    assert "did you mean 'beta-launch'?" in problem.message


def test_a_relations_key_must_name_an_agency(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["relations"] = {"gama": 60}
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "unknown-ref")
    assert _at(problem) == ("agencies.yaml", line_of(folder / "agencies.yaml", "gama: 60"))


def test_a_reference_listed_twice_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("events.yaml", "data-day")["agencies"] = ["alpha", "gamma", "alpha"]
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "duplicate-ref")
    assert _at(problem) == (
        "events.yaml",
        line_of(folder / "events.yaml", "- alpha", after="- gamma"),
    )


def test_missions_that_require_each_other_are_a_cycle(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "beta-satellite")["requires"] = ["moon-lander"]
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "requires-cycle")
    assert problem.file == "missions.yaml"
    assert "beta-satellite" in problem.message and "moon-lander" in problem.message


# --- quotes and sources -----------------------------------------------------------------


def test_typographic_quotes_dashes_and_spaces_count_as_plain_ones(tmp_path: Path) -> None:
    fake = FakePack()  # data-deal quotes straight where the source has curly quotes and a dash
    _folder, problems = _check(fake, tmp_path)
    assert problems == []


def test_a_quote_not_in_its_source_shows_the_closest_passage(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["quote"] = (
        "The Alpha agency launched the Beta satellite in 2018"
    )
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "quote-not-found")
    assert _at(problem) == ("facts.yaml", line_of(folder / "facts.yaml", "quote:"))
    assert "(line 3)" in problem.message
    assert '"The Alpha agency launched the Beta satellite in [2019,]"' in problem.message
    assert "'2018' where the text has '2019,'" in problem.message


def test_a_quote_differing_only_in_case_is_not_verbatim(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "gamma-old")["quote"] = "gamma was founded long ago."
    _folder, problems = _check(fake, tmp_path)
    assert _one(problems, "quote-not-found").file == "facts.yaml"


def test_a_source_text_changed_since_its_pin_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["sha256"] = sha256_text(SOURCE_TEXT + "edited\n")
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "source-changed")
    assert _at(problem) == ("sources.yaml", line_of(folder / "sources.yaml", "sha256:"))


def test_a_pin_that_is_not_a_sha256_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["sha256"] = "abc"
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "bad-sha256")) == (
        "sources.yaml",
        line_of(folder / "sources.yaml", "sha256:"),
    )


def test_a_matching_pin_gives_no_problem(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["sha256"] = sha256_text(SOURCE_TEXT)
    _folder, problems = _check(fake, tmp_path, strict=True)
    assert "source-changed" not in {p.code for p in problems}
    assert "source-unpinned" not in {p.code for p in problems}


def test_a_pin_survives_a_byte_order_mark_and_crlf_line_ends(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["sha256"] = sha256_text(SOURCE_TEXT)
    folder = fake.write(tmp_path / "pack")
    text = folder / "sources" / "news.txt"
    text.write_bytes(b"\xef\xbb\xbf" + text.read_bytes().replace(b"\n", b"\r\n"))
    _pack, problems = check_pack(folder)
    assert problems == [], [p.format() for p in problems]


def test_strict_mode_warns_about_an_unpinned_source(tmp_path: Path) -> None:
    _folder, problems = _check(FakePack(), tmp_path, strict=True)
    problem = _one(problems, "source-unpinned")
    assert _at(problem) == ("sources.yaml", 1) and problem.severity == "warning"


# --- dates -----------------------------------------------------------------------------


def test_a_mission_outside_the_timeline_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "moon-lander")["date"] = "2031"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "outside-timeline")
    assert _at(problem) == ("missions.yaml", line_of(folder / "missions.yaml", "'2031'"))


def test_a_playable_agency_starting_before_the_timeline_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["start"] = 1990
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "outside-timeline")) == (
        "agencies.yaml",
        line_of(folder / "agencies.yaml", "start: 1990"),
    )


def test_a_dated_fact_needs_a_date_basis(tmp_path: Path) -> None:
    fake = FakePack()
    del fake.record("facts.yaml", "beta-launch")["date_basis"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "missing-date-basis")) == (
        "facts.yaml",
        line_of(folder / "facts.yaml", "date: '2019'"),
    )


def test_an_inferred_date_needs_a_note(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("events.yaml", "data-day")["date_basis"] = "inferred"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "missing-date-note")
    assert _at(problem) == ("events.yaml", line_of(folder / "events.yaml", "date_basis: inferred"))


def test_a_plan_dated_before_its_source_was_published_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "beta-satellite")["status"] = "planned"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "planned-before-source")
    assert _at(problem) == ("missions.yaml", line_of(folder / "missions.yaml", "date: '2019'"))


def test_a_deed_dated_after_every_source_citing_it_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    del fake.record("missions.yaml", "moon-lander")["status"]
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "done-after-source")
    assert _at(problem) == ("missions.yaml", line_of(folder / "missions.yaml", "date: '2028'"))


def test_a_year_is_not_certainly_after_a_day_in_that_year(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("events.yaml", "data-day")["date"] = "2020"  # source: 2020-05-01
    _folder, problems = _check(fake, tmp_path)
    assert problems == []


# --- game data -------------------------------------------------------------------------


def test_a_reliability_outside_its_range_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["reliability"] = 1.5
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "out-of-range")
    assert _at(problem) == ("missions.yaml", line_of(folder / "missions.yaml", "reliability: 1.5"))
    assert "0.05 to 0.99" in problem.message


def test_relations_outside_0_to_100_are_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["relations"] = {"gamma": 160}
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "out-of-range")) == (
        "agencies.yaml",
        line_of(folder / "agencies.yaml", "gamma: 160"),
    )


def test_an_emblem_needs_two_or_three_colours(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["emblem"]["colours"] = ["#000000"] * 4
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "emblem-colours")) == (
        "agencies.yaml",
        line_of(folder / "agencies.yaml", "colours:"),
    )


def test_an_emblem_colour_must_be_hex(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["emblem"]["colours"] = ["#c0392b", "gold"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "bad-colour")) == (
        "agencies.yaml",
        line_of(folder / "agencies.yaml", "- gold"),
    )


def test_an_agreement_needs_two_different_parties(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agreements.yaml", "alpha-gamma-data")["parties"] = ["alpha"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "too-few-parties")) == (
        "agreements.yaml",
        line_of(folder / "agreements.yaml", "parties:"),
    )


def test_an_event_must_cite_a_fact(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("events.yaml", "data-day")["facts"] = []
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "no-facts")) == (
        "events.yaml",
        line_of(folder / "events.yaml", "facts: []"),
    )


def test_a_pack_needs_a_playable_agency(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["playable"] = False
    _folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "no-playable")) == ("agencies.yaml", 1)


def test_a_playable_agency_needs_three_missions_within_reach(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "gamma")["playable"] = True
    fake.record("agencies.yaml", "gamma")["start"] = 2000
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "too-few-missions")
    playable = line_of(folder / "agencies.yaml", "playable: true", after="id: gamma")
    assert _at(problem) == ("agencies.yaml", playable)
    assert "'gamma' can reach 0 mission(s) (none)" in problem.message


def test_missions_a_playable_agency_only_partners_in_are_not_within_its_reach(
    tmp_path: Path,
) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "gamma")["playable"] = True
    fake.record("agencies.yaml", "gamma")["start"] = 2000
    for mission in ("beta-satellite", "weather-sat", "moon-lander"):
        fake.record("missions.yaml", mission)["partners"] = ["gamma"]
    _folder, problems = _check(fake, tmp_path)
    assert "'gamma' can reach 0 mission(s) (none)" in _one(problems, "too-few-missions").message


def test_a_pack_of_another_format_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.files["pack.yaml"]["format"] = 2
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "unsupported-format")) == (
        "pack.yaml",
        line_of(folder / "pack.yaml", "format: 2"),
    )


def test_a_format_of_the_wrong_type_is_only_a_wrong_type(tmp_path: Path) -> None:
    fake = FakePack()
    fake.files["pack.yaml"]["format"] = "one"
    _folder, problems = _check(fake, tmp_path)
    assert [p.code for p in problems if p.file == "pack.yaml"] == ["wrong-type"]


def test_a_missing_format_is_only_a_missing_key(tmp_path: Path) -> None:
    fake = FakePack()
    del fake.files["pack.yaml"]["format"]
    _folder, problems = _check(fake, tmp_path)
    assert [p.code for p in problems if p.file == "pack.yaml"] == ["missing-key"]


# --- quiz ------------------------------------------------------------------------------


def test_a_quiz_item_must_cite_a_fact(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-who-launched")["facts"] = []
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "no-facts")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "facts: []"),
    )


def test_a_quiz_answer_resting_only_on_background_facts_is_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-data")["facts"] = ["gamma-old"]
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "background-only")
    assert _at(problem) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "facts:", after="id: q-data"),
    )


def test_a_choice_item_has_two_to_four_options(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-who-launched")["options"] = ["Alpha"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "option-count")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "options:"),
    )


def test_two_options_alike_are_reported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-who-launched")["options"] = ["Alpha", "Gamma", "gamma"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "duplicate-option")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "- gamma"),
    )


def test_a_choice_answer_must_be_an_option(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-who-launched")["answer"] = "alpha"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "answer-not-option")
    assert _at(problem) == ("quiz.yaml", line_of(folder / "quiz.yaml", "answer: alpha"))
    assert "did you mean 'Alpha'?" in problem.message


def test_a_true_false_answer_is_true_or_false(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-data")["answer"] = "maybe"
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "bad-answer")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "answer: maybe"),
    )


def test_a_number_answer_is_a_number(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-beta-year")["answer"] = "twenty"
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "bad-answer")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "answer: twenty"),
    )


def test_a_negative_tolerance_is_out_of_range(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-beta-year")["tolerance"] = -1
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "out-of-range")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "tolerance: -1"),
    )


def test_a_difficulty_outside_1_to_3_is_out_of_range(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-order")["difficulty"] = 5
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "out-of-range")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "difficulty: 5"),
    )


def test_an_order_item_lists_three_to_five_items(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-order")["items"] = ["Beta launch", "Data agreement"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "item-count")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "items:"),
    )


def test_a_field_of_another_quiz_type_is_misplaced(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-beta-year")["options"] = ["2018", "2019"]
    folder, problems = _check(fake, tmp_path)
    assert _at(_one(problems, "misplaced-field")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "options:"),
    )


# --- style warnings (--strict) -----------------------------------------------------------


def test_strict_warns_about_a_statement_copied_from_its_quote(tmp_path: Path) -> None:
    fake = FakePack()
    fact = fake.record("facts.yaml", "gamma-old")
    fact["statement"] = fact["quote"]
    folder, problems = _check(fake, tmp_path, strict=True)
    problem = _one(problems, "statement-copies-quote")
    assert _at(problem) == (
        "facts.yaml",
        line_of(folder / "facts.yaml", "statement:", after="id: gamma-old"),
    )
    assert problem.severity == "warning"


def test_strict_warns_about_a_quiz_item_without_explanation(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-order")["explanation"] = ""
    folder, problems = _check(fake, tmp_path, strict=True)
    assert _at(_one(problems, "no-explanation")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "explanation: ''"),
    )
    _folder, lenient = _check(fake, tmp_path / "again")
    assert lenient == []


def test_strict_warns_about_an_answer_much_longer_than_the_other_options(tmp_path: Path) -> None:
    fake = FakePack()
    item = fake.record("quiz.yaml", "q-who-launched")
    item["options"] = ["The Alpha agency, on its own rocket", "Gamma", "Delta"]
    item["answer"] = "The Alpha agency, on its own rocket"
    folder, problems = _check(fake, tmp_path, strict=True)
    assert _at(_one(problems, "answer-giveaway")) == (
        "quiz.yaml",
        line_of(folder / "quiz.yaml", "answer: The Alpha"),
    )


def test_strict_warns_about_a_fact_nothing_cites(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("agencies.yaml", "gamma")["facts"] = []
    fake.record("quiz.yaml", "q-data")["facts"] = ["data-deal"]
    folder, problems = _check(fake, tmp_path, strict=True)
    assert _at(_one(problems, "unused-fact")) == (
        "facts.yaml",
        line_of(folder / "facts.yaml", "id: gamma-old"),
    )


@pytest.mark.parametrize("publisher", ["", "Unnamed news site (citing AVN)", "unknown", "n/a"])
def test_a_source_that_names_no_publisher_is_a_strict_warning(
    tmp_path: Path, publisher: str
) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["publisher"] = publisher
    folder, problems = _check(fake, tmp_path, strict=True)
    problem = _one(problems, "no-publisher")
    assert problem.severity == "warning"
    assert _at(problem) == ("sources.yaml", line_of(folder / "sources.yaml", "publisher:"))


@pytest.mark.parametrize("publisher", ["SpaceNews", "a news site citing CCTV"])
def test_a_source_that_says_who_published_it_passes(tmp_path: Path, publisher: str) -> None:
    fake = FakePack()
    fake.record("sources.yaml", "news")["publisher"] = publisher
    _folder, problems = _check(fake, tmp_path, strict=True)
    assert "no-publisher" not in {p.code for p in problems}


def test_an_experience_family_no_other_mission_shares_is_a_strict_warning_with_a_guess(
    tmp_path: Path,
) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["experience"] = "imagng satellite"
    folder, problems = _check(fake, tmp_path, strict=True)
    problem = _one(problems, "experience-alone")
    assert problem.severity == "warning"
    assert "did you mean 'imaging satellite'?" in problem.message
    assert _at(problem) == ("missions.yaml", line_of(folder / "missions.yaml", "experience:"))


@pytest.mark.parametrize("family", ["imaging satellite", "Imaging Satellite"])
def test_an_experience_that_is_another_missions_kind_passes(tmp_path: Path, family: str) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "weather-sat")["experience"] = family
    _folder, problems = _check(fake, tmp_path, strict=True)
    assert "experience-alone" not in {p.code for p in problems}
