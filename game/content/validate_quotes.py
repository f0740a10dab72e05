"""Validation of quotes and source texts: every quote verbatim in its source, pins intact.

"Verbatim" allows exactly what DESIGN §3 says: runs of white space count as one space, and
typographic quotes, apostrophes and dashes count as their plain forms. Nothing else (not
case, not an ellipsis for left-out words). On a miss, the message shows the passage of the
source that comes closest, found word by word from the quote's rarest words so it stays
quick on long or repetitive texts; past ``MAX_SEARCHED_MISSES`` misses in one source, or in
a source longer than ``MAX_SEARCHED_WORDS``, a miss is reported without a passage.
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
    """The SHA-256 of a source text's UTF-8 bytes, without a byte-order mark and with CRLF
    line ends read as LF: a checkout on Windows (git autocrlf) keeps the pin."""
    plain = text.lstrip("\ufeff").replace("\r\n", "\n")
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


ANCHOR_WORDS = 40  # the closest passage is sought for a quote's first words only
MAX_SEARCHED_MISSES = 50  # per source: past these, a miss is reported without a passage
MAX_SEARCHED_WORDS = 200_000  # a longer source is not searched for passages at all
_PAIR_BUDGET = 1000  # (quote word, source word) pairs tried per search, rarest words first


@dataclass
class SourceText:
    """A source text prepared for searching: normalised once, split into words on demand."""

    original: str
    flat: str
    _words: list[tuple[int, str]] | None = field(default=None, repr=False)
    _index: dict[str, list[int]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str) -> SourceText:
        return cls(text, normalise(text))

    def words(self) -> list[tuple[int, str]]:
        if self._words is None:
            translated = self.original.translate(_SAME)
            self._words = [(m.start(), m.group()) for m in _WORD.finditer(translated)]
        return self._words

    def index(self) -> dict[str, list[int]]:
        """Each word of the text, with the positions (in ``words``) where it occurs."""
        if self._index is None:
            self._index = {}
            for position, (_, word) in enumerate(self.words()):
                self._index.setdefault(word, []).append(position)
        return self._index

    def word_count(self) -> int:
        return self.flat.count(" ") + 1 if self.flat else 0

    def contains(self, quote: str) -> bool:
        return normalise(quote) in self.flat

    def closest(self, quote: str) -> tuple[int, str]:
        """(line, passage) of the source closest to ``quote``."""
        words = self.words()
        wanted = normalise(quote).split()
        if not words or not wanted:
            return 1, ""
        texts = [w for _, w in words]
        anchor = wanted[:ANCHOR_WORDS]
        start = self._longest_run_start(texts, anchor)
        best, best_ratio = start, -1.0
        for shift in (0, -1, 1, -2, 2, -3, 3):  # on a tie, the nearest to the anchor wins
            begin = min(max(0, start + shift), max(0, len(texts) - 1))
            ratio = difflib.SequenceMatcher(
                None, texts[begin : begin + len(anchor)], anchor, autojunk=False
            ).ratio()
            if ratio > best_ratio:
                best, best_ratio = begin, ratio
        end = min(len(words), best + len(wanted))
        offset = words[best][0]
        line = self.original.count("\n", 0, offset) + 1
        return line, " ".join(texts[best:end])

    def _longest_run_start(self, texts: list[str], anchor: list[str]) -> int:
        """Where the source would start if the longest run of words it shares with
        ``anchor`` were in place (the earliest such run; 0 if none).

        Only pairs of the quote's rarest words are tried, so a repetitive text or quote
        costs a bounded number of steps instead of (source words x quote words)."""
        index = self.index()
        order = sorted(range(len(anchor)), key=lambda j: len(index.get(anchor[j], ())))
        budget, seen = _PAIR_BUDGET, set()
        best: tuple[int, int, int] = (0, 0, 0)  # (-size, source position, quote position)
        for j0 in order:
            for p0 in index.get(anchor[j0], ())[:budget]:
                budget -= 1
                p, j = p0, j0
                while p > 0 and j > 0 and texts[p - 1] == anchor[j - 1]:
                    p, j = p - 1, j - 1
                if (p, j) in seen:
                    continue
                seen.add((p, j))
                size = 0
                while (
                    p + size < len(texts)
                    and j + size < len(anchor)
                    and texts[p + size] == anchor[j + size]
                ):
                    size += 1
                best = min(best, (-size, p, j))  # any run (size >= 1) beats the start
            if budget <= 0:
                break
        negative_size, p, j = best
        return max(0, p - j) if negative_size else 0


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
        message = f"the quote is not in {source.file} word for word; " + _closest_note(
            body, fact.quote, misses[fact.source]
        )
        problems.append(at(pack.where_of(fact, "quote"), "quote-not-found", message))
    return problems


def _closest_note(body: SourceText, quote: str, miss: int) -> str:
    """The part of a miss's message that shows the closest passage (if it was sought)."""
    if miss > MAX_SEARCHED_MISSES:
        return "closest passage not searched: too many misses"
    if body.word_count() > MAX_SEARCHED_WORDS:
        return "closest passage not searched: the source is too long"
    line, passage = body.closest(quote)
    if len(passage) > 240:
        passage = passage[:237] + "..."
    return f'closest passage (line {line}): "{passage}"'


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
