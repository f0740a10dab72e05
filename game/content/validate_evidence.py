"""Validation of evidence: what a fact or quiz item claims must stand in the quotes it cites.

The quote checks prove a quote is in its article; these prove the claim is in the quote:

- every number in a fact's statement, and in a quiz item's right answer, stands in a cited
  quote (``number-not-quoted``); every capitalised name in a right answer too
  (``name-not-quoted``);
- every fact a quiz item cites shares content words with it (``unrelated-citation``), and a
  false true/false item is not what one of its quotes says (``false-but-quoted``);
- a ``stated`` date stands in its quote or its article (``date-not-in-source``); a fact
  dated after its article is a plan (``fact-after-source``); a record's date agrees with
  the dated facts it cites (``date-disagrees``).

A claim that follows from the quotes without standing in them (a sum, a year worked out
from "last month") is marked ``derived: true`` with a ``derived_note`` saying how, which
reviewers see; it then passes these checks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from game.content.evidence import (
    claimed_numbers,
    content_words,
    name_stands_in,
    names,
    quoted_numbers,
    words_of,
)
from game.content.fields import MONTHS
from game.content.model import Fact, Pack, PackDate, QuizItem
from game.content.problems import Problem, at
from game.content.validate_dates import first_day, last_day


@dataclass(frozen=True)
class QuizClaim:
    """What a quiz item's right answer claims, as the item's kind reads it
    (``QuizKind.claim``): ``text`` written in ``field``, whose numbers and names must
    stand in the cited quotes (``sentence``: its words may start sentences); the texts
    whose ``words`` and ``numbers`` tie the item to each citation; and whether the item
    calls its prompt false."""

    text: str = ""
    field: str = ""
    sentence: bool = False
    words: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    called_false: bool = False


ClaimOf = Callable[[QuizItem], QuizClaim]

COMMON_SHARE = 0.4  # a word in more of the pack's quotes than this says nothing of relation
COMMON_LEAST = 3  # ... if it is in at least this many (in a tiny pack every word is "common")


def _date_numbers(fact: Fact) -> set[str]:
    """The numbers of a fact's own date, when the article states or implies it."""
    if fact.date is None or fact.date_basis == "background":
        return set()
    parts = {str(fact.date.year)}
    if fact.date.day is not None:
        parts.add(str(fact.date.day))
    return parts


def _published_year(pack: Pack, fact: Fact) -> set[str]:
    sources = pack.memo("evidence.sources", lambda: {s.id: s for s in reversed(pack.sources)})
    source = sources.get(fact.source)  # the first of a repeated id, as a scan would find
    return {str(source.published.year)} if source and source.published else set()


@dataclass(frozen=True)
class QuoteTerms:
    """What the checks read of a quote: worked out once per quote text and pack (a fact's
    quote is read by every item and record citing it, and a big pack has thousands)."""

    numbers: frozenset[str]  # ``quoted_numbers``: digits and written-out numbers
    words: frozenset[str]  # ``words_of``: its lower-case words
    content: frozenset[str]  # ``content_words``: the stems of the words that carry meaning


def quote_terms(pack: Pack, quote: str) -> QuoteTerms:
    table: dict[str, QuoteTerms] = pack.memo("evidence.quote_terms", dict)
    found = table.get(quote)
    if found is None:
        found = table[quote] = QuoteTerms(
            frozenset(quoted_numbers([quote])),
            frozenset(words_of(quote)),
            frozenset(content_words(quote)),
        )
    return found


def _cited(pack: Pack, ids: Iterable[str]) -> list[Fact]:
    facts = pack.memo("evidence.facts", lambda: {f.id: f for f in pack.facts})
    return [facts[i] for i in ids if i in facts]


def _known_names(pack: Pack) -> set[str]:
    def make() -> set[str]:
        known: set[str] = set()
        for agency in pack.agencies:
            for text in (agency.name, agency.short, agency.country, agency.id):
                known.update(words_of(text))
                known.add(text.lower())
        return known

    return pack.memo("evidence.known", make)


def _common_words(pack: Pack) -> set[str]:
    def make() -> set[str]:
        counts: Counter[str] = Counter()
        for fact in pack.facts:
            counts.update(quote_terms(pack, fact.quote).content)
        share = COMMON_SHARE * len(pack.facts)
        return {w for w, n in counts.items() if n > share and n >= COMMON_LEAST}

    return pack.memo("evidence.common", make)


def _derived_note(pack: Pack, record: Any) -> list[Problem]:
    if record.derived and not record.derived_note.strip():
        message = "a `derived: true` record says how its claim follows in `derived_note`"
        return [at(pack.where_of(record, "derived"), "missing-derived-note", message)]
    return []


def _missing_numbers(claim: str, allowed: set[str]) -> list[str]:
    return [n for n in claimed_numbers(claim) if n not in allowed]


def _derive_hint(what: str) -> str:
    return (
        f"fix {what} to what the quote says, cite the fact that says it, or, if it follows "
        "from the quotes, set `derived: true` and say how in `derived_note`"
    )


def check_fact_claims(pack: Pack) -> list[Problem]:
    """Every number in a statement stands in the fact's quote (or its own stated date)."""
    problems: list[Problem] = []
    for fact in pack.facts:
        problems += _derived_note(pack, fact)
        if fact.derived or fact.date_basis == "background" or not fact.quote.strip():
            continue  # a background fact is general knowledge by its own declaration
        allowed = set(quote_terms(pack, fact.quote).numbers)
        allowed |= _date_numbers(fact) | _published_year(pack, fact)
        missing = _missing_numbers(fact.statement, allowed)
        if missing:
            message = (
                f"the statement says {', '.join(missing)}, which its quote does not; "
                + _derive_hint("the statement")
            )
            problems.append(at(pack.where_of(fact, "statement"), "number-not-quoted", message))
    return problems


def _quiz_claims(pack: Pack, item: QuizItem, said: QuizClaim, cited: list[Fact]) -> list[Problem]:
    claim, field = said.text, said.field
    if not claim or item.derived:
        return []
    problems: list[Problem] = []
    terms = [quote_terms(pack, f.quote) for f in cited]
    allowed = set().union(
        *(t.numbers for t in terms), *(_date_numbers(f) | _published_year(pack, f) for f in cited)
    )
    missing = _missing_numbers(claim, allowed)
    if missing:
        message = (
            f"the right answer says {', '.join(missing)}, which no cited quote does; "
            + _derive_hint("the answer")
        )
        problems.append(at(pack.where_of(item, field), "number-not-quoted", message))
    quote_words = set().union(*(t.words for t in terms))
    quote_words |= {  # a month is a date: it stands in a cited fact's date, not its quote
        MONTHS[f.date.month - 1].lower()
        for f in cited
        if f.date and f.date.month and f.date_basis != "background"
    }
    known = _known_names(pack)
    unquoted = [
        n
        for n in names(claim, skip_sentence_starts=said.sentence)
        if not name_stands_in(n, quote_words, known)
    ]
    if unquoted:
        message = (
            f"the right answer names {', '.join(unquoted)}, which no cited quote does; "
            "cite the fact whose quote names it, or reword the answer"
        )
        problems.append(at(pack.where_of(item, field), "name-not-quoted", message))
    return problems


def _citations(pack: Pack, item: QuizItem, said: QuizClaim, cited: list[Fact]) -> list[Problem]:
    problems: list[Problem] = []
    common = _common_words(pack)
    mine = content_words(" ".join(said.words)) - common
    numbers = set(claimed_numbers(" ".join(said.numbers)))
    for index, fact_id in enumerate(item.facts):
        found = next((f for f in cited if f.id == fact_id), None)
        if found is None:
            continue
        terms = quote_terms(pack, found.quote)
        shared = mine & terms.content or numbers & terms.numbers
        if not shared:
            message = (
                f"{fact_id!r} shares no words with the item: its quote is about something "
                "else; cite the fact whose quote supports the answer"
            )
            problems.append(
                at(pack.where_of(item, f"facts.{index}"), "unrelated-citation", message)
            )
    if said.called_false and not item.derived:
        claim = content_words(item.prompt)
        claim_numbers = set(claimed_numbers(item.prompt))
        for quoted in cited:
            terms = quote_terms(pack, quoted.quote)
            if claim and claim <= terms.content and claim_numbers <= terms.numbers:
                message = (
                    f"the answer is false, but {quoted.id!r} says what the prompt says; "
                    "check the answer (true?), or cite the fact whose quote contradicts it"
                )
                problems.append(at(pack.where_of(item, "answer"), "false-but-quoted", message))
                break
    return problems


def check_quiz_claims(pack: Pack, claim_of: ClaimOf) -> list[Problem]:
    """The quiz items' claims against their quotes; ``claim_of`` reads an item's claim
    (each quiz kind knows its own: ``game.quiz.pack_check`` passes it in)."""
    problems: list[Problem] = []
    for item in pack.quiz:
        problems += _derived_note(pack, item)
        cited = _cited(pack, item.facts)
        if not cited:
            continue  # no-facts or unknown-ref is reported elsewhere
        said = claim_of(item)
        problems += _quiz_claims(pack, item, said, cited)
        problems += _citations(pack, item, said, cited)
    return problems


Terms = tuple[AbstractSet[str], AbstractSet[str]]  # the numbers and the lower-case words of a text


def _terms(text: str) -> Terms:
    return quoted_numbers([text]), set(words_of(text))


def _quote_terms(pack: Pack, fact: Fact) -> Terms:
    terms = quote_terms(pack, fact.quote)
    return terms.numbers, terms.words


def _article_terms(pack: Pack, source_id: str) -> Terms:
    """The numbers and words of an article, read once per pack (articles are long)."""
    table: dict[str, Terms] = pack.memo("evidence.articles", dict)
    if source_id not in table:
        table[source_id] = _terms(pack.texts.get(source_id, ""))
    return table[source_id]


def _stated_missing(pack: Pack, date: PackDate, quotes: list[Terms], sources: Iterable[str]) -> str:
    """What of a stated ``date`` stands in none of the ``quotes`` nor the articles of
    ``sources`` ("" if all does); the articles, long, are read only when the quotes fall
    short."""
    if not _missing_in(date, quotes):
        return ""
    return _missing_in(date, quotes + [_article_terms(pack, s) for s in sources])


def _missing_in(date: PackDate, found: list[Terms]) -> str:
    """What of a stated ``date`` stands in none of the texts ``found`` ("" if all does)."""
    if not any(str(date.year) in numbers for numbers, _words in found):
        return f"the year {date.year}"
    if date.month is not None and 1 <= date.month <= 12:
        name = MONTHS[date.month - 1].lower()
        if not any(name in words or name[:3] in words for _numbers, words in found):
            return f"the month {MONTHS[date.month - 1]}"
    return ""


def check_stated_dates(pack: Pack) -> list[Problem]:
    """A `stated` date stands in its quote or its article; facts after their article are
    plans; a record's date agrees with the dated facts it cites."""
    problems: list[Problem] = []
    sources = {s.id: s for s in pack.sources}
    for fact in pack.facts:
        if fact.date is None or fact.derived:
            continue
        missing = ""
        if fact.date_basis == "stated":
            missing = _stated_missing(pack, fact.date, [_quote_terms(pack, fact)], [fact.source])
        if missing:
            message = (
                f"`stated`, but {missing} is in neither the quote nor its article; fix the "
                "date, or make it `inferred` with a `date_note` saying how it is known"
            )
            problems.append(at(pack.where_of(fact, "date"), "date-not-in-source", message))
        source = sources.get(fact.source)
        published = source.published if source is not None else None
        if (
            fact.status == "done"
            and fact.date_basis != "background"  # an outcome the article could not know
            and published is not None
            and first_day(fact.date) > last_day(published)
        ):
            message = (
                f"dated {fact.date}, after its article was published ({published}): fix the "
                "date, or, if the article reports a plan, say so and set `status: planned`"
            )
            problems.append(at(pack.where_of(fact, "date"), "fact-after-source", message))
    records: list[Any] = [*pack.agreements, *pack.missions, *pack.events]
    for record in records:
        problems += _derived_note(pack, record)
        if record.date is None or record.derived:
            continue
        cited = _cited(pack, record.facts)
        if record.date_basis == "stated":
            quotes = [_quote_terms(pack, f) for f in cited]
            articles = [f.source for f in cited]
            missing = _stated_missing(pack, record.date, quotes, articles) if cited else ""
            if missing:
                message = (
                    f"`stated`, but {missing} is in no quote it cites nor their articles; "
                    "fix the date, or make it `inferred` with a `date_note`"
                )
                problems.append(at(pack.where_of(record, "date"), "date-not-in-source", message))
        dated = [f for f in cited if f.date is not None]
        if dated and not any(_overlap(record.date, f.date) for f in dated if f.date):
            listed = ", ".join(f"{f.id} ({f.date})" for f in dated)
            message = (
                f"dated {record.date}, but the facts it cites are dated {listed}; fix the "
                "date, or cite the fact that gives it"
            )
            problems.append(at(pack.where_of(record, "date"), "date-disagrees", message))
    return problems


def _overlap(one: PackDate, other: PackDate) -> bool:
    return first_day(one) <= last_day(other) and first_day(other) <= last_day(one)
