"""Generated "says who, and when?" items: for each quoted fact of a pack, a choice item that
asks which source reported the quote, and when.

They need no authoring and are right by construction: the options are publishers and
publication dates of the pack's own sources (each source as it is, and the right source's
publisher with another source's date and the other way round); the right option is the
fact's source; and no wrong option names the publisher and date of any source whose text
also holds the quote (quotes compared as the validator compares them). A pack with one
source, or a quote every source holds, gives no item.

They are ordinary ``choice`` items (they grade, shuffle and reveal like any other), kept
apart from the pack's own by an id that no pack id can spell (``says-who:<fact id>``).

Codes, not sentences: an item's ``prompt`` is the quote alone and its ``explanation`` is
empty; the layer that shows it words both from the codes ``PROMPT`` (parameter ``quote``)
and ``EXPLANATION`` (``credit``'s parameters: publisher, title, date) through the message
catalogue, as ``is_generated`` tells it to.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from game.content.model import Fact, Pack, QuizItem, Source
from game.content.passages import normalise

PREFIX = "says-who:"
TAG = "says-who"  # the item's tag, and its kind in the campaign's mix of questions
KIND_NAME = "says_who"
MAX_WRONG = 3  # a choice item has 2 to 4 options
DIFFICULTY = 2
# The codes the catalogue words an item's question and explanation by.
PROMPT = "says_who_prompt"
EXPLANATION = "says_who_explanation"


@dataclass(frozen=True)
class Credit:
    """Who reported a generated item's quote and when: the parameters of ``EXPLANATION``.
    ``title``: the source's headline in quotation marks, or its description in brackets
    (as every source line shows it)."""

    publisher: str
    title: str
    date: str

    def params(self) -> dict[str, str]:
        return {"publisher": self.publisher, "title": self.title, "date": self.date}


def is_generated(item_id: str) -> bool:
    """Whether ``item_id`` names a generated item (pack ids never hold a colon)."""
    return item_id.startswith(PREFIX)


def item_id_for(fact_id: str) -> str:
    return PREFIX + fact_id


def kind_name(item: QuizItem) -> str:
    """The item's kind in a mix of questions: its type, or ``says_who`` if generated."""
    return KIND_NAME if is_generated(item.id) else item.type


def label(publisher: str, published: str) -> str:
    """An option: who published, and when."""
    return f"{publisher}, {published}"


def says_who_items(pack: Pack) -> tuple[QuizItem, ...]:
    """One generated item per quote of ``pack`` that can have one (the first fact quoting
    it), in the pack's fact order (made once per pack)."""
    return pack.memo("quiz.says_who", lambda: _make_items(pack))


def for_session(
    pack: Pack, count: int, seed: int, *, taken: Collection[str], tags: Collection[str] = ()
) -> list[QuizItem]:
    """Up to ``count`` generated items for a classroom session, in the seed's order: none on
    a fact in ``taken`` (the facts of the session's own items: their quote would give an
    answer away), and, with ``tags``, only on facts with one of them. Drawn from an RNG of
    their own, so the session's own items and their options stay as the seed made them."""
    if count <= 0:
        return []
    facts = pack.by_id("facts")
    wanted = set(tags)
    pool = [
        item
        for item in says_who_items(pack)
        if item.facts[0] not in taken and (not wanted or wanted & set(facts[item.facts[0]].tags))
    ]
    random.Random(f"{PREFIX}{seed}").shuffle(pool)
    return pool[:count]


def prompt_params_of(prompt: str) -> dict[str, str]:
    """The parameters of ``PROMPT`` for a generated item (or its question) whose prompt is
    ``prompt``: the quote it asks about."""
    return {"quote": prompt}


def credit(pack: Pack, item_id: str) -> Credit | None:
    """Who reported the quote of the generated item ``item_id``, and when (None for an id
    no generated item of ``pack`` has)."""
    return pack.memo("quiz.says_who.credits", lambda: _credits(pack)).get(item_id)


def _credits(pack: Pack) -> dict[str, Credit]:
    sources = {source.id: source for source in pack.sources}
    facts = pack.by_id("facts")
    found = {}
    for item in says_who_items(pack):
        source = sources[facts[item.facts[0]].source]
        title = f"“{source.title}”" if source.headline else f"[{source.title}]"
        publisher = source.publisher[:1].upper() + source.publisher[1:]  # it opens a sentence
        found[item.id] = Credit(publisher, title, source.published.human())
    return found


def _make_items(pack: Pack) -> tuple[QuizItem, ...]:
    sources = {source.id: source for source in pack.sources}
    texts = {sid: normalise(pack.texts.get(sid, "")) for sid in sources}
    found = []
    asked: set[tuple[str, str]] = set()  # two facts may quote the same words: one item
    for fact in pack.facts:
        source = sources.get(fact.source)
        quoted = (fact.source, normalise(fact.quote))
        if source is None or quoted in asked:
            continue
        asked.add(quoted)
        item = _item(fact, source, sources, texts)
        if item is not None:
            found.append(item)
    return tuple(found)


def _item(
    fact: Fact, source: Source, sources: Mapping[str, Source], texts: Mapping[str, str]
) -> QuizItem | None:
    quote = normalise(fact.quote)
    holding = {sid for sid, text in texts.items() if quote and quote in text} | {source.id}
    right = label(source.publisher, source.published.human())
    taken = {label(sources[sid].publisher, sources[sid].published.human()) for sid in holding}
    wrong: list[str] = []
    for option in _wrong_options(source, [s for s in sources.values() if s.id not in holding]):
        if option not in taken and option not in wrong:
            wrong.append(option)
    if not wrong:
        return None
    options = (right, *wrong[:MAX_WRONG])
    return QuizItem(
        id=item_id_for(fact.id),
        type="choice",
        prompt=" ".join(fact.quote.split()),  # worded by the catalogue's PROMPT
        options=options,
        answer=right,
        facts=(fact.id,),
        explanation="",  # worded by the catalogue's EXPLANATION, from ``credit``
        difficulty=DIFFICULTY,
        tags=(TAG,),
    )


def _wrong_options(source: Source, others: list[Source]) -> list[str]:
    """Wrong options, best first: the right publisher at another source's date, another
    publisher at the right date (both of the source nearest in date), then the other
    sources as they are (the nearest last), then the remaining mixes."""
    others = sorted(others, key=lambda s: (abs(_months(s) - _months(source)), s.id))
    when = source.published.human()
    mixes_who = [label(source.publisher, s.published.human()) for s in others]
    mixes_when = [label(s.publisher, when) for s in others]
    as_they_are = [label(s.publisher, s.published.human()) for s in others]
    # A third publisher and date where there is one (the nearest source is in the mixes).
    wider = [*as_they_are[1:], *as_they_are[:1]]
    return [*mixes_who[:1], *mixes_when[:1], *wider, *mixes_who[1:], *mixes_when[1:]]


def _months(source: Source) -> int:
    date = source.published
    return date.year * 12 + (date.month or 1)
