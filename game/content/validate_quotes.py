"""Validation of quotes and source texts: every quote verbatim in its source, pins intact.

"Verbatim" allows exactly what docs/authoring.md says (see ``passages.normalise``): runs of
white space count as one space, and typographic quotes, apostrophes and dashes count as
their plain forms. Nothing else (not case, not an ellipsis for left-out words). On a miss,
the message says when the quote stands word for word in another source of the pack, and
shows the passage of its own source that comes closest with the differing words [marked];
past ``MAX_SEARCHED_MISSES`` misses in one source, or in a source longer than
``MAX_SEARCHED_WORDS``, a miss is reported without a passage.
"""

from __future__ import annotations

import difflib
import hashlib
import re

from game.content.model import Pack
from game.content.passages import SourceText, compare, describe_changes, normalise
from game.content.problems import Problem, at

__all__ = ["SourceText", "normalise", "sha256_text", "check_quotes", "check_pins"]

SHA256_RE = re.compile(r"[0-9a-f]{64}\Z")
MAX_SEARCHED_MISSES = 50  # per source: past these, a miss is reported without a passage
MAX_SEARCHED_WORDS = 200_000  # a longer source is not searched for passages at all


def sha256_text(text: str) -> str:
    """The SHA-256 of a source text's UTF-8 bytes, without a byte-order mark and with CRLF
    line ends read as LF: a checkout on Windows (git autocrlf) keeps the pin."""
    plain = text.lstrip("\ufeff").replace("\r\n", "\n")
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def check_quotes(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    sources = {s.id: s for s in pack.sources}
    prepared: dict[str, SourceText] = {}
    misses: dict[str, int] = {}
    for fact in pack.facts:
        source = sources.get(fact.source)
        text = pack.texts.get(fact.source)
        if source is None or text is None or not fact.quote.strip():
            continue  # unknown-ref, a missing file or a blank quote is reported elsewhere
        body = prepared.get(fact.source)
        if body is None:
            body = prepared[fact.source] = SourceText.of(text)
        if body.contains(fact.quote):
            continue
        misses[fact.source] = misses.get(fact.source, 0) + 1
        elsewhere = _elsewhere(pack, fact.source, fact.quote, prepared)
        message = f"the quote is not in {source.file} word for word; " + (
            elsewhere or _closest_note(body, fact.quote, misses[fact.source])
        )
        problems.append(at(pack.where_of(fact, "quote"), "quote-not-found", message))
    return problems


def _closest_note(body: SourceText, quote: str, miss: int) -> str:
    """The part of a miss's message that shows the closest passage (if it was sought)."""
    if miss > MAX_SEARCHED_MISSES:
        return "closest passage not searched: too many misses"
    if body.word_count() > MAX_SEARCHED_WORDS:
        return "closest passage not searched: the source is too long"
    line, start, end = body.closest_span(quote)
    found = compare(line, " ".join(body.original[start:end].split()), quote)
    passage = found.marked
    if len(passage) > 240:
        passage = passage[:237] + "..."
    return (
        f'closest passage (line {line}), differing words [marked]: "{passage}"; '
        + describe_changes(found)
    )


def _elsewhere(pack: Pack, own: str, quote: str, prepared: dict[str, SourceText]) -> str:
    """The note that ``quote`` stands word for word in another source, or ''."""
    for source in pack.sources:
        text = pack.texts.get(source.id)
        if source.id == own or text is None:
            continue
        body = prepared.get(source.id)
        if body is None:
            body = prepared[source.id] = SourceText.of(text)
        if body.contains(quote):
            return (
                f"it stands word for word in {source.file}: set `source: {source.id}` if "
                "that is the article it comes from"
            )
    return ""


def check_pins(pack: Pack, *, strict: bool) -> list[Problem]:
    """Each source's ``sha256`` pin matches its text (a missing pin: a --strict warning)."""
    problems: list[Problem] = []
    for source in pack.sources:
        text = pack.texts.get(source.id)
        where = pack.where_of(source, "sha256")
        pin = source.sha256.strip()
        if not pin:
            if strict and text is not None:
                message = f"{source.file} is not pinned; run `pack validate --repin`"
                problems.append(at(source.where, "source-unpinned", message))
            continue
        if not SHA256_RE.match(pin):
            message = f"{pin!r} is not 64 lower-case hex digits; run `pack validate --repin`"
            problems.append(at(where, "bad-sha256", message))
            continue
        if text is not None and sha256_text(text) != pin:
            message = (
                f"{source.file} changed since it was pinned; check its quotes still say "
                "what the facts claim, then run `pack validate --repin`"
            )
            problems.append(at(where, "source-changed", message))
    return problems


# Publishers that name no one: a reader is owed who published, or what is known of it.
UNNAMED = re.compile(r"^\s*(?:|unknown|unnamed|anonymous|n/?a|none|-+|\?+)(?:\s.*)?$", re.I | re.S)


def check_publishers(pack: Pack) -> list[Problem]:
    """--strict: each source names its publisher (an outlet, a wire it quotes, or what is
    known: "a news site citing the news agency AVN"), never "Unnamed" or nothing."""
    problems: list[Problem] = []
    for source in pack.sources:
        if UNNAMED.match(source.publisher):
            message = (
                f"publisher {source.publisher!r} names no one; name the outlet or the wire it "
                "quotes, or say what is known (e.g. 'a news site citing AVN')"
            )
            problems.append(at(pack.where_of(source, "publisher"), "no-publisher", message))
    return problems


def check_statements(pack: Pack) -> list[Problem]:
    """--strict: a statement should say the fact in the author's words, not the quote's."""
    problems: list[Problem] = []
    for fact in pack.facts:
        statement = normalise(fact.statement).lower()
        quote = normalise(fact.quote).lower()
        if not statement or not quote:
            continue
        matcher = difflib.SequenceMatcher(None, statement, quote, autojunk=False)
        if (
            matcher.real_quick_ratio() >= 0.85
            and matcher.quick_ratio() >= 0.85
            and matcher.ratio() >= 0.85
        ):
            message = "the statement is nearly the quote word for word; say it in your own words"
            problems.append(at(pack.where_of(fact, "statement"), "statement-copies-quote", message))
    return problems
