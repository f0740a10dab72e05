"""Students on their own devices: joining, answering on the server's clock, scoring."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from game.quiz.classroom import (
    MAX_PLAYERS,
    NO_TEAM,
    ClassroomSession,
    ClassroomSettings,
    EnterAnswer,
    Join,
    Lock,
    Next,
    Reveal,
    ShowStandings,
    StudentAnswer,
    Tick,
    TogglePause,
    apply,
    resume,
    start,
)
from game.quiz.classroom_players import GRACE, answer_refusal, join_refusal
from game.quiz.engine import right_answer
from game.quiz.scoreboard import distribution, player_standings, standings
from tests.quiz.fakes import fake_pack

PACK = fake_pack()


def room(teams: tuple[str, ...] = (), timer: int | None = 20, players: int = 3) -> ClassroomSession:
    settings = ClassroomSettings(
        pack_id="fake-pack", seed=7, questions=4, teams=teams, timer=timer, room="ABCD"
    )
    session = start(PACK, settings)
    for n in range(players):
        session = apply(session, Join(f"Student {n}"))
    return session


def right(session: ClassroomSession) -> object:
    return right_answer(session.item, session.question)


def wrong(session: ClassroomSession) -> object:
    good = right(session)
    if session.question.type == "number":
        return float(session.item.answer) + 100
    if session.question.type == "order":
        return tuple(reversed(good))  # type: ignore[arg-type]
    return (good + 1) % len(session.question.choices)  # type: ignore[operator]


def answer(
    session: ClassroomSession, player: int, value: object, seconds: float | None = 1.0
) -> ClassroomSession:
    return apply(session, StudentAnswer(player, session.index, value, seconds))  # type: ignore[arg-type]


def test_a_class_with_devices_needs_no_teams():
    assert room().settings.problems() == []
    assert ClassroomSettings(pack_id="p", seed=1, teams=()).problems() == ["name at least one team"]


def test_students_join_in_order_with_the_smallest_team_when_they_pick_none():
    session = room(teams=("Red", "Blue"), players=0)
    for name in ("Ada", "Bo", "Cy"):
        session = apply(session, Join(name))
    assert [(p.id, p.name, p.team) for p in session.players] == [
        (0, "Ada", 0),
        (1, "Bo", 1),
        (2, "Cy", 0),
    ]
    session = apply(session, Join("Di", team=1))
    assert session.players[-1].team == 1


def test_nicknames_are_unique_whatever_their_case_and_spacing():
    session = room(players=0)
    session = apply(session, Join("  Ada   Lovelace "))
    assert session.players[0].name == "Ada Lovelace"
    assert join_refusal(session, Join("ada lovelace")) == "name_taken"
    assert apply(session, Join("ADA  LOVELACE")) == session


def test_a_nickname_is_refused_when_empty_too_long_or_holding_control_characters():
    session = room(players=0)
    assert join_refusal(session, Join("   ")) == "name_empty"
    assert join_refusal(session, Join("x" * 21)) == "name_long"
    assert join_refusal(session, Join("x" * 20)) is None
    assert join_refusal(session, Join("a\u0007b")) == "name_bad"
    assert join_refusal(session, Join("<script>alert(1)</script>"[:20])) is None


def test_the_room_is_capped():
    session = room(players=MAX_PLAYERS)
    assert len(session.players) == MAX_PLAYERS
    assert join_refusal(session, Join("One more")) == "room_full"


def test_a_team_that_does_not_exist_is_refused():
    session = room(teams=("Red",), players=0)
    assert join_refusal(session, Join("Ada", team=1)) == "bad_team"
    assert join_refusal(room(players=0), Join("Ada", team=0)) == "bad_team"


def test_a_session_without_devices_takes_no_students():
    session = start(PACK, ClassroomSettings(pack_id="fake-pack", seed=7, questions=4))
    assert join_refusal(session, Join("Ada")) == "no_devices"


def test_a_student_may_change_their_answer_until_the_question_locks():
    session = room()
    session = answer(session, 0, wrong(session))
    session = answer(session, 0, right(session))
    entries = session.entries_for(0)
    assert len(entries) == 1 and entries[0].right and entries[0].player == 0
    locked = apply(session, Lock())
    refused = StudentAnswer(0, 0, wrong(session), 2.0)  # type: ignore[arg-type]
    assert answer_refusal(locked, refused) == "closed"
    assert apply(locked, refused) == locked


def test_an_answer_past_the_deadline_and_its_grace_is_late():
    session = room(timer=10)
    timed_out = apply(session, Tick(10))
    assert timed_out.phase == "locked"
    in_grace = StudentAnswer(0, 0, right(session), 10 + GRACE / 2)  # type: ignore[arg-type]
    assert answer_refusal(timed_out, in_grace) is None
    late = StudentAnswer(0, 0, right(session), 10 + GRACE + 0.01)  # type: ignore[arg-type]
    assert answer_refusal(timed_out, late) == "late"
    assert answer_refusal(session, late) == "late"  # even before the projector's clock ran out


def test_answers_for_another_question_or_of_the_wrong_shape_change_nothing():
    session = room()
    other = StudentAnswer(0, 1, 0, 1.0)
    assert answer_refusal(session, other) == "other_question"
    assert answer_refusal(session, StudentAnswer(0, 0, 99, 1.0)) == "bad_answer"
    assert answer_refusal(session, StudentAnswer(0, 0, float("nan"), 1.0)) == "bad_answer"
    assert answer_refusal(session, StudentAnswer(7, 0, 0, 1.0)) == "unknown_player"
    assert answer_refusal(apply(session, TogglePause()), StudentAnswer(0, 0, 0, 1.0)) == "paused"
    assert apply(session, other) == session


def test_the_teacher_cannot_type_a_team_answer_when_students_have_devices():
    session = room(teams=("Red", "Blue"))
    assert apply(session, EnterAnswer(0, right(session))) == session  # type: ignore[arg-type]


def test_students_are_ranked_by_their_own_points_without_teams():
    session = room()
    session = answer(session, 1, right(session))
    session = answer(session, 2, wrong(session))
    table = standings(session)
    assert [(row.name, row.points, row.rank) for row in table] == [
        ("Student 1", 1.0, 1),
        ("Student 0", 0.0, 2),
        ("Student 2", 0.0, 2),
    ]
    bars = distribution(session)
    assert bars[-1].code == "no-answer" and bars[-1].count == 1


def test_a_team_scores_the_average_of_its_students():
    session = room(teams=("Red", "Blue"), players=3)  # Red: 0 and 2, Blue: 1
    for player in range(3):
        session = answer(session, player, right(session))
    assert {row.name: row.points for row in standings(session)} == {"Red": 1.0, "Blue": 1.0}
    assert all(row.points == 1.0 for row in player_standings(session))


def test_a_teams_right_answers_are_counted_out_of_its_students_answers():
    session = room(teams=("Red", "Blue"), players=3)  # Red: 0 and 2, Blue: 1
    for player in range(3):
        session = answer(session, player, right(session))
    rows = {row.name: (row.right, row.asked, row.accuracy) for row in standings(session)}
    assert rows == {"Red": (2, 2, 1.0), "Blue": (1, 1, 1.0)}


def test_answers_keep_the_server_clock_reading():
    session = answer(room(timer=20), 0, 0, seconds=4.567)
    assert session.entries[0].seconds == 4.57
    assert answer(room(timer=None), 0, 0, seconds=None).entries[0].seconds is None


def test_a_resumed_device_session_reopens_the_question_paused_with_its_students():
    session = room(teams=("Red", "Blue"), players=2)
    session = answer(session, 0, right(session))
    back = resume(
        PACK,
        session.settings,
        [i.id for i in session.items],
        session.entries,
        (),
        players=session.players,
    )
    assert back.players == session.players
    assert back.entries == session.entries
    assert (back.index, back.phase, back.paused) == (0, "question", True)
    assert back.players[1].team == 1


actions = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 1), st.integers(0, 3), st.floats(0, 30)),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(actions)
def test_each_student_has_at_most_one_answer_per_question_and_it_is_their_last_taken(steps):
    session = room(timer=20, players=4)
    last: dict[tuple[int, int], object] = {}
    for player, question, choice, seconds in steps:
        if player == 4:
            session = apply(session, Reveal())
            session = apply(session, ShowStandings())
            session = apply(session, Next())
            continue
        value = right(session) if choice == 0 else wrong(session)
        action = StudentAnswer(player, question, value, seconds)  # type: ignore[arg-type]
        taken = answer_refusal(session, action) is None
        session = apply(session, action)
        if taken:
            last[(player, question)] = value
    keys = [(e.player, e.question) for e in session.entries]
    assert len(keys) == len(set(keys))
    assert {(e.player, e.question): e.answer for e in session.entries} == last


def test_a_student_without_a_team_is_recorded_with_no_team():
    session = answer(room(), 0, 0)
    assert session.entries[0].team == NO_TEAM
    assert replace(session.entries[0], player=None).key != session.entries[0].key
