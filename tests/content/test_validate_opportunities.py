"""opportunities.yaml: each problem the validator reports, at the line that causes it."""

from __future__ import annotations

from pathlib import Path

from game.content.problems import Problem
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack, line_of


def _problems(fake: FakePack, tmp_path: Path) -> tuple[Path, list[Problem]]:
    folder = fake.write(tmp_path / "pack")
    _pack, problems = check_pack(folder)
    return folder, problems


def _only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [p.format() for p in problems]
    return found[0]


def _opportunity(fake: FakePack) -> dict:
    entry: dict = fake.files["opportunities.yaml"][0]
    return entry


def test_the_fake_opportunity_is_valid(tmp_path: Path) -> None:
    _folder, problems = _problems(FakePack(), tmp_path)
    assert problems == []


def test_a_pack_without_opportunities_yaml_loads_with_none(tmp_path: Path) -> None:
    fake = FakePack()
    del fake.files["opportunities.yaml"]
    pack, problems = check_pack(fake.write(tmp_path / "pack"))
    assert pack is not None and pack.opportunities == () and not problems


def test_an_opportunity_decided_before_it_opens_is_reported_at_its_decide_year(tmp_path):
    fake = FakePack()
    _opportunity(fake).update(open=2018, decide=2018)
    folder, problems = _problems(fake, tmp_path)
    problem = _only(problems, "opportunity-years")
    assert problem.line == line_of(folder / "opportunities.yaml", "decide: 2018")


def test_an_opportunity_outside_the_timeline_is_reported(tmp_path):
    fake = FakePack()
    _opportunity(fake).update(decide=2031)  # the timeline ends in 2030
    _folder, problems = _problems(fake, tmp_path)
    assert "outside the pack's timeline" in _only(problems, "opportunity-years").message


def test_an_opportunity_with_no_places_for_play_is_reported(tmp_path):
    fake = FakePack()
    _opportunity(fake)["places"] = 0
    folder, problems = _problems(fake, tmp_path)
    problem = _only(problems, "opportunity-places")
    assert (problem.file, problem.line) == (
        "opportunities.yaml",
        line_of(folder / "opportunities.yaml", "places: 0"),
    )


def test_a_free_bid_a_negative_weight_or_a_bid_that_never_counts_is_reported(tmp_path):
    for change in (
        {"bid": 0},
        {"counts": {"relations": -1, "bid": 2}},
        {"counts": {"relations": 1, "bid": 0}},
    ):
        fake = FakePack()
        _opportunity(fake).update(change)
        _folder, problems = _problems(fake, tmp_path / str(len(str(change))))
        assert _only(problems, "opportunity-weights")


def test_a_host_among_its_own_rivals_is_reported(tmp_path):
    fake = FakePack()
    _opportunity(fake)["rivals"] = ["alpha", "gamma"]
    folder, problems = _problems(fake, tmp_path)
    problem = _only(problems, "opportunity-rival")
    assert problem.line == line_of(folder / "opportunities.yaml", "- gamma")


def test_an_unknown_host_or_rival_suggests_the_agency_meant(tmp_path):
    fake = FakePack()
    _opportunity(fake)["host"] = "gama"
    _folder, problems = _problems(fake, tmp_path)
    assert "did you mean 'gamma'?" in _only(problems, "unknown-ref").message


def test_a_winner_the_record_quotes_do_not_name_is_reported_with_the_name_meant(tmp_path):
    fake = FakePack()
    _opportunity(fake)["winners"] = ["Alfa"]
    folder, problems = _problems(fake, tmp_path)
    problem = _only(problems, "opportunity-winner")
    assert problem.line == line_of(folder / "opportunities.yaml", "- Alfa")
    assert "did you mean 'alpha'?" in problem.message


def test_winners_without_record_facts_are_reported(tmp_path):
    fake = FakePack()
    del _opportunity(fake)["record_facts"]
    _folder, problems = _problems(fake, tmp_path)
    assert "no record_facts" in _only(problems, "opportunity-winner").message


def test_a_misspelt_key_in_an_opportunity_suggests_the_key_meant(tmp_path):
    fake = FakePack()
    _opportunity(fake)["place"] = 2
    _folder, problems = _problems(fake, tmp_path)
    assert "did you mean `places`?" in _only(problems, "unknown-key").message
