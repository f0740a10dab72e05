"""Reading claims against quotes: the numbers, names and content words a text holds.

The evidence checks (``validate_evidence``) ask whether what an item claims stands in the
quotes it cites. These helpers pull the checkable parts out of a text:

- ``numbers``: every number, as a plain string ("1,200" -> "1200", "24th" -> "24", "4.0"
  -> "4"); a range "2018-2022" or "2018-22" gives both ends; in a quote, written-out
  numbers ("four", "thirty") count as well;
- ``names``: capitalised words (a name, "Chang'e-4", "CNSA") with their offsets;
- ``content_words``: the words that carry meaning, folded so "satellites" meets
  "satellite" and "launched" meets "launch".

A name passes when it stands in a quote (ignoring case), shares a stem with a quote's word
("Chinese" and "China"), is an agency's name, short name or country in the pack, or is in
``ALIASES``, the small list of English forms that share no stem with their country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class NumberWords(dict[str, str]):
    """Written-out numbers (a lower-case word -> its digits), with the pattern that finds
    them as whole words in any case: one search of a text, not a look-up per word."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__(table)
        alternatives = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
        self.pattern = re.compile(
            rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])", re.IGNORECASE | re.ASCII
        )


# Written-out numbers a quote may use for a number a claim gives in digits.
NUMBER_WORDS = NumberWords(
    {
        "one": "1",
        "two": "2",
        "three": "3",
        "four": "4",
        "five": "5",
        "six": "6",
        "seven": "7",
        "eight": "8",
        "nine": "9",
        "ten": "10",
        "eleven": "11",
        "twelve": "12",
        "thirteen": "13",
        "fourteen": "14",
        "fifteen": "15",
        "sixteen": "16",
        "seventeen": "17",
        "eighteen": "18",
        "nineteen": "19",
        "twenty": "20",
        "thirty": "30",
        "forty": "40",
        "fifty": "50",
        "sixty": "60",
        "seventy": "70",
        "eighty": "80",
        "ninety": "90",
        "hundred": "100",
        "dozen": "12",
        "pair": "2",
        "both": "2",
        "twice": "2",
        "first": "1",
        "second": "2",
        "third": "3",
        "fourth": "4",
        "fifth": "5",
    }
)
# In a claim, "one" and the ordinals are too often not numbers ("one of the first") to check.
CLAIM_NUMBER_WORDS = NumberWords(
    {
        word: value
        for word, value in NUMBER_WORDS.items()
        if word
        not in {"one", "first", "second", "third", "fourth", "fifth", "dozen", "hundred"}
        | {"pair", "both", "twice"}
    }
)

# English forms that share no stem with the name a quote uses (documented in the guide).
ALIASES: dict[str, tuple[str, ...]] = {
    "french": ("france",),
    "dutch": ("netherlands",),
    "british": ("britain", "uk", "kingdom"),
    "us": ("united", "states", "america", "american"),
    "usa": ("united", "states", "america", "american"),
    "american": ("united", "states", "america", "us"),
    "moon": ("lunar",),
    "lunar": ("moon",),
}

_NUMBER = re.compile(
    r"(?<![\w.])(?<![A-Za-z\u00c0-\u024f]-)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*[-\u2013\u2014]\s*(\d+))?"
    r"(?:st|nd|rd|th|s)?(?![\d])"
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*\d*[A-Za-z]?")
_NAME = re.compile(r"\b[A-Z][A-Za-z\u00c0-\u024f'\u2019]*(?:-\d+[A-Za-z]?)?")
_SENTENCE_START = re.compile(r"(?:[.!?:;]\s+|[\"(\u201c]\s*)\Z")
_LOOK_BACK = 6  # characters before a word that tell whether it starts a sentence

# Words that say nothing of what a sentence is about.
# fmt: off
STOPWORDS = frozenset([
    "a", "about", "above", "after", "again", "against", "all", "also", "an", "and", "any",
    "are", "as", "at", "be", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "during", "each", "either", "few", "for", "from", "had",
    "has", "have", "having", "he", "her", "his", "how", "if", "in", "into", "is", "it", "its",
    "itself", "more", "most", "much", "no", "nor", "not", "of", "off", "on", "once", "one",
    "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
    "yet", "you", "your", "said", "says", "say", "according", "whose", "many", "new", "year",
    "years", "since", "later", "last", "next", "ago",
])
# fmt: on


def _plain(number: str) -> str:
    text = number.replace(",", "")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _range_end(first: str, second: str) -> str:
    """The far end of a range: "2018-22" ends in 2022, "2018-2022" in 2022."""
    if len(second) < len(first) and first.isdigit():
        return first[: len(first) - len(second)] + second
    return second


def numbers(text: str, *, words: NumberWords | None = None) -> list[tuple[str, int]]:
    """(number, offset) of every number in ``text``; ``words`` adds written-out numbers."""
    found: list[tuple[str, int]] = []
    for match in _NUMBER.finditer(text):
        first = _plain(match.group(1))
        found.append((first, match.start(1)))
        if match.group(2):
            found.append((_range_end(first, match.group(2)), match.start(2)))
    if words:
        for match in words.pattern.finditer(text):
            found.append((words[match.group().lower()], match.start()))
    return sorted(found, key=lambda pair: pair[1])


def quoted_numbers(quotes: Iterable[str]) -> set[str]:
    """Every number the quotes give, in digits or in words."""
    return {n for quote in quotes for n, _ in numbers(quote, words=NUMBER_WORDS)}


def claimed_numbers(text: str) -> list[str]:
    """The numbers a claim makes, in order, each once."""
    return list(dict.fromkeys(n for n, _ in numbers(text, words=CLAIM_NUMBER_WORDS)))


def names(text: str, *, skip_sentence_starts: bool) -> list[str]:
    """Capitalised words of ``text`` that may be names. A function word ("At", "The") is
    never one; with ``skip_sentence_starts`` a word that starts a sentence (and is not an
    acronym) is left out too, as its capital says nothing. A phrase of several words is
    a sentence for this purpose, a single word ("Italy") is not."""
    found: list[str] = []
    several = len(text.split()) > 1
    first = len(text) - len(text.lstrip())  # where the first word begins
    for match in _NAME.finditer(text):
        word = match.group().rstrip("'\u2019")
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if word.lower() in STOPWORDS:
            continue
        before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
        starts = match.start() == first or _SENTENCE_START.search(before) is not None
        acronym = sum(c.isupper() for c in word) > 1
        if (skip_sentence_starts or several) and starts and not acronym:
            continue
        if len(word) > 1:
            found.append(word)
    return list(dict.fromkeys(found))


_ENDINGS = ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude fold of an English word: lower case, a common ending and final "e"s off,
    at most 5 letters ("agreed", "agreement" -> "agr"; "sharing", "share" -> "shar")."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    while word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:5]


def words_of(text: str) -> list[str]:
    """The words of ``text`` in lower case: a hyphenated word whole and in its parts."""
    found: list[str] = []
    for word in _WORD.findall(text):
        word = word.lower().strip("'\u2019-")
        found.append(word)
        if "-" in word:
            found.extend(part for part in word.split("-") if part)
    return found


def content_words(text: str) -> set[str]:
    """The stems of the words of ``text`` that carry meaning (no stop words, 3+ letters)."""
    return {stem(w) for w in words_of(text) if len(w) >= 3 and w not in STOPWORDS}


def name_stands_in(name: str, quote_words: set[str], known: set[str]) -> bool:
    """Whether ``name`` stands in quotes whose lower-case words are ``quote_words``, or is
    a name the pack knows (``known``: agency names, short names and countries, folded)."""
    folded = name.lower()
    if folded in quote_words or folded in known:
        return True
    parts = [p for p in re.split(r"[-'\u2019]", folded) if p]
    if parts and all(p in quote_words or p in known or p.isdigit() for p in parts):
        return True
    if len(folded) >= 5 and any(
        len(w) >= 4 and (w.startswith(folded[:4]) and folded.startswith(w[:4])) for w in quote_words
    ):
        return True
    return any(alias in quote_words or alias in known for alias in ALIASES.get(folded, ()))
