"""Dilemmas in play: one due this year waits for the player's choice, the year cannot end
before it, the option's effects change only the player's own game (game balance), and
the record of what really happened comes back with the choice, the same whatever it is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.content.model import Dilemma, DilemmaEffects, DilemmaOption, Scenario
from game.sim import (
    AdvanceToNextEvent,
    AnswerQuiz,
    ChooseDilemmaOption,
    DilemmaChosen,
    DilemmaOpened,
    EndYear,
    Refused,
    apply,
    legal_actions,
    new_game,
    state_from_dict,
    state_to_dict,
)
from game.sim.codec import to_data
from game.sim.metrics import has_choice, measured_campaign
from game.sim.players import PLAYERS, known_answer, play
from game.sim.spacing import first_shown
from game.sim.world import scenarios_for
from tests.sim.fakes import advance_to, answered, fake_pack, must
from tests.sim.test_balance import built_in_packs


def option(id: str, historical: bool = False, **effects) -> DilemmaOption:
    return DilemmaOption(
        id=id, label=id.title(), effects=DilemmaEffects(**effects), historical=historical
    )


FORK = Dilemma(
    id="fork",
    title="A fork",
    agencies=("alpha",),
    year=2002,
    until=2003,
    question="Which way?",
    framing=("f-alpha",),
    options=(
        option("rich", budget=30),
        option("friends", historical=True, prestige=5, relations={"gamma": 10, "beta": -5}),
    ),
    outcome=("f-pact",),
)
SAME_YEAR = replace(FORK, id="second", framing=("f-sat",), outcome=("f-sat",))
BETAS = replace(FORK, id="betas", agencies=("beta",), year=2004, until=0)


@pytest.fixture
def pack():
    return replace(fake_pack(), dilemmas=(FORK, SAME_YEAR, BETAS))


def at_fork(pack):
    return advance_to(new_game(pack, "alpha", 1), 2002)


def test_a_dilemma_due_this_year_waits_for_the_players_choice(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2001)
    assert not state.dilemma
    state, outcomes = apply(state, EndYear())  # 2001 -> 2002
    assert state.dilemma == "fork"
    assert DilemmaOpened("fork", "A fork") in outcomes


def test_its_options_are_the_players_choices_now(pack):
    state = at_fork(pack)
    offered = [o for o in legal_actions(state) if o.group == "dilemma"]
    assert [o.action for o in offered] == [
        ChooseDilemmaOption("fork", "rich"),
        ChooseDilemmaOption("fork", "friends"),
    ]
    assert all(o.allowed for o in offered) and has_choice(state)


def test_the_year_cannot_end_with_a_dilemma_undecided(pack):
    state = at_fork(pack)
    for action in (EndYear(), AdvanceToNextEvent()):
        after, outcomes = apply(state, action)
        assert after is state
        assert isinstance(outcomes[0], Refused) and outcomes[0].reason.code == "dilemma_first"


def test_choosing_applies_the_options_effects_to_the_player_alone(pack):
    state = at_fork(pack)
    after, outcomes = must(state, ChooseDilemmaOption("fork", "friends"))
    assert after.stock.prestige == state.stock.prestige + 5
    assert after.relation("gamma") == min(100, state.relation("gamma") + 10)
    assert after.relation("beta") == state.relation("beta") - 5
    assert after.stock.budget == state.stock.budget
    chosen = outcomes[0]
    assert chosen == DilemmaChosen("fork", "friends", "Friends", "friends", ("f-pact",))


def test_what_really_happened_counts_as_shown_once_the_card_reveals_it(pack):
    revealing = replace(pack, dilemmas=(replace(FORK, outcome=("f-moon",)),))
    state = at_fork(revealing)
    assert "f-moon" not in first_shown(state)
    after, _ = must(state, ChooseDilemmaOption("fork", "rich"))
    assert first_shown(after)["f-moon"] == 2002


def test_a_second_card_of_the_year_counts_its_framing_as_shown_when_it_opens(pack):
    framed = replace(SAME_YEAR, framing=("f-moon",))
    state = at_fork(replace(pack, dilemmas=(FORK, framed)))
    assert "f-moon" not in first_shown(state)
    after, _ = must(state, ChooseDilemmaOption("fork", "rich"))
    assert after.dilemma == "second" and first_shown(after)["f-moon"] == 2002


def test_a_second_dilemma_of_the_same_year_opens_once_the_first_is_decided(pack):
    state = at_fork(pack)
    state, outcomes = must(state, ChooseDilemmaOption("fork", "rich"))
    assert state.dilemma == "second" and isinstance(outcomes[-1], DilemmaOpened)
    state, _ = must(state, ChooseDilemmaOption("second", "rich"))
    assert state.dilemma == "" and [c.dilemma_id for c in state.dilemma_choices] == [
        "fork",
        "second",
    ]
    assert apply(state, EndYear())[0].year == 2003  # and it comes up no more


def test_an_option_or_dilemma_not_on_the_table_is_refused(pack):
    state = at_fork(pack)
    for action, code in (
        (ChooseDilemmaOption("fork", "sideways"), "no_such_option"),
        (ChooseDilemmaOption("betas", "rich"), "dilemma_not_open"),
    ):
        after, outcomes = apply(state, action)
        assert after is state and outcomes[0].reason.code == code  # type: ignore[union-attr]


def test_the_record_is_the_same_whatever_the_player_chooses(pack):
    """History rule: an option changes the player's game, never what really happened."""
    worlds = []
    for choice in ("rich", "friends"):
        state, outcomes = must(at_fork(pack), ChooseDilemmaOption("fork", choice))
        assert outcomes[0].record == ("f-pact",)  # type: ignore[union-attr]
        state, _ = must(state, ChooseDilemmaOption("second", "rich"))
        while not state.finished:
            state, _ = apply(answered(state), EndYear())
        worlds.append((state.happened, to_data(state.news), state.schedule))
    assert worlds[0] == worlds[1]


def test_a_campaign_that_starts_within_the_years_meets_it_at_once(pack):
    late = replace(pack.agencies[0], start=2003)
    state = new_game(replace(pack, agencies=(late, *pack.agencies[1:])), "alpha", 1)
    assert state.year == 2003 and state.dilemma == "fork"


def test_another_agencys_dilemma_never_comes_up(pack):
    state = at_fork(pack)
    for choice in ("fork", "second"):
        state, _ = must(state, ChooseDilemmaOption(choice, "rich"))
    state = advance_to(state, 2005)
    assert "betas" not in {c.dilemma_id for c in state.dilemma_choices} and not state.dilemma


def test_a_pending_dilemma_and_the_choices_survive_a_save(pack):
    state, _ = must(at_fork(pack), ChooseDilemmaOption("fork", "rich"))
    assert state_from_dict(pack, state_to_dict(state)) == state


def test_a_save_from_before_dilemmas_loads_with_none(pack):
    data = state_to_dict(new_game(fake_pack(), "alpha", 1))
    del data["dilemma"], data["dilemma_choices"]
    assert state_from_dict(fake_pack(), data).dilemma_choices == ()


def test_a_save_naming_a_dilemma_the_pack_lacks_is_refused(pack):
    data = state_to_dict(at_fork(pack))
    data["dilemma"] = "nowhere"
    with pytest.raises(ValueError, match="dilemma"):
        state_from_dict(pack, data)


def test_the_historical_player_takes_the_real_option_and_greedy_the_one_worth_most(pack):
    # The real choice here is the money; the friends (prestige, relations) are worth more.
    real_is_rich = replace(
        FORK,
        options=(
            replace(FORK.options[0], historical=True),
            replace(FORK.options[1], historical=False),
        ),
    )
    pack = replace(pack, dilemmas=(real_is_rich,))
    for name, expected in (("historical", "rich"), ("greedy", "friends")):
        state = play(new_game(pack, "alpha", 3), PLAYERS[name](3))
        assert state.dilemma_choices[0].option_id == expected, name


@pytest.mark.parametrize("name", sorted(PLAYERS))
def test_every_scripted_player_decides_every_dilemma_it_meets(pack, name):
    state, metrics = measured_campaign(pack, "alpha", 5, name)
    assert state.finished and not state.dilemma
    assert metrics.to_json()["dilemmas_met"] == metrics.dilemmas_chosen == 2


def test_each_playable_agencys_scenario_meets_a_dilemma_in_the_built_in_packs():
    for pack in built_in_packs():
        for agency in (a for a in pack.agencies if a.playable):
            for scenario in scenarios_for(pack, agency.id):
                state, metrics = measured_campaign(pack, agency.id, 1, "historical", scenario.id)
                assert metrics.dilemmas, (pack.info.id, scenario.id)
                assert all(met.historical for met in metrics.dilemmas), (pack.info.id, agency.id)


class EndsYearsOnly:
    """A player that never decides anything: the safety net must not loop forever."""

    name = "stubborn"

    def choose(self, state):
        return AnswerQuiz(known_answer(state)) if state.checkpoint else EndYear()


def test_the_safety_net_decides_for_a_player_that_never_does(pack):
    state = play(new_game(pack, "alpha", 2), EndsYearsOnly())
    assert state.finished and [c.option_id for c in state.dilemma_choices] == ["rich", "rich"]


def test_a_turn_of_several_years_meets_a_dilemma_of_any_of_its_years(pack):
    long_turns = Scenario(
        id="long",
        title="Long turns",
        agencies=("alpha",),
        start=2001,
        end=2012,
        years_per_turn=2,
    )
    late = replace(FORK, id="late", year=2004, until=0)  # the second year of turn 2003-2004
    pack = replace(pack, scenarios=(long_turns,), dilemmas=(late,))
    state = new_game(pack, "alpha", 1, "long")
    assert not state.dilemma
    state, _ = must(answered(state), EndYear())
    assert (state.year, state.turn_end, state.dilemma) == (2003, 2004, "late")
    _, metrics = measured_campaign(pack, "alpha", 1, "historical", "long")
    assert [(met.dilemma_id, met.turn) for met in metrics.dilemmas] == [("late", 2)]
