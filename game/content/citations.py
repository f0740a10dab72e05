"""Citations: a fact's verbatim quote with its source's title, publisher and date.

Every layer that shows where a claim comes from (the quiz reveal, the campaign's records,
the end report, the exports) builds its citations here, from the pack's facts and sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from game.content.model import Fact, Pack, Source


@dataclass(frozen=True)
class Citation:
    """One fact behind an answer, with everything needed to show where it comes from.

    ``source_title`` is in square brackets when the pack's author supplied it (the source
    has no headline of its own); ``published`` is in words, as precise as the source's
    date ("2018", "July 2023", "19 April 2018": ``PackDate.human``).
    """

    fact_id: str
    quote: str
    statement: str
    source_id: str
    source_title: str
    publisher: str
    published: str

    @property
    def as_reported(self) -> str:
        """E.g. "as reported on 19 April 2018"; "in" before a month or a year alone."""
        on_a_day = self.published[:1].isdigit() and " " in self.published
        return f"as reported {'on' if on_a_day else 'in'} {self.published}"


def citations(pack: Pack, fact_ids: Iterable[str]) -> tuple[Citation, ...]:
    """The quote and source of each fact id (unknown ids are skipped)."""
    facts: Mapping[str, Fact] = pack.memo("quiz.facts", lambda: _by_id(pack, "facts"))
    sources: Mapping[str, Source] = pack.memo("quiz.sources", lambda: _by_id(pack, "sources"))
    found = []
    for fact_id in fact_ids:
        fact = facts.get(fact_id)
        if fact is None:
            continue
        source = sources.get(fact.source)
        found.append(
            Citation(
                fact_id=fact.id,
                quote=fact.quote,
                statement=fact.statement,
                source_id=fact.source,
                source_title=title_of(source) if source else fact.source,
                publisher=source.publisher if source else "",
                published=source.published.human() if source else "",
            )
        )
    return tuple(found)


def title_of(source: Source) -> str:
    """The source's title as cited: in square brackets when the pack's author supplied it
    (``headline: false``), the editorial sign of a title the article does not carry."""
    return source.title if source.headline else f"[{source.title}]"


def _by_id(pack: Pack, collection: str) -> Mapping[str, Any]:
    return MappingProxyType(pack.by_id(collection))


def distinct_quotes(found: Iterable[Citation]) -> tuple[Citation, ...]:
    """``found`` without citations whose quote stands inside another cited quote of the same
    source: two facts may quote overlapping words, and a reader needs them once."""
    cited = list(found)
    return tuple(
        c
        for c in cited
        if not any(
            o is not c and o.source_id == c.source_id and c.quote in o.quote and o.quote != c.quote
            for o in cited
        )
    )
