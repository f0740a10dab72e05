"""Finding a passage of a source text from words an author remembers, and saying how it
differs: what `pack quote` prints and what `quote-not-found` shows.

``SourceText`` is a source prepared for searching (``normalise`` says which differences a
quote may have); ``find_passage`` returns the exact text to paste (white space run
together, the source's own quotes and dashes kept) and the words where the author's
version and the text part.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

MAX_CHANGES = 5  # differing spots listed in a message

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


def normalise(text: str) -> str:
    """The text with the allowed differences removed (see the module docstring)."""
    return " ".join(text.translate(_SAME).split())


ANCHOR_WORDS = 40  # the closest passage is sought for a quote's first words only
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
        """(line, passage) of the source closest to ``quote``, in its plain form."""
        line, start, end = self.closest_span(quote)
        return line, normalise(self.original[start:end])

    def closest_span(self, quote: str) -> tuple[int, int, int]:
        """(line, start, end) of the passage of the source closest to ``quote``: offsets
        into the original text, so the source's own characters can be shown."""
        words = self.words()
        wanted = normalise(quote).split()
        if not words or not wanted:
            return 1, 0, 0
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
        last_start, last_word = words[end - 1]
        return line, offset, last_start + len(last_word)

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


@dataclass(frozen=True)
class Passage:
    """The passage of a source closest to some words, and how the words differ from it."""

    line: int
    exact: str  # the source's own text, white space run together: paste this
    marked: str  # the same, the words that differ from the given ones in [brackets]
    changes: tuple[tuple[str, str], ...]  # (given words, the text's words) where they part

    @property
    def same(self) -> bool:
        return not self.changes


def find_passage(text: str, words: str) -> Passage:
    """The passage of ``text`` closest to ``words``, compared with them."""
    line, start, end = SourceText.of(text).closest_span(words)
    # A comma, semicolon or colon after the last word belongs to what follows, not the quote.
    return compare(line, " ".join(text[start:end].split()).rstrip(",;:"), words)


def compare(line: int, exact: str, words: str) -> Passage:
    """``exact`` (a passage found at ``line``) compared with the ``words`` given for it."""
    given = normalise(words).split()
    shown = exact.split()
    plain = normalise(exact).split()
    if len(plain) != len(shown):  # a byte-order mark inside a word: show the plain form
        shown = plain
    if given and plain and plain[-1] != given[-1] and plain[-1].startswith(given[-1]):
        shown[-1], plain[-1] = shown[-1][: len(given[-1])], given[-1]  # "2019" of "2019,"
    if given and plain and plain[0] != given[0] and plain[0].endswith(given[0]):
        cut = len(plain[0]) - len(given[0])  # "said" of '"said'
        shown[0], plain[0] = shown[0][cut:], given[0]
    matcher = difflib.SequenceMatcher(None, given, plain, autojunk=False)
    marked: list[str] = []
    changes: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            marked.extend(shown[j1:j2])
            continue
        if j2 > j1:
            marked.append("[" + " ".join(shown[j1:j2]) + "]")
        changes.append((" ".join(given[i1:i2]), " ".join(shown[j1:j2])))
    return Passage(line, exact, " ".join(marked), tuple(changes))


def describe_changes(passage: Passage) -> str:
    """The differing spots in words: "'sent' where the text has 'launched'", ..."""
    parts = []
    for given, found in passage.changes[:MAX_CHANGES]:
        if not found:
            parts.append(f"{given!r} is not in the text")
        elif not given:
            parts.append(f"the text also has {found!r}")
        else:
            parts.append(f"{given!r} where the text has {found!r}")
    more = len(passage.changes) - MAX_CHANGES
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
