"""Validation of quotes and source texts: every quote verbatim in its source, pins intact.

"Verbatim" allows exactly what DESIGN §3 says: runs of white space count as one space, and
typographic quotes, apostrophes and dashes count as their plain forms. Nothing else (not
case, not an ellipsis for left-out words). On a miss, the message shows the passage of the
source that comes closest, found word by word so it stays quick on long texts.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field

from game.content.model import Pack
from game.content.problems import Problem, at

# One character for one character, so offsets in the translated text are offsets in the
# original (a byte-order mark becomes a space, which the white-space rule then absorbs).
_SAME = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\ufeff": " ",
    }
)
_WORD = re.compile(r"\S+")
SHA256_RE = re.compile(r"[0-9a-f]{64}\Z")


def normalise(text: str) -> str:
    """The text with the allowed differences removed (see the module docstring)."""
    return " ".join(text.translate(_SAME).split())


def sha256_text(text: str) -> str:
    """The SHA-256 of a source text as stored (UTF-8 bytes, exactly as in the file)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class SourceText:
    """A source text prepared for searching: normalised once, split into words on demand."""

    original: str
    flat: str
    _words: list[tuple[int, str]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str) -> SourceText:
        return cls(text, normalise(text))

    def words(self) -> list[tuple[int, str]]:
        if self._words is None:
            translated = self.original.translate(_SAME)
            self._words = [(m.start(), m.group()) for m in _WORD.finditer(translated)]
        return self._words

    def contains(self, quote: str) -> bool:
        return normalise(quote) in self.flat

    def closest(self, quote: str) -> tuple[int, str]:
        """(line, passage) of the source closest to ``quote``."""
        words = self.words()
        wanted = normalise(quote).split()
        if not words or not wanted:
            return 1, ""
        texts = [w for _, w in words]
        matcher = difflib.SequenceMatcher(None, texts, wanted, autojunk=False)
        match = matcher.find_longest_match(0, len(texts), 0, len(wanted))
        start = max(0, match.a - match.b) if match.size else 0
        best, best_ratio = start, -1.0
        for shift in (0, -1, 1, -2, 2, -3, 3):  # on a tie, the nearest to the anchor wins
            begin = min(max(0, start + shift), max(0, len(texts) - 1))
            ratio = difflib.SequenceMatcher(
                None, texts[begin : begin + len(wanted)], wanted, autojunk=False
            ).ratio()
            if ratio > best_ratio:
                best, best_ratio = begin, ratio
        end = min(len(words), best + len(wanted))
        offset = words[best][0]
        line = self.original.count("\n", 0, offset) + 1
        return line, " ".join(texts[best:end])


def check_quotes(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    sources = {s.id: s for s in pack.sources}
    prepared: dict[str, SourceText] = {}
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
        line, passage = body.closest(fact.quote)
        if len(passage) > 240:
            passage = passage[:237] + "..."
        message = (
            f"the quote is not in {source.file} word for word; "
            f'closest passage (line {line}): "{passage}"'
        )
        problems.append(at(pack.where_of(fact, "quote"), "quote-not-found", message))
    return problems


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
