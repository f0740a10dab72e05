"""dilemmas.yaml is checked like every pack file: each problem has its code and its place,
and a pack without the file loads with no dilemmas."""

from __future__ import annotations

from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack, checked, line_of, only


def _dilemma(fake: FakePack) -> dict:
    return fake.files["dilemmas.yaml"][0]


def test_the_fake_packs_dilemma_is_valid(tmp_path):
    _folder, problems = checked(FakePack(), tmp_path)
    assert problems == []


def test_a_pack_without_dilemmas_yaml_loads_with_none(tmp_path):
    fake = FakePack()
    del fake.files["dilemmas.yaml"]
    pack, problems = check_pack(fake.write(tmp_path / "pack"))
    assert pack is not None and pack.dilemmas == () and problems == []


def test_an_unknown_framing_fact_is_reported_at_its_line_with_a_suggestion(tmp_path):
    fake = FakePack()
    _dilemma(fake)["framing"] = ["beta-lanch"]
    folder, problems = checked(fake, tmp_path)
    problem = only(problems, "unknown-ref")
    assert problem.file.endswith("dilemmas.yaml")
    assert problem.line == line_of(folder / "dilemmas.yaml", "beta-lanch")
    assert "did you mean 'beta-launch'" in problem.message


def test_an_unknown_agency_in_an_options_relations_is_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["options"][1]["effects"]["relations"] = {"gama": 5}
    _folder, problems = checked(fake, tmp_path)
    assert "did you mean 'gamma'" in only(problems, "unknown-ref").message


def test_an_unknown_agency_meeting_it_is_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["agencies"] = ["alfa"]
    _folder, problems = checked(fake, tmp_path)
    assert "did you mean 'alpha'" in only(problems, "unknown-ref").message


def test_years_outside_the_timeline_or_out_of_order_are_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake).update(year=2025, until=2031)  # the timeline ends in 2030
    _folder, problems = checked(fake, tmp_path)
    assert "outside the pack's timeline" in only(problems, "dilemma-years").message
    fake = FakePack()
    _dilemma(fake).update(year=2025, until=2021)
    _folder, problems = checked(fake, tmp_path / "2")
    assert "before its year" in only(problems, "dilemma-years").message


def test_an_agency_that_starts_after_the_last_year_is_reported(tmp_path):
    fake = FakePack()
    fake.record("agencies.yaml", "alpha")["start"] = 2022
    _folder, problems = checked(fake, tmp_path)
    assert "no campaign of it meets the dilemma" in only(problems, "dilemma-years").message


def test_one_option_or_four_are_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["options"] = _dilemma(fake)["options"][:1]
    _folder, problems = checked(fake, tmp_path)
    only(problems, "dilemma-option-count")
    fake = FakePack()
    options = _dilemma(fake)["options"]
    options += [
        {"id": f"more-{n}", "label": f"More {n}", "effects": {"prestige": n}} for n in (1, 2)
    ]
    _folder, problems = checked(fake, tmp_path / "2")
    assert "has 4 options" in only(problems, "dilemma-option-count").message


def test_two_options_with_one_id_are_reported_at_the_second(tmp_path):
    fake = FakePack()
    _dilemma(fake)["options"][1]["id"] = "keep"
    folder, problems = checked(fake, tmp_path)
    problem = only(problems, "dilemma-option-id")
    assert problem.line == line_of(folder / "dilemmas.yaml", "id: keep", after="Keep it")


def test_two_options_that_change_the_same_are_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["options"][1]["effects"] = {"budget": 10}
    _folder, problems = checked(fake, tmp_path)
    assert "'share' changes the same as 'keep'" in only(problems, "dilemma-same-effects").message


def test_effects_out_of_range_are_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["options"][0]["effects"] = {"budget": 500}
    _dilemma(fake)["options"][1]["effects"]["relations"] = {"gamma": -40}
    _folder, problems = checked(fake, tmp_path)
    messages = sorted(p.message for p in problems if p.code == "out-of-range")
    assert messages == [
        "`budget` is -60 to 60, not 500",
        "relations with 'gamma' are -20 to 20, not -40",
    ]


def test_two_historical_options_are_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["options"][0]["historical"] = True
    _folder, problems = checked(fake, tmp_path)
    assert "mark the real one only" in only(problems, "dilemma-historical").message


def test_a_long_question_or_one_that_asks_nothing_is_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["question"] = "Alpha shares its data."
    _folder, problems = checked(fake, tmp_path)
    only(problems, "dilemma-question")
    fake = FakePack()
    _dilemma(fake)["question"] = "Should Alpha " + "really " * 20 + "share?"
    _folder, problems = checked(fake, tmp_path / "2")
    only(problems, "dilemma-question")


def test_framing_with_a_fact_from_after_the_year_is_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["framing"] = ["beta-launch", "data-deal"]  # data-deal is dated 2020
    _dilemma(fake)["year"] = 2019
    folder, problems = checked(fake, tmp_path)
    problem = only(problems, "dilemma-framing-later")
    assert problem.line == line_of(folder / "dilemmas.yaml", "data-deal")
    assert "dated 2020" in problem.message


def test_an_outcome_that_is_only_a_plan_is_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["outcome"] = ["lander-plan"]
    _folder, problems = checked(fake, tmp_path)
    assert "'lander-plan' is a plan" in only(problems, "dilemma-outcome-plan").message


def test_an_empty_framing_or_outcome_is_reported(tmp_path):
    fake = FakePack()
    _dilemma(fake)["outcome"] = []
    _folder, problems = checked(fake, tmp_path)
    only(problems, "empty-value")
