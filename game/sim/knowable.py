"""When a quiz item becomes knowable in a campaign: the first year a player could know its
answer, from its facts' dates, its sources' publication and the years its question
names. A checkpoint never asks an item before then (see ``game.sim.spacing``).
"""

from __future__ import annotations

import re

from game.content.model import Pack, QuizItem
from game.quiz.says_who import is_generated, says_who_items


def knowable_year(pack: Pack, item: QuizItem) -> int | None:
    """The first year a player could know ``item``'s answer (None: any year).

    A dated fact is known from its date. An undated fact says what its source reported,
    so it is known from the source's publication: a 2023 article's undated words are not
    a question for 2015, even when a card of 2015 quotes them. A generated item asks who
    reported a fact and when, so it waits for its source's publication in any case, and
    for the latest date its options name (no option may be an article of the future).
    """
    years = pack.memo("sim.knowable_years", lambda: _knowable_years(pack))
    published = years.get(("source", item.id))
    found = [years[f] for f in item.facts if f in years]
    if published is not None:
        found.append(published)
    if is_generated(item.id):
        # Its options are publishers and dates: none may name an article not yet written
        # (its prompt, a quote, may name any year: those are the quote's own).
        found += [int(y) for option in item.options for y in YEAR.findall(option)]
    else:
        found += named_years(item)
    return max(found) if found else None


YEAR = re.compile(r"\b(1[89][0-9]{2}|20[0-9]{2})\b")


def named_years(item: QuizItem) -> list[int]:
    """The years an item's question names ("In 2018, for how many years ..."): it speaks
    from the latest of them, so it is no question for an earlier turn, whatever its
    fact's own date (an inferred 1988 start of a cooperation reported in 2018). Only the
    prompt counts: options may well be years, the wrong ones later than the right one."""
    texts = (item.prompt,)
    return [int(year) for text in texts for year in YEAR.findall(text)]


def _knowable_years(pack: Pack) -> dict[object, int]:
    published = {source.id: source.published.year for source in pack.sources}
    years: dict[object, int] = {}
    for fact in pack.facts:
        if fact.date is not None:
            years[fact.id] = fact.date.year
        elif fact.source in published:
            years[fact.id] = published[fact.source]
    facts = pack.by_id("facts")
    for item in says_who_items(pack):
        source = facts[item.facts[0]].source
        if source in published:
            years[("source", item.id)] = published[source]
    return years
