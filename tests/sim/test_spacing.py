"""Spaced checkpoints: a question asks about what the player met at least two turns before,
never before the player could know it; a wrong answer comes back on the same fact as
another item; a campaign mixes the kinds of question."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.model import PackDate
from game.quiz.says_who import is_generated, kind_name
from game.sim import (
    AnswerQuiz,
    EndYear,
    apply,
    new_game,
    play_campaign,
    state_from_dict,
    state_to_dict,
)
from game.sim.balance import RETRY_TURNS, RIGHT_REST_TURNS, SPACED_CHOICES, SPACED_TURNS
from game.sim.invariants import state_problems
from game.sim.knowable import knowable_year, named_years
from game.sim.metrics import measured_campaign
from game.sim.players import PLAYERS, known_answer
from game.sim.ripened import EMPTY_RIPENED
from game.sim.spacing import (
    EMPTY_LOG,
    askable,
    citing_by_fact,
    first_shown,
    last_year_of_turn,
    log_view,
    pick,
    ripened,
    turns_ago,
)
from game.sim.state import evolve
from game.sim.survey import playable
from tests.sim.fakes import built_in_packs, fake_pack, quiz

PACKS = built_in_packs()


def campaigns(pack):
    """(agency, scenario or None) of every playable agency's full campaign and scenarios."""
    for agency in playable(pack):
        yield agency, None
        for scenario in pack.scenarios:
            if agency in scenario.agencies:
                yield agency, scenario.id


def reported_early(pack):
    (paper,) = pack.sources
    return replace(pack, sources=(replace(paper, published=PackDate(1999, 5, 1)),))


def test_no_question_opens_on_the_first_turn_of_any_campaign_or_scenario():
    for pack in PACKS:
        for agency, scenario in campaigns(pack):
            for seed in (1, 2, 3):
                state = new_game(pack, agency, seed, scenario)
                assert state.checkpoint is None, (pack.info.id, agency, scenario, seed)


@given(seed=st.integers(0, 10_000), agency=st.sampled_from(["alpha", "beta", "gamma"]))
@settings(max_examples=20, deadline=None)
def test_every_question_asks_about_facts_first_shown_two_turns_before(seed, agency):
    state = play_campaign(reported_early(fake_pack()), agency, seed, "random")
    shown = first_shown(state)
    assert state.quiz_log
    for record in state.quiz_log:
        facts = state.index.quiz[record.item_id].facts
        assert all(record.year - shown[f] >= SPACED_TURNS for f in facts), record


def test_no_question_asks_about_an_undated_fact_before_its_source_was_published():
    # The fake pack's one source is from May 2010 and its facts are undated.
    for agency in ("alpha", "beta", "gamma"):
        for seed in range(5):
            state = play_campaign(fake_pack(), agency, seed, "learner")
            assert all(record.year >= 2010 for record in state.quiz_log), (agency, seed)


def test_a_dated_fact_may_be_asked_from_its_date_before_its_source_was_published():
    pack = fake_pack()  # the source is from May 2010
    pact = replace(pack.by_id("facts")["f-pact"], date=PackDate(2002), date_basis="stated")
    pack = replace(pack, facts=tuple(pact if f.id == "f-pact" else f for f in pack.facts))
    state = play_campaign(pack, "alpha", 1, "learner")
    asked = {r.item_id: r.year for r in state.quiz_log}
    assert 2004 <= asked["q-pact"] < 2010
    assert all(year >= 2010 for item, year in asked.items() if item != "q-pact")


def test_the_built_in_packs_never_ask_a_question_before_the_player_could_know_it():
    """The bug: an undated fact of a 2023 article was asked around 2015."""
    for pack in PACKS:
        facts = pack.by_id("facts")
        published = {s.id: s.published.year for s in pack.sources}
        for agency, scenario in campaigns(pack):
            state, _ = measured_campaign(pack, agency, 1, "learner", scenario)
            for record in state.quiz_log:
                item = state.index.quiz[record.item_id]
                # Asked in a turn that reaches the year it became known (a turn may cover
                # several years: it is then asked by the turn's last year).
                last = record.year + state.years_per_turn - 1
                for fact in (facts[f] for f in item.facts):
                    known = fact.date.year if fact.date else published[fact.source]
                    assert last >= known, (agency, scenario, item.id, fact.id)
                assert last >= (knowable_year(pack, item) or record.year)


def test_a_question_that_names_a_year_is_not_asked_before_it():
    """The bug: 'In 2018, for how many years ...' was asked in 2016 (its fact is an
    inferred 1988 start, reported in 2018)."""
    pack = next(p for p in PACKS if p.info.id == "space-cooperation")
    thirty = next(i for i in pack.quiz if "In 2018" in i.prompt)
    assert named_years(thirty) == [2018] and knowable_year(pack, thirty) == 2018
    for pack in PACKS:
        for agency, scenario in campaigns(pack):
            state, _ = measured_campaign(pack, agency, 1, "learner", scenario)
            for record in state.quiz_log:
                item = state.index.quiz[record.item_id]
                last = record.year + state.years_per_turn - 1
                assert all(year <= last for year in named_years(item)), (agency, item.id)


def test_a_generated_item_waits_for_its_sources_publication_even_for_an_older_fact():
    pack = next(p for p in PACKS if p.info.id == "space-cooperation")
    facts = pack.by_id("facts")
    published = {s.id: s.published.year for s in pack.sources}
    index = new_game(pack, playable(pack)[0], 1).index
    older = [
        item
        for item in index.quiz.values()
        if is_generated(item.id)
        and facts[item.facts[0]].date is not None
        and facts[item.facts[0]].date.year < published[facts[item.facts[0]].source]
    ]
    assert older
    for item in older:
        latest_option = max(int(y) for o in item.options for y in re.findall(r"\d{4}", o))
        source_year = published[facts[item.facts[0]].source]
        assert knowable_year(pack, item) == max(source_year, latest_option)


def test_no_says_who_option_names_an_article_not_yet_written_in_the_turn_asked():
    """Seen in play: in 2018 an option read 'TASS, republished by a website, March 2021'."""
    for pack in PACKS:
        for agency, scenario in campaigns(pack):
            state, _ = measured_campaign(pack, agency, 1, "learner", scenario)
            for record in state.quiz_log:
                item = state.index.quiz[record.item_id]
                if is_generated(item.id):
                    last = record.year + state.years_per_turn - 1
                    years = [int(y) for o in item.options for y in re.findall(r"\d{4}", o)]
                    assert max(years) <= last, (agency, item.id, record.year)


def test_the_spaced_share_of_checkpoints_is_at_least_60_percent_everywhere():
    for pack in PACKS:
        for agency, scenario in campaigns(pack):
            for seed in (1, 2):
                _, metrics = measured_campaign(pack, agency, seed, "learner", scenario)
                assert metrics.checkpoints, (pack.info.id, agency, scenario)
                assert metrics.spaced_share >= 0.6, (pack.info.id, agency, scenario, seed)


def with_a_second_item_on_f_pact(pack):
    again = quiz("q-pact-again", ("f-pact",), type="true_false")
    return replace(pack, quiz=(*pack.quiz, again))


def test_a_wrong_answer_comes_back_as_another_item_on_the_same_fact_a_few_turns_later():
    pack = with_a_second_item_on_f_pact(reported_early(fake_pack()))
    on_pact = {"q-pact", "q-pact-again"}
    for seed in range(6):
        state = play_answering_wrong_once(pack, seed, on_pact)
        asked = [(r.item_id, r.year, r.correct) for r in state.quiz_log if r.item_id in on_pact]
        assert len(asked) == 2, (seed, asked)
        (first_id, first_year, first_right), (second_id, second_year, _) = asked
        assert not first_right and first_id != second_id
        assert second_year == first_year + RETRY_TURNS, (seed, asked)


def play_answering_wrong_once(pack, seed: int, wrong_on: set[str]):
    """A campaign that answers wrong the first question on an item of ``wrong_on``, and
    every other right; ending each year at once."""
    state = new_game(pack, "alpha", seed)
    while not state.finished:
        if state.checkpoint is None:
            state, _ = apply(state, EndYear())
            continue
        right = known_answer(state)
        first = state.checkpoint.item_id in wrong_on and not any(
            r.item_id in wrong_on for r in state.quiz_log
        )
        state, _ = apply(state, AnswerQuiz(wrong_answer(state) if first else right))
    return state


def wrong_answer(state):
    """An answer of the right shape that grades as wrong."""
    right = known_answer(state)
    if isinstance(right, tuple):
        return right[1:] + right[:1]
    if isinstance(right, int):
        return (right + 1) % len(state.checkpoint.question.choices)
    return right + 1000.0


def test_a_fact_answered_wrong_comes_back_as_its_says_who_item_or_the_other_way_round():
    pack = reported_early(fake_pack())
    journal = replace(
        pack.sources[0], id="journal", publisher="The Journal", published=PackDate(1998)
    )
    pack = replace(pack, sources=(*pack.sources, journal))
    for seed in range(4):
        on_pact = {"q-pact", "says-who:f-pact"}
        state = play_answering_wrong_once(pack, seed, on_pact)
        asked = [(r.item_id, r.year, r.correct) for r in state.quiz_log if r.item_id in on_pact]
        (first_id, first_year, first_right), (second_id, second_year, _) = asked
        assert not first_right and first_id != second_id
        assert second_year == first_year + RETRY_TURNS, (seed, asked)


@pytest.mark.parametrize("pack_id", ["space-cooperation", "venezuela-moon"])
def test_a_full_campaign_mixes_the_kinds_of_question_and_never_asks_one_twice(pack_id):
    pack = next(p for p in PACKS if p.info.id == pack_id)
    for agency in playable(pack):
        state = play_campaign(pack, agency, 1, "learner")
        asked = [r.item_id for r in state.quiz_log]
        assert len(asked) == len(set(asked)), agency
        kinds = {kind_name(state.index.quiz[i]) for i in asked}
        assert "says_who" in kinds and len(kinds) >= 4, (agency, kinds)


def test_an_older_save_without_the_facts_shown_reads_them_from_its_news():
    pack = reported_early(fake_pack())
    state = new_game(pack, "alpha", 1)
    for _ in range(4):
        if state.checkpoint is not None:
            state, _ = apply(state, AnswerQuiz(known_answer(state)))
        state, _ = apply(state, EndYear())
    data = state_to_dict(state)
    assert state_from_dict(pack, data) == state
    del data["shown"]
    assert state_from_dict(pack, data) == state


def fresh_log_view(state):
    return EMPTY_LOG.extended(state.quiz_log, state.index.quiz)


@given(seed=st.integers(0, 10_000), player=st.sampled_from(["random", "learner", "spammer"]))
@settings(max_examples=15, deadline=None)
def test_the_log_view_kept_up_to_date_year_by_year_equals_one_made_from_the_whole_log(seed, player):
    state = new_game(fake_pack(), "alpha", seed)
    chooser = PLAYERS[player](seed)
    while not state.finished:
        assert log_view(state) == fresh_log_view(state)
        state, _ = apply(state, chooser.choose(state))
    assert log_view(state) == fresh_log_view(state)


def test_a_log_view_of_another_line_of_play_is_not_extended_but_made_afresh():
    pack = fake_pack()
    played = play_campaign(pack, "alpha", 3, "learner")
    assert played.quiz_log, "the campaign asked something"
    log_view(played)  # the view made last, in the table ``evolve`` passes on
    other = evolve(played, quiz_log=tuple(reversed(played.quiz_log)))
    assert log_view(other) == fresh_log_view(other)
    assert log_view(other) != log_view(played)


def test_a_log_view_asked_of_two_sibling_states_in_either_order_fits_each():
    pack = fake_pack()
    played = play_campaign(pack, "alpha", 3, "learner")
    parent = evolve(played, quiz_log=played.quiz_log[:-2])
    first = evolve(parent, quiz_log=(*parent.quiz_log, played.quiz_log[-2]))
    second = evolve(parent, quiz_log=(*parent.quiz_log, played.quiz_log[-1]))
    log_view(parent)
    for state in (second, first, parent, second):
        assert log_view(state) == fresh_log_view(state)


def test_answers_out_of_order_are_a_state_problem_so_a_save_cannot_hold_them():
    played = play_campaign(fake_pack(), "alpha", 3, "learner")
    assert len({r.year for r in played.quiz_log}) > 1, "answers of more than one year"
    assert state_problems(played) == []
    reversed_log = evolve(played, quiz_log=tuple(reversed(played.quiz_log)))
    assert "quiz answers out of order or outside the campaign's years" in state_problems(
        reversed_log
    )


def test_a_fact_answered_right_rests_at_least_as_long_as_one_answered_wrong():
    # ``recently_asked`` stops at the first answer older than the longer rest.
    assert RIGHT_REST_TURNS >= RETRY_TURNS


def picked_the_long_way(state, rng):
    """The item the module docstring's rules pick, worked out from the whole quiz log and
    every item of the pack, one rule after the other, with none of ``pick``'s shortcuts."""
    quiz, log = state.index.quiz, state.quiz_log

    def last_year(turn):
        return state.start_year + turn * max(1, state.years_per_turn) - 1

    shown = dict(state.shown)
    retry, rest = last_year(state.turn - RETRY_TURNS), last_year(state.turn - RIGHT_REST_TURNS)
    asked = {record.item_id for record in log}
    if state.checkpoint is not None:
        asked.add(state.checkpoint.item_id)
    resting = {
        fact
        for record in log
        if record.year > rest and (record.correct or record.year > retry)
        for fact in quiz[record.item_id].facts
    }
    spaced = last_year(state.turn - SPACED_TURNS)
    ripe = [
        item
        for item in quiz.values()
        if item.facts
        and item.id not in asked
        and all(shown.get(f, spaced + 1) <= spaced and f not in resting for f in item.facts)
        and (knowable_year(state.pack, item) or -(10**6)) <= state.turn_end
    ]
    if not ripe:
        return None
    wrong = {}
    for record in log:
        for fact in quiz[record.item_id].facts:
            if record.correct:
                wrong.pop(fact, None)
            else:
                wrong.setdefault(fact, record.year)
    again = {fact for fact, year in wrong.items() if year <= retry}
    items = [item for item in ripe if again & set(item.facts)] or ripe
    retrieved = Counter(fact for record in log for fact in quiz[record.item_id].facts)
    fewest = min(sum(retrieved[f] for f in set(item.facts)) for item in items)
    items = [item for item in items if sum(retrieved[f] for f in set(item.facts)) == fewest]
    kinds = Counter(kind_name(quiz[record.item_id]) for record in log)
    rarest = min(kinds[kind_name(item)] for item in items)
    items = [item for item in items if kinds[kind_name(item)] == rarest]
    items.sort(key=lambda item: (max(shown[f] for f in item.facts), is_generated(item.id)))
    best = items[:SPACED_CHOICES]
    return best[rng.randrange(len(best))]


def picks_agree(state, seed):
    ours, theirs = random.Random(seed), random.Random(seed)
    assert pick(state, ours) == picked_the_long_way(state, theirs), (state.year, state.turn)
    assert ours.getstate() == theirs.getstate()


@given(
    seed=st.integers(0, 10_000),
    agency=st.sampled_from(["alpha", "beta", "gamma"]),
    player=st.sampled_from(["random", "spammer", "learner", "greedy"]),
)
@settings(max_examples=25, deadline=None)
def test_the_item_picked_is_the_one_the_rules_pick_the_long_way(seed, agency, player):
    # Every state of a campaign, with a question pending or not, answered right or wrong.
    state = new_game(reported_early(fake_pack()), agency, seed)
    chooser = PLAYERS[player](seed)
    while not state.finished:
        picks_agree(state, seed)
        state, _ = apply(state, chooser.choose(state))


@pytest.mark.parametrize("pack", PACKS, ids=lambda pack: pack.info.id)
def test_the_built_in_packs_pick_as_the_rules_do_the_long_way(pack):
    for agency, player in zip(playable(pack), ("random", "spammer", "greedy"), strict=False):
        state = new_game(pack, agency, 7)
        chooser = PLAYERS[player](7)
        while not state.finished:
            picks_agree(state, 7)
            state, _ = apply(state, chooser.choose(state))


def fresh_ripened(state):
    return EMPTY_RIPENED.extended(
        state.shown, citing_by_fact(state.pack, state.index.quiz.values())
    )


@given(seed=st.integers(0, 10_000), player=st.sampled_from(["random", "learner", "greedy"]))
@settings(max_examples=15, deadline=None)
def test_the_ripened_items_kept_up_to_date_year_by_year_equal_ones_made_from_all_facts_shown(
    seed, player
):
    state = new_game(reported_early(fake_pack()), "alpha", seed)
    chooser = PLAYERS[player](seed)
    while not state.finished:
        assert ripened(state) == fresh_ripened(state)
        assert first_shown(state) == dict(state.shown)
        state, _ = apply(state, chooser.choose(state))
    assert ripened(state) == fresh_ripened(state)


def test_ripened_items_of_another_line_of_play_or_a_sibling_state_are_made_afresh():
    played = play_campaign(reported_early(fake_pack()), "alpha", 3, "learner")
    assert len(played.shown) > 2, "the campaign showed facts"
    ripened(played)
    parent = evolve(played, shown=played.shown[:-2])
    first = evolve(parent, shown=(*parent.shown, played.shown[-2]))
    second = evolve(parent, shown=(*parent.shown, played.shown[-1]))
    other = evolve(played, shown=tuple(reversed(played.shown)))
    for state in (second, first, parent, other, second, played):
        assert ripened(state) == fresh_ripened(state)


def ripened_the_long_way(state):
    """Kind -> every item whose facts were all shown, ranked, from ``dict(state.shown)``."""
    shown, by_kind = dict(state.shown), {}
    for position, item in enumerate(askable(state.pack, state.index.quiz.values())):
        if all(f in shown for f in item.facts):
            rank = (max(shown[f] for f in item.facts), item.generated, position, item)
            by_kind.setdefault(item.kind, []).append(rank)
    return {kind: tuple(sorted(entries)) for kind, entries in by_kind.items()}


def test_every_item_whose_facts_were_all_shown_is_ripened_ranked_by_the_last_of_them():
    played = play_campaign(fake_pack(), "alpha", 5, "learner")
    assert ripened(played).by_kind, "some item ripened"
    assert ripened(played).by_kind == ripened_the_long_way(played)


def test_a_fact_shown_twice_ranks_its_items_by_its_later_year_as_dict_of_shown_does():
    played = play_campaign(fake_pack(), "alpha", 5, "learner")
    ripened(played)
    (fact_id, year), *_ = played.shown
    twice = evolve(played, shown=(*played.shown, (fact_id, year + 3)))
    assert ripened(twice).by_kind == ripened_the_long_way(twice)
    assert ripened(twice).by_kind != ripened(played).by_kind


@given(
    step=st.integers(0, 5),
    played=st.integers(0, 40),
    turns=st.sampled_from([RETRY_TURNS, RIGHT_REST_TURNS, SPACED_TURNS, 0, 7]),
)
def test_the_year_some_turns_back_is_the_last_year_of_that_turn(step, played, turns):
    state = evolve(new_game(fake_pack(), "alpha", 1), years_per_turn=step)
    state = evolve(state, year=state.start_year + played)
    assert turns_ago(state, turns) == last_year_of_turn(state, state.turn - turns)


@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_ripened_items_extended_in_any_order_and_any_steps_equal_ones_made_the_long_way(data):
    # Facts shown in any order, in any years (new items may rank before the ones kept).
    played = play_campaign(fake_pack(), "alpha", 5, "learner")
    facts = data.draw(st.permutations([fact_id for fact_id, _ in played.shown]))
    years = data.draw(st.lists(st.integers(2000, 2010), min_size=len(facts), max_size=len(facts)))
    shown = tuple(zip(facts, years, strict=True))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(shown)), max_size=5)))
    by_fact = citing_by_fact(played.pack, played.index.quiz.values())
    view = EMPTY_RIPENED
    for cut in (*cuts, len(shown)):
        view = view.extended(shown[:cut], by_fact)
        assert view.by_kind == ripened_the_long_way(evolve(played, shown=shown[:cut]))
