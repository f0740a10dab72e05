"""The quiz items whose facts have all been shown, kept up to date as facts are shown.

A checkpoint mostly asks about facts never retrieved, and ranks the items on them by the
year their last fact was first shown (see ``game.sim.spacing``). That year never changes
once every fact of an item has been shown (``GameState.shown`` only grows, and holds each
fact once; a fact shown twice makes the view afresh), so ``RipenedView`` keeps, per kind
of question, the items complete so far in that ranking order, and a new year adds only
the items on the facts it showed. A checkpoint then reads the first few items of each
kind instead of testing every item knowable and sorting those left.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.values import quick_init

if TYPE_CHECKING:
    from game.sim.spacing import Askable

# An item ranked: (year its last fact was first shown, generated, position in the pack's
# items, the item). The position breaks every tie, so the item itself is never compared.
Ranked = tuple[int, bool, int, "Askable"]
# An item citing a fact: (generated, position in the pack's items, the item, its other facts).
Citing = tuple[bool, int, "Askable", frozenset[str]]


@quick_init
@dataclass(frozen=True)
class RipenedView:
    """The items whose facts were all shown in ``shown``, by kind, in ranking order."""

    shown: tuple[tuple[str, int], ...]  # the facts shown this view was made from
    years: dict[str, int]  # fact id -> the year it was first shown: ``dict(shown)``
    by_kind: dict[str, tuple[Ranked, ...]]  # kind -> its complete items, ranked

    def extended(
        self, shown: tuple[tuple[str, int], ...], by_fact: Mapping[str, tuple[Citing, ...]]
    ) -> RipenedView:
        """This view with the facts of ``shown`` past its own (``shown`` must continue it);
        ``by_fact``: fact id -> the items citing it."""
        new = shown[len(self.shown) :]
        if not new:
            return self if shown == self.shown else RipenedView(shown, self.years, self.by_kind)
        years = self.years.copy()
        years.update(new)
        if len(years) != len(self.years) + len(new):  # a fact shown twice: start afresh
            made = EMPTY_RIPENED.extended(tuple(years.items()), by_fact)
            return RipenedView(shown, years, made.by_kind)
        added: dict[str, list[Ranked]] = {}
        completed: set[int] = set()  # the positions of items on several facts, added
        for fact_id, year in new:
            for generated, position, item, others in by_fact.get(fact_id, ()):
                # Incomplete before (it cites a fact new here): complete now?
                if not others:  # most items cite one fact
                    ranked = (year, generated, position, item)
                elif position in completed or not years.keys() >= others:
                    continue
                else:
                    completed.add(position)
                    ranked = (max(years[f] for f in item.facts), generated, position, item)
                kind = item.kind
                if kind in added:
                    added[kind].append(ranked)
                else:
                    added[kind] = [ranked]
        if not added:
            return RipenedView(shown, years, self.by_kind)
        by_kind = self.by_kind.copy()
        for kind, entries in added.items():
            entries.sort()
            ranked_before = by_kind.get(kind, ())
            if not ranked_before or ranked_before[-1] < entries[0]:
                by_kind[kind] = ranked_before + tuple(entries)  # mostly: all rank last
            else:
                merged = list(ranked_before)
                for entry in entries:
                    insort(merged, entry)
                by_kind[kind] = tuple(merged)
        return RipenedView(shown, years, by_kind)


EMPTY_RIPENED = RipenedView((), {}, {})
