"""The balance survey and its `survey` command: the table an author reads for a whole pack."""

from __future__ import annotations

import pytest

from game.cli import main
from game.sim import survey
from tests.sim.fakes import fake_pack


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Packs are looked up in the data folder too: a fresh one, never the real home."""
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))


def test_the_balance_table_has_a_row_per_playable_agency_and_a_column_per_player():
    pack = fake_pack()
    table = survey.render(survey.balance_table(pack, range(3)))
    lines = table.splitlines()
    assert lines[0] == "| agency | historical | greedy | random |"
    assert [line.split(" | ")[0] for line in lines[2:]] == ["| alpha", "| beta", "| gamma"]


def test_the_survey_prints_the_table_of_a_built_in_pack(capsys):
    assert main(["survey", "--pack", "venezuela-moon", "--seeds", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("venezuela-moon ")
    assert "| agency | historical | greedy | random |" in out


def test_the_survey_names_an_unknown_pack_in_one_line(capsys):
    assert main(["survey", "--pack", "no-such-pack", "--seeds", "1"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "no-such-pack" in err
