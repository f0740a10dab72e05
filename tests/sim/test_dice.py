"""The state's generator draws, and is saved, exactly as a plain ``random.Random`` would,
however the rules hand it on, keep it and branch from it."""

from __future__ import annotations

import copy
import pickle
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from game.sim.dice import Dice, RngSnapshot

# One draw of the kinds the rules and random.Random's own methods make.
DRAWS = st.one_of(
    st.tuples(st.just("random"), st.just(0)),
    st.tuples(st.just("bits"), st.integers(0, 100)),
    st.tuples(st.just("randrange"), st.integers(1, 1000)),
    st.tuples(st.just("randint"), st.integers(1, 6)),
    st.tuples(st.just("shuffle"), st.integers(0, 8)),
    st.tuples(st.just("gauss"), st.just(0)),
    st.tuples(st.just("keep"), st.just(0)),  # with_rng: the state keeps the generator
)


def draw(rng: random.Random, kind: str, n: int) -> object:
    if kind == "random":
        return rng.random()
    if kind == "bits":
        return rng.getrandbits(n)
    if kind == "randrange":
        return rng.randrange(n)
    if kind == "randint":
        return rng.randint(1, n)
    if kind == "shuffle":
        items = list(range(n))
        rng.shuffle(items)
        return items
    return rng.gauss(0.0, 1.0)


def seeded(seed: int) -> RngSnapshot:
    return RngSnapshot(random.Random(seed).getstate())


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32), draws=st.lists(DRAWS, max_size=30))
def test_dice_draw_and_keep_what_a_plain_generator_would(
    seed: int, draws: list[tuple[str, int]]
) -> None:
    plain = random.Random(seed)
    dice = Dice(seeded(seed))
    kept = [dice.snapshot()]
    for kind, n in draws:
        if kind == "keep":
            kept.append(dice.snapshot())
            assert kept[-1].value == plain.getstate()
        else:
            assert draw(dice, kind, n) == draw(plain, kind, n)
    assert dice.snapshot().value == plain.getstate()


@settings(max_examples=100, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    before=st.lists(DRAWS, max_size=10),
    after=st.lists(DRAWS, min_size=1, max_size=10),
)
def test_two_lines_of_play_from_one_state_draw_the_same(
    seed: int, before: list[tuple[str, int]], after: list[tuple[str, int]]
) -> None:
    """The first line of play takes the generator along; the second replays to it."""
    dice = Dice(seeded(seed))
    for kind, n in before:
        if kind != "keep":
            draw(dice, kind, n)
    fork = dice.snapshot()
    first, second = Dice(fork), Dice(fork)
    drawn_first = [draw(first, kind, n) for kind, n in after if kind != "keep"]
    drawn_second = [draw(second, kind, n) for kind, n in after if kind != "keep"]
    assert drawn_first == drawn_second
    assert first.snapshot() == second.snapshot()


def test_a_snapshot_of_unrolled_dice_is_the_state_it_came_from() -> None:
    start = seeded(7)
    dice = Dice(start)
    assert not dice.rolled
    assert dice.snapshot() is start


def test_snapshots_are_equal_by_value_and_copy_and_pickle_as_it() -> None:
    one, two = Dice(seeded(3)), Dice(seeded(3))
    one.random()
    two.getrandbits(64)  # two words either way
    a, b = one.snapshot(), two.snapshot()
    assert a == b and hash(a) == hash(b)
    assert a != seeded(3)
    assert pickle.loads(pickle.dumps(a)) == a
    assert copy.deepcopy(a).value == a.value


def test_a_snapshot_whose_generator_was_taken_on_replays_to_its_own_state() -> None:
    plain, dice = random.Random(11), Dice(seeded(11))
    for _ in range(5):
        assert dice.random() == plain.random()
    kept = dice.snapshot()
    expected = plain.getstate()
    later = Dice(kept)
    later.getrandbits(200)  # takes the generator along and moves it on
    assert kept.value == expected  # worked out by replaying from the start
    assert Dice(kept).random() == plain.random()
