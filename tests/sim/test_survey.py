"""The balance survey and its `survey` command: the table an author reads for a whole pack."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.cli import main
from game.content.model import Scenario
from game.sim import survey
from tests.sim.fakes import fake_pack

HEADER = (
    "| agency | scenario | historical | greedy | random | learner | spammer | learner-spammer"
    " | idle % | greedy fail % | greedy unspent/income | spaced % |"
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Packs are looked up in the data folder too: a fresh one, never the real home."""
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))


def test_the_balance_table_has_a_row_per_playable_agency_and_a_column_per_player():
    pack = fake_pack()
    table = survey.render(survey.balance_table(pack, range(3)))
    lines = table.splitlines()
    assert lines[0] == HEADER
    rows = [tuple(line.split(" | ")[:2]) for line in lines[2:]]
    assert rows == [("| alpha", "full"), ("| beta", "full"), ("| gamma", "full")]


def test_each_scenario_of_an_agency_gets_a_row_after_its_whole_campaign():
    lesson = Scenario(id="lesson", title="A lesson", agencies=("alpha",), start=2001, end=2005)
    pack = replace(fake_pack(), scenarios=(lesson,))
    cells = survey.balance_table(pack, range(2), players=("greedy", "learner", "spammer"))
    rows = [line.split(" | ")[:2] for line in survey.render(cells).splitlines()[2:]]
    assert rows[:2] == [["| alpha", "full"], ["| alpha", "lesson"]]
    assert {c.player for c in cells if c.scenario == "lesson"} == {"greedy", "learner", "spammer"}


def test_the_survey_prints_the_table_of_a_built_in_pack(capsys):
    assert main(["survey", "--pack", "venezuela-moon", "--seeds", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("venezuela-moon ")
    assert HEADER in out


def test_the_survey_names_an_unknown_pack_in_one_line(capsys):
    assert main(["survey", "--pack", "no-such-pack", "--seeds", "1"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "no-such-pack" in err
