"""A classroom session as a value: settings, flow, scoring, pause, back, end early, resume."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.quiz.classroom import (
    Back,
    ClassroomError,
    ClassroomSession,
    ClassroomSettings,
    Clear,
    EndEarly,
    EnterAnswer,
    Entry,
    Lock,
    Mark,
    Next,
    Reveal,
    ShowStandings,
    ShowSummary,
    Tick,
    TogglePause,
    apply,
    is_valid_answer,
    points_for,
    resume,
    start,
)
from game.quiz.engine import grade, right_answer
from game.quiz.scoreboard import (
    distribution,
    format_points,
    podium,
    podium_steps,
    standings,
    summary,
)
from tests.quiz.fakes import fake_pack

PACK = fake_pack()


def session_with(**overrides: object) -> ClassroomSession:
    base = ClassroomSettings(
        pack_id="fake-pack", seed=7, questions=4, teams=("Red", "Blue", "Green")
    )
    return start(PACK, replace(base, **overrides))  # type: ignore[arg-type]


def right(session: ClassroomSession) -> object:
    return right_answer(session.item, session.question)


def wrong(session: ClassroomSession) -> object:
    good = right(session)
    if session.question.type == "number":
        return float(session.item.answer) + 100
    if session.question.type == "order":
        assert isinstance(good, tuple)
        return tuple(reversed(good))
    return (int(good) + 1) % len(session.question.choices)  # type: ignore[call-overload]


def run(session: ClassroomSession, *actions: object) -> ClassroomSession:
    for action in actions:
        session = apply(session, action)  # type: ignore[arg-type]
    return session


def test_the_same_seed_gives_the_same_questions_in_the_same_order() -> None:
    first, second = session_with(seed=42), session_with(seed=42)
    assert first.questions == second.questions
    assert [q.item_id for q in first.questions] == [q.item_id for q in second.questions]


def test_another_seed_gives_another_order() -> None:
    orders = {tuple(q.item_id for q in session_with(seed=s).questions) for s in range(10)}
    assert len(orders) > 1


def test_difficulty_and_tags_filter_the_questions() -> None:
    session = session_with(difficulty=1, tags=("moon",), questions=10)
    assert [i.id for i in session.items] == ["moon-base-planned"]


def test_a_filter_nothing_matches_names_the_known_tags() -> None:
    with pytest.raises(ClassroomError, match="its tags: moon, probes"):
        session_with(tags=("mars",))


@pytest.mark.parametrize(
    "teams",
    [
        (),
        ("A", "a"),
        tuple(f"T{n}" for n in range(10)),
        ("Red", " "),
        ("Red\nRockets", "Blue"),
        ("Red\rRockets", "Blue"),
        ("Red\u2028Rockets", "Blue"),
    ],
)
def test_bad_team_lists_are_refused(teams: tuple[str, ...]) -> None:
    with pytest.raises(ClassroomError):
        session_with(teams=teams)


def test_a_whole_question_goes_show_lock_answers_reveal_standings_next() -> None:
    s = session_with()
    assert (s.index, s.phase) == (0, "question")
    s = apply(s, Lock())
    assert s.phase == "locked"
    s = run(s, EnterAnswer(0, right(s)), EnterAnswer(1, wrong(s)))
    assert s.waiting_for() == (2,)
    s = apply(s, Reveal())
    assert s.phase == "reveal" and 0 in s.revealed
    s = apply(s, ShowStandings())
    assert s.phase == "standings"
    s = apply(s, Next())
    assert (s.index, s.phase, s.elapsed) == (1, "question", 0.0)


def test_scoring_counts_right_answers_only() -> None:
    s = session_with()
    s = run(s, EnterAnswer(0, right(s)), EnterAnswer(1, wrong(s)), Reveal(), Next())
    s = run(s, EnterAnswer(0, right(s)), EnterAnswer(1, right(s)), Reveal(), Next())
    table = {row.name: row for row in standings(s)}
    assert (table["Red"].points, table["Red"].right, table["Red"].asked) == (2, 2, 2)
    assert (table["Blue"].points, table["Blue"].accuracy) == (1, 0.5)
    assert table["Green"].points == 0


def test_ties_share_a_rank_and_the_podium_holds_every_team_ranked_three_or_better() -> None:
    s = session_with(teams=("A", "B", "C", "D"))
    s = run(s, EnterAnswer(0, right(s)), EnterAnswer(1, right(s)), EnterAnswer(2, wrong(s)))
    assert [(r.rank, r.name) for r in standings(s)] == [(1, "A"), (1, "B"), (3, "C"), (3, "D")]
    assert len(podium(s)) == 4


def test_the_podium_has_a_step_only_for_the_ranks_some_team_holds() -> None:
    two = session_with(teams=("Red", "Blue"))
    two = run(two, EnterAnswer(0, right(two)), EnterAnswer(1, wrong(two)))
    assert podium_steps(two) == (2, 1)  # silver left, gold middle: no empty bronze step
    tied = session_with(teams=("Red", "Blue"))
    assert podium_steps(tied) == (1,)
    four = session_with(teams=("A", "B", "C", "D"))
    four = run(four, EnterAnswer(0, right(four)), EnterAnswer(1, right(four)))
    assert podium_steps(four) == (1, 3)  # A and B share gold: no team is second
    alone = session_with(teams=("Solo",))
    assert podium_steps(alone) == (1,)


def test_the_timer_locks_the_question_when_it_runs_out() -> None:
    s = session_with(timer=20)
    s = apply(s, Tick(15))
    assert s.phase == "question" and s.time_left == 5
    s = apply(s, Tick(10))
    assert s.phase == "locked" and s.time_left == 0


def test_pause_stops_the_clock_and_refuses_answers() -> None:
    s = run(session_with(timer=20), TogglePause(), Tick(30))
    assert s.paused and s.elapsed == 0 and s.phase == "question"
    assert apply(s, EnterAnswer(0, 0)) == s
    s = run(s, TogglePause(), Tick(5))
    assert not s.paused and s.elapsed == 5


def test_without_a_timer_time_never_locks_the_question() -> None:
    s = apply(session_with(), Tick(10_000))
    assert s.phase == "question" and s.time_left is None


def test_speed_bonus_is_off_by_default_and_rewards_quick_right_answers_when_on() -> None:
    plain = run(session_with(timer=20), Tick(5))
    plain = apply(plain, EnterAnswer(0, right(plain)))
    assert plain.entries[0].points == 1
    quick = run(session_with(timer=20, speed_bonus=True), Tick(5))
    quick = run(quick, EnterAnswer(0, right(quick)), EnterAnswer(1, wrong(quick)))
    points = {e.team: e.points for e in quick.entries}
    assert points == {0: 1.38, 1: 0.0}
    assert format_points(standings(quick)[0].points) == "1.38"


def test_answers_entered_after_the_lock_get_no_speed_bonus() -> None:
    s = run(session_with(timer=20, speed_bonus=True), Lock())
    s = apply(s, EnterAnswer(0, right(s)))
    assert s.entries[0].points == 1 and s.entries[0].seconds is None


def test_entering_a_team_again_replaces_its_answer_and_clear_takes_it_back() -> None:
    s = session_with()
    s = run(s, EnterAnswer(0, wrong(s)), EnterAnswer(0, right(s)))
    assert len(s.entries) == 1 and s.entries[0].right
    s = apply(s, Clear(0))
    assert s.entries == ()


def test_answers_of_the_wrong_form_or_team_are_ignored() -> None:
    s = session_with()
    assert apply(s, EnterAnswer(7, 0)) == s
    assert apply(s, EnterAnswer(0, 99)) == s
    assert apply(s, EnterAnswer(0, True)) == s


def test_show_of_hands_marks_teams_right_or_wrong() -> None:
    s = session_with(show_of_hands=True)
    s = run(s, Mark(0, True), Mark(1, False), Reveal())
    assert [(e.team, e.answer, e.right) for e in s.entries] == [(0, None, True), (1, None, False)]
    counts = {bar.code: bar.count for bar in distribution(s)}
    assert counts["marked-right"] == 1 and counts["marked-wrong"] == 1
    assert counts["no-answer"] == 1


def test_the_distribution_has_a_bar_per_option_with_the_right_one_flagged() -> None:
    s = session_with(seed=3)
    while s.question.type != "choice":
        s = run(s, Reveal(), Next())
    s = run(s, EnterAnswer(0, right(s)), EnterAnswer(1, right(s)), EnterAnswer(2, wrong(s)))
    bars = distribution(s)
    assert sum(b.count for b in bars) == 3
    assert [b.count for b in bars if b.right] == [2]
    assert len(bars) == len(s.question.choices)


def test_back_returns_to_the_previous_reveal_and_keeps_its_answers() -> None:
    s = session_with()
    s = run(s, EnterAnswer(0, right(s)), Reveal(), Next(), Back())
    assert (s.index, s.phase) == (0, "reveal")
    assert s.entry(0, 0) is not None
    assert apply(s, Back()) == s  # nothing before the first question


def test_the_last_next_shows_the_podium_then_the_summary() -> None:
    s = session_with(questions=2)
    s = run(s, EnterAnswer(0, right(s)), Reveal(), Next())
    s = run(s, EnterAnswer(1, right(s)), Reveal(), ShowStandings(), Next())
    assert s.phase == "podium" and not s.ended_early
    s = apply(s, ShowSummary())
    assert s.phase == "summary"
    lines = summary(s, PACK)
    assert [line.number for line in lines] == [1, 2]
    assert lines[0].teams_right == ("Red",) and lines[1].teams_right == ("Blue",)
    assert all(line.citation is not None for line in lines)


def test_ending_early_counts_only_the_questions_asked() -> None:
    s = session_with(questions=4)
    s = run(s, EnterAnswer(0, right(s)), Reveal(), Next(), EndEarly())
    assert s.phase == "podium" and s.ended_early
    assert s.asked() == (0,)
    assert standings(s)[0].asked == 1
    s = apply(s, Back())
    assert s.phase == "locked" and not s.ended_early


def test_resume_continues_after_the_last_revealed_question() -> None:
    s = session_with()
    s = run(s, EnterAnswer(0, right(s)), Reveal(), Next())
    ids = [i.id for i in s.items]
    again = resume(PACK, s.settings, ids, s.entries, s.revealed)
    assert (again.index, again.phase) == (1, "question")
    assert again.entries == s.entries


def test_resume_reopens_a_half_answered_question_locked() -> None:
    s = session_with()
    s = run(s, Reveal(), Next())
    s = apply(s, EnterAnswer(2, right(s)))  # type: ignore[arg-type]
    again = resume(PACK, s.settings, [i.id for i in s.items], s.entries, s.revealed)
    assert (again.index, again.phase) == (1, "locked")


def test_resume_after_ending_early_is_back_on_the_podium_where_it_ended() -> None:
    s = session_with(questions=4)
    s = run(s, EnterAnswer(0, right(s)), Reveal(), Next(), EndEarly())
    ids = [i.id for i in s.items]
    again = resume(PACK, s.settings, ids, s.entries, s.revealed, True, ended_early_at=s.index)
    assert (again.index, again.phase, again.ended_early) == (s.index, "podium", True)
    assert again.asked() == s.asked()
    assert apply(again, Back()) == apply(s, Back())


def test_resume_regrades_answers_and_drops_those_that_do_not_fit() -> None:
    s = session_with()
    s = run(s, EnterAnswer(0, right(s)))
    ids = [i.id for i in s.items]
    claimed = replace(s.entries[0], right=False, points=0.0)
    misfit = Entry(0, 1, 9, True, None, 1.0)
    again = resume(PACK, s.settings, ids, (claimed, misfit), ())
    assert again.entries == s.entries


def test_an_order_answer_holding_something_else_than_places_is_not_an_answer() -> None:
    s = session_with(questions=6)
    order = next(q for q in s.questions if q.type == "order")
    places = tuple(range(len(order.choices)))
    assert is_valid_answer(order, places)
    assert not is_valid_answer(order, ("a", *places[1:]))  # type: ignore[arg-type]
    assert not is_valid_answer(order, (0.0, *places[1:]))


def test_resume_refuses_a_pack_whose_quiz_changed() -> None:
    s = session_with()
    smaller = fake_pack(items=PACK.quiz[:2])
    with pytest.raises(ClassroomError, match="no longer gives"):
        resume(smaller, s.settings, [i.id for i in s.items], (), ())


ACTIONS = st.one_of(
    st.builds(Tick, st.floats(min_value=0, max_value=30)),
    st.just(Lock()),
    st.builds(EnterAnswer, st.integers(0, 3), st.integers(0, 4)),
    st.builds(Mark, st.integers(0, 3), st.booleans()),
    st.builds(Clear, st.integers(0, 3)),
    st.just(Reveal()),
    st.just(ShowStandings()),
    st.just(Next()),
    st.just(Back()),
    st.just(TogglePause()),
    st.just(EndEarly()),
    st.just(ShowSummary()),
)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 1000), actions=st.lists(ACTIONS, max_size=40))
def test_any_key_sequence_keeps_the_session_consistent(seed: int, actions: list) -> None:
    s = session_with(seed=seed, timer=20)
    for action in actions:
        s = apply(s, action)
        assert 0 <= s.index < len(s.questions)
        keys = [(e.question, e.team) for e in s.entries]
        assert len(keys) == len(set(keys))
        assert all(e.points in (0.0, 1.0) for e in s.entries)
        total = sum(r.points for r in standings(s))
        assert total == sum(e.right for e in s.entries)


def test_going_forward_again_shows_a_revealed_question_revealed_not_open() -> None:
    s = session_with(timer=20)
    s = run(s, EnterAnswer(0, right(s)), Reveal(), ShowStandings(), Next())
    s = run(s, Tick(5), EnterAnswer(1, right(s)), Reveal(), Back(), ShowStandings(), Next())
    assert (s.index, s.phase) == (1, "reveal")
    assert s.elapsed == 5  # its clock was not restarted


def test_going_forward_to_an_answered_question_not_yet_revealed_finds_it_locked() -> None:
    s = session_with(timer=20)
    s = run(s, Reveal(), Next())
    s = run(s, EnterAnswer(0, right(s)), Back(), Next())
    assert (s.index, s.phase) == (1, "locked")


def regraded_points(s: ClassroomSession) -> dict[int, tuple[float, int]]:
    """Each team's points and right answers, worked out afresh from its final answers."""
    totals = {team: (0.0, 0) for team in range(len(s.settings.teams))}
    final = {(e.question, e.team): e for e in s.entries}
    for (question, team), e in final.items():
        if e.answer is None:
            good = e.right
        else:
            good = grade(s.items[question], s.questions[question], e.answer)
        points, right_count = totals[team]
        totals[team] = (points + points_for(s.settings, good, e.seconds), right_count + good)
    return {team: (round(p, 2), r) for team, (p, r) in totals.items()}


MOVES = st.one_of(
    st.builds(Tick, st.floats(min_value=0, max_value=8)),
    st.tuples(st.sampled_from(("right", "wrong")), st.integers(0, 2)),
    st.builds(Mark, st.integers(0, 2), st.booleans()),
    st.builds(Clear, st.integers(0, 2)),
    st.sampled_from((Lock(), Reveal(), ShowStandings(), Next(), Back(), TogglePause(), EndEarly())),
)


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 1000), bonus=st.booleans(), moves=st.lists(MOVES, max_size=60))
def test_standings_always_equal_a_fresh_regrade_of_the_final_answers(
    seed: int, bonus: bool, moves: list
) -> None:
    s = session_with(seed=seed, timer=20, speed_bonus=bonus)
    for move in moves:
        if isinstance(move, tuple):
            kind, team = move
            move = EnterAnswer(team, right(s) if kind == "right" else wrong(s))  # type: ignore[arg-type]
        s = apply(s, move)
        fresh = regraded_points(s)
        for row in standings(s):
            assert (row.points, row.right) == fresh[row.team]
            assert row.asked == len(s.asked())
        assert not (s.phase == "question" and s.index in s.revealed)
