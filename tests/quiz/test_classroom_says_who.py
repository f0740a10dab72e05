"""A teacher may add generated "says who, and when?" questions to a classroom session:
spread among the pack's own, never on a fact those cite, graded, scored and resumed like
any other question, and the pack's own questions stay exactly as the seed made them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.quiz.classroom import ClassroomSettings, EnterAnswer, apply, start
from game.quiz.classroom_state import spread
from game.quiz.engine import right_answer
from game.quiz.gradebook import gradebook
from game.quiz.pack_check import open_pack
from game.quiz.says_who import is_generated, says_who_items
from game.services.classroom import Choices, Classroom, settings_for
from tests.fake_clock import FakeClock
from tests.quiz.fakes import fake_pack

PACK = open_pack("space-cooperation")  # a real class's pack: many sources to ask about
BASE = ClassroomSettings(pack_id=PACK.info.id, seed=7, questions=4, teams=("Red", "Blue"))


def test_added_questions_are_spread_among_the_packs_own_which_stay_as_the_seed_made_them():
    plain = start(PACK, BASE)
    added = start(PACK, replace(BASE, says_who=2))
    generated = [i for i, item in enumerate(added.items) if is_generated(item.id)]
    assert len(added.items) == 6 and len(generated) == 2
    assert not is_generated(added.items[0].id)  # the class warms up on the pack's own
    own = [
        (item, q)
        for item, q in zip(added.items, added.questions, strict=True)
        if not is_generated(item.id)
    ]
    assert own == list(zip(plain.items, plain.questions, strict=True))
    cited = {fact for item in plain.items for fact in item.facts}
    assert not cited & {added.items[i].facts[0] for i in generated}


def test_none_is_added_on_a_fact_the_sessions_own_questions_cite():
    small = fake_pack()  # three generated items, each on a fact its four questions cite
    settings = replace(BASE, pack_id=small.info.id, says_who=3)
    assert len(says_who_items(small)) == 3
    assert [i.id for i in start(small, settings).items] == [
        i.id for i in start(small, replace(settings, says_who=0)).items
    ]


def test_a_generated_question_is_graded_and_scored_like_the_others():
    session = start(PACK, replace(BASE, says_who=2))
    while not is_generated(session.item.id):
        session = replace(session, index=session.index + 1)
    good = right_answer(session.item, session.question)
    session = apply(session, EnterAnswer(0, good))
    [entry] = session.entries_for(session.index)
    assert entry.right and entry.points > 0
    book = gradebook(replace(session, revealed=frozenset({session.index})))
    assert [c.item_id for c in book.columns] == [session.item.id]
    assert book.rows[0].cells == (entry.points,)


def test_a_session_with_added_questions_resumes_from_its_results_file(tmp_path: Path):
    choices = Choices(teams=("Red",), seed=3, questions=3, says_who=2)
    first = Classroom.start(PACK, settings_for(PACK, choices), tmp_path, clock=FakeClock())
    assert first.log is not None
    again = Classroom.resume(PACK, first.log.path, clock=FakeClock())
    assert again.session.settings.says_who == 2
    assert [i.id for i in again.session.items] == [i.id for i in first.session.items]


def test_exact_ids_may_name_a_generated_question():
    wanted = (PACK.quiz[0].id, says_who_items(PACK)[0].id)
    session = start(PACK, replace(BASE, ids=wanted, says_who=5))
    assert tuple(item.id for item in session.items) == wanted


@given(n=st.integers(0, 12), k=st.integers(0, 12))
def test_spreading_keeps_both_orders_and_opens_with_the_first_list(n: int, k: int):
    first, extra = [f"p{i}" for i in range(n)], [f"g{j}" for j in range(k)]
    merged = spread(first, extra)
    assert [x for x in merged if x.startswith("p")] == first
    assert [x for x in merged if x.startswith("g")] == extra
    if n and k <= n:
        assert merged[0] == "p0"
