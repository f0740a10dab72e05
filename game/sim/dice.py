"""The campaign's one seeded generator, kept in the game state without copying it every
year.

``random.Random.getstate()`` copies the generator's 625 words into a new tuple (about
9 µs), and a campaign that rolls every year would pay it every year, then pay again to
restore it. So the state holds an ``RngSnapshot``: where the generator started (a saved
state) and how many 32-bit words it has drawn since. The generator that drew them is
handed on to the next roll, once; any other reader (a save, an equality test, a second
line of play from the same state) replays the draws from the start it knows, which gives
exactly the words a plain ``random.Random`` would hold.

Counting words relies on how CPython's generator draws: ``random()`` takes two words,
``getrandbits(k)`` takes ``ceil(k / 32)`` (none for 0), and every other method of
``random.Random`` (``randrange``, ``choice``, ``shuffle``, ``uniform``, ...) draws
through those two, which ``Dice`` overrides.
"""

from __future__ import annotations

import random
from typing import Any

# (version, Mersenne Twister words, gauss_next): exactly what random.Random.getstate() gives.
RngTuple = tuple[int, tuple[int, ...], float | None]


class RngSnapshot:
    """The generator's state at one point of a campaign: an immutable value (equal, and
    saved, as ``value``, the tuple ``random.Random.getstate()`` would give)."""

    __slots__ = ("_start", "_drawn", "_gauss_next", "_live", "_value")

    def __init__(
        self,
        start: RngTuple,
        drawn: int = 0,
        gauss_next: float | None = None,
        live: random.Random | None = None,
    ) -> None:
        self._start = start  # a state the generator was once in
        self._drawn = drawn  # the 32-bit words drawn since ``start``
        # random.Random.gauss keeps its second number outside the words
        self._gauss_next = start[2] if drawn == 0 else gauss_next
        self._live = live  # the generator at this state, for the first ``generator()``
        self._value: RngTuple | None = start if drawn == 0 else None

    @property
    def gauss_next(self) -> float | None:
        return self._gauss_next

    @property
    def value(self) -> RngTuple:
        """What ``random.Random.getstate()`` gives at this state (worked out once)."""
        if self._value is None:
            # The generator that reached this state, while no one has taken it, is in it.
            held = self._live if self._live is not None else self._replayed()
            words = held.getstate()[1]
            self._value = (random.Random.VERSION, words, self._gauss_next)
            self._start, self._drawn = self._value, 0  # later replays start here
        return self._value

    def generator(self) -> random.Random:
        """A generator in this state that no one else holds: the one that reached it, the
        first time (it is handed on, not copied), else a new one."""
        live, self._live = self._live, None
        if live is not None:
            return live
        if self._value is not None:
            made = random.Random()
            made.setstate(self._value)
            return made
        return self._replayed()

    def _replayed(self) -> random.Random:
        made = random.Random()
        made.setstate(self._start)
        if self._drawn:
            made.getrandbits(32 * self._drawn)  # takes exactly ``_drawn`` words
        return made

    def after(
        self, drawn: int, gauss_next: float | None, live: random.Random | None
    ) -> RngSnapshot:
        """The state ``drawn`` more words on, which ``live`` is in."""
        if drawn == 0:  # no word drawn: ``getrandbits(0)``, or a gauss from gauss_next
            if gauss_next == self._gauss_next:
                if self._live is None:
                    self._live = live
                return self
            version, words, _ = self.value
            return RngSnapshot((version, words, gauss_next), live=live)
        if self._value is not None:
            return RngSnapshot(self._value, drawn, gauss_next, live)
        return RngSnapshot(self._start, self._drawn + drawn, gauss_next, live)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RngSnapshot):
            return self is other or self.value == other.value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"RngSnapshot(drawn={self._drawn})" if self._value is None else "RngSnapshot(...)"

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles hold the value alone
        return (RngSnapshot, (self.value,))


def words_for(bits: int) -> int:
    """The 32-bit words ``getrandbits(bits)`` takes."""
    return (bits + 31) // 32


class Dice(random.Random):
    """The state's generator for one step of the rules: draws like a plain generator from
    the snapshot's state, taken up at the first draw (a step in which nothing is left to
    chance then costs nothing), counting the words it draws."""

    def __init__(self, saved: RngSnapshot) -> None:  # no seeding: the snapshot is the seed
        self.saved = saved
        self.drawn = 0
        self.live: random.Random | None = None
        self.gauss_next = saved.gauss_next

    @property
    def rolled(self) -> bool:
        """Whether its state moved: a word drawn, or gauss's second number used."""
        return self.live is not None or self.gauss_next != self.saved.gauss_next

    def _generator(self) -> random.Random:
        if self.live is None:
            self.live = self.saved.generator()
        return self.live

    # Every draw goes through these two (random.Random sees both overridden and keeps its
    # getrandbits-based sampling, so the numbers are those of a plain generator).
    def random(self) -> float:
        drawn = self._generator().random()
        self.drawn += 2
        return drawn

    def getrandbits(self, k: int, /) -> int:
        drawn = self._generator().getrandbits(k)  # a bad k raises before anything is drawn
        self.drawn += words_for(k)
        return drawn

    def snapshot(self) -> RngSnapshot:
        """The state now. The generator goes with it: a later draw of these dice takes it
        back from the snapshot, or replays when someone else has taken it."""
        if not self.rolled:
            return self.saved
        taken = self.saved.after(self.drawn, self.gauss_next, self.live)
        self.saved, self.drawn, self.live = taken, 0, None
        return taken
